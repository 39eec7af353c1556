//! Spaced repetition with FSRS (see `fsrs.rs`), replayed from the log.

use std::collections::HashMap;

pub use super::fsrs::Rating;
use super::fsrs::{self, Memory};
use super::log::{LogEntry, LogFold};
use crate::grade::Outcome;

pub use crate::calendar::DAY_MS;

/// A question's place in the review schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionSchedule {
    pub due_ms: i64,
    pub reviews: u32,
    pub lapses: u32,
    pub stability_days: f64,
    pub last_at_ms: i64,
}

impl QuestionSchedule {
    /// Chance of recalling it at `at_ms`, by the FSRS forgetting curve.
    pub fn recall_at(&self, at_ms: i64) -> f64 {
        let days = ((at_ms - self.last_at_ms).max(0) / DAY_MS) as f64;
        fsrs::recall(days, self.stability_days.max(0.01))
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

/// Every answered question's schedule, replaying the log in time order.
pub fn schedules(log: &[LogEntry]) -> HashMap<String, QuestionSchedule> {
    let mut fold = ScheduleFold::default();
    log.iter().for_each(|entry| fold.add(entry));
    fold.schedules()
}

/// Every answered question's FSRS memory, answer by answer.
#[derive(Debug, Clone, Default)]
pub struct ScheduleFold {
    memories: HashMap<String, Memory>,
}

impl LogFold for ScheduleFold {
    fn add(&mut self, entry: &LogEntry) {
        let rating = rating_for(entry);
        match self.memories.get_mut(entry.question_id.as_str()) {
            Some(known) => *known = fsrs::review(Some(known), entry.at_ms, rating),
            None => {
                let first = fsrs::review(None, entry.at_ms, rating);
                self.memories.insert(entry.question_id.clone(), first);
            }
        }
    }
}

impl ScheduleFold {
    pub fn schedules(&self) -> HashMap<String, QuestionSchedule> {
        self.memories
            .iter()
            .map(|(id, m)| {
                let schedule = QuestionSchedule {
                    due_ms: m.due_ms,
                    reviews: m.reviews,
                    lapses: m.lapses,
                    stability_days: m.stability_days,
                    last_at_ms: m.last_ms,
                };
                (id.clone(), schedule)
            })
            .collect()
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
