use super::*;
use crate::bank::QuestionType;
use crate::grade::Grade;
use crate::progress::test_answer as answer;
use crate::round::{FinishReason, Item, Phase, RoundConfig};

/// Local midnight of "today" in these tests.
const TODAY: i64 = 1_790_000_000_000;

/// One right answer at noon, `back` days ago.
fn on_day(back: i64) -> LogEntry {
    answer(TODAY - back * DAY_MS + DAY_MS / 2, "q", Outcome::Correct, 1)
}

#[test]
fn daily_counts_put_today_last_and_drop_older_days() {
    let log = vec![
        answer(TODAY, "a", Outcome::Correct, 1),
        answer(TODAY + DAY_MS - 1, "b", Outcome::Wrong, 1),
        answer(TODAY - 1, "c", Outcome::Correct, 1),
        answer(TODAY - 3 * DAY_MS, "d", Outcome::Correct, 1),
        answer(TODAY - 10 * DAY_MS, "too old", Outcome::Correct, 1),
        answer(TODAY + DAY_MS, "tomorrow", Outcome::Correct, 1),
    ];
    assert_eq!(daily_counts(&log, TODAY, 5), [0, 1, 0, 1, 2]);
}

#[test]
fn the_calendar_holds_full_weeks_and_this_week_up_to_today() {
    assert_eq!(calendar_days(0), 25 * 7 + 1, "Monday: one day of this week");
    assert_eq!(calendar_days(6), 26 * 7, "Sunday: the whole week");
}

#[test]
fn intensity_has_five_levels_relative_to_the_busiest_day() {
    assert_eq!(intensity(0, 20), 0);
    assert_eq!(intensity(1, 20), 1);
    assert_eq!(intensity(10, 20), 2);
    assert_eq!(intensity(11, 20), 3);
    assert_eq!(intensity(20, 20), 4);
    assert_eq!(intensity(1, 1), 4);
    assert_eq!(intensity(3, 0), 0);
}

#[test]
fn the_streak_runs_up_to_today_or_yesterday() {
    let log: Vec<LogEntry> = [0, 1, 2, 5, 6, 7, 8].into_iter().map(on_day).collect();
    assert_eq!(
        streaks(&log, TODAY),
        Streaks {
            current: 3,
            best: 4
        }
    );
    let no_answer_yet_today: Vec<LogEntry> = [1, 2].into_iter().map(on_day).collect();
    assert_eq!(streaks(&no_answer_yet_today, TODAY).current, 2);
    let missed_yesterday: Vec<LogEntry> = [2, 3, 4].into_iter().map(on_day).collect();
    assert_eq!(
        streaks(&missed_yesterday, TODAY),
        Streaks {
            current: 0,
            best: 3
        }
    );
    assert_eq!(streaks(&[], TODAY), Streaks::default());
}

#[test]
fn several_answers_on_one_day_count_once_in_a_streak() {
    let log = vec![on_day(0), on_day(0), on_day(1)];
    assert_eq!(streaks(&log, TODAY).current, 2);
}

#[test]
fn mastery_counts_questions_whose_latest_answer_was_right() {
    let bank = [
        ("a", "redis"),
        ("b", "redis"),
        ("c", "mysql"),
        ("d", "redis"),
    ];
    let log = vec![
        answer(1, "a", Outcome::Wrong, 1),
        answer(2, "a", Outcome::Correct, 1),
        answer(3, "b", Outcome::Correct, 1),
        answer(4, "b", Outcome::Partial, 1),
        answer(5, "c", Outcome::Correct, 1),
        answer(6, "not in bank", Outcome::Correct, 1),
    ];
    let mastery = topic_mastery(&log, &bank);
    assert_eq!(
        mastery,
        [
            TopicMastery {
                topic: "redis".into(),
                questions: 3,
                mastered: 1
            },
            TopicMastery {
                topic: "mysql".into(),
                questions: 1,
                mastered: 1
            },
        ]
    );
    assert!((mastery[0].share() - 1.0 / 3.0).abs() < 1e-9);
}

#[test]
fn mastery_goes_by_time_not_by_log_order() {
    let log = vec![
        answer(9, "a", Outcome::Correct, 1),
        answer(1, "a", Outcome::Wrong, 1),
    ];
    assert_eq!(topic_mastery(&log, &[("a", "t")])[0].mastered, 1);
}

