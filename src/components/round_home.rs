use drill_core::round::RoundConfig;
use leptos::prelude::*;

use super::round_composer::RoundComposer;
use super::round_history::RoundHistory;
use crate::state::rounds::Rounds;

/// Start a round: one tap for the quick round, or the full composer.
#[component]
pub fn RoundHome() -> impl IntoView {
    let rounds = expect_context::<Rounds>();
    let (composing, set_composing) = signal(false);
    view! {
        <section class="round-home">
            <h1>"模拟面试"</h1>
            <p class="lead">"限时作答，像真的面试一样：先自己说，再对照要点打分。"</p>
            <button class="button primary wide" on:click=move |_| {
                rounds.start(RoundConfig::default(), false);
            }>"快速开始：10 题 · 混合题型"</button>
            <Show
                when=move || composing.get()
                fallback=move || view! {
                    <button class="button wide" on:click=move |_| set_composing.set(true)>"自定义一轮…"</button>
                }
            >
                <RoundComposer/>
            </Show>
            <RoundHistory/>
        </section>
    }
}
