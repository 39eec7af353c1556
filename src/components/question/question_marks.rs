use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::strings;
use crate::state::marks::UserMarks;

/// How long typing may pause before the note is saved.
const SAVE_AFTER: Duration = Duration::from_millis(500);

/// 收藏 and a personal note for one question. The note is plain text and is
/// always shown as text, never as HTML. It is saved as the user types (once
/// typing pauses), when the box loses focus, when the page is hidden or left,
/// so a reload or a closed tab loses nothing typed.
#[component]
pub fn QuestionMarks(id: String) -> impl IntoView {
    let marks = expect_context::<UserMarks>();
    let s = strings();
    let id = StoredValue::new(id);
    let bookmarked = move || marks.current().with(|m| m.is_bookmarked(&id.get_value()));
    let note = move || {
        marks
            .current()
            .with(|m| m.note(&id.get_value()).to_string())
    };
    // Typed and not yet saved.
    let pending = StoredValue::new(None::<String>);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let saved = RwSignal::new(false);
    let flush = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if let Some(text) = pending.try_update_value(Option::take).flatten() {
            marks.set_note(&id.get_value(), &text);
            saved.set(true);
        }
    };
    let typed = move |text: String| {
        pending.set_value(Some(text));
        saved.set(false);
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        timer.set_value(set_timeout_with_handle(flush, SAVE_AFTER).ok());
    };
    let leaving = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let hidden = window_event_listener(leptos::ev::blur, move |_| flush());
    on_cleanup(move || {
        flush();
        leaving.remove();
        hidden.remove();
    });
    view! {
        <section class="question-marks">
            <button class="button small" aria-pressed=move || bookmarked().to_string()
                on:click=move |_| marks.toggle_bookmark(&id.get_value())>
                {move || if bookmarked() { s.bookmarked } else { s.bookmark }}
            </button>
            <label class="notes">
                <span>{s.my_note}</span>
                <textarea rows="3" prop:value=note
                    on:input=move |ev| typed(event_target_value(&ev))
                    on:blur=move |_| flush()></textarea>
            </label>
            <p class="saved muted" role="status">{move || saved.get().then_some(s.note_saved)}</p>
        </section>
    }
}
