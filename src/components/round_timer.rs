use leptos::prelude::*;

/// The countdown of the current question: minutes and seconds left, red in
/// the last ten seconds and when running over; once stopped, the time used.
#[component]
pub fn RoundTimer(left_ms: Signal<Option<i64>>, spent_ms: Signal<i64>) -> impl IntoView {
    let text = move || match left_ms.get() {
        Some(left) => format_left(left),
        None => format!("用时 {}", format_duration(spent_ms.get())),
    };
    let urgent = move || left_ms.get().is_some_and(|ms| ms < 10_000);
    let stopped = move || left_ms.get().is_none();
    view! {
        <span class="timer" class:urgent=urgent class:stopped=stopped role="timer" aria-label="本题计时">
            {text}
        </span>
    }
}

/// `m:ss` left, or `+m:ss` past the deadline. Seconds round up, so the
/// display reaches 0:00 exactly at the deadline.
pub fn format_left(ms: i64) -> String {
    let (sign, ms) = if ms < 0 { ("+", -ms) } else { ("", ms) };
    let secs = if sign.is_empty() {
        (ms + 999) / 1000
    } else {
        ms / 1000
    };
    format!("{sign}{}:{:02}", secs / 60, secs % 60)
}

/// `m:ss` of a duration, whole seconds.
pub fn format_duration(ms: i64) -> String {
    let secs = ms.max(0) / 1000;
    format!("{}:{:02}", secs / 60, secs % 60)
}
