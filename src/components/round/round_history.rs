use drill_core::round::{FinishReason, Phase, summarize};
use leptos::prelude::*;

use crate::bank_data::BANK;
use crate::i18n::{Strings, strings};
use crate::platform::clock::local_time;
use crate::state::rounds::Rounds;

/// Every finished round, newest first, each linking to its results.
#[component]
pub fn RoundHistory() -> impl IntoView {
    let rounds = expect_context::<Rounds>();
    let s = strings();
    let rows = move || {
        rounds.history().with(|history| {
            history
                .iter()
                .rev()
                .map(|round| {
                    let summary =
                        summarize(round, |id| BANK.question(id).map(|q| q.topic.to_string()));
                    let reason = match round.phase {
                        Phase::Finished {
                            reason: FinishReason::Budget,
                            ..
                        } => s.history_budget,
                        Phase::Finished {
                            reason: FinishReason::Ended,
                            ..
                        } => s.history_ended,
                        Phase::Finished {
                            reason: FinishReason::Superseded,
                            ..
                        } => s.history_superseded,
                        _ => "",
                    };
                    let href = format!("#/round/{}", round.id);
                    let when = format_date(s, round.started_ms);
                    let line = (s.history_line)(round.items.len(), reason);
                    view! {
                        <li>
                            <a class="history-row" href=href>
                                <span class="history-when">{when}</span>
                                <span class="history-line">{line}</span>
                                <span class="history-score">
                                    {if summary.reached > 0 { (s.score_points)(summary.score) } else { s.no_score.to_string() }}
                                    {(summary.reached < summary.questions).then(|| view! {
                                        <small>{(s.reached_short)(summary.reached, summary.questions)}</small>
                                    })}
                                </span>
                            </a>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Show when=move || rounds.history().with(|h| !h.is_empty())>
            <h2>{s.history_title}</h2>
            <ul class="history">{rows}</ul>
        </Show>
    }
}

/// Month, day and time of day in the browser's time zone.
pub fn format_date(s: &Strings, ms: i64) -> String {
    let time = local_time(ms);
    (s.date_time)(time.date.month, time.date.day, time.hour, time.minute)
}
