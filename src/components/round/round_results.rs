use drill_core::grade::Outcome;
use drill_core::round::{FinishReason, Phase, Round, RoundConfig, summarize};
use drill_core::route::Route;
use drill_core::text::one_line;
use leptos::prelude::*;

use super::round_history::format_date;
use super::round_timer::format_duration;
use super::session_start::start_and_show;
use crate::bank_data::BANK;
use crate::i18n::{Strings, strings};
use crate::platform::location::go;
use crate::state::rounds::Rounds;

/// A finished round: score, time, timeouts, topics, what was missed, and
/// the way to practise the wrong ones again.
#[component]
pub fn RoundResults(id: String) -> impl IntoView {
    let rounds = expect_context::<Rounds>();
    let s = strings();
    let Some(round) = rounds.finished(&id) else {
        return view! {
            <section class="notice-screen">
                <h1>{s.round_missing_title}</h1>
                <p>{s.round_missing_body}</p>
                <a class="button" href="#/round">{s.back_to_round}</a>
            </section>
        }
        .into_any();
    };
    let summary = summarize(&round, |id| BANK.question(id).map(|q| q.topic.to_string()));
    let reason = match round.phase {
        Phase::Finished {
            reason: FinishReason::Budget,
            ..
        } => s.finished_by_budget,
        Phase::Finished {
            reason: FinishReason::Ended,
            ..
        } => s.finished_early,
        Phase::Finished {
            reason: FinishReason::Superseded,
            ..
        } => s.finished_superseded,
        _ => s.finished,
    };
    let retry = summary.retry_ids.clone();
    let retry_config = round.config.retry(retry.clone());
    let again_config = RoundConfig {
        question_ids: Vec::new(),
        ..round.config.clone()
    };
    let pauses = if summary.pauses > 0 {
        (s.pauses)(summary.pauses, &format_duration(summary.paused_ms))
    } else {
        String::new()
    };
    view! {
        <section class="results">
            <h1>{s.results_title}</h1>
            <p class="muted">{format_date(s, round.started_ms)} " · " {reason}</p>
            <div class="score-card">
                {if summary.reached > 0 {
                    view! {
                        <span class="score">{summary.score}</span>
                        <span class="score-unit">{s.score_unit}</span>
                    }
                    .into_any()
                } else {
                    view! { <span class="score">{s.no_score}</span> }.into_any()
                }}
            </div>
            {(summary.reached < summary.questions)
                .then(|| view! { <p class="scored-on">{(s.scored_on)(summary.reached, summary.questions)}</p> })}
            <p class="tally">
                {s.tally(&summary)}
            </p>
            <p class="muted">{(s.answering_time)(&format_duration(summary.spent_ms))}{pauses}</p>
            <div class="result-actions">
                {(!retry.is_empty()).then(|| {
                    let config = retry_config.clone();
                    view! {
                        <button class="button primary wide" on:click=move |_| { start_and_show(rounds, config.clone(), false); }>
                            {(s.retry_wrong)(retry.len())}
                        </button>
                    }
                })}
                <button class="button wide" on:click=move |_| { start_and_show(rounds, again_config.clone(), false); }>{s.same_again}</button>
            </div>
            <h2>{s.by_topic}</h2>
            <ul class="topic-bars">
                {summary.topics.iter().map(|t| {
                    let name = BANK.topic_name(&t.topic).to_string();
                    let width = format!("{}%", t.score.max(2));
                    view! {
                        <li>
                            <span class="topic-name">{name}</span>
                            <span class="bar"><span class="fill" style:width=width></span></span>
                            <span class="topic-score">{(s.topic_score)(t.score, t.questions)}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <h2>{s.by_question}</h2>
            <ol class="result-items">{items_view(s, &round, &summary.missed_points)}</ol>
            <a class="button wide" href=Route::Round.to_hash() on:click=move |ev| {
                ev.prevent_default();
                go(&Route::Round);
            }>{s.back_to_round}</a>
        </section>
    }
    .into_any()
}

fn items_view(s: &'static Strings, round: &Round, missed: &[(usize, Vec<usize>)]) -> impl IntoView {
    round
        .items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let question = BANK.question(&item.question_id);
            let title = question.map_or_else(|| item.question_id.clone(), |q| one_line(&q.prompt));
            let (outcome, score) = item.grade.map_or((Outcome::NotReached, 0), |g| (g.outcome, g.score));
            let label = s.outcome_of(item.kind.is_auto_graded(), outcome);
            let mut detail = if outcome == Outcome::NotReached {
                label.to_string()
            } else {
                (s.item_outcome)(label, score)
            };
            if outcome != Outcome::NotReached {
                detail.push_str(&(s.item_time)(&format_duration(item.spent_ms)));
            }
            if item.overrun_ms > 0 {
                detail.push_str(&(s.item_overrun)(&format_duration(item.overrun_ms)));
            }
            match item.led_by.as_deref().and_then(|id| BANK.question(id)) {
                Some(led_by) => detail.push_str(&(s.item_follow_up_of)(&one_line(&led_by.prompt))),
                None if item.follow_up => detail.push_str(s.item_follow_up),
                None => {}
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
                    {question.filter(|_| !item.notes.trim().is_empty()).map(|q| {
                        let words = item.notes.clone();
                        view! {
                            <details class="compare">
                                <summary>{s.your_words}" · "{s.reference_answer}</summary>
                                <div class="compare-pair">
                                    <div>
                                        <h3>{s.your_words}</h3>
                                        <p class="your-words">{words}</p>
                                    </div>
                                    <div>
                                        <h3>{s.reference_answer}</h3>
                                        <div class="short-answer" inner_html=q.short_answer.as_ref()></div>
                                    </div>
                                </div>
                            </details>
                        }
                    })}
                    {(!points.is_empty()).then(|| view! {
                        <div class="missed">
                            <span>{s.missed_points}</span>
                            <ul>{points.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                        </div>
                    })}
                </li>
            }
        })
        .collect_view()
}
