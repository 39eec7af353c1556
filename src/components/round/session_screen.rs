use drill_core::round::SessionKind;
use leptos::prelude::*;

use super::round_runner::RoundRunner;
use super::session_moved_on::SessionMovedOn;
use super::session_start::show_results_when_finished;
use crate::state::rounds::Rounds;

/// The screen of one kind of session: the session in progress when there
/// is one (here or in another tab), otherwise `idle` (where to start one).
#[component]
pub fn SessionScreen(kind: SessionKind, #[prop(into)] idle: ViewFn) -> impl IntoView {
    let session = expect_context::<Rounds>().session(kind);
    provide_context(session);
    show_results_when_finished(session);
    let running = Memo::new(move |_| session.current().with(Option::is_some));
    view! {
        <SessionMovedOn/>
        <Show when=move || running.get() fallback=idle>
            <RoundRunner/>
        </Show>
    }
}
