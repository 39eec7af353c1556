use drill_core::round::{RoundConfig, graded_share};
use leptos::prelude::*;

use super::round_composer::RoundComposer;
use super::round_history::RoundHistory;
use super::session_start::start_and_show;
use crate::i18n::strings;
use crate::state::rounds::Rounds;

/// Start a round: one tap for the quick round, or the full composer.
#[component]
pub fn RoundHome() -> impl IntoView {
    let rounds = expect_context::<Rounds>();
    let (composing, set_composing) = signal(false);
    let s = strings();
    view! {
        <section class="round-home">
            <h1>{s.round_title}</h1>
            <p class="lead">{s.round_lead}</p>
            <button class="button primary wide" on:click=move |_| {
                start_and_show(rounds, RoundConfig::default(), false);
            }>{
                let count = RoundConfig::default().count;
                (s.quick_start)(count - graded_share(count), graded_share(count))
            }</button>
            <Show
                when=move || composing.get()
                fallback=move || view! {
                    <button class="button wide" on:click=move |_| set_composing.set(true)>{s.compose}</button>
                }
            >
                <RoundComposer/>
            </Show>
            <RoundHistory/>
        </section>
    }
}
