use serde::{Deserialize, Serialize};

#[cfg(test)]
use super::codes::outcome_from;
use crate::grade::Outcome;
use crate::round::Round;

/// Where an answer was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Mode {
    Round,
    Review,
}

/// One graded answer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LogEntry {
    pub at_ms: i64,
    pub question_id: String,
    pub outcome: Outcome,
    pub score: u8,
    /// Time spent answering.
    pub time_ms: u32,
    /// The time the question suggested, to judge a slow right answer.
    pub suggested_ms: u32,
    pub mode: Mode,
}

/// The log entries a round's graded answers make: one per answered question,
/// at the moment the round started plus its position, so entries of one
/// round keep their order and two rounds never collide.
pub fn entries_from_round(round: &Round, mode: Mode) -> Vec<LogEntry> {
    round
        .items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let grade = item.grade?;
            (grade.outcome != Outcome::NotReached).then(|| LogEntry {
                at_ms: round.started_ms + i as i64,
                question_id: item.question_id.clone(),
                outcome: grade.outcome,
                score: grade.score,
                time_ms: item.spent_ms.clamp(0, i64::from(u32::MAX)) as u32,
                suggested_ms: item.limit_ms.clamp(0, i64::from(u32::MAX)) as u32,
                mode,
            })
        })
        .collect()
}

/// A plain answer for tests: score 0, a minute suggested, in a round.
#[cfg(test)]
pub(crate) fn test_answer(at_ms: i64, id: &str, outcome: Outcome, time_ms: u32) -> LogEntry {
    LogEntry {
        at_ms,
        question_id: id.into(),
        outcome,
        score: 0,
        time_ms,
        suggested_ms: 60_000,
        mode: Mode::Round,
    }
}

/// A log as it grows, one state after another: each step adds a few answers
/// at moments before or after its end (answers from another tab land
/// before it), and now and then a reset empties it first.
#[cfg(test)]
pub(crate) fn any_log_history() -> impl proptest::strategy::Strategy<Value = Vec<Vec<LogEntry>>> {
    use proptest::collection::vec;
    use proptest::strategy::Strategy;
    let answer =
        (0i64..300, 0usize..4, 0u8..5, 0u32..200).prop_map(|(minute, id, outcome, secs)| {
            let id = ["a", "b", "c", "d"][id];
            let outcome = outcome_from(outcome).expect("codes 0-4 are outcomes");
            test_answer(
                1_790_000_000_000 + minute * 60_000,
                id,
                outcome,
                secs * 1000,
            )
        });
    vec((vec(answer, 0..6), 0u8..10), 1..15).prop_map(|steps| {
        let mut log = Vec::new();
        let mut states = Vec::new();
        for (answers, reset) in steps {
            if reset == 0 {
                log.clear();
            }
            add_entries(&mut log, &answers);
            states.push(log.clone());
        }
        states
    })
}

/// Both logs, every entry once, in time order. Idempotent and commutative,
/// so merging with another tab or a backup twice adds nothing.
pub fn merge_logs(a: &[LogEntry], b: &[LogEntry]) -> Vec<LogEntry> {
    let mut all: Vec<LogEntry> = a.iter().chain(b).cloned().collect();
    all.sort();
    all.dedup_by(|x, y| x.at_ms == y.at_ms && x.question_id == y.question_id);
    all
}

/// Whether the log (in `merge_logs` order) already holds this answer.
pub fn is_logged(log: &[LogEntry], entry: &LogEntry) -> bool {
    log.binary_search_by(|x| {
        (x.at_ms, x.question_id.as_str()).cmp(&(entry.at_ms, entry.question_id.as_str()))
    })
    .is_ok()
}

/// Adds answers to a log in `merge_logs` order, each in its place, without
/// copying or sorting the entries already there. An answer already logged
/// (same moment, same question) is kept as logged; otherwise the result is
/// `merge_logs`'s, at the cost of the new answers only.
pub fn add_entries(log: &mut Vec<LogEntry>, entries: &[LogEntry]) {
    for entry in entries {
        if !is_logged(log, entry) {
            let at = log.partition_point(|x| x < entry);
            log.insert(at, entry.clone());
        }
    }
}

/// Something worked out from the log one answer at a time, in log order.
pub trait LogFold: Default {
    fn add(&mut self, entry: &LogEntry);
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn entry(at_ms: i64, id: &str, outcome: Outcome) -> LogEntry {
        LogEntry {
            at_ms,
            question_id: id.into(),
            outcome,
            score: if outcome == Outcome::Correct { 100 } else { 0 },
            time_ms: 42_300,
            suggested_ms: 60_000,
            mode: Mode::Round,
        }
    }

    #[test]
    fn adding_answers_in_place_equals_merging() {
        let log = merge_logs(
            &[
                entry(30, "gil", Outcome::Correct),
                entry(10, "gil", Outcome::Wrong),
                entry(20, "zset", Outcome::Correct),
            ],
            &[],
        );
        let new = [
            entry(25, "gil", Outcome::Wrong),
            entry(20, "zset", Outcome::Correct),
            entry(5, "iso", Outcome::Correct),
            entry(40, "iso", Outcome::TimedOut),
        ];
        let mut added = log.clone();
        add_entries(&mut added, &new);
        assert_eq!(added, merge_logs(&log, &new));
        assert!(new.iter().all(|e| is_logged(&added, e)));
        assert!(!is_logged(&added, &entry(26, "gil", Outcome::Wrong)));
    }

    fn any_entry() -> impl Strategy<Value = LogEntry> {
        (0i64..50, 0usize..4, 0u8..4).prop_map(|(at, id, o)| {
            entry(
                at * 1000,
                ["a", "b", "c", "d"][id],
                outcome_from(o).unwrap(),
            )
        })
    }

    proptest! {
        #[test]
        fn merging_is_idempotent_and_commutative(
            a in proptest::collection::vec(any_entry(), 0..20),
            b in proptest::collection::vec(any_entry(), 0..20),
        ) {
            let a = merge_logs(&a, &[]);
            let b = merge_logs(&b, &[]);
            let ab = merge_logs(&a, &b);
            prop_assert_eq!(&ab, &merge_logs(&ab, &b), "importing twice adds nothing");
            prop_assert_eq!(&ab, &merge_logs(&ab, &a));
            // Entries of the same question at the same moment are one answer.
            let keys: std::collections::BTreeSet<_> = ab.iter().map(|e| (e.at_ms, e.question_id.clone())).collect();
            prop_assert_eq!(keys.len(), ab.len());
            prop_assert_eq!(&ab, &merge_logs(&b, &a), "the order of merging does not matter");
        }

        #[test]
        fn adding_in_place_equals_merging(
            a in proptest::collection::vec(any_entry(), 0..20),
            b in proptest::collection::vec(any_entry(), 0..20),
        ) {
            let a = merge_logs(&a, &[]);
            let b: Vec<LogEntry> = merge_logs(&b, &[])
                .into_iter()
                .filter(|e| !is_logged(&a, e))
                .collect();
            let mut added = a.clone();
            add_entries(&mut added, &b);
            prop_assert_eq!(&added, &merge_logs(&a, &b));
            add_entries(&mut added, &b);
            prop_assert_eq!(&added, &merge_logs(&a, &b), "adding twice adds nothing");
        }
    }
}
