use std::time::Duration;

use drill_core::calendar::civil::CivilDate;
use drill_core::progress::{
    ReviewDay, ReviewInputs, ReviewSettings, Today, interview_plan, review_day, review_forecast,
};
use drill_core::round::{RoundConfig, SessionKind, TimeoutRule};
use drill_core::text::one_line;
use leptos::prelude::*;

use super::interview_plan_card::InterviewPlanCard;
use super::review_forecast_list::ReviewForecastList;
use crate::bank_data::BANK;
use crate::components::round::session_screen::SessionScreen;
use crate::components::round::session_start::start_and_show;
use crate::i18n::strings;
use crate::platform::clock::{self, local_date};
use crate::state::notices::Notices;
use crate::state::progress::Progress;
use crate::state::review_settings::{MAX_NEW_PER_DAY, ReviewPrefs};
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

/// What is due now and what is left today, the interview plan, the days
/// ahead, the settings, and the mistake book.
#[component]
fn ReviewDashboard() -> impl IntoView {
    let progress = expect_context::<Progress>();
    let rounds = expect_context::<Rounds>();
    let prefs = ReviewPrefs::load(expect_context::<Notices>());
    let settings = prefs.settings();
    let s = strings();
    let today = RwSignal::new(clock::today());
    let date = Memo::new(move |_| today.with(|t| local_date(t.now_ms)));
    let bank = StoredValue::new(
        BANK.questions
            .iter()
            .map(|q| (q.id.as_ref(), q.topic.as_ref()))
            .collect::<Vec<(&'static str, &'static str)>>(),
    );
    let bank_ids = StoredValue::new(
        BANK.questions
            .iter()
            .map(|q| q.id.as_ref())
            .collect::<Vec<&'static str>>(),
    );
    let interview = prefs.interview_date();
    let plan = Memo::new(move |_| {
        let interview = interview.get()?;
        let date = date.get();
        Some(progress.log().with(|log| {
            today.with(|t| bank.with_value(|b| interview_plan(b, log, date, interview, t)))
        }))
    });
    let ration = Memo::new(move |_| {
        let plan_per_day = plan.with(|p| p.as_ref().and_then(|p| p.new_per_day));
        settings.with(|s| s.ration(plan_per_day))
    });
    // Today's review and the days ahead, from the same inputs.
    let sources = Sources {
        progress,
        settings,
        today,
        ration,
        bank_ids,
    };
    let day = Memo::new(move |_| sources.with(review_day));
    let forecast = Memo::new(move |_| sources.with(|inputs| review_forecast(inputs, 14)));
    refresh_when_due(today, day);
    // The review session that ended today, for a link to its results.
    let last_session = Memo::new(move |_| {
        let start = today.with(|t| t.start_ms);
        rounds.history().with(|h| {
            h.iter()
                .rev()
                .find(|r| r.config.review && r.started_ms >= start)
                .map(|r| r.id.clone())
        })
    });
    let mistakes = progress.mistakes();
    let show_all = RwSignal::new(false);
    let start = move |ids: Vec<String>| {
        let config = RoundConfig {
            review: true,
            on_timeout: TimeoutRule::Overrun,
            hide_countdown: !settings.with_untracked(|s| s.countdown),
            ..RoundConfig::default()
        }
        .retry(ids);
        start_and_show(rounds, config, false);
    };
    let interview_value = move || interview.get().map(|d| d.to_string()).unwrap_or_default();
    let now_count = move || day.with(|d| d.now_count());
    let interview_in = Signal::derive(move || interview.get().map(|i| date.get().days_until(i)));

    view! {
        <section class="review">
            <h1>{s.review_title}</h1>
            <p class="lead">{s.review_lead}</p>
            <div class="review-card">
                <p class="big-number">{now_count}</p>
                <p>{s.due_now}</p>
                <p class="muted">{move || day.with(|d| (s.due_split)(d.due.len(), d.new.len()))}</p>
                <Show when=move || now_count() == 0>
                    {move || {
                        let later = day.with(|d| d.later_today.clone());
                        match later.first() {
                            Some(first) => {
                                let minutes = ((first - today.with(|t| t.now_ms)) + 59_999) / 60_000;
                                view! { <p class="later-today">{(s.later_today)(later.len(), minutes.max(1))}</p> }.into_any()
                            }
                            None => view! {
                                <div class="today-done">
                                    <h2>{s.today_done}</h2>
                                    <p>{move || (s.tomorrow_count)(forecast.with(|f| f.get(1).map_or(0, |d| d.total())))}</p>
                                </div>
                            }.into_any(),
                        }
                    }}
                </Show>
                <Show when=move || now_count() != 0>
                    <button class="button primary wide" on:click=move |_| start(day.with_untracked(|d| d.queue()))>
                        {s.start_review}
                    </button>
                </Show>
                {move || last_session.get().map(|id| view! {
                    <a class="session-results" href=format!("#/round/{id}")>{s.last_session_results}</a>
                })}
            </div>
            <InterviewPlanCard plan=plan/>
            <div class="review-settings">
                <label class="number">
                    {s.new_per_day} " "
                    <input type="number" min="0" max=MAX_NEW_PER_DAY.to_string() aria-label=s.new_per_day
                        prop:value=move || ration.get().to_string()
                        on:change=move |ev| {
                            let n = event_target_value(&ev).parse::<u16>().unwrap_or(10);
                            prefs.set_new_per_day(n);
                        }/>
                </label>
                <label class="number">
                    {s.interview_date} " "
                    <input type="date" aria-label=s.interview_date prop:value=interview_value
                        on:change=move |ev| prefs.set_interview_date(CivilDate::parse(&event_target_value(&ev)))/>
                </label>
                <label class="check">
                    <input type="checkbox" prop:checked=move || settings.with(|s| s.countdown)
                        on:change=move |ev| prefs.set_countdown(event_target_checked(&ev))/>
                    " " {s.review_countdown}
                </label>
                {move || {
                    let per_day = plan.with(|p| p.as_ref().and_then(|p| p.new_per_day))?;
                    let follows = settings.with(|s| s.ration_follows_plan);
                    Some(if follows {
                        view! { <p class="muted">{s.ration_from_plan}</p> }.into_any()
                    } else {
                        view! {
                            <button class="button small" on:click=move |_| prefs.follow_plan()>{(s.follow_plan)(per_day)}</button>
                        }.into_any()
                    })
                }}
                <Show when=move || settings.with(|s| s.interview_ms.is_some())>
                    <p class="muted">{s.interview_mode_note}</p>
                </Show>
            </div>
            <h2>{s.next_two_weeks}</h2>
            <ReviewForecastList forecast=forecast interview_in=interview_in/>
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

/// The signals today's review is worked out from.
#[derive(Clone, Copy)]
struct Sources {
    progress: Progress,
    settings: ReadSignal<ReviewSettings>,
    today: RwSignal<Today>,
    ration: Memo<usize>,
    bank_ids: StoredValue<Vec<&'static str>>,
}

impl Sources {
    fn with<T>(self, f: impl FnOnce(ReviewInputs<'_>) -> T) -> T {
        let ration = self.ration.get();
        self.progress.log().with(|log| {
            self.progress.schedules().with(|schedules| {
                self.settings.with(|settings| {
                    self.today.with(|today| {
                        self.bank_ids.with_value(|bank_ids| {
                            f(ReviewInputs {
                                bank_ids,
                                schedules,
                                log,
                                settings,
                                ration,
                                today,
                            })
                        })
                    })
                })
            })
        })
    }
}

/// A question that comes back later today (a relearning step) shows up by
/// itself when its time comes: today is looked at again then.
fn refresh_when_due(today: RwSignal<Today>, day: Memo<ReviewDay>) {
    Effect::new(move |previous: Option<Option<TimeoutHandle>>| {
        if let Some(Some(handle)) = previous {
            handle.clear();
        }
        let next = day.with(|d| d.later_today.first().copied())?;
        let wait = (next - today.with_untracked(|t| t.now_ms)).max(0) as u64;
        set_timeout_with_handle(
            move || today.set(clock::today()),
            Duration::from_millis(wait + 500),
        )
        .ok()
    });
}
