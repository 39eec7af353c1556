//! Every transition of the round state machine, and a property test that no
//! sequence of events loses or duplicates an answer.

use proptest::prelude::*;

use super::test_bank::bank;
use super::*;
use crate::bank::Question;
use crate::grade::{Grade, Outcome, Response, SelfGrade};

const T0: i64 = 1_700_000_000_000;
const SEC: i64 = 1000;

/// A round on the given questions of the test bank, started at T0.
fn round_of(bank: &[Question], indices: &[usize], config: RoundConfig) -> Round {
    let questions: Vec<&Question> = indices.iter().map(|&i| &bank[i]).collect();
    Round::start("r".into(), 7, config, &questions, T0).unwrap()
}

fn outcome(round: &Round, index: usize) -> Option<Outcome> {
    round.items[index].grade.map(|g| g.outcome)
}

#[test]
fn an_open_question_is_answered_revealed_ticked_and_graded() {
    let bank = bank();
    let mut round = round_of(&bank, &[0, 1], RoundConfig::default());
    assert_eq!(round.question_left_ms(T0 + 10 * SEC), Some(50 * SEC));
    round.set_notes("说了内存和单线程".into()).unwrap();
    round.reveal(T0 + 40 * SEC).unwrap();
    assert_eq!(round.phase, Phase::Revealed);
    assert_eq!(round.items[0].spent_ms, 40 * SEC);
    assert_eq!(
        round.question_left_ms(T0 + 50 * SEC),
        None,
        "the clock stops at reveal"
    );
    round.toggle_point(0).unwrap();
    round.toggle_point(2).unwrap();
    round.toggle_point(3).unwrap();
    round.grade_open(T0 + 60 * SEC, SelfGrade::Fuzzy).unwrap();
    assert_eq!(round.items[0].grade, Some(Grade::new(Outcome::Partial, 75)));
    assert_eq!(round.items[0].notes, "说了内存和单线程");
    assert_eq!(
        round.toggle_point(1),
        Err(RoundError::NotNow),
        "a grade is final"
    );
    round.next(T0 + 61 * SEC).unwrap();
    assert_eq!(round.current, 1);
    assert_eq!(round.question_left_ms(T0 + 61 * SEC), Some(30 * SEC));
}

#[test]
fn a_graded_question_is_graded_on_submit() {
    let bank = bank();
    let mut round = round_of(&bank, &[1, 3], RoundConfig::default());
    assert_eq!(
        round.reveal(T0),
        Err(RoundError::NotNow),
        "only open questions reveal"
    );
    assert_eq!(
        round.submit(T0 + SEC, &bank[1], Response::TrueFalse(true)),
        Err(RoundError::BadResponse)
    );
    assert_eq!(
        round.submit(T0 + SEC, &bank[3], Response::Choices(vec![0])),
        Err(RoundError::BadResponse),
        "not the current question"
    );
    round
        .submit(T0 + 12 * SEC, &bank[1], Response::Choices(vec![1]))
        .unwrap();
    assert_eq!(outcome(&round, 0), Some(Outcome::Wrong));
    assert_eq!(round.items[0].spent_ms, 12 * SEC);
    assert_eq!(
        round.submit(T0 + 13 * SEC, &bank[1], Response::Choices(vec![0])),
        Err(RoundError::NotNow),
        "no second answer"
    );
    round.next(T0 + 14 * SEC).unwrap();
    round
        .submit(T0 + 20 * SEC, &bank[3], Response::Choices(vec![0]))
        .unwrap();
    round.next(T0 + 21 * SEC).unwrap();
    assert_eq!(
        round.phase,
        Phase::Finished {
            at_ms: T0 + 21 * SEC,
            reason: FinishReason::Completed
        }
    );
    assert_eq!(outcome(&round, 1), Some(Outcome::Correct));
}

