use drill_core::progress::{DAY_MS, due_forecast, schedules};
use drill_core::route::Route;
use drill_core::stats::{
    TREND_WEEKS, calendar_days, daily_counts, round_scores, streaks, topic_mastery, weekly_stats,
};
use leptos::prelude::*;

use crate::bank_data::BANK;
use crate::components::bar_chart::{Bar, BarChart};
use crate::components::practice_heatmap::{PracticeHeatmap, month_day};
use crate::components::trend_chart::TrendChart;
use crate::platform::clock::{day_start_ms, now_ms};
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
    let empty = move || {
        progress.log.with(Vec::is_empty) && rounds.history.with(|h| round_scores(h).is_empty())
    };
    view! {
        <section class="stats">
            <h1>"统计"</h1>
            <Show when=move || !empty() fallback=NoStatsYet>
                {move || summary(progress, today)}
                <h2>"练习日历"</h2>
                {move || calendar(progress, today)}
                <h2>"各主题掌握度"</h2>
                <p class="muted">"最近一次答对的题占该主题全部题目的比例。"</p>
                {move || mastery(progress)}
                <h2>"正确率 " <small>"近 " {TREND_WEEKS} " 周，每周"</small></h2>
                {move || accuracy(progress, today)}
                <h2>"每题用时 " <small>"中位数，秒"</small></h2>
                {move || time_per_question(progress, today)}
                <h2>"模拟面试得分"</h2>
                {move || scores(rounds)}
                <h2>"未来两周到期"</h2>
                {move || forecast(progress, today)}
            </Show>
        </section>
    }
}

#[component]
fn NoStatsYet() -> impl IntoView {
    view! {
        <div class="stats-empty">
            <p>"还没有练习记录。做一轮模拟面试或复习几道题，这里就会画出你的练习日历、连续天数、各主题掌握度和得分走势。"</p>
            <a class="button primary" href=Route::Round.to_hash()>"去模拟面试"</a>
            <a class="button" href=Route::Review.to_hash()>"去复习"</a>
        </div>
    }
}

fn summary(progress: Progress, today: i64) -> impl IntoView {
    let (streak, total) = progress.log.with(|log| (streaks(log, today), log.len()));
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
            {tile(format!("{} 天", streak.current), "连续练习")}
            {tile(format!("{} 天", streak.best), "最长连续")}
            {tile(format!("{total} 题"), "累计答题")}
        </div>
    }
}

/// Monday is 0, Sunday 6, in the browser's time zone.
fn weekday(day_start: i64) -> u8 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        (day_start + DAY_MS / 2) as f64,
    ));
    ((date.get_day() + 6) % 7) as u8
}

fn calendar(progress: Progress, today: i64) -> impl IntoView {
    let days = calendar_days(weekday(today));
    let counts = progress.log.with(|log| daily_counts(log, today, days));
    let first_day_ms = today - (days as i64 - 1) * DAY_MS;
    view! { <div class="chart-card"><PracticeHeatmap counts=counts first_day_ms=first_day_ms/></div> }
}

fn mastery(progress: Progress) -> impl IntoView {
    let bank: Vec<(&str, &str)> = BANK
        .questions
        .iter()
        .map(|q| (q.id.as_ref(), q.topic.as_ref()))
        .collect();
    let topics = progress.log.with(|log| topic_mastery(log, &bank));
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
    let label = format!("各主题已掌握的题数：{}", summary.join("，"));
    view! { <div class="chart-card"><BarChart bars=bars label=label class="mastery-chart"/></div> }
}

/// A share as a whole percentage; anything above nothing shows at least 1%.
fn percent(share: f64) -> String {
    let whole = (share * 100.0).round() as u32;
    format!("{}%", if share > 0.0 { whole.max(1) } else { 0 })
}

/// Weekly x labels: the oldest week, the middle, and the last seven days.
fn week_labels() -> Vec<(usize, String)> {
    let last = TREND_WEEKS - 1;
    vec![
        (0, format!("{last} 周前")),
        (last / 2, format!("{} 周前", last - last / 2)),
        (last, "近 7 天".to_string()),
    ]
}

fn no_data(text: &'static str) -> AnyView {
    view! { <p class="muted chart-none">{text}</p> }.into_any()
}

