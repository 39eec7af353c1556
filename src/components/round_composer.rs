use drill_core::round::{PickOrder, RoundConfig, TimeRule, TimeoutRule, TypeMix};
use leptos::prelude::*;

use crate::bank_data::BANK;
use crate::platform::speech;
use crate::state::rounds::Rounds;

/// Every setting of a round. Starts from the last settings used.
#[component]
pub fn RoundComposer() -> impl IntoView {
    let rounds = expect_context::<Rounds>();
    let config = RwSignal::new(rounds.config.get_untracked());
    let (empty, set_empty) = signal(false);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        set_empty.set(!rounds.start(config.get_untracked(), true));
    };
    let count_option = move |n: u16, label: &'static str| {
        view! {
            <label class="pill">
                <input type="radio" name="count" checked=move || config.with(|c| c.count == n)
                    on:change=move |_| config.update(|c| c.count = n)/>
                <span>{label}</span>
            </label>
        }
    };
    let topic_chip = move |id: &'static str, name: &'static str| {
        let on = move || config.with(|c| c.topics.iter().any(|t| t == id));
        view! {
            <label class="pill">
                <input type="checkbox" checked=on on:change=move |_| config.update(|c| {
                    if let Some(at) = c.topics.iter().position(|t| t == id) {
                        c.topics.remove(at);
                    } else {
                        c.topics.push(id.to_string());
                    }
                })/>
                <span>{name}</span>
            </label>
        }
    };
    let difficulty_box = move |d: u8, label: &'static str| {
        view! {
            <label class="pill">
                <input type="checkbox" checked=move || config.with(|c| c.difficulties.contains(&d))
                    on:change=move |_| config.update(|c| {
                        if let Some(at) = c.difficulties.iter().position(|x| *x == d) {
                            c.difficulties.remove(at);
                        } else {
                            c.difficulties.push(d);
                        }
                    })/>
                <span>{label}</span>
            </label>
        }
    };
    let radio = move |name: &'static str,
                      label: &'static str,
                      is: Box<dyn Fn(&RoundConfig) -> bool + Send + Sync>,
                      set: Box<dyn Fn(&mut RoundConfig) + Send + Sync>| {
        view! {
            <label class="pill">
                <input type="radio" name=name checked=move || config.with(|c| is(c))
                    on:change=move |_| config.update(|c| set(c))/>
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <form class="composer" on:submit=start>
            <fieldset>
                <legend>"题量"</legend>
                {count_option(5, "5")}
                {count_option(10, "10")}
                {count_option(15, "15")}
                {count_option(0, "全部")}
            </fieldset>
            <fieldset>
                <legend>"主题（不选即全部）"</legend>
                {BANK.topics.iter().map(|t| topic_chip(&t.id, &t.name)).collect_view()}
            </fieldset>
            <fieldset>
                <legend>"难度（不选即全部）"</legend>
                {difficulty_box(1, "基础")}
                {difficulty_box(2, "常见")}
                {difficulty_box(3, "进阶")}
            </fieldset>
            <fieldset>
                <legend>"题型"</legend>
                {radio("types", "混合", Box::new(|c| c.types == TypeMix::Mixed), Box::new(|c| c.types = TypeMix::Mixed))}
                {radio("types", "只要问答", Box::new(|c| c.types == TypeMix::OpenOnly), Box::new(|c| c.types = TypeMix::OpenOnly))}
                {radio("types", "只要客观题", Box::new(|c| c.types == TypeMix::GradedOnly), Box::new(|c| c.types = TypeMix::GradedOnly))}
            </fieldset>
            <fieldset>
                <legend>"选题"</legend>
                {radio("pick", "没做过的优先", Box::new(|c| c.pick == PickOrder::UnseenFirst), Box::new(|c| c.pick = PickOrder::UnseenFirst))}
                {radio("pick", "错的和到期的优先", Box::new(|c| c.pick == PickOrder::WeakestFirst), Box::new(|c| c.pick = PickOrder::WeakestFirst))}
                {radio("pick", "随机", Box::new(|c| c.pick == PickOrder::Random), Box::new(|c| c.pick = PickOrder::Random))}
            </fieldset>
            <fieldset>
                <legend>"每题时间"</legend>
                {radio("time", "按题目建议", Box::new(|c| c.time == TimeRule::Suggested), Box::new(|c| c.time = TimeRule::Suggested))}
                {radio("time", "统一", Box::new(|c| matches!(c.time, TimeRule::Fixed(_))), Box::new(|c| c.time = TimeRule::Fixed(fixed_secs(c))))}
                <Show when=move || config.with(|c| matches!(c.time, TimeRule::Fixed(_)))>
                    <label class="number">
                        <input type="number" min="10" max="1800" step="10" aria-label="每题秒数"
                            prop:value=move || config.with(fixed_secs)
                            on:change=move |ev| {
                                let secs = event_target_value(&ev).parse::<u32>().unwrap_or(120).clamp(10, 1800);
                                config.update(|c| c.time = TimeRule::Fixed(secs));
                            }/>
                        " 秒"
                    </label>
                </Show>
            </fieldset>
            <fieldset>
                <legend>"整轮时限（可选）"</legend>
                <label class="number">
                    <input type="number" min="0" max="180" step="1" aria-label="整轮分钟数"
                        prop:value=move || config.with(|c| c.budget_secs.map(|s| (s / 60).to_string()).unwrap_or_default())
                        on:change=move |ev| {
                            let minutes = event_target_value(&ev).parse::<u32>().unwrap_or(0).min(180);
                            config.update(|c| c.budget_secs = (minutes > 0).then_some(minutes * 60));
                        }/>
                    " 分钟（空着即不限）"
                </label>
            </fieldset>
            <fieldset>
                <legend>"超时后"</legend>
                {radio("timeout", "显示答案，记为超时", Box::new(|c| c.on_timeout == TimeoutRule::Reveal), Box::new(|c| c.on_timeout = TimeoutRule::Reveal))}
                {radio("timeout", "允许超时作答（标红并记录）", Box::new(|c| c.on_timeout == TimeoutRule::Overrun), Box::new(|c| c.on_timeout = TimeoutRule::Overrun))}
            </fieldset>
            <Show when=speech::is_supported>
            <fieldset>
                <legend>"朗读"</legend>
                <label class="pill">
                    <input type="checkbox" checked=move || config.with(|c| c.read_aloud)
                        on:change=move |_| config.update(|c| c.read_aloud = !c.read_aloud)/>
                    <span>"像面试官一样朗读题目"</span>
                </label>
            </fieldset>
            </Show>
            <Show when=move || empty.get()>
                <p class="warning" role="alert">"没有符合这些条件的题目，请放宽主题、难度或题型。"</p>
            </Show>
            <button type="submit" class="button primary wide">"开始这一轮"</button>
        </form>
    }
}

fn fixed_secs(config: &RoundConfig) -> u32 {
    match config.time {
        TimeRule::Fixed(secs) => secs,
        TimeRule::Suggested => 120,
    }
}
