//! Spaced repetition with FSRS (see `fsrs.rs`), replayed from the log.

use std::collections::HashMap;

pub use super::fsrs::Rating;
use super::fsrs::{self, Memory};
use super::log::{LogEntry, LogFold, Mode};
use crate::grade::Outcome;

pub use crate::calendar::DAY_MS;

/// A missed question comes back this long after the miss, once, as Anki's
/// relearning step does: seeing the answer again while it is fresh is what
/// fixes it, and FSRS alone would wait a whole day.
pub const RELEARN_STEP_MS: i64 = 10 * 60 * 1000;

/// A question's place in the review schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionSchedule {
    /// When it is due: to the minute during a relearning step, otherwise a
    /// whole number of days after the last answer (due on that day).
    pub due_ms: i64,
    pub reviews: u32,
    pub lapses: u32,
    pub stability_days: f64,
    pub difficulty: f64,
    pub last_at_ms: i64,
    /// Missed at its last answer and waiting for its relearning step.
    pub relearning: bool,
}

impl QuestionSchedule {
    /// Chance of recalling it at `at_ms`, by the FSRS forgetting curve.
    pub fn recall_at(&self, at_ms: i64) -> f64 {
        let days = ((at_ms - self.last_at_ms).max(0) / DAY_MS) as f64;
        fsrs::recall(days, self.stability_days.max(0.01))
    }

    /// Whether it is due at `now_ms` on the day ending at `day_end_ms`. A
    /// review falls due for its whole day; a relearning step at its minute.
    pub fn is_due(&self, now_ms: i64, day_end_ms: i64) -> bool {
        if self.relearning {
            self.due_ms <= now_ms
        } else {
            self.due_ms < day_end_ms
        }
    }

    /// The schedule after `entry`, from the schedule before it (none for a
    /// first answer).
    pub fn after(before: Option<&QuestionSchedule>, entry: &LogEntry) -> QuestionSchedule {
        let rating = rating_for(entry);
        let memory = before.map(|b| Memory {
            stability_days: b.stability_days,
            difficulty: b.difficulty,
            last_ms: b.last_at_ms,
            due_ms: b.due_ms,
            reviews: b.reviews,
            lapses: b.lapses,
        });
        let next = fsrs::review(memory.as_ref(), entry.at_ms, rating);
        // The answer to a relearning step (given within a day of it) ends
        // the step whatever it is: a second miss waits for FSRS's next day,
        // so a question comes back at most once the same day.
        let answers_step = before.is_some_and(|b| b.relearning && entry.at_ms < b.due_ms + DAY_MS);
        let relearning = rating == Rating::Again && !answers_step;
        QuestionSchedule {
            due_ms: if relearning {
                entry.at_ms + RELEARN_STEP_MS
            } else {
                next.due_ms
            },
            reviews: next.reviews,
            lapses: next.lapses,
            stability_days: next.stability_days,
            difficulty: next.difficulty,
            last_at_ms: entry.at_ms,
            relearning,
        }
    }
}

/// How an answer rates for FSRS: a right answer far over the suggested time
/// counts as Hard, a quick one as Easy; a vague one is Hard; wrong or timed
/// out is Again.
pub fn rating_for(entry: &LogEntry) -> Rating {
    match entry.outcome {
        Outcome::Correct if entry.time_ms as u64 * 2 > entry.suggested_ms as u64 * 3 => {
            Rating::Hard
        }
        Outcome::Correct if (entry.time_ms as u64) * 3 < entry.suggested_ms as u64 => Rating::Easy,
        Outcome::Correct => Rating::Good,
        Outcome::Partial => Rating::Hard,
        Outcome::Wrong | Outcome::TimedOut | Outcome::NotReached => Rating::Again,
    }
}

/// How long until a question comes back if it is answered now with
/// `outcome`, after `time_ms` of the `suggested_ms` it had: what a grade
/// button shows before it is pressed.
pub fn interval_if(
    before: Option<&QuestionSchedule>,
    outcome: Outcome,
    time_ms: u32,
    suggested_ms: u32,
    now_ms: i64,
) -> i64 {
    let entry = LogEntry {
        at_ms: now_ms,
        question_id: String::new(),
        outcome,
        score: 0,
        time_ms,
        suggested_ms,
        mode: Mode::Review,
    };
    QuestionSchedule::after(before, &entry).due_ms - now_ms
}

/// Every answered question's schedule, replaying the log in time order.
pub fn schedules(log: &[LogEntry]) -> HashMap<String, QuestionSchedule> {
    let mut fold = ScheduleFold::default();
    log.iter().for_each(|entry| fold.add(entry));
    fold.schedules()
}

/// Every answered question's schedule, answer by answer.
#[derive(Debug, Clone, Default)]
pub struct ScheduleFold {
    schedules: HashMap<String, QuestionSchedule>,
}

impl LogFold for ScheduleFold {
    fn add(&mut self, entry: &LogEntry) {
        match self.schedules.get_mut(entry.question_id.as_str()) {
            Some(known) => *known = QuestionSchedule::after(Some(known), entry),
            None => {
                let first = QuestionSchedule::after(None, entry);
                self.schedules.insert(entry.question_id.clone(), first);
            }
        }
    }
}

impl ScheduleFold {
    pub fn schedules(&self) -> HashMap<String, QuestionSchedule> {
        self.schedules.clone()
    }
}

