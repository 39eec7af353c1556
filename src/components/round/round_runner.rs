use std::time::Duration;

use drill_core::bank::QuestionType;
use drill_core::grade::{Response, SelfGrade};
use drill_core::round::Step;
use drill_core::text::one_line;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::answer_recorder::Recordings;
use super::interview_driver::InterviewDriver;
use super::round_question::RoundQuestion;
use super::round_timer::{RoundTimer, format_left};
use super::session_elsewhere::SessionElsewhere;
use crate::bank_data::BANK;
use crate::i18n::strings;
use crate::platform::clock::now_ms;
use crate::platform::{recognition, speech, wake_lock};
use crate::state::draft::Draft;
use crate::state::session::Session;

/// The round in progress: progress, countdown and pause on top, the current
/// question below, its actions in the thumb zone.
#[component]
pub fn RoundRunner() -> impl IntoView {
    let session = expect_context::<Session>();
    let s = strings();
    let draft = Draft::new(session);
    provide_context(draft);
    let recordings = Recordings::new();
    provide_context(recordings);
    let now = RwSignal::new(now_ms());
    // The display refreshes from the clock; the round itself keeps deadlines.
    let ticker = set_interval_with_handle(
        move || {
            now.set(now_ms());
            session.tick();
        },
        Duration::from_millis(250),
    )
    .ok();
    on_cleanup(move || {
        if let Some(ticker) = ticker {
            ticker.clear();
        }
        wake_lock::release();
        recognition::cancel();
        speech::stop();
        recordings.forget_all();
    });

    let interview = session
        .current()
        .with_untracked(|r| r.as_ref().and_then(|r| r.config.interview));
    let step = Memo::new(move |_| {
        session
            .current()
            .with(|r| r.as_ref().map(|r| r.phase.step()))
    });
    let item_id = Memo::new(move |_| {
        session
            .current()
            .with(|r| r.as_ref().map(|r| r.current_item().question_id.clone()))
    });
    let progress = move || {
        session.current().with(|r| {
            r.as_ref()
                .map(|r| format!("{}/{}", r.current + 1, r.items.len()))
                .unwrap_or_default()
        })
    };
    let left = Signal::derive(move || {
        let now = now.get();
        session
            .current()
            .with(|r| r.as_ref().and_then(|r| r.question_left_ms(now)))
    });
    let spent = Signal::derive(move || {
        let now = now.get();
        session
            .current()
            .with(|r| r.as_ref().map_or(0, |r| r.question_spent_ms(now)))
    });
    // Review sessions count time without showing it, unless asked to.
    let hide_countdown = move || {
        session
            .current()
            .with(|r| r.as_ref().is_some_and(|r| r.config.hide_countdown))
    };
    let budget = move || {
        let now = now.get();
        session
            .current()
            .with(|r| r.as_ref().and_then(|r| r.budget_left_ms(now)))
            .map(|ms| (s.budget_left)(&format_left(ms)))
    };

    // A new question is read out if asked to.
    Effect::new(move |_| {
        let Some(question) = item_id.get().and_then(|id| BANK.question(&id)) else {
            return;
        };
        // In interview mode the interviewer reads it, then listens.
        let read_aloud = session.current().with_untracked(|r| {
            r.as_ref()
                .is_some_and(|r| r.config.read_aloud && r.config.interview.is_none())
        });
        if read_aloud {
            speech::speak(&one_line(&question.prompt));
        }
    });
    // Keep the screen on only while a question's clock runs.
    Effect::new(move |_| match step.get() {
        Some(Step::Answering) => wake_lock::acquire(),
        _ => wake_lock::release(),
    });

    let toggle_pause = move || {
        let _ = session.apply(|r, now| {
            if r.is_paused() {
                r.resume(now)
            } else {
                r.pause(now)
            }
        });
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        on_key(&ev, session, draft, step.get_untracked(), toggle_pause)
    });
    on_cleanup(move || keys.remove());

    view! {
        <section class="runner" aria-label=s.runner_label>
            <h1 class="visually-hidden">{s.runner_label}</h1>
            <div class="runner-bar">
                <span class="progress" aria-label=s.progress_label>{progress}</span>
                <Show when=move || !hide_countdown()>
                    <RoundTimer left_ms=left spent_ms=spent/>
                </Show>
                <span class="budget">{budget}</span>
                <button class="button small" on:click=move |_| toggle_pause()>
                    {move || if step.get() == Some(Step::Paused) { s.resume } else { s.pause }}
                </button>
            </div>
            <Show
                when=move || !session.elsewhere().get()
                fallback=move || view! { <SessionElsewhere/> }
            >
            <Show
                when=move || step.get() != Some(Step::Paused)
                fallback=move || view! {
                    <div class="paused">
                        <h1>{s.paused_title}</h1>
                        <p>{s.paused_body}</p>
                        <button class="button primary wide" on:click=move |_| toggle_pause()>{s.resume_answering}</button>
                        <button class="button wide" on:click=move |_| {
                            let _ = session.apply(|r, now| r.end(now));
                        }>{s.end_and_see_results}</button>
                    </div>
                }
            >
                {interview.map(|i| view! { <InterviewDriver step=step interview=i/> })}
                {move || item_id.get().map(|id| match BANK.question(&id) {
                    Some(question) => view! { <RoundQuestion question=question step=step/> }.into_any(),
                    None => view! {
                        <div class="notice-screen">
                            <p>{s.question_gone}</p>
                            <button class="button" on:click=move |_| { let _ = session.apply(|r, now| r.end(now)); }>{s.end_round}</button>
                        </div>
                    }.into_any(),
                })}
            </Show>
            </Show>
            <p class="runner-note muted">{s.clock_runs_away}</p>
        </section>
    }
}

