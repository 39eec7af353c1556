use drill_core::grade::Outcome;
use drill_core::round::{FinishReason, Phase, Round, RoundConfig, summarize};
use drill_core::text::one_line;
use leptos::prelude::*;

use super::round_history::format_date;
use super::round_timer::format_duration;
use crate::bank_data::BANK;
use crate::state::rounds::Rounds;

/// A finished round: score, time, timeouts, topics, what was missed, and
/// the way to practise the wrong ones again.
#[component]
pub fn RoundResults(id: String) -> impl IntoView {
    let rounds = expect_context::<Rounds>();
    let Some(round) = rounds.finished(&id) else {
        return view! {
            <section class="notice-screen">
                <h1>"找不到这一轮"</h1>
                <p>"这一轮的记录不在这个浏览器里。"</p>
                <a class="button" href="#/round">"回到模拟面试"</a>
            </section>
        }
        .into_any();
    };
    let summary = summarize(&round, |id| BANK.question(id).map(|q| q.topic.to_string()));
    let reason = match round.phase {
        Phase::Finished {
            reason: FinishReason::Budget,
            ..
        } => "整轮时限到，未答的题记为未作答。",
        Phase::Finished {
            reason: FinishReason::Ended,
            ..
        } => "本轮提前结束。",
        _ => "本轮完成。",
    };
    let retry = summary.retry_ids.clone();
    let retry_config = round.config.retry(retry.clone());
    let again_config = RoundConfig {
        question_ids: Vec::new(),
        ..round.config.clone()
    };
    let pauses = if summary.pauses > 0 {
        format!(
            "，暂停 {} 次共 {}",
            summary.pauses,
            format_duration(summary.paused_ms)
        )
    } else {
        String::new()
    };
    view! {
        <section class="results">
            <h1>"本轮结果"</h1>
            <p class="muted">{format_date(round.started_ms)} " · " {reason}</p>
            <div class="score-card">
                <span class="score">{summary.score}</span>
                <span class="score-unit">"分"</span>
            </div>
            <p class="tally">
                {format!(
                    "会 {} · 模糊 {} · 不会 {} · 超时 {} · 未作答 {}",
                    summary.correct, summary.partial, summary.wrong, summary.timed_out, summary.not_reached
                )}
            </p>
            <p class="muted">{format!("作答用时 {}{pauses}", format_duration(summary.spent_ms))}</p>
            <div class="result-actions">
                {(!retry.is_empty()).then(|| {
                    let config = retry_config.clone();
                    view! {
                        <button class="button primary wide" on:click=move |_| { rounds.start(config.clone(), false); }>
                            {format!("重练没答好的 {} 题", retry.len())}
                        </button>
                    }
                })}
                <button class="button wide" on:click=move |_| { rounds.start(again_config.clone(), false); }>"按同样设置再来一轮"</button>
            </div>
            <h2>"各主题"</h2>
            <ul class="topic-bars">
                {summary.topics.iter().map(|t| {
                    let name = BANK.topic_name(&t.topic).to_string();
                    let width = format!("{}%", t.score.max(2));
                    view! {
                        <li>
                            <span class="topic-name">{name}</span>
                            <span class="bar"><span class="fill" style:width=width></span></span>
                            <span class="topic-score">{format!("{} 分 · {} 题", t.score, t.questions)}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <h2>"逐题"</h2>
            <ol class="result-items">{items_view(&round, &summary.missed_points)}</ol>
            <a class="button wide" href="#/round">"回到模拟面试"</a>
        </section>
    }
    .into_any()
}

fn items_view(round: &Round, missed: &[(usize, Vec<usize>)]) -> impl IntoView {
    round
        .items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let question = BANK.question(&item.question_id);
            let title = question.map_or_else(|| item.question_id.clone(), |q| one_line(&q.prompt));
            let (outcome, score) = item.grade.map_or((Outcome::NotReached, 0), |g| (g.outcome, g.score));
            let mut detail = format!("{}（{} 分）", outcome.label(), score);
            if outcome != Outcome::NotReached {
                detail.push_str(&format!(" · 用时 {}", format_duration(item.spent_ms)));
            }
            if item.overrun_ms > 0 {
                detail.push_str(&format!(" · 超时 {}", format_duration(item.overrun_ms)));
            }
            if item.follow_up {
                detail.push_str(" · 追问");
            }
            let points: Vec<String> = missed
                .iter()
                .find(|(i, _)| *i == index)
                .and_then(|(_, points)| question.map(|q| points.iter().map(|p| one_line(&q.key_points[*p])).collect()))
                .unwrap_or_default();
            let class = match outcome {
                Outcome::Correct => "good",
                Outcome::Partial => "fair",
                _ => "poor",
            };
            view! {
                <li class=class>
                    <a href=format!("#/q/{}", item.question_id)>{title}</a>
                    <span class="item-detail" class:overrun={item.overrun_ms > 0}>{detail}</span>
                    {(!points.is_empty()).then(|| view! {
                        <div class="missed">
                            <span>"没说到："</span>
                            <ul>{points.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                        </div>
                    })}
                </li>
            }
        })
        .collect_view()
}