/// How many questions fall due on each of the next `days` days, counting
/// everything overdue as due today. `day_start_ms` is the start of today.
pub fn due_forecast(
    schedules: &HashMap<String, QuestionSchedule>,
    day_start_ms: i64,
    days: usize,
) -> Vec<usize> {
    let mut counts = vec![0; days];
    for schedule in schedules.values() {
        let day = ((schedule.due_ms - day_start_ms).max(0) / DAY_MS) as usize;
        if day < days {
            counts[day] += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Replay;
    use crate::progress::test_answer as answer;

    const T0: i64 = 1_790_000_000_000;

    #[test]
    fn a_slow_right_answer_is_hard_and_a_quick_one_easy() {
        assert_eq!(
            rating_for(&answer(0, "q", Outcome::Correct, 100_000)),
            Rating::Hard
        );
        assert_eq!(
            rating_for(&answer(0, "q", Outcome::Correct, 45_000)),
            Rating::Good
        );
        assert_eq!(
            rating_for(&answer(0, "q", Outcome::Correct, 15_000)),
            Rating::Easy
        );
        assert_eq!(
            rating_for(&answer(0, "q", Outcome::Partial, 15_000)),
            Rating::Hard
        );
        assert_eq!(
            rating_for(&answer(0, "q", Outcome::TimedOut, 60_000)),
            Rating::Again
        );
    }

    #[test]
    fn a_wrong_answer_comes_back_sooner_than_a_right_one() {
        let log = vec![
            answer(T0, "wrong", Outcome::Wrong, 30_000),
            answer(T0 + 1, "right", Outcome::Correct, 30_000),
        ];
        let s = schedules(&log);
        assert!(s["wrong"].due_ms < s["right"].due_ms);
        assert!(
            s["right"].due_ms >= T0 + DAY_MS,
            "a right answer waits at least a day"
        );
    }

    #[test]
    fn intervals_grow_with_each_right_answer_and_shrink_after_a_lapse() {
        let mut log = Vec::new();
        let mut at = T0;
        let mut intervals = Vec::new();
        for _ in 0..4 {
            log.push(answer(at, "q", Outcome::Correct, 30_000));
            let due = schedules(&log)["q"].due_ms;
            intervals.push(due - at);
            at = due;
        }
        assert!(intervals.windows(2).all(|w| w[1] > w[0]), "{intervals:?}");
        log.push(answer(at, "q", Outcome::Wrong, 30_000));
        let after_lapse = schedules(&log)["q"].clone();
        assert!(after_lapse.due_ms - at < intervals[3]);
        assert_eq!(after_lapse.lapses, 1);
    }

    #[test]
    fn a_grade_previews_the_interval_its_answer_will_get() {
        let before = schedules(&[answer(T0 - 4 * DAY_MS, "q", Outcome::Correct, 30_000)]);
        let q = before.get("q");
        let now = T0;
        let missed = interval_if(q, Outcome::Wrong, 30_000, 60_000, now);
        let vague = interval_if(q, Outcome::Partial, 30_000, 60_000, now);
        let right = interval_if(q, Outcome::Correct, 30_000, 60_000, now);
        assert_eq!(missed, RELEARN_STEP_MS, "a miss: ten minutes");
        assert!(DAY_MS <= vague && vague < right, "{vague} {right}");
        let mut log = vec![answer(T0 - 4 * DAY_MS, "q", Outcome::Correct, 30_000)];
        log.push(LogEntry {
            mode: Mode::Review,
            ..answer(now, "q", Outcome::Correct, 30_000)
        });
        assert_eq!(
            schedules(&log)["q"].due_ms - now,
            right,
            "what was shown is what it gets"
        );
        assert_eq!(
            interval_if(None, Outcome::Wrong, 30_000, 60_000, now),
            RELEARN_STEP_MS,
            "a new question missed"
        );
    }

    #[test]
    fn the_same_log_always_gives_the_same_schedule() {
        let log = vec![
            answer(T0, "a", Outcome::Correct, 1),
            answer(T0 + DAY_MS, "a", Outcome::Partial, 1),
        ];
        assert_eq!(schedules(&log), schedules(&log));
    }

    #[test]
    fn the_forecast_counts_overdue_as_today() {
        let log = vec![
            answer(T0 - 10 * DAY_MS, "old", Outcome::Wrong, 1),
            answer(T0, "new", Outcome::Correct, 30_000),
        ];
        let s = schedules(&log);
        let forecast = due_forecast(&s, T0, 14);
        assert_eq!(forecast[0], 1);
        assert_eq!(forecast.iter().sum::<usize>(), 2);
    }

    #[test]
    fn recall_falls_with_time() {
        let s = &schedules(&[answer(T0, "q", Outcome::Correct, 30_000)])["q"];
        assert!(s.recall_at(T0 + DAY_MS) > s.recall_at(T0 + 30 * DAY_MS));
    }

    proptest::proptest! {
        #[test]
        fn a_replay_kept_up_to_date_schedules_as_a_full_replay_does(
            history in crate::progress::any_log_history(),
        ) {
            let mut replay = Replay::<ScheduleFold>::default();
            for log in &history {
                replay.catch_up(log);
                proptest::prop_assert_eq!(replay.folded().schedules(), schedules(log));
            }
        }
    }
}
