use drill_core::calendar::{date_of, weekday};
use drill_core::format::percent;
use drill_core::progress::due_forecast;
use drill_core::route::Route;
use drill_core::stats::{
    TREND_WEEKS, WeekStats, calendar_days, daily_counts, round_scores, streaks, topic_mastery,
    weekly_stats,
};
use leptos::prelude::*;

use crate::bank_data::BANK;
use crate::components::common::bar_chart::{Bar, BarChart};
use crate::components::common::trend_chart::TrendChart;
use crate::components::stats::practice_heatmap::PracticeHeatmap;
use crate::i18n::{Strings, strings};
use crate::platform::clock::{day_key, day_start_ms, local_time, now_ms};
use crate::state::progress::Progress;
use crate::state::rounds::Rounds;

/// The latest rounds the score chart shows.
const ROUNDS_SHOWN: usize = 30;

/// 统计: the practice calendar, streaks, mastery per topic, weekly accuracy
/// and time, mock interview scores and what falls due, all as pictures.
#[component]
pub fn StatsScreen() -> impl IntoView {
    let progress = expect_context::<Progress>();
    let rounds = expect_context::<Rounds>();
    let today = day_start_ms(now_ms());
    let s = strings();
    // Both weekly charts read the same weeks: one pass over the log.
    let weeks = Memo::new(move |_| {
        progress
            .log()
            .with(|log| weekly_stats(log, today, TREND_WEEKS))
    });
    let empty = move || {
        progress.log().with(Vec::is_empty) && rounds.history().with(|h| round_scores(h).is_empty())
    };
    view! {
        <section class="stats">
            <h1>{s.stats_title}</h1>
            <Show when=move || !empty() fallback=NoStatsYet>
                {move || summary(s, progress, today)}
                <h2>{s.calendar_title}</h2>
                {move || calendar(progress, today)}
                <h2>{s.mastery_title}</h2>
                <p class="muted">{s.mastery_note}</p>
                {move || mastery(s, progress)}
                <h2>{s.accuracy_title} " " <small>{(s.weekly_note)(TREND_WEEKS)}</small></h2>
                {move || weeks.with(|w| accuracy(s, w))}
                <h2>{s.time_title} " " <small>{s.time_note}</small></h2>
                {move || weeks.with(|w| time_per_question(s, w))}
                <h2>{s.scores_title}</h2>
                {move || scores(s, rounds)}
                <h2>{s.due_title}</h2>
                {move || forecast(s, progress, today)}
            </Show>
        </section>
    }
}

#[component]
fn NoStatsYet() -> impl IntoView {
    let s = strings();
    view! {
        <div class="stats-empty">
            <p>{s.no_stats}</p>
            <a class="button primary" href=Route::Round.to_hash()>{s.go_to_round}</a>
            <a class="button" href=Route::Review.to_hash()>{s.go_to_review}</a>
        </div>
    }
}

fn summary(s: &'static Strings, progress: Progress, today: i64) -> impl IntoView {
    let (streak, total) = progress.log().with(|log| (streaks(log, today), log.len()));
    let tile = |value: String, name: &'static str| {
        view! {
            <div class="stat">
                <p class="stat-value">{value}</p>
                <p class="stat-name">{name}</p>
            </div>
        }
    };
    view! {
        <div class="stat-tiles">
            {tile((s.days)(streak.current), s.current_streak)}
            {tile((s.days)(streak.best), s.best_streak)}
            {tile((s.answers_total)(total), s.total_answers)}
        </div>
    }
}

fn calendar(progress: Progress, today: i64) -> impl IntoView {
    let today_key = day_key(today);
    let days = calendar_days(weekday(today_key));
    let counts = progress.log().with(|log| daily_counts(log, today, days));
    let first_day = today_key - (days as i64 - 1);
    view! { <div class="chart-card"><PracticeHeatmap counts=counts first_day=first_day/></div> }
}

fn mastery(s: &'static Strings, progress: Progress) -> impl IntoView {
    let bank: Vec<(&str, &str)> = BANK
        .questions
        .iter()
        .map(|q| (q.id.as_ref(), q.topic.as_ref()))
        .collect();
    let topics = progress.log().with(|log| topic_mastery(log, &bank));
    let summary: Vec<String> = topics
        .iter()
        .map(|t| {
            format!(
                "{} {}/{}",
                BANK.topic_name(&t.topic),
                t.mastered,
                t.questions
            )
        })
        .collect();
    let bars = topics
        .iter()
        .map(|t| Bar {
            label: BANK.topic_name(&t.topic).to_string(),
            share: t.share(),
            value: percent(t.share()),
        })
        .collect();
    let label = (s.mastery_label)(&summary);
    view! { <div class="chart-card"><BarChart bars=bars label=label class="mastery-chart"/></div> }
}

