//! What the review log adds to the familiarity finished rounds give: review
//! sessions count too, and the schedule says which questions are due.

use std::collections::HashMap;

use super::compose::{Familiarity, FamiliarityMap};
use crate::progress::{LogEntry, QuestionSchedule};

/// `known` brought up to date by `log`: a question's latest answer wins,
/// whichever record holds it, and it is due if its schedule says so at `now_ms`.
pub fn familiarity_from_log(
    mut known: FamiliarityMap,
    log: &[LogEntry],
    due: &HashMap<String, QuestionSchedule>,
    now_ms: i64,
) -> FamiliarityMap {
    for entry in log {
        let newer = known
            .get(&entry.question_id)
            .is_none_or(|k| k.last_at_ms <= entry.at_ms);
        if newer {
            known.insert(
                entry.question_id.clone(),
                Familiarity {
                    last_outcome: entry.outcome,
                    last_at_ms: entry.at_ms,
                    due: due
                        .get(&entry.question_id)
                        .is_some_and(|s| s.due_ms <= now_ms),
                },
            );
        }
    }
    known
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::Outcome;
    use crate::progress::test_answer;

    const NOW: i64 = 1_790_000_000_000;

    fn schedule(due_ms: i64) -> QuestionSchedule {
        QuestionSchedule {
            due_ms,
            reviews: 1,
            lapses: 0,
            stability_days: 3.0,
            difficulty: 5.0,
            last_at_ms: NOW - 86_400_000,
            relearning: false,
        }
    }

    #[test]
    fn the_latest_answer_wins_whether_from_a_round_or_the_log() {
        let mut known = FamiliarityMap::new();
        let from_round = |outcome, at| Familiarity {
            last_outcome: outcome,
            last_at_ms: at,
            due: false,
        };
        known.insert("round newer".into(), from_round(Outcome::Correct, NOW));
        known.insert("log newer".into(), from_round(Outcome::Correct, NOW - 10));
        let log = vec![
            test_answer(NOW - 5, "round newer", Outcome::Wrong, 1_000),
            test_answer(NOW - 5, "log newer", Outcome::Wrong, 1_000),
            test_answer(NOW - 9, "only logged", Outcome::Partial, 1_000),
            test_answer(NOW - 8, "only logged", Outcome::Correct, 1_000),
        ];
        let map = familiarity_from_log(known, &log, &HashMap::new(), NOW);
        assert_eq!(map["round newer"].last_outcome, Outcome::Correct);
        assert_eq!(map["log newer"].last_outcome, Outcome::Wrong);
        assert_eq!(map["log newer"].last_at_ms, NOW - 5);
        assert_eq!(map["only logged"].last_outcome, Outcome::Correct);
        assert_eq!(map.len(), 3);
    }

    #[test]
    fn a_logged_question_is_due_once_its_schedule_says_so() {
        let log = vec![
            test_answer(NOW - 100, "due", Outcome::Correct, 1_000),
            test_answer(NOW - 100, "not yet", Outcome::Correct, 1_000),
            test_answer(NOW - 100, "unscheduled", Outcome::Correct, 1_000),
        ];
        let due = HashMap::from([
            ("due".to_string(), schedule(NOW)),
            ("not yet".to_string(), schedule(NOW + 1)),
        ]);
        let map = familiarity_from_log(FamiliarityMap::new(), &log, &due, NOW);
        assert!(map["due"].due);
        assert!(!map["not yet"].due);
        assert!(!map["unscheduled"].due);
    }
}
