use std::cell::RefCell;
use std::time::Duration;

use drill_core::bank::QuestionType;
use drill_core::follow_up::Why;
use drill_core::interview::{self, Cue};
use drill_core::round::{Interview, Phase};
use drill_core::text::one_line;
use leptos::prelude::*;

use super::answer_box::{failure_text, join_text};
use crate::bank_data::BANK;
use crate::i18n::strings;
use crate::platform::clock::now_ms;
use crate::platform::recognition::{self, Failure, Heard};
use crate::platform::speech;
use crate::state::session::Session;
use crate::state::voice::Voice;
use drill_core::round::Step;

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
}

/// Where the round stands, as far as the interviewer acts on it: the
/// round, its question, its phase, and whether the key points heard are
/// suggested yet. A follow-up added to the round is not a new moment.
type Moment = (String, usize, u8, bool);

/// The interviewer's own bookkeeping, outside the reactive graph so that a
/// timer or a speech callback arriving after the driver has gone (a pause,
/// the end of the round) finds plain values, never disposed ones.
#[derive(Default)]
struct Ledger {
    /// Each act gets the next number; a callback from an older one (speech
    /// or listening that ends late) finds it stale and does nothing.
    turn: u32,
    acted_on: Option<Moment>,
    last_heard_ms: Option<i64>,
    /// The answer is being closed (a pause or a tap): the end of listening
    /// shows the answer.
    closing: bool,
    silence_check: Option<IntervalHandle>,
}

thread_local! {
    static LEDGER: RefCell<Ledger> = RefCell::new(Ledger::default());
}

fn ledger<R>(f: impl FnOnce(&mut Ledger) -> R) -> R {
    LEDGER.with(|n| f(&mut n.borrow_mut()))
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
    };
    // A new driver (a new round, a reload, back from a pause) acts afresh;
    // callbacks of an earlier one go stale.
    ledger(|n| {
        *n = Ledger {
            turn: n.turn.wrapping_add(1),
            ..Ledger::default()
        }
    });
    // The round is looked at on every change and, as a safety net, every
    // 200 ms; only a new moment is acted on.
    Effect::new(move |_| {
        session.current().track();
        step.track();
        check(it);
    });
    let poll = set_interval_with_handle(move || check(it), Duration::from_millis(200)).ok();
    leptos::task::spawn_local(async move { check(it) });
    on_cleanup(move || {
        if let Some(poll) = poll {
            poll.clear();
        }
        halt(it);
    });

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
            {move || it.failure.get().map(|why| view! { <p class="warning" role="alert">{failure_text(s, why)}</p> })}
        </div>
    }
}

/// Stops whatever was going on; callbacks still on their way go stale.
/// Also runs as the driver goes away.
fn halt(it: Interviewer) {
    let check = ledger(|n| {
        n.turn = n.turn.wrapping_add(1);
        n.closing = false;
        n.silence_check.take()
    });
    if let Some(check) = check {
        check.clear();
    }
    recognition::cancel();
    speech::stop();
    it.doing.try_set(Doing::Nothing);
}

/// Whether a callback belongs to the act in progress.
fn is_turn(turn: u32) -> bool {
    ledger(|n| n.turn) == turn
}

fn moment_of(round: &drill_core::round::Round) -> Moment {
    let phase = match round.phase {
        Phase::Answering { .. } => 0,
        Phase::Revealed => 1,
        Phase::Graded => 2,
        Phase::Paused { .. } => 3,
        Phase::Finished { .. } => 4,
    };
    (
        round.id.clone(),
        round.current,
        phase,
        round.current_item().suggested.is_empty(),
    )
}

/// Acts if the round is at a new moment.
fn check(it: Interviewer) {
    let moment = it
        .session
        .current()
        .try_with_untracked(|r| r.as_ref().map(moment_of))
        .flatten();
    let Some(moment) = moment else {
        return;
    };
    let new = ledger(|n| {
        let new = n.acted_on.as_ref() != Some(&moment);
        n.acted_on = Some(moment);
        new
    });
    if new {
        act(it);
    }
}

