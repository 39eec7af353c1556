use drill_core::round::SessionKind;
use leptos::prelude::*;

use super::round_home::RoundHome;
use super::round_runner::RoundRunner;
use super::session_moved_on::SessionMovedOn;
use super::session_start::show_results_when_finished;
use crate::state::rounds::Rounds;

/// 模拟面试: the round in progress, or where to start one.
#[component]
pub fn RoundScreen() -> impl IntoView {
    let session = expect_context::<Rounds>().session(SessionKind::Round);
    provide_context(session);
    show_results_when_finished(session);
    let running = Memo::new(move |_| session.current().with(Option::is_some));
    view! {
        <SessionMovedOn/>
        <Show when=move || running.get() fallback=|| view! { <RoundHome/> }>
            <RoundRunner/>
        </Show>
    }
}