/// Space reveals, 1-4 choose or grade, Enter submits or goes on, Esc pauses.
fn on_key(
    ev: &web_sys::KeyboardEvent,
    session: Session,
    draft: Draft,
    step: Option<Step>,
    toggle_pause: impl Fn(),
) {
    if ev.key() == "Escape" {
        ev.prevent_default();
        toggle_pause();
        return;
    }
    let typing = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
    if typing || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let Some(question) = session
        .current()
        .with_untracked(|r| r.as_ref().map(|r| r.current_item().question_id.clone()))
        .and_then(|id| BANK.question(&id))
    else {
        return;
    };
    let digit = ev
        .key()
        .parse::<usize>()
        .ok()
        .filter(|d| (1..=9).contains(d));
    let handled = match (step, ev.key().as_str(), digit) {
        (Some(Step::Answering), " ", _) if question.kind == QuestionType::Open => {
            session.apply(|r, now| r.reveal(now)).is_ok()
        }
        (Some(Step::Answering), _, Some(d @ 1..=2)) if question.kind == QuestionType::TrueFalse => {
            session
                .apply(|r, now| r.submit(now, question, Response::TrueFalse(d == 1)))
                .is_ok()
        }
        (Some(Step::Answering), _, Some(d)) if question.kind.is_auto_graded() => {
            draft.pick(question, d - 1);
            true
        }
        (Some(Step::Answering), "Enter", _) if question.kind.is_auto_graded() => {
            match draft.response(question) {
                Some(response) => session
                    .apply(|r, now| r.submit(now, question, response))
                    .is_ok(),
                None => false,
            }
        }
        (Some(Step::Revealed), _, Some(d)) if d <= 3 => session
            .apply(|r, now| r.grade_open(now, SelfGrade::ALL[d - 1]))
            .is_ok(),
        (Some(Step::Graded), "Enter", _) => session.apply(|r, now| r.next(now)).is_ok(),
        _ => false,
    };
    if handled {
        ev.prevent_default();
    }
}
