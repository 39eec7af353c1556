use std::borrow::Cow::Owned;

use super::*;
use crate::bank::{Probe, QuestionType};
use crate::follow_up::Why;
use crate::round::test_bank::bank;
use crate::round::{Interview, RoundConfig};

const SEC: i64 = 1000;

/// q0 (open, four key points) with follow-ups q1 (single choice, probes
/// point 1), q2 (open, probes point 2) and q4 (open, harder); then q6.
fn interview_round() -> (Vec<Question>, Question, Round) {
    let bank = bank();
    let mut parent = bank[0].clone();
    parent.follow_ups = Owned(["q1", "q2", "q4"].map(|id| Owned(id.to_string())).to_vec());
    parent.follow_probes = Owned(vec![Probe::KeyPoint(0), Probe::KeyPoint(1), Probe::Harder]);
    let config = RoundConfig {
        interview: Some(Interview::default()),
        ..RoundConfig::default()
    };
    let round = Round::start("r".into(), 1, config, &[&parent, &bank[6]], 0).unwrap();
    (bank, parent, round)
}

fn open_in(bank: &[Question]) -> impl Fn(&str) -> bool + '_ {
    |id| {
        bank.iter()
            .any(|q| q.id == id && q.kind == QuestionType::Open)
    }
}

#[test]
fn a_question_is_asked_then_listened_to_then_graded_by_what_was_heard() {
    let (bank, parent, mut round) = interview_round();
    assert_eq!(cue(&round, &parent, open_in(&bank)), Cue::Ask);
    round.set_notes("说了一点".into()).unwrap();
    assert_eq!(
        cue(&round, &parent, open_in(&bank)),
        Cue::Listen,
        "a reload listens on"
    );
    round.reveal(20 * SEC).unwrap();
    assert_eq!(
        cue(&round, &parent, open_in(&bank)),
        Cue::Wait,
        "the key points heard come first"
    );
    round.suggest(&[false, false, true, true]).unwrap();
    assert_eq!(
        cue(&round, &parent, open_in(&bank)),
        Cue::Grade(SelfGrade::Fuzzy)
    );
    round.grade_open(21 * SEC, SelfGrade::Fuzzy).unwrap();
    // Point 1 was missed, but its follow-up is a choice question, not
    // answered out loud: point 2's is asked.
    let Cue::FollowUp(chosen) = cue(&round, &parent, open_in(&bank)) else {
        panic!("a follow-up is due");
    };
    assert_eq!((chosen.id, chosen.why), ("q2", Why::Missed(1)));
    // Adding it does not change the cue; moving on asks the follow-up, which
    // gets no follow-up of its own.
    round.add_follow_up(&bank[2]).unwrap();
    assert_eq!(cue(&round, &parent, open_in(&bank)), Cue::FollowUp(chosen));
    round.next(22 * SEC).unwrap();
    let follow = &bank[2];
    assert_eq!(cue(&round, follow, open_in(&bank)), Cue::Ask);
    round.set_notes("追问的回答".into()).unwrap();
    round.reveal(30 * SEC).unwrap();
    round.suggest(&[false; 4]).unwrap();
    assert_eq!(
        cue(&round, follow, open_in(&bank)),
        Cue::Grade(SelfGrade::DontKnow)
    );
    round.grade_open(31 * SEC, SelfGrade::DontKnow).unwrap();
    assert_eq!(cue(&round, follow, open_in(&bank)), Cue::MoveOn);
}

#[test]
fn a_strong_answer_gets_the_harder_follow_up_and_nothing_else_moves_on() {
    let (bank, parent, mut round) = interview_round();
    round.reveal(10 * SEC).unwrap();
    round.suggest(&[true; 4]).unwrap();
    assert_eq!(
        cue(&round, &parent, open_in(&bank)),
        Cue::Grade(SelfGrade::Know)
    );
    round.grade_open(11 * SEC, SelfGrade::Know).unwrap();
    assert!(matches!(
        cue(&round, &parent, open_in(&bank)),
        Cue::FollowUp(c) if c.id == "q4" && c.why == Why::Strong
    ));
    // With no follow-up to ask out loud, the round moves on.
    let none = |_: &str| false;
    assert_eq!(cue(&round, &parent, none), Cue::MoveOn);
}

#[test]
fn nothing_happens_while_paused_or_for_another_question() {
    let (bank, parent, mut round) = interview_round();
    assert_eq!(cue(&round, &bank[6], open_in(&bank)), Cue::Wait);
    round.pause(5 * SEC).unwrap();
    assert_eq!(cue(&round, &parent, open_in(&bank)), Cue::Wait);
    round.resume(9 * SEC).unwrap();
    assert_eq!(cue(&round, &parent, open_in(&bank)), Cue::Ask);
    round.end(10 * SEC).unwrap();
    assert_eq!(cue(&round, &parent, open_in(&bank)), Cue::Wait);
}

#[test]
fn a_pause_of_the_set_length_after_speech_ends_the_answer() {
    let three = Interview::default();
    assert_eq!(three.silence_secs, 3);
    assert!(
        !pause_ends_answer(None, 60 * SEC, three),
        "nothing said yet: wait"
    );
    assert!(!pause_ends_answer(Some(10 * SEC), 12_999, three));
    assert!(pause_ends_answer(Some(10 * SEC), 13 * SEC, three));
    let five = Interview { silence_secs: 5 };
    assert!(!pause_ends_answer(Some(10 * SEC), 14 * SEC, five));
    assert!(pause_ends_answer(Some(10 * SEC), 15 * SEC, five));
}