/// Weekly x labels: the oldest week, the middle, and the last seven days.
fn week_labels(s: &Strings) -> Vec<(usize, String)> {
    let last = TREND_WEEKS - 1;
    vec![
        (0, (s.weeks_ago)(last)),
        (last / 2, (s.weeks_ago)(last - last / 2)),
        (last, s.last_seven_days.to_string()),
    ]
}

fn no_data(text: String) -> AnyView {
    view! { <p class="muted chart-none">{text}</p> }.into_any()
}

fn accuracy(s: &'static Strings, weeks: &[WeekStats]) -> AnyView {
    let points: Vec<Option<f64>> = weeks
        .iter()
        .map(|w| w.accuracy().map(|a| a * 100.0))
        .collect();
    let Some(latest) = points.iter().rev().flatten().next().copied() else {
        return no_data((s.no_answers_in_weeks)(TREND_WEEKS));
    };
    let label = (s.accuracy_label)(TREND_WEEKS, latest);
    let ticks = [0.0, 50.0, 100.0].map(|v| (v, format!("{v:.0}%"))).to_vec();
    view! {
        <div class="chart-card">
            <TrendChart points=points max=100.0 y_ticks=ticks x_labels=week_labels(s) label=label/>
        </div>
    }
    .into_any()
}

fn time_per_question(s: &'static Strings, weeks: &[WeekStats]) -> AnyView {
    let points: Vec<Option<f64>> = weeks
        .iter()
        .map(|w| w.median_time_ms.map(|ms| f64::from(ms) / 1000.0))
        .collect();
    let Some(latest) = points.iter().rev().flatten().next().copied() else {
        return no_data((s.no_answers_in_weeks)(TREND_WEEKS));
    };
    let slowest = points.iter().flatten().copied().fold(0.0, f64::max);
    // Round the top up to whole half minutes so the ticks are easy to read.
    let max = ((slowest / 30.0).ceil() * 30.0).max(30.0);
    let ticks = [0.0, max / 2.0, max]
        .map(|v| (v, format!("{v:.0}")))
        .to_vec();
    let label = (s.time_label)(TREND_WEEKS, latest);
    view! {
        <div class="chart-card">
            <TrendChart points=points max=max y_ticks=ticks x_labels=week_labels(s) label=label/>
        </div>
    }
    .into_any()
}

fn scores(s: &'static Strings, rounds: Rounds) -> AnyView {
    let all = rounds.history().with(|h| round_scores(h));
    let shown = &all[all.len().saturating_sub(ROUNDS_SHOWN)..];
    let (Some(first), Some(last)) = (shown.first(), shown.last()) else {
        return no_data(s.no_rounds.to_string());
    };
    let date = |ms: i64| {
        let date = local_time(ms).date;
        format!("{}/{}", date.month, date.day)
    };
    // The first and the latest round's dates, once when they are the same day.
    let mut x_labels = vec![(shown.len() - 1, date(last.started_ms))];
    if date(first.started_ms) != date(last.started_ms) {
        x_labels.insert(0, (0, date(first.started_ms)));
    }
    let ended_early: Vec<bool> = shown.iter().map(|r| r.reached < r.questions).collect();
    let early = ended_early.iter().filter(|e| **e).count();
    let label = (s.scores_label)(shown.len(), last.score, early);
    let points = shown.iter().map(|s| Some(f64::from(s.score))).collect();
    let ticks = [0.0, 50.0, 100.0].map(|v| (v, format!("{v:.0}"))).to_vec();
    view! {
        <div class="chart-card">
            <TrendChart points=points hollow=ended_early max=100.0 y_ticks=ticks x_labels=x_labels label=label/>
            {(early > 0).then(|| view! { <p class="muted chart-note">{s.scores_note}</p> })}
        </div>
    }
    .into_any()
}

fn forecast(s: &'static Strings, progress: Progress, today: i64) -> impl IntoView {
    let counts = progress
        .schedules()
        .with(|schedules| due_forecast(schedules, today, 14));
    let most = counts.iter().copied().max().unwrap_or(0).max(1);
    let total: usize = counts.iter().sum();
    let bars = counts
        .iter()
        .enumerate()
        .map(|(day, &n)| Bar {
            label: match day {
                0 => s.today_and_overdue.to_string(),
                1 => s.tomorrow.to_string(),
                d => {
                    let date = date_of(day_key(today) + d as i64);
                    format!("{}/{}", date.month, date.day)
                }
            },
            share: n as f64 / most as f64,
            value: n.to_string(),
        })
        .collect();
    let label = (s.due_label)(total, counts[0]);
    view! { <div class="chart-card"><BarChart bars=bars label=label class="forecast-chart"/></div> }
}
