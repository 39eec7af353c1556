use leptos::prelude::*;

use super::round_home::RoundHome;
use super::round_runner::RoundRunner;
use crate::state::rounds::Rounds;

/// 模拟面试: the round in progress, or where to start one.
#[component]
pub fn RoundScreen() -> impl IntoView {
    let rounds = expect_context::<Rounds>();
    let running = Memo::new(move |_| rounds.current.with(Option::is_some));
    view! {
        <Show when=move || running.get() fallback=|| view! { <RoundHome/> }>
            <RoundRunner/>
        </Show>
    }
}