fn accuracy(progress: Progress, today: i64) -> AnyView {
    let weeks = progress
        .log
        .with(|log| weekly_stats(log, today, TREND_WEEKS));
    let points: Vec<Option<f64>> = weeks
        .iter()
        .map(|w| w.accuracy().map(|a| a * 100.0))
        .collect();
    let Some(latest) = points.iter().rev().flatten().next().copied() else {
        return no_data("近 12 周没有答题。");
    };
    let label = format!("近 {TREND_WEEKS} 周每周正确率的折线图，最近一次为 {latest:.0}%");
    let ticks = [0.0, 50.0, 100.0].map(|v| (v, format!("{v:.0}%"))).to_vec();
    view! {
        <div class="chart-card">
            <TrendChart points=points max=100.0 y_ticks=ticks x_labels=week_labels() label=label/>
        </div>
    }
    .into_any()
}

fn time_per_question(progress: Progress, today: i64) -> AnyView {
    let weeks = progress
        .log
        .with(|log| weekly_stats(log, today, TREND_WEEKS));
    let points: Vec<Option<f64>> = weeks
        .iter()
        .map(|w| w.median_time_ms.map(|ms| f64::from(ms) / 1000.0))
        .collect();
    let Some(latest) = points.iter().rev().flatten().next().copied() else {
        return no_data("近 12 周没有答题。");
    };
    let slowest = points.iter().flatten().copied().fold(0.0, f64::max);
    // Round the top up to whole half minutes so the ticks are easy to read.
    let max = ((slowest / 30.0).ceil() * 30.0).max(30.0);
    let ticks = [0.0, max / 2.0, max]
        .map(|v| (v, format!("{v:.0}")))
        .to_vec();
    let label = format!("近 {TREND_WEEKS} 周每题用时中位数的折线图，最近一次为 {latest:.0} 秒");
    view! {
        <div class="chart-card">
            <TrendChart points=points max=max y_ticks=ticks x_labels=week_labels() label=label/>
        </div>
    }
    .into_any()
}

fn scores(rounds: Rounds) -> AnyView {
    let all = rounds.history.with(|h| round_scores(h));
    let shown = &all[all.len().saturating_sub(ROUNDS_SHOWN)..];
    let (Some(first), Some(last)) = (shown.first(), shown.last()) else {
        return no_data("还没有做完的模拟面试。");
    };
    let date = |ms: i64| {
        let (month, day) = month_day(day_start_ms(ms));
        format!("{month}/{day}")
    };
    // The first and the latest round's dates, once when they are the same day.
    let mut x_labels = vec![(shown.len() - 1, date(last.started_ms))];
    if date(first.started_ms) != date(last.started_ms) {
        x_labels.insert(0, (0, date(first.started_ms)));
    }
    let label = format!(
        "最近 {} 轮模拟面试得分的折线图，最近一轮 {} 分",
        shown.len(),
        last.score
    );
    let points = shown.iter().map(|s| Some(f64::from(s.score))).collect();
    let ticks = [0.0, 50.0, 100.0].map(|v| (v, format!("{v:.0}"))).to_vec();
    view! {
        <div class="chart-card">
            <TrendChart points=points max=100.0 y_ticks=ticks x_labels=x_labels label=label/>
        </div>
    }
    .into_any()
}

fn forecast(progress: Progress, today: i64) -> impl IntoView {
    let counts = progress
        .log
        .with(|log| due_forecast(&schedules(log), today, 14));
    let most = counts.iter().copied().max().unwrap_or(0).max(1);
    let total: usize = counts.iter().sum();
    let bars = counts
        .iter()
        .enumerate()
        .map(|(day, &n)| Bar {
            label: match day {
                0 => "今天（含逾期）".to_string(),
                1 => "明天".to_string(),
                d => {
                    let (month, date) = month_day(today + d as i64 * DAY_MS);
                    format!("{month}/{date}")
                }
            },
            share: n as f64 / most as f64,
            value: n.to_string(),
        })
        .collect();
    let label = format!(
        "未来 14 天每天到期的题数，共 {total} 题，今天 {} 题",
        counts[0]
    );
    view! { <div class="chart-card"><BarChart bars=bars label=label class="forecast-chart"/></div> }
}
