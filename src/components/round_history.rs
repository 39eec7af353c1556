use drill_core::round::{FinishReason, Phase, summarize};
use leptos::prelude::*;

use crate::bank_data::BANK;
use crate::state::rounds::Rounds;

/// Every finished round, newest first, each linking to its results.
#[component]
pub fn RoundHistory() -> impl IntoView {
    let rounds = expect_context::<Rounds>();
    let rows = move || {
        rounds.history.with(|history| {
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
                        } => " · 总时限到",
                        Phase::Finished {
                            reason: FinishReason::Ended,
                            ..
                        } => " · 提前结束",
                        _ => "",
                    };
                    let href = format!("#/round/{}", round.id);
                    let when = format_date(round.started_ms);
                    let line = format!("{} 题{reason}", round.items.len());
                    view! {
                        <li>
                            <a class="history-row" href=href>
                                <span class="history-when">{when}</span>
                                <span class="history-line">{line}</span>
                                <span class="history-score">{format!("{} 分", summary.score)}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Show when=move || rounds.history.with(|h| !h.is_empty())>
            <h2>"历史记录"</h2>
            <ul class="history">{rows}</ul>
        </Show>
    }
}

/// `M月D日 HH:MM` in the browser's time zone.
pub fn format_date(ms: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!(
        "{}月{}日 {:02}:{:02}",
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}
