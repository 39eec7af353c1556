// The round screens take their time formats from here, with the timer.
pub use drill_core::format::{format_duration, format_left};
use leptos::prelude::*;

use crate::i18n::strings;

/// The countdown of the current question: minutes and seconds left, red in
/// the last ten seconds and when running over; once stopped, the time used.
#[component]
pub fn RoundTimer(left_ms: Signal<Option<i64>>, spent_ms: Signal<i64>) -> impl IntoView {
    let s = strings();
    let text = move || match left_ms.get() {
        Some(left) => format_left(left),
        None => (s.time_used)(&format_duration(spent_ms.get())),
    };
    let urgent = move || left_ms.get().is_some_and(|ms| ms < 10_000);
    let stopped = move || left_ms.get().is_none();
    // Screen readers hear the time at 60, 30 and 10 seconds left, not every tick.
    let milestone = Memo::new(move |_| left_ms.get().and_then(announced_seconds));
    view! {
        <span class="timer" class:urgent=urgent class:stopped=stopped role="timer" aria-label=s.timer_label>
            {text}
        </span>
        <span class="visually-hidden" aria-live="polite">
            {move || milestone.get().map(s.seconds_left)}
        </span>
    }
}

/// The last milestone (60, 30 or 10 seconds left) that `left_ms` has passed.
fn announced_seconds(left_ms: i64) -> Option<u8> {
    [10u8, 30, 60]
        .into_iter()
        .find(|secs| left_ms > 0 && left_ms <= i64::from(*secs) * 1000)
}
