use leptos::prelude::*;

use crate::i18n::strings;
use crate::state::marks::UserMarks;

/// 收藏 and a personal note for one question. The note is plain text and is
/// always shown as text, never as HTML.
#[component]
pub fn QuestionMarks(id: String) -> impl IntoView {
    let marks = expect_context::<UserMarks>();
    let s = strings();
    let id = StoredValue::new(id);
    let bookmarked = move || marks.marks.with(|m| m.is_bookmarked(&id.get_value()));
    let note = move || marks.marks.with(|m| m.note(&id.get_value()).to_string());
    view! {
        <section class="question-marks">
            <button class="button small" aria-pressed=move || bookmarked().to_string()
                on:click=move |_| marks.toggle_bookmark(&id.get_value())>
                {move || if bookmarked() { s.bookmarked } else { s.bookmark }}
            </button>
            <label class="notes">
                <span>{s.my_note}</span>
                <textarea rows="3" prop:value=note
                    on:change=move |ev| marks.set_note(&id.get_value(), &event_target_value(&ev))></textarea>
            </label>
        </section>
    }
}
