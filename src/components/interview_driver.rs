use std::time::Duration;

use drill_core::bank::QuestionType;
use drill_core::follow_up::Why;
use drill_core::interview::{self, Cue};
use drill_core::round::Interview;
use drill_core::text::one_line;
use leptos::prelude::*;

use super::answer_box::{failure_text, join_text};
use super::round_runner::Step;
use crate::bank_data::BANK;
use crate::i18n::strings;
use crate::platform::clock::now_ms;
use crate::platform::recognition::{self, Failure, Heard};
use crate::platform::speech;
use crate::state::session::Session;
use crate::state::voice::Voice;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Doing {
    Nothing,
    Asking,
    Listening,
    FollowingUp,
}

/// What the interviewer works with; every handle is a copy of the same.
#[derive(Clone, Copy)]
struct Interviewer {
    session: Session,
    voice: Voice,
    interview: Interview,
    doing: RwSignal<Doing>,
    failure: RwSignal<Option<Failure>>,
    /// Each cue acted on gets the next number; a callback from an older one
    /// (speech or listening that ends late) finds it stale and does nothing.
    turn: StoredValue<u32>,
    last_heard_ms: StoredValue<Option<i64>>,
    /// The answer is being closed (a pause or a tap): the end of listening
    /// shows the answer.
    closing: StoredValue<bool>,
    silence_check: StoredValue<Option<IntervalHandle>>,
    /// A follow-up whose question was said with why it is asked: it is not
    /// read again.
    asked_with_why: StoredValue<Option<String>>,
}

/// Interview mode (面试模式): reads each question aloud, listens, ends the
/// answer after the pause the user set or a tap on 说完了, lets the key
/// points heard grade it, asks at most one follow-up, and moves on. It holds
/// no state of its own that matters: the round (notes, deadlines, grades) is
/// stored as always, so a reload or a pause picks up where it was.
#[component]
pub fn InterviewDriver(step: Memo<Option<Step>>, interview: Interview) -> impl IntoView {
    let session = expect_context::<Session>();
    let s = strings();
    let it = Interviewer {
        session,
        voice: expect_context::<Voice>(),
        interview,
        doing: RwSignal::new(Doing::Nothing),
        failure: RwSignal::new(None),
        turn: StoredValue::new(0),
        last_heard_ms: StoredValue::new(None),
        closing: StoredValue::new(false),
        silence_check: StoredValue::new(None),
        asked_with_why: StoredValue::new(None),
    };
    // A new cue comes with a new question, a new step, or the key points
    // heard being suggested; a follow-up added to the round is not one.
    let moment = Memo::new(move |_| {
        session.current().with(|r| {
            r.as_ref().map(|r| {
                (
                    r.id.clone(),
                    r.current,
                    step.get(),
                    r.current_item().suggested.is_empty(),
                )
            })
        })
    });
    Effect::new(move |_| {
        moment.track();
        act(it);
    });
    on_cleanup(move || halt(it));

    let status = move || match it.doing.get() {
        Doing::Asking => s.interview_asking.to_string(),
        Doing::Listening => (s.interview_listening)(interview.silence_secs),
        Doing::FollowingUp => s.interview_following_up.to_string(),
        Doing::Nothing if step.get() == Some(Step::Revealed) => s.interview_grading.to_string(),
        Doing::Nothing => String::new(),
    };
    let can_close = move || {
        step.get() == Some(Step::Answering)
            && (it.doing.get() == Doing::Listening || it.failure.with(Option::is_some))
    };
    view! {
        <div class="interview-bar">
            <p class="interview-status" role="status">{status}</p>
            <Show when=can_close>
                <button class="button primary wide" on:click=move |_| close_answer(it)>{s.stop_listening}</button>
            </Show>
            {move || it.failure.get().map(|why| view! { <p class="warning" role="alert">{failure_text(s, &why)}</p> })}
        </div>
    }
}

/// Stops whatever was going on; callbacks still on their way go stale.
/// Also runs as the driver goes away, when its values may be gone already.
fn halt(it: Interviewer) {
    it.turn.try_update_value(|t| *t += 1);
    if let Some(Some(check)) = it.silence_check.try_get_value() {
        check.clear();
    }
    it.silence_check.try_set_value(None);
    recognition::cancel();
    speech::stop();
    it.doing.try_set(Doing::Nothing);
}

/// Whether a callback belongs to the cue being acted on (and the driver is
/// still there).
fn is_turn(it: Interviewer, turn: u32) -> bool {
    it.turn.try_get_value() == Some(turn)
}