#[test]
fn a_graded_question_times_out_at_its_deadline() {
    let bank = bank();
    let mut round = round_of(&bank, &[1, 3], RoundConfig::default());
    round.tick(T0 + 29 * SEC);
    assert!(matches!(round.phase, Phase::Answering { .. }));
    round.tick(T0 + 31 * SEC);
    assert_eq!(round.phase, Phase::Graded);
    assert_eq!(round.items[0].grade, Some(Grade::new(Outcome::TimedOut, 0)));
    assert_eq!(
        round.items[0].spent_ms,
        30 * SEC,
        "timed out at the deadline, not when noticed"
    );
}

#[test]
fn an_open_question_that_times_out_is_revealed_and_stays_timed_out() {
    let bank = bank();
    let mut round = round_of(&bank, &[0], RoundConfig::default());
    round.tick(T0 + 60 * SEC);
    assert_eq!(round.phase, Phase::Revealed);
    assert!(round.items[0].timed_out);
    round.toggle_point(0).unwrap();
    round.grade_open(T0 + 70 * SEC, SelfGrade::Know).unwrap();
    assert_eq!(outcome(&round, 0), Some(Outcome::TimedOut));
}

#[test]
fn under_the_overrun_rule_the_clock_runs_over_and_the_overrun_is_recorded() {
    let bank = bank();
    let config = RoundConfig {
        on_timeout: TimeoutRule::Overrun,
        ..RoundConfig::default()
    };
    let mut round = round_of(&bank, &[1], config);
    round.tick(T0 + 45 * SEC);
    assert_eq!(round.question_left_ms(T0 + 45 * SEC), Some(-15 * SEC));
    round
        .submit(T0 + 45 * SEC, &bank[1], Response::Choices(vec![0]))
        .unwrap();
    assert_eq!(outcome(&round, 0), Some(Outcome::Correct));
    assert_eq!(round.items[0].overrun_ms, 15 * SEC);
    assert!(!round.items[0].timed_out);
}

#[test]
fn pause_stops_every_clock_and_is_recorded() {
    let bank = bank();
    let config = RoundConfig {
        budget_secs: Some(300),
        ..RoundConfig::default()
    };
    let mut round = round_of(&bank, &[0, 1], config);
    round.pause(T0 + 10 * SEC).unwrap();
    assert_eq!(round.pause(T0 + 11 * SEC), Err(RoundError::NotNow));
    assert_eq!(round.reveal(T0 + 11 * SEC), Err(RoundError::NotNow));
    // Ten minutes away: longer than the question and the budget allow.
    round.tick(T0 + 610 * SEC);
    assert_eq!(round.question_left_ms(T0 + 610 * SEC), Some(50 * SEC));
    assert_eq!(round.budget_left_ms(T0 + 610 * SEC), Some(290 * SEC));
    round.resume(T0 + 610 * SEC).unwrap();
    assert_eq!(round.question_left_ms(T0 + 620 * SEC), Some(40 * SEC));
    assert_eq!(round.budget_left_ms(T0 + 620 * SEC), Some(280 * SEC));
    assert_eq!((round.pauses, round.paused_ms), (1, 600 * SEC));
    round.reveal(T0 + 630 * SEC).unwrap();
    assert_eq!(round.items[0].spent_ms, 30 * SEC);
}

#[test]
fn a_deadline_that_passed_while_away_applies_at_its_own_time() {
    let bank = bank();
    let mut round = round_of(&bank, &[1, 3], RoundConfig::default());
    // The phone slept for ten minutes mid-question.
    round.tick(T0 + 600 * SEC);
    assert_eq!(round.items[0].grade, Some(Grade::new(Outcome::TimedOut, 0)));
    assert_eq!(round.items[0].spent_ms, 30 * SEC);
    assert_eq!(round.current, 0, "the next question waits for the user");
}

