use crate::i18n::{Strings, strings};
use drill_core::calendar::date_of;
use drill_core::stats::intensity;
use leptos::prelude::*;

/// Cell size and step in viewBox units; margins leave room for labels.
const CELL: f64 = 11.0;
const STEP: f64 = 13.0;
const LEFT: f64 = 18.0;
const TOP: f64 = 14.0;
const WEEKS: usize = drill_core::stats::CALENDAR_WEEKS;
/// Room right of the legend for its "more" word, in either language.
const MORE_ROOM: f64 = 30.0;

/// 练习日历: one small square per day, weeks as columns (Monday on top),
/// shaded by how many answers the day had, like GitHub's contributions.
/// `counts` start on a Monday, the day `first_day` (a day key); the last is today.
#[component]
pub fn PracticeHeatmap(counts: Vec<u32>, first_day: i64) -> impl IntoView {
    let s = strings();
    let busiest = counts.iter().copied().max().unwrap_or(0);
    let days_practised = counts.iter().filter(|n| **n > 0).count();
    let total: u32 = counts.iter().sum();
    let today = counts.last().copied().unwrap_or(0);
    let label = (s.calendar_label)(WEEKS, days_practised, total, today);
    let last = counts.len().saturating_sub(1);
    let cells = counts
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            let x = LEFT + (i / 7) as f64 * STEP;
            let y = TOP + (i % 7) as f64 * STEP;
            let today = if i == last { " today" } else { "" };
            let class = format!("heat level-{}{today}", intensity(n, busiest));
            view! { <rect x=x y=y width=CELL height=CELL rx="2" class=class></rect> }
        })
        .collect_view();
    let weekdays = [0, 2, 4]
        .into_iter()
        .zip(s.calendar_weekdays)
        .map(|(row, name)| {
            let y = TOP + row as f64 * STEP + CELL - 1.5;
            view! { <text x="0" y=y class="axis">{name}</text> }
        })
        .collect_view();
    let height = TOP + 7.0 * STEP + 16.0;
    let width = LEFT + WEEKS as f64 * STEP;
    let legend_y = TOP + 7.0 * STEP + 4.0;
    let legend = (0..5u8)
        .map(|level| {
            let x = width - MORE_ROOM - (5 - level) as f64 * STEP;
            let class = format!("heat level-{level}");
            view! { <rect x=x y=legend_y width=CELL height=CELL rx="2" class=class></rect> }
        })
        .collect_view();
    view! {
        <svg class="chart practice-heatmap" viewBox=format!("0 0 {width} {height}")
            role="img" aria-label=label>
            {month_labels(s, first_day)}
            {weekdays}
            {cells}
            <text x=width - MORE_ROOM - 5.0 * STEP - 4.0 y=legend_y + CELL - 1.5 class="axis"
                text-anchor="end">{s.calendar_less}</text>
            {legend}
            <text x=width - MORE_ROOM - STEP + CELL + 4.0 y=legend_y + CELL - 1.5 class="axis">{s.calendar_more}</text>
        </svg>
    }
}

/// The month over the first column of each month, skipped when it would
/// crowd the previous label.
fn month_labels(s: &Strings, first_day: i64) -> impl IntoView {
    let mut previous: Option<(u32, usize)> = None;
    let mut labels = Vec::new();
    for column in 0..WEEKS {
        let month = date_of(first_day + column as i64 * 7).month;
        let room = previous.is_none_or(|(m, at)| m != month && column >= at + 3);
        if room && previous.is_none_or(|(m, _)| m != month) {
            let x = LEFT + column as f64 * STEP;
            labels.push(view! { <text x=x y="10" class="axis">{(s.month)(month)}</text> });
            previous = Some((month, column));
        }
    }
    labels
}
