use drill_core::round::{SessionKind, Unfinished};
use leptos::prelude::*;

use crate::components::round::session_elsewhere::{current_prompt, kind_name};
use crate::components::round::session_start::route_of;
use crate::i18n::strings;
use crate::platform::location::go;
use crate::state::rounds::{Rounds, StartOutcome};

/// Asked when a new session needs a slot that holds an unfinished one:
/// continue it, end it into the history, or give it up. Nothing is dropped
/// without one of these taps.
#[component]
pub fn SessionConflict() -> impl IntoView {
    let rounds = expect_context::<Rounds>();
    let s = strings();
    let resolve = move |choice: Unfinished| {
        if let StartOutcome::Started(kind) = rounds.resolve_pending(choice) {
            go(&route_of(kind));
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && rounds.pending().with_untracked(Option::is_some) {
            ev.prevent_default();
            rounds.cancel_pending();
        }
    });
    on_cleanup(move || keys.remove());
    move || {
        rounds.pending().get().map(|pending| {
            let old = pending.unfinished;
            let kind = SessionKind::of(&old);
            let title = match kind {
                SessionKind::Round => s.conflict_round_title,
                SessionKind::Review => s.conflict_review_title,
            };
            let answered = old.items.iter().filter(|i| i.grade.is_some()).count();
            let line = (s.conflict_where)(kind_name(s, kind), old.current + 1, old.items.len(), answered);
            let other_tab = rounds.session(kind).elsewhere().get_untracked();
            view! {
                <div class="dialog-backdrop">
                    <section class="dialog" role="alertdialog" aria-modal="true"
                        aria-labelledby="conflict-title" aria-describedby="conflict-where">
                        <h2 id="conflict-title">{title}</h2>
                        <p id="conflict-where" class="conflict-where">{line}</p>
                        <p class="continues-prompt">{current_prompt(&old)}</p>
                        {other_tab.then(|| view! { <p class="muted">{s.conflict_other_tab}</p> })}
                        <p>{s.conflict_here}</p>
                        <button class="button primary wide" autofocus on:click=move |_| {
                            rounds.cancel_pending();
                            go(&route_of(kind));
                        }>{s.conflict_continue}</button>
                        <button class="button wide" on:click=move |_| resolve(Unfinished::EndAndSave)>
                            {s.conflict_end_and_save}
                        </button>
                        <p class="muted small">{s.conflict_end_and_save_note}</p>
                        <button class="button wide danger" on:click=move |_| resolve(Unfinished::Discard)>
                            {s.conflict_discard}
                        </button>
                        <p class="muted small">{(s.conflict_discard_note)(answered)}</p>
                    </section>
                </div>
            }
        })
    }
}