#[test]
fn the_budget_ends_the_round_at_its_deadline() {
    let bank = bank();
    let config = RoundConfig {
        budget_secs: Some(100),
        ..RoundConfig::default()
    };
    let mut round = round_of(&bank, &[0, 1, 2], config);
    round.reveal(T0 + 50 * SEC).unwrap();
    round.toggle_point(0).unwrap();
    round
        .grade_open(T0 + 55 * SEC, SelfGrade::DontKnow)
        .unwrap();
    round.next(T0 + 60 * SEC).unwrap();
    round.tick(T0 + 900 * SEC);
    assert_eq!(
        round.phase,
        Phase::Finished {
            at_ms: T0 + 100 * SEC,
            reason: FinishReason::Budget
        }
    );
    assert_eq!(
        round.items[1].spent_ms,
        30 * SEC,
        "the running question timed out at its own deadline first"
    );
    assert_eq!(outcome(&round, 1), Some(Outcome::TimedOut));
    assert_eq!(outcome(&round, 2), Some(Outcome::NotReached));
    assert_eq!(outcome(&round, 0), Some(Outcome::Wrong));
}

#[test]
fn the_budget_can_cut_a_question_short() {
    let bank = bank();
    let config = RoundConfig {
        budget_secs: Some(20),
        ..RoundConfig::default()
    };
    let mut round = round_of(&bank, &[0, 1], config);
    round.tick(T0 + 25 * SEC);
    assert_eq!(
        round.phase,
        Phase::Finished {
            at_ms: T0 + 20 * SEC,
            reason: FinishReason::Budget
        }
    );
    assert_eq!(round.items[0].spent_ms, 20 * SEC);
    assert_eq!(outcome(&round, 0), Some(Outcome::TimedOut));
}

#[test]
fn a_clock_that_jumps_back_never_adds_time() {
    let bank = bank();
    let mut round = round_of(&bank, &[0], RoundConfig::default());
    round.tick(T0 + 30 * SEC);
    assert_eq!(round.question_left_ms(T0 + 30 * SEC), Some(30 * SEC));
    // The user set the clock back an hour.
    round.tick(T0 - 3600 * SEC);
    assert_eq!(round.question_left_ms(T0 - 3600 * SEC), Some(30 * SEC));
    round.reveal(T0 - 3590 * SEC).unwrap();
    assert_eq!(round.items[0].spent_ms, 30 * SEC);
}

#[test]
fn a_follow_up_is_asked_next_and_only_once() {
    let bank = bank();
    let mut round = round_of(&bank, &[0, 1], RoundConfig::default());
    assert_eq!(round.add_follow_up(&bank[2]), Err(RoundError::NotNow));
    round.reveal(T0 + SEC).unwrap();
    round.grade_open(T0 + 2 * SEC, SelfGrade::Know).unwrap();
    round.add_follow_up(&bank[2]).unwrap();
    assert_eq!(round.add_follow_up(&bank[2]), Err(RoundError::BadResponse));
    assert_eq!(
        round.add_follow_up(&bank[1]),
        Err(RoundError::BadResponse),
        "already in the round"
    );
    round.next(T0 + 3 * SEC).unwrap();
    assert_eq!(round.current_item().question_id, "q2");
    assert!(round.current_item().follow_up);
    assert_eq!(
        round.current_item().led_by.as_deref(),
        Some("q0"),
        "it remembers the question it follows up"
    );
    assert_eq!(round.items[0].led_by, None);
    assert_eq!(round.items.len(), 3);
}

#[test]
fn ending_early_keeps_answers_and_marks_the_rest_not_reached() {
    let bank = bank();
    let mut round = round_of(&bank, &[1, 3, 5], RoundConfig::default());
    round
        .submit(T0 + 5 * SEC, &bank[1], Response::Choices(vec![0]))
        .unwrap();
    round.next(T0 + 6 * SEC).unwrap();
    round.pause(T0 + 8 * SEC).unwrap();
    round.end(T0 + 20 * SEC).unwrap();
    assert_eq!(
        round.phase,
        Phase::Finished {
            at_ms: T0 + 20 * SEC,
            reason: FinishReason::Ended
        }
    );
    assert_eq!(outcome(&round, 0), Some(Outcome::Correct));
    assert_eq!(outcome(&round, 1), Some(Outcome::NotReached));
    assert_eq!(round.items[1].spent_ms, 2 * SEC);
    assert_eq!(outcome(&round, 2), Some(Outcome::NotReached));
    assert_eq!(round.end(T0 + 21 * SEC), Err(RoundError::NotNow));
}

