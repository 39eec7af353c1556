use drill_core::persist::REVIEW_SETTINGS_KEY;
use drill_core::progress::{ReviewSettings, due_forecast, review_queue};
use drill_core::round::{RoundConfig, SessionKind, TimeoutRule};
use drill_core::text::one_line;
use leptos::prelude::*;

use super::session_screen::SessionScreen;
use super::session_start::start_and_show;
use crate::bank_data::BANK;
use crate::i18n::strings;
use crate::platform::clock::{day_start_ms, now_ms};
use crate::platform::storage;
use crate::state::progress::Progress;
use crate::state::rounds::Rounds;

/// Mistakes listed before "show all": the most recent ones, which are the
/// ones to look at first; a long book would slow the screen to draw.
const MISTAKES_SHOWN: usize = 20;

/// 复习: the review session in progress, or what is due and the mistake
/// book.
#[component]
pub fn ReviewScreen() -> impl IntoView {
    view! { <SessionScreen kind=SessionKind::Review idle=|| view! { <ReviewDashboard/> }/> }
}

/// What is due today and in the coming days, a daily ration of new
/// questions, an optional interview date, and the mistake book.
#[component]
fn ReviewDashboard() -> impl IntoView {
    let progress = expect_context::<Progress>();
    let rounds = expect_context::<Rounds>();
    let s = strings();
    let settings = RwSignal::new(
        storage::load::<ReviewSettings>(REVIEW_SETTINGS_KEY, now_ms())
            .0
            .unwrap_or_default(),
    );
    let save_settings = move || {
        let _ = settings.with_untracked(|s| storage::save(REVIEW_SETTINGS_KEY, s));
    };
    let now = now_ms();
    let today = day_start_ms(now);
    let bank_ids: Vec<&'static str> = BANK.questions.iter().map(|q| q.id.as_ref()).collect();
    let bank_ids = StoredValue::new(bank_ids);
    let schedule = progress.schedules();
    let queue = Memo::new(move |_| {
        progress.log().with(|log| {
            schedule.with(|s| {
                settings.with(|set| {
                    bank_ids.with_value(|ids| review_queue(ids, s, log, set, now, today))
                })
            })
        })
    });
    let mistakes = progress.mistakes();
    let show_all = RwSignal::new(false);
    let forecast = Memo::new(move |_| schedule.with(|s| due_forecast(s, today, 14)));
    let start = move |ids: Vec<String>| {
        let config = RoundConfig {
            review: true,
            on_timeout: TimeoutRule::Overrun,
            ..RoundConfig::default()
        }
        .retry(ids);
        start_and_show(rounds, config, false);
    };
    let interview_value =
        move || settings.with(|s| s.interview_ms.map(date_input_value).unwrap_or_default());

    view! {
        <section class="review">
            <h1>{s.review_title}</h1>
            <p class="lead">{s.review_lead}</p>
            <div class="review-card">
                <p class="big-number">{move || queue.with(Vec::len)}</p>
                <p>{s.due_now}</p>
                <button class="button primary wide" disabled=move || queue.with(Vec::is_empty)
                    on:click=move |_| start(queue.get_untracked())>
                    {s.start_review}
                </button>
            </div>
            <div class="review-settings">
                <label class="number">
                    {s.new_per_day} " "
                    <input type="number" min="0" max="100" aria-label=s.new_per_day
                        prop:value=move || settings.with(|s| s.new_per_day.to_string())
                        on:change=move |ev| {
                            let n = event_target_value(&ev).parse::<u16>().unwrap_or(10).min(100);
                            settings.update(|s| s.new_per_day = n);
                            save_settings();
                        }/>
                </label>
                <label class="number">
                    {s.interview_date} " "
                    <input type="date" aria-label=s.interview_date prop:value=interview_value
                        on:change=move |ev| {
                            let date = parse_date_input(&event_target_value(&ev));
                            settings.update(|s| s.interview_ms = date);
                            save_settings();
                        }/>
                </label>
                <Show when=move || settings.with(|s| s.interview_ms.is_some())>
                    <p class="muted">{s.interview_mode_note}</p>
                </Show>
            </div>
            <h2>{s.next_two_weeks}</h2>
            <ol class="forecast" aria-label=s.forecast_label>
                {move || {
                    let counts = forecast.get();
                    let most = counts.iter().copied().max().unwrap_or(0).max(1);
                    counts.into_iter().enumerate().map(|(day, n)| {
                        let label = match day { 0 => s.today.to_string(), 1 => s.tomorrow.to_string(), d => (s.days_later)(d) };
                        let width = format!("{}%", n * 100 / most);
                        view! {
                            <li>
                                <span class="day">{label}</span>
                                <span class="bar"><span class="fill" style:width=width></span></span>
                                <span class="count">{n}</span>
                            </li>
                        }
                    }).collect_view()
                }}
            </ol>
            <h2>{s.mistake_book} " " <small>{move || (s.question_count)(mistakes.with(Vec::len))}</small></h2>
            <p class="muted">{s.mistake_book_note}</p>
            <Show when=move || mistakes.with(|m| !m.is_empty())
                fallback=move || view! { <p>{s.mistake_book_empty}</p> }>
                <button class="button wide" on:click=move |_| start(mistakes.get_untracked())>{s.practise_mistakes}</button>
                <ul class="mistakes">
                    {move || {
                        let shown = if show_all.get() { usize::MAX } else { MISTAKES_SHOWN };
                        mistakes.with(|m| m.iter().take(shown).filter_map(|id| BANK.question(id)).map(|q| view! {
                            <li><a href=format!("#/q/{}", q.id)>{one_line(&q.prompt)}</a></li>
                        }).collect_view())
                    }}
                </ul>
                <Show when=move || { !show_all.get() && mistakes.with(Vec::len) > MISTAKES_SHOWN }>
                    <button class="button wide" on:click=move |_| show_all.set(true)>
                        {move || (s.show_all)(mistakes.with(Vec::len))}
                    </button>
                </Show>
            </Show>
        </section>
    }
}

/// `YYYY-MM-DD` of a time, for a date input, in the browser's time zone.
fn date_input_value(ms: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// Noon of a `YYYY-MM-DD` date in the browser's time zone.
fn parse_date_input(value: &str) -> Option<i64> {
    let mut parts = value.split('-').map(|p| p.parse::<u32>().ok());
    let (Some(Some(y)), Some(Some(m)), Some(Some(d))) = (parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let date = js_sys::Date::new_with_year_month_day_hr_min(y, m as i32 - 1, d as i32, 12, 0);
    let ms = date.get_time();
    (!ms.is_nan()).then_some(ms as i64)
}