#[test]
fn weekly_stats_give_accuracy_and_median_time() {
    let log = vec![
        answer(TODAY + 1, "a", Outcome::Correct, 10_000),
        answer(TODAY - 6 * DAY_MS, "b", Outcome::Wrong, 30_000),
        answer(TODAY - 6 * DAY_MS + 1, "c", Outcome::Correct, 20_000),
        answer(TODAY - 6 * DAY_MS + 2, "d", Outcome::Partial, 90_000),
        answer(TODAY - 7 * DAY_MS, "e", Outcome::Correct, 5_000),
        answer(TODAY - 7 * DAY_MS + 1, "f", Outcome::Correct, 8_000),
        answer(TODAY - 30 * DAY_MS, "too old", Outcome::Correct, 1),
    ];
    let weeks = weekly_stats(&log, TODAY, 3);
    assert_eq!(weeks.len(), 3);
    assert_eq!(weeks[0], WeekStats::default());
    assert_eq!(weeks[0].accuracy(), None);
    assert_eq!(weeks[1].answers, 2);
    assert_eq!(weeks[1].median_time_ms, Some(6_500));
    assert_eq!(weeks[1].accuracy(), Some(1.0));
    assert_eq!(weeks[2].answers, 4);
    assert_eq!(weeks[2].correct, 2);
    assert_eq!(weeks[2].accuracy(), Some(0.5));
    assert_eq!(weeks[2].median_time_ms, Some(25_000));
}

fn round(id: &str, started_ms: i64, outcomes: &[Outcome], finished: bool, review: bool) -> Round {
    let items = outcomes
        .iter()
        .map(|&outcome| Item {
            question_id: "q".into(),
            kind: QuestionType::Open,
            limit_ms: 60_000,
            spent_ms: 1_000,
            grade: Some(Grade::new(
                outcome,
                if outcome == Outcome::Correct { 100 } else { 0 },
            )),
            response: None,
            ticked: Vec::new(),
            notes: String::new(),
            suggested: Vec::new(),
            timed_out: false,
            overrun_ms: 0,
            follow_up: false,
            led_by: None,
        })
        .collect();
    Round {
        id: id.into(),
        seed: 1,
        config: RoundConfig {
            review,
            ..RoundConfig::default()
        },
        items,
        current: 0,
        phase: if finished {
            Phase::Finished {
                at_ms: started_ms + 1,
                reason: FinishReason::Completed,
            }
        } else {
            Phase::Graded
        },
        started_ms,
        budget_deadline_ms: None,
        paused_ms: 0,
        pauses: 0,
        clock_ms: started_ms,
    }
}

#[test]
fn round_scores_follow_finished_mock_interviews_in_time_order() {
    use Outcome::{Correct, Wrong};
    let history = vec![
        round(
            "late",
            300,
            &[Correct, Correct, Correct, Wrong],
            true,
            false,
        ),
        round("early", 100, &[Correct, Wrong], true, false),
        round("running", 400, &[Correct], false, false),
        round("review", 200, &[Wrong], true, true),
    ];
    assert_eq!(
        round_scores(&history),
        [
            RoundScore {
                started_ms: 100,
                score: 50,
                reached: 2,
                questions: 2,
            },
            RoundScore {
                started_ms: 300,
                score: 75,
                reached: 4,
                questions: 4,
            },
        ]
    );
}

#[test]
fn a_round_ended_early_is_scored_on_what_was_reached_and_one_ended_at_once_is_left_out() {
    use Outcome::{Correct, NotReached, Partial};
    let mut partial = round(
        "ended",
        100,
        &[Correct, Partial, NotReached, NotReached, NotReached],
        true,
        false,
    );
    partial.items[1].grade = Some(Grade::new(Partial, 60));
    let history = vec![
        partial,
        round("nothing", 200, &[NotReached, NotReached], true, false),
    ];
    assert_eq!(
        round_scores(&history),
        [RoundScore {
            started_ms: 100,
            score: 80,
            reached: 2,
            questions: 5,
        }],
        "(100 + 60) / 2, not (100 + 60) / 5"
    );
}