#[test]
fn a_round_survives_being_saved_and_loaded_mid_question() {
    let bank = bank();
    let config = RoundConfig {
        budget_secs: Some(600),
        ..RoundConfig::default()
    };
    let mut round = round_of(&bank, &[0, 1], config);
    round.reveal(T0 + 10 * SEC).unwrap();
    round.toggle_point(1).unwrap();
    let saved = serde_json::to_string(&round).unwrap();
    let loaded: Round = serde_json::from_str(&saved).unwrap();
    assert_eq!(loaded, round);
}

#[test]
fn the_summary_counts_scores_topics_missed_points_and_retries() {
    let bank = bank();
    let mut round = round_of(&bank, &[0, 1, 6], RoundConfig::default());
    round.reveal(T0 + 10 * SEC).unwrap();
    round.toggle_point(0).unwrap();
    round.toggle_point(1).unwrap();
    round.grade_open(T0 + 11 * SEC, SelfGrade::Fuzzy).unwrap();
    round.next(T0 + 12 * SEC).unwrap();
    round
        .submit(T0 + 20 * SEC, &bank[1], Response::Choices(vec![0]))
        .unwrap();
    round.next(T0 + 21 * SEC).unwrap();
    round.tick(T0 + 60 * SEC);
    round.next(T0 + 61 * SEC).unwrap();
    let topic = |id: &str| {
        bank.iter()
            .find(|q| q.id == id)
            .map(|q| q.topic.to_string())
    };
    let summary = summarize(&round, topic);
    assert_eq!(summary.score, 50, "(50 + 100 + 0) / 3");
    assert_eq!(
        (summary.correct, summary.partial, summary.timed_out),
        (1, 1, 1)
    );
    assert_eq!(summary.missed_points, [(0, vec![2, 3])]);
    assert_eq!(summary.retry_ids, ["q0", "q6"]);
    assert_eq!(
        summary.topics[0],
        TopicScore {
            topic: "redis".into(),
            questions: 2,
            score: 75
        }
    );
    assert_eq!(
        summary.topics[1],
        TopicScore {
            topic: "mysql".into(),
            questions: 1,
            score: 0
        }
    );
    assert_eq!(summary.spent_ms, 10 * SEC + 8 * SEC + 20 * SEC);
    assert_eq!((summary.reached, summary.questions), (3, 3));
    assert_eq!((summary.graded_right, summary.graded_wrong), (1, 0));
}

#[test]
fn a_round_ended_early_scores_what_was_answered_and_says_how_much_was_reached() {
    let bank = bank();
    let mut round = round_of(&bank, &[1, 0, 6], RoundConfig::default());
    round
        .submit(T0 + 20 * SEC, &bank[1], Response::Choices(vec![0]))
        .unwrap();
    round.next(T0 + 21 * SEC).unwrap();
    round.end(T0 + 22 * SEC).unwrap();
    let summary = summarize(&round, |_| Some("redis".into()));
    // The open question on screen when the round ended was not answered:
    // like the one never shown, it is left out of the score, not a 0.
    assert_eq!(summary.not_reached, 2);
    assert_eq!((summary.reached, summary.questions), (1, 3));
    assert_eq!(summary.score, 100);
    assert_eq!(summary.topics[0].questions, 1);
}

#[derive(Debug, Clone)]
enum Event {
    Wait(i64),
    Reveal,
    Toggle(usize),
    Grade(u8),
    Submit(bool),
    Next,
    Pause,
    Resume,
    FollowUp(usize),
    End,
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        (-120_000i64..400_000).prop_map(Event::Wait),
        Just(Event::Reveal),
        (0usize..5).prop_map(Event::Toggle),
        (0u8..3).prop_map(Event::Grade),
        any::<bool>().prop_map(Event::Submit),
        Just(Event::Next),
        Just(Event::Pause),
        Just(Event::Resume),
        (0usize..10).prop_map(Event::FollowUp),
        Just(Event::End),
    ]
}