/// Does what the round's current moment calls for.
fn act(it: Interviewer) {
    halt(it);
    let turn = it.turn.get_value();
    let spoken = |id: &str| {
        BANK.question(id)
            .is_some_and(|q| q.kind == QuestionType::Open)
    };
    let found = it.session.current().with_untracked(|r| {
        let r = r.as_ref()?;
        let question = BANK.question(&r.current_item().question_id)?;
        let cue = interview::cue(r, question, spoken);
        Some((question, cue, r.current_item().question_id.clone()))
    });
    let Some((question, cue, id)) = found else {
        return;
    };
    match cue {
        Cue::Ask if it.asked_with_why.get_value().as_deref() == Some(id.as_str()) => {
            listen(it, turn)
        }
        Cue::Ask => {
            it.doing.set(Doing::Asking);
            speech::speak_then(&one_line(&question.prompt), move || {
                if is_turn(it, turn) {
                    listen(it, turn);
                }
            });
        }
        Cue::Listen => listen(it, turn),
        Cue::Grade(grade) => {
            let _ = it.session.apply(|r, now| r.grade_open(now, grade));
        }
        Cue::FollowUp(chosen) => {
            let Some(follow) = BANK.question(chosen.id) else {
                return;
            };
            // Already there after a reload; adding it again changes nothing.
            let _ = it.session.apply(|r, _| r.add_follow_up(follow));
            let s = strings();
            let prompt = one_line(&follow.prompt);
            let said = match chosen.why {
                Why::Missed(point) => {
                    let point = question.key_points.get(point).map_or("", |p| p.as_ref());
                    (s.follow_up_spoken_missed)(&one_line(point), &prompt)
                }
                Why::Strong => (s.follow_up_spoken_strong)(&prompt),
            };
            it.asked_with_why.set_value(Some(chosen.id.to_string()));
            it.doing.set(Doing::FollowingUp);
            speech::speak_then(&said, move || {
                if is_turn(it, turn) {
                    let _ = it.session.apply(|r, now| r.next(now));
                }
            });
        }
        Cue::MoveOn => {
            let _ = it.session.apply(|r, now| r.next(now));
        }
        Cue::Wait => {}
    }
}

/// Listens to the answer, adding what is heard to what was there (a reload
/// keeps the transcript), until a pause or a tap closes it.
fn listen(it: Interviewer, turn: u32) {
    it.failure.set(None);
    it.closing.set_value(false);
    let before = it.session.current().with_untracked(|r| {
        r.as_ref()
            .map(|r| r.current_item().notes.clone())
            .unwrap_or_default()
    });
    // An answer picked up again can end with a pause too.
    it.last_heard_ms
        .set_value((!before.trim().is_empty()).then(now_ms));
    let started = recognition::listen(
        it.voice.on_device(),
        move |heard: Heard| {
            if !is_turn(it, turn) {
                return;
            }
            it.last_heard_ms.set_value(Some(now_ms()));
            let said = format!("{}{}", heard.final_text, heard.interim);
            let _ = it
                .session
                .apply(|r, _| r.set_notes(join_text(&before, &said)));
        },
        move |ended| {
            if !is_turn(it, turn) {
                return;
            }
            if it.closing.get_value() {
                reveal(it);
                return;
            }
            match ended {
                Some(
                    why @ (Failure::Refused
                    | Failure::NoMicrophone
                    | Failure::Missing
                    | Failure::Language),
                ) => {
                    it.doing.set(Doing::Nothing);
                    it.failure.set(Some(why));
                }
                // The browser stopped on its own (a long silence, a dropped
                // connection): the answer is not over, so listen on.
                _ => {
                    set_timeout(
                        move || {
                            if is_turn(it, turn) {
                                listen(it, turn);
                            }
                        },
                        Duration::from_millis(300),
                    );
                }
            }
        },
    );
    match started {
        Ok(()) => it.doing.set(Doing::Listening),
        Err(why) => {
            it.doing.set(Doing::Nothing);
            it.failure.set(Some(why));
            return;
        }
    }
    if it.silence_check.get_value().is_none() {
        let check = set_interval_with_handle(
            move || {
                let over = interview::pause_ends_answer(
                    it.last_heard_ms.get_value(),
                    now_ms(),
                    it.interview,
                );
                if over && !it.closing.get_value() {
                    close_answer(it);
                }
            },
            Duration::from_millis(250),
        )
        .ok();
        it.silence_check.set_value(check);
    }
}

/// Ends the answer (a pause or a tap): what is still being recognised
/// arrives, then the answer shows.
fn close_answer(it: Interviewer) {
    if it.doing.get_untracked() != Doing::Listening {
        reveal(it);
        return;
    }
    it.closing.set_value(true);
    recognition::stop();
    // Should the browser never say it stopped, the answer shows anyway.
    let turn = it.turn.get_value();
    set_timeout(
        move || {
            if is_turn(it, turn) && it.closing.get_value() {
                reveal(it);
            }
        },
        Duration::from_millis(1500),
    );
}

fn reveal(it: Interviewer) {
    it.closing.set_value(false);
    let _ = it.session.apply(|r, now| r.reveal(now));
}
