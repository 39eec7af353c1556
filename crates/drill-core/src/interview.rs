//! Interview mode (面试模式): the rules of a round done hands-free. The app
//! reads each question aloud, listens, and asks here what comes next; the
//! round itself (deadlines, grades, follow-ups) keeps its own rules.

use crate::bank::Question;
use crate::follow_up::{self, Chosen};
use crate::grade::{SelfGrade, suggested_self_grade};
use crate::round::{Interview, Phase, Round};

/// What the interviewer does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue<'q> {
    /// Read the question aloud, then listen.
    Ask,
    /// Listen: the question was asked already and the answer has begun
    /// (after a reload, or on resuming from a pause).
    Listen,
    /// Grade the shown answer by the key points heard.
    Grade(SelfGrade),
    /// Say why and ask this follow-up next.
    FollowUp(Chosen<'q>),
    /// On to the next question, or the results.
    MoveOn,
    /// Nothing to do yet: paused, finished, or the key points heard are
    /// still to be suggested.
    Wait,
}

/// The cue for the round's current question, `question`. Only follow-ups
/// for which `spoken` holds are asked (open questions are answered out
/// loud), and at most one after each question: a follow-up gets none.
pub fn cue<'q>(round: &Round, question: &'q Question, spoken: impl Fn(&str) -> bool) -> Cue<'q> {
    let item = round.current_item();
    if item.question_id != question.id {
        return Cue::Wait;
    }
    match round.phase {
        Phase::Answering { .. } if item.notes.trim().is_empty() => Cue::Ask,
        Phase::Answering { .. } => Cue::Listen,
        Phase::Revealed if item.suggested.is_empty() => Cue::Wait,
        Phase::Revealed => Cue::Grade(suggested_self_grade(&item.ticked)),
        Phase::Graded if item.follow_up => Cue::MoveOn,
        Phase::Graded => follow_up::choose_in_round(round, question, |id| !spoken(id))
            .map_or(Cue::MoveOn, Cue::FollowUp),
        Phase::Paused { .. } | Phase::Finished { .. } => Cue::Wait,
    }
}

/// Whether the answer is over: something was heard, and then nothing for
/// the pause the user set.
pub fn pause_ends_answer(last_heard_ms: Option<i64>, now_ms: i64, interview: Interview) -> bool {
    last_heard_ms.is_some_and(|at| now_ms - at >= i64::from(interview.silence_secs) * 1000)
}

#[cfg(test)]
mod tests;