proptest! {
    #[test]
    fn no_sequence_of_events_loses_or_duplicates_an_answer(
        events in proptest::collection::vec(event(), 0..60),
        overrun in any::<bool>(),
        budget in proptest::option::of(30u32..400),
    ) {
        let bank = bank();
        let config = RoundConfig {
            budget_secs: budget,
            on_timeout: if overrun { TimeoutRule::Overrun } else { TimeoutRule::Reveal },
            ..RoundConfig::default()
        };
        let mut round = round_of(&bank, &[0, 1, 6, 2], config);
        let mut now = T0;
        let mut graded: Vec<(String, Grade)> = Vec::new();
        for event in events {
            let before = round.clone();
            let _ = match event {
                Event::Wait(ms) => { now += ms; round.tick(now); Ok(()) }
                Event::Reveal => round.reveal(now),
                Event::Toggle(i) => round.toggle_point(i),
                Event::Grade(g) => round.grade_open(now, SelfGrade::ALL[g as usize]),
                Event::Submit(right) => {
                    let id = round.current_item().question_id.clone();
                    let q = bank.iter().find(|q| q.id == id).unwrap();
                    let response = match q.kind {
                        crate::bank::QuestionType::TrueFalse => Response::TrueFalse(right),
                        _ => Response::Choices(vec![usize::from(!right)]),
                    };
                    round.submit(now, q, response)
                }
                Event::Next => round.next(now),
                Event::Pause => round.pause(now),
                Event::Resume => round.resume(now),
                Event::FollowUp(i) => round.add_follow_up(&bank[i]),
                Event::End => round.end(now),
            };
            // Questions are only ever added, never removed or reordered.
            prop_assert!(round.items.len() >= before.items.len());
            for old in &before.items {
                let count = round.items.iter().filter(|i| i.question_id == old.question_id).count();
                prop_assert_eq!(count, 1, "{} appears once", old.question_id);
            }
            // A grade, once given, never changes.
            for (id, grade) in &graded {
                let item = round.items.iter().find(|i| &i.question_id == id).unwrap();
                prop_assert_eq!(item.grade, Some(*grade));
            }
            graded = round.items.iter().filter_map(|i| i.grade.map(|g| (i.question_id.clone(), g))).collect();
            // Everything before the current question has its grade.
            for item in &round.items[..round.current] {
                prop_assert!(item.grade.is_some());
            }
            for item in &round.items {
                prop_assert!(item.spent_ms >= 0);
                if !overrun {
                    prop_assert!(item.spent_ms <= item.limit_ms, "never past the limit when timeouts reveal");
                }
            }
            if round.is_finished() {
                prop_assert!(round.items.iter().all(|i| i.grade.is_some()));
            }
        }
    }
}

#[test]
fn familiarity_keeps_each_question_s_latest_outcome_but_not_unreached_ones() {
    let bank = bank();
    let mut first = round_of(&bank, &[1, 3], RoundConfig::default());
    first
        .submit(T0 + SEC, &bank[1], Response::Choices(vec![1]))
        .unwrap();
    first.end(T0 + 2 * SEC).unwrap();
    let mut second = Round::start(
        "r2".into(),
        1,
        RoundConfig::default(),
        &[&bank[1]],
        T0 + 100 * SEC,
    )
    .unwrap();
    second
        .submit(T0 + 101 * SEC, &bank[1], Response::Choices(vec![0]))
        .unwrap();
    second.next(T0 + 102 * SEC).unwrap();
    let known = familiarity_from(&[first, second]);
    assert_eq!(known["q1"].last_outcome, Outcome::Correct);
    assert_eq!(known["q1"].last_at_ms, T0 + 100 * SEC);
    assert!(!known.contains_key("q3"));
}