/// Does what the round's current moment calls for.
fn act(it: Interviewer) {
    halt(it);
    let turn = ledger(|n| n.turn);
    let spoken = |id: &str| {
        BANK.question(id)
            .is_some_and(|q| q.kind == QuestionType::Open)
    };
    let found = it.session.current().with_untracked(|r| {
        let r = r.as_ref()?;
        let question = BANK.question(&r.current_item().question_id)?;
        let cue = interview::cue(r, question, spoken);
        Some((question, cue))
    });
    let Some((question, cue)) = found else {
        return;
    };
    match cue {
        Cue::Ask => {
            it.doing.try_set(Doing::Asking);
            speech::speak_then(&one_line(&question.prompt), move || {
                if is_turn(turn) {
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
            // Why, then (as the next question) the follow-up itself.
            let s = strings();
            let said = match chosen.why {
                Why::Missed(point) => {
                    let point = question.key_points.get(point).map_or("", |p| p.as_ref());
                    (s.follow_up_spoken_missed)(&one_line(point), "")
                }
                Why::Strong => (s.follow_up_spoken_strong)(""),
            };
            it.doing.try_set(Doing::FollowingUp);
            speech::speak_then(&said, move || {
                if is_turn(turn) {
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
    it.failure.try_set(None);
    ledger(|n| n.closing = false);
    let before = it.session.current().with_untracked(|r| {
        r.as_ref()
            .map(|r| r.current_item().notes.clone())
            .unwrap_or_default()
    });
    // An answer picked up again can end with a pause too.
    let resumed = (!before.trim().is_empty()).then(now_ms);
    ledger(|n| n.last_heard_ms = resumed);
    let started = recognition::listen(
        it.voice.on_device(),
        move |heard: Heard| {
            if !is_turn(turn) {
                return;
            }
            ledger(|n| n.last_heard_ms = Some(now_ms()));
            let said = format!("{}{}", heard.final_text, heard.interim);
            let _ = it
                .session
                .apply(|r, _| r.set_notes(join_text(&before, &said)));
        },
        move |ended| {
            if !is_turn(turn) {
                return;
            }
            if ledger(|n| n.closing) {
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
                    it.doing.try_set(Doing::Nothing);
                    it.failure.try_set(Some(why));
                }
                // The browser stopped on its own (a long silence, a dropped
                // connection): the answer is not over, so listen on.
                _ => {
                    set_timeout(
                        move || {
                            if is_turn(turn) {
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
        Ok(()) => {
            it.doing.try_set(Doing::Listening);
        }
        Err(why) => {
            it.doing.try_set(Doing::Nothing);
            it.failure.try_set(Some(why));
            return;
        }
    }
    if ledger(|n| n.silence_check.is_none()) {
        let interview = it.interview;
        let check = set_interval_with_handle(
            move || {
                if !is_turn(turn) {
                    return;
                }
                let over = ledger(|n| {
                    !n.closing && interview::pause_ends_answer(n.last_heard_ms, now_ms(), interview)
                });
                if over {
                    close_answer(it);
                }
            },
            Duration::from_millis(250),
        )
        .ok();
        ledger(|n| n.silence_check = check);
    }
}

/// Ends the answer (a pause or a tap): what is still being recognised
/// arrives, then the answer shows.
fn close_answer(it: Interviewer) {
    if it.doing.try_get_untracked().unwrap_or(Doing::Nothing) != Doing::Listening {
        reveal(it);
        return;
    }
    ledger(|n| n.closing = true);
    recognition::stop();
    // Should the browser never say it stopped, the answer shows anyway.
    let turn = ledger(|n| n.turn);
    set_timeout(
        move || {
            if is_turn(turn) && ledger(|n| n.closing) {
                reveal(it);
            }
        },
        Duration::from_millis(1500),
    );
}

fn reveal(it: Interviewer) {
    ledger(|n| n.closing = false);
    let _ = it.session.apply(|r, now| r.reveal(now));
}
