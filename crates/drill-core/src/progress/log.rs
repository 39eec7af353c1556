use serde::{Deserialize, Serialize};

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

/// How far something kept up to date with the log has read it: how many
/// answers, and the last of them. The log only grows, and stays sorted
/// without repeats, so while the answer at that place is still the same no
/// answer has come in before it, and only the answers after it are new.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogPosition {
    len: usize,
    last: Option<LogEntry>,
}

impl LogPosition {
    pub fn at_end_of(log: &[LogEntry]) -> Self {
        LogPosition {
            len: log.len(),
            last: log.last().cloned(),
        }
    }

    /// The answers of `log` after this position, or `None` when `log` does
    /// not carry on from it: another tab's answers merged in before the
    /// end, a reset, another log altogether.
    pub fn rest_of<'a>(&self, log: &'a [LogEntry]) -> Option<&'a [LogEntry]> {
        let rest = log.get(self.len..)?;
        (self.len.checked_sub(1).map(|i| &log[i]) == self.last.as_ref()).then_some(rest)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn last(&self) -> Option<&LogEntry> {
        self.last.as_ref()
    }

    /// Moves past `entries`, the next answers of the log.
    pub fn advance_over(&mut self, entries: &[LogEntry]) {
        self.len += entries.len();
        if let Some(last) = entries.last() {
            self.last = Some(last.clone());
        }
    }
}

/// Something worked out from the log one answer at a time, in log order.
pub trait LogFold: Default {
    fn add(&mut self, entry: &LogEntry);
}

/// A fold kept up to date with a log that grows: answers added at its end
/// are folded in on their own; after any other change (answers merged in
/// before the end, a reset) the whole log is folded again.
#[derive(Debug, Clone, Default)]
pub struct Replay<F> {
    fold: F,
    position: LogPosition,
}

impl<F: LogFold> Replay<F> {
    pub fn catch_up(&mut self, log: &[LogEntry]) {
        let new = self.position.rest_of(log).unwrap_or_else(|| {
            self.fold = F::default();
            log
        });
        for entry in new {
            self.fold.add(entry);
        }
        self.position = LogPosition::at_end_of(log);
    }

    pub fn folded(&self) -> &F {
        &self.fold
    }
}

/// The log as backups hold it (and as version 1 stored it): question ids
/// once, entries as small number tuples.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct CompactLog {
    ids: Vec<String>,
    /// Each tuple: id index, ms since the previous entry, outcome code, score,
    /// time in tenths of a second, suggested time in seconds, mode code.
    e: Vec<(u32, i64, u8, u8, u32, u32, u8)>,
}

pub(super) fn outcome_code(outcome: Outcome) -> u8 {
    match outcome {
        Outcome::Correct => 0,
        Outcome::Partial => 1,
        Outcome::Wrong => 2,
        Outcome::TimedOut => 3,
        Outcome::NotReached => 4,
    }
}

pub(super) fn outcome_from(code: u8) -> Option<Outcome> {
    Some(match code {
        0 => Outcome::Correct,
        1 => Outcome::Partial,
        2 => Outcome::Wrong,
        3 => Outcome::TimedOut,
        4 => Outcome::NotReached,
        _ => return None,
    })
}

impl CompactLog {
    pub fn encode(entries: &[LogEntry]) -> CompactLog {
        let mut log = CompactLog::default();
        let mut index = std::collections::HashMap::new();
        let mut previous = 0i64;
        for entry in entries {
            let id = *index.entry(entry.question_id.clone()).or_insert_with(|| {
                log.ids.push(entry.question_id.clone());
                (log.ids.len() - 1) as u32
            });
            log.e.push((
                id,
                entry.at_ms - previous,
                outcome_code(entry.outcome),
                entry.score,
                entry.time_ms / 100,
                entry.suggested_ms / 1000,
                u8::from(entry.mode == Mode::Review),
            ));
            previous = entry.at_ms;
        }
        log
    }

    /// The entries, or `None` if the stored form is inconsistent.
    pub fn decode(&self) -> Option<Vec<LogEntry>> {
        let mut at = 0i64;
        self.e
            .iter()
            .map(|&(id, delta, outcome, score, tenths, suggested, mode)| {
                at = at.checked_add(delta)?;
                Some(LogEntry {
                    at_ms: at,
                    question_id: self.ids.get(id as usize)?.clone(),
                    outcome: outcome_from(outcome)?,
                    score: score.min(100),
                    time_ms: tenths.saturating_mul(100),
                    suggested_ms: suggested.saturating_mul(1000),
                    mode: if mode == 1 { Mode::Review } else { Mode::Round },
                })
            })
            .collect()
    }
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
    fn a_position_follows_a_log_that_grows_and_notices_one_that_changed() {
        let log: Vec<LogEntry> = (1..=4)
            .map(|i| entry(i * 1000, "a", Outcome::Correct))
            .collect();
        let position = LogPosition::at_end_of(&log[..3]);
        assert_eq!(position.rest_of(&log[..3]), Some(&[][..]));
        assert_eq!(position.rest_of(&log), Some(&log[3..]));
        // Another tab's answer merged in before the end.
        let merged = merge_logs(&log, &[entry(500, "b", Outcome::Wrong)]);
        assert_eq!(position.rest_of(&merged), None);
        // A log replaced by a shorter one, as a reset leaves it.
        assert_eq!(position.rest_of(&log[..2]), None);
        assert_eq!(position.rest_of(&[]), None);
        assert_eq!(LogPosition::default().rest_of(&log), Some(&log[..]));
    }

    #[test]
    fn the_compact_form_round_trips() {
        let log = vec![
            entry(1_700_000_000_000, "redis-why-fast", Outcome::Correct),
            entry(1_700_000_000_001, "gil", Outcome::Wrong),
            entry(1_700_086_400_000, "redis-why-fast", Outcome::TimedOut),
        ];
        let compact = CompactLog::encode(&log);
        assert_eq!(compact.ids, ["redis-why-fast", "gil"]);
        assert_eq!(compact.decode().unwrap(), log);
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

    #[test]
    fn an_inconsistent_stored_log_is_refused() {
        let mut compact = CompactLog::encode(&[entry(5, "a", Outcome::Correct)]);
        compact.e[0].0 = 9;
        assert_eq!(compact.decode(), None);
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
