use drill_core::round::{PickOrder, RoundConfig, TimeRule, TimeoutRule, TypeMix};
use leptos::prelude::*;

use super::interview_option::InterviewOption;
use super::session_start::start_and_show;
use crate::bank_data::BANK;
use crate::components::common::pill::pill;
use crate::i18n::strings;
use crate::platform::speech;
use crate::state::rounds::{Rounds, StartOutcome};

/// Every setting of a round. Starts from the last settings used.
#[component]
pub fn RoundComposer() -> impl IntoView {
    let rounds = expect_context::<Rounds>();
    let config = RwSignal::new(rounds.config().get_untracked());
    let (empty, set_empty) = signal(false);
    let s = strings();
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        set_empty
            .set(start_and_show(rounds, config.get_untracked(), true) == StartOutcome::NothingFits);
    };
    let count_option = move |n: u16, label: &'static str| {
        pill(
            Some("count"),
            move || config.with(|c| c.count == n),
            move || config.update(|c| c.count = n),
            label,
            None,
        )
    };
    let topic_chip = move |id: &'static str, name: &'static str| {
        pill(
            None,
            move || config.with(|c| c.topics.iter().any(|t| t == id)),
            move || config.update(|c| toggle(&mut c.topics, id.to_string())),
            name,
            None,
        )
    };
    let difficulty_box = move |d: u8, label: &'static str| {
        pill(
            None,
            move || config.with(|c| c.difficulties.contains(&d)),
            move || config.update(|c| toggle(&mut c.difficulties, d)),
            label,
            None,
        )
    };
    let radio = move |name: &'static str,
                      label: &'static str,
                      is: Box<dyn Fn(&RoundConfig) -> bool + Send + Sync>,
                      set: Box<dyn Fn(&mut RoundConfig) + Send + Sync>| {
        pill(
            Some(name),
            move || config.with(|c| is(c)),
            move || config.update(|c| set(c)),
            label,
            None,
        )
    };
    view! {
        <form class="composer" on:submit=start>
            <fieldset>
                <legend>{s.count_legend}</legend>
                {count_option(5, "5")}
                {count_option(10, "10")}
                {count_option(15, "15")}
                {count_option(0, s.count_all)}
            </fieldset>
            <fieldset>
                <legend>{s.topics_legend}</legend>
                {BANK.topics.iter().map(|t| topic_chip(&t.id, &t.name)).collect_view()}
            </fieldset>
            <fieldset>
                <legend>{s.difficulty_legend}</legend>
                {[1, 2, 3].map(|d| difficulty_box(d, s.difficulty(d)))}
            </fieldset>
            <fieldset>
                <legend>{s.types_legend}</legend>
                {radio("types", s.types_mixed, Box::new(|c| c.types == TypeMix::Mixed), Box::new(|c| c.types = TypeMix::Mixed))}
                {radio("types", s.types_open_only, Box::new(|c| c.types == TypeMix::OpenOnly), Box::new(|c| c.types = TypeMix::OpenOnly))}
                {radio("types", s.types_graded_only, Box::new(|c| c.types == TypeMix::GradedOnly), Box::new(|c| c.types = TypeMix::GradedOnly))}
            </fieldset>
            <fieldset>
                <legend>{s.pick_legend}</legend>
                {radio("pick", s.pick_unseen_first, Box::new(|c| c.pick == PickOrder::UnseenFirst), Box::new(|c| c.pick = PickOrder::UnseenFirst))}
                {radio("pick", s.pick_weakest_first, Box::new(|c| c.pick == PickOrder::WeakestFirst), Box::new(|c| c.pick = PickOrder::WeakestFirst))}
                {radio("pick", s.pick_random, Box::new(|c| c.pick == PickOrder::Random), Box::new(|c| c.pick = PickOrder::Random))}
            </fieldset>
            <fieldset>
                <legend>{s.time_legend}</legend>
                {radio("time", s.time_suggested, Box::new(|c| c.time == TimeRule::Suggested), Box::new(|c| c.time = TimeRule::Suggested))}
                {radio("time", s.time_fixed, Box::new(|c| matches!(c.time, TimeRule::Fixed(_))), Box::new(|c| c.time = TimeRule::Fixed(fixed_secs(c))))}
                <Show when=move || config.with(|c| matches!(c.time, TimeRule::Fixed(_)))>
                    <label class="number">
                        <input type="number" min="10" max="1800" step="10" aria-label=s.time_fixed_label
                            prop:value=move || config.with(fixed_secs)
                            on:change=move |ev| {
                                let secs = event_target_value(&ev).parse::<u32>().unwrap_or(120).clamp(10, 1800);
                                config.update(|c| c.time = TimeRule::Fixed(secs));
                            }/>
                        {s.time_fixed_unit}
                    </label>
                </Show>
            </fieldset>
            <fieldset>
                <legend>{s.budget_legend}</legend>
                <label class="number">
                    <input type="number" min="0" max="180" step="1" aria-label=s.budget_label
                        prop:value=move || config.with(|c| c.budget_secs.map(|s| (s / 60).to_string()).unwrap_or_default())
                        on:change=move |ev| {
                            let minutes = event_target_value(&ev).parse::<u32>().unwrap_or(0).min(180);
                            config.update(|c| c.budget_secs = (minutes > 0).then_some(minutes * 60));
                        }/>
                    {s.budget_unit}
                </label>
            </fieldset>
            <fieldset>
                <legend>{s.timeout_legend}</legend>
                {radio("timeout", s.timeout_reveal, Box::new(|c| c.on_timeout == TimeoutRule::Reveal), Box::new(|c| c.on_timeout = TimeoutRule::Reveal))}
                {radio("timeout", s.timeout_overrun, Box::new(|c| c.on_timeout == TimeoutRule::Overrun), Box::new(|c| c.on_timeout = TimeoutRule::Overrun))}
            </fieldset>
            <Show when=speech::is_supported>
            <fieldset>
                <legend>{s.read_aloud_legend}</legend>
                {pill(
                    None,
                    move || config.with(|c| c.read_aloud),
                    move || config.update(|c| c.read_aloud = !c.read_aloud),
                    s.read_aloud,
                    None,
                )}
            </fieldset>
            </Show>
            <InterviewOption config=config/>
            <Show when=move || empty.get()>
                <p class="warning" role="alert">{s.nothing_fits}</p>
            </Show>
            <button type="submit" class="button primary wide">{s.start_round}</button>
        </form>
    }
}

fn fixed_secs(config: &RoundConfig) -> u32 {
    match config.time {
        TimeRule::Fixed(secs) => secs,
        TimeRule::Suggested => 120,
    }
}

/// Adds `value` to a set kept as a list, or takes it out if it is there.
fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T) {
    match list.iter().position(|x| *x == value) {
        Some(at) => {
            list.remove(at);
        }
        None => list.push(value),
    }
}