#[test]
fn questions_that_left_the_bank_are_dropped_and_the_next_one_starts() {
    let bank = bank();
    let mut round = round_of(&bank, &[1, 3, 5, 7], RoundConfig::default());
    round
        .submit(T0 + SEC, &bank[1], Response::Choices(vec![0]))
        .unwrap();
    round.next(T0 + 2 * SEC).unwrap();
    // q3 (on screen) and q7 are gone after an update; q1 was answered.
    let exists = |id: &str| !["q1", "q3", "q7"].contains(&id);
    assert_eq!(round.drop_missing(exists, T0 + 100 * SEC), Dropped::Some);
    let ids: Vec<&str> = round.items.iter().map(|i| i.question_id.as_str()).collect();
    assert_eq!(
        ids,
        ["q1", "q5"],
        "an answered question stays, even if it left"
    );
    assert_eq!(round.current, 1);
    assert_eq!(round.question_left_ms(T0 + 100 * SEC), Some(30 * SEC));
    assert_eq!(round.drop_missing(exists, T0 + 101 * SEC), Dropped::Nothing);
}

#[test]
fn a_round_whose_remaining_questions_all_left_finishes_with_what_it_has() {
    let bank = bank();
    let mut round = round_of(&bank, &[1, 3], RoundConfig::default());
    round
        .submit(T0 + SEC, &bank[1], Response::Choices(vec![0]))
        .unwrap();
    round.next(T0 + 2 * SEC).unwrap();
    round.pause(T0 + 3 * SEC).unwrap();
    assert_eq!(
        round.drop_missing(|id| id != "q3", T0 + 9 * SEC),
        Dropped::Some
    );
    assert_eq!(
        round.phase,
        Phase::Finished {
            at_ms: T0 + 9 * SEC,
            reason: FinishReason::Ended
        }
    );
    assert_eq!(round.items.len(), 1);
    assert_eq!(outcome(&round, 0), Some(Outcome::Correct));

    let mut untouched = round_of(&bank, &[3], RoundConfig::default());
    assert_eq!(untouched.drop_missing(|_| false, T0), Dropped::Everything);
}

#[test]
fn a_paused_round_stays_paused_when_its_question_left() {
    let bank = bank();
    let mut round = round_of(&bank, &[1, 3], RoundConfig::default());
    round.pause(T0 + 5 * SEC).unwrap();
    assert_eq!(
        round.drop_missing(|id| id != "q1", T0 + 60 * SEC),
        Dropped::Some
    );
    assert!(round.is_paused());
    assert_eq!(round.current_item().question_id, "q3");
    round.resume(T0 + 70 * SEC).unwrap();
    assert_eq!(round.question_left_ms(T0 + 70 * SEC), Some(30 * SEC));
}

#[test]
fn superseding_ends_like_end_and_says_why() {
    let bank = bank();
    let mut round = round_of(&bank, &[1, 3], RoundConfig::default());
    round.supersede(T0 + 4 * SEC).unwrap();
    assert_eq!(
        round.phase,
        Phase::Finished {
            at_ms: T0 + 4 * SEC,
            reason: FinishReason::Superseded
        }
    );
    assert_eq!(outcome(&round, 0), Some(Outcome::NotReached));
    assert_eq!(round.supersede(T0 + 5 * SEC), Err(RoundError::NotNow));
}

#[test]
fn heard_key_points_are_ticked_once_when_the_answer_shows() {
    let bank = bank();
    let mut round = round_of(&bank, &[0], RoundConfig::default());
    assert_eq!(
        round.suggest(&[true, false, true, false]),
        Err(RoundError::NotNow)
    );
    round.set_notes("内存，单线程".into()).unwrap();
    round.reveal(T0 + 10 * SEC).unwrap();
    assert_eq!(round.suggest(&[true]), Err(RoundError::BadResponse));
    round.suggest(&[true, false, true, false]).unwrap();
    assert_eq!(round.items[0].ticked, [true, false, true, false]);
    // The user's word wins: an untick stays, and a second suggestion is refused.
    round.toggle_point(0).unwrap();
    assert_eq!(
        round.suggest(&[true, true, true, true]),
        Err(RoundError::NotNow)
    );
    assert_eq!(round.items[0].ticked, [false, false, true, false]);
    assert_eq!(round.items[0].suggested, [true, false, true, false]);
}
