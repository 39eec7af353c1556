use drill_core::progress::ForecastDay;
use leptos::prelude::*;

use crate::i18n::strings;

/// The next two weeks: each day's due questions and new ones as one bar,
/// today first, the interview day marked.
#[component]
pub fn ReviewForecastList(
    forecast: Memo<Vec<ForecastDay>>,
    /// Days from today to the interview, when there is one.
    interview_in: Signal<Option<i64>>,
) -> impl IntoView {
    let s = strings();
    view! {
        <p class="forecast-legend muted" aria-hidden="true">
            <span class="key due"></span>{s.forecast_due}
            <span class="key new"></span>{s.forecast_new}
        </p>
        <ol class="forecast" aria-label=s.forecast_label>
            {move || {
                let days = forecast.get();
                let most = days.iter().map(ForecastDay::total).max().unwrap_or(0).max(1);
                let interview = interview_in.get();
                days.into_iter().enumerate().map(|(day, n)| {
                    let label = match day { 0 => s.today.to_string(), 1 => s.tomorrow.to_string(), d => (s.days_later)(d) };
                    let is_interview = interview == Some(day as i64);
                    let due = format!("{}%", n.due * 100 / most);
                    let new = format!("{}%", n.new * 100 / most);
                    view! {
                        <li class:interview=is_interview>
                            <span class="day">{label}</span>
                            <span class="bar">
                                <span class="fill" style:width=due></span>
                                <span class="fill new" style:width=new></span>
                            </span>
                            <span class="count">{n.total()}</span>
                            {is_interview.then(|| view! { <span class="interview-mark">{s.interview_day}</span> })}
                        </li>
                    }
                }).collect_view()
            }}
        </ol>
    }
}
