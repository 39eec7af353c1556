//! The log as version 1 stored it and as backups hold it: JSON tuples.

use serde::{Deserialize, Serialize};

use super::codes::{outcome_code, outcome_from};
use super::log::{LogEntry, Mode};

/// The log as backups hold it (and as version 1 stored it): question ids
/// once, entries as small number tuples.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct CompactLog {
    ids: Vec<String>,
    /// Each tuple: id index, ms since the previous entry, outcome code, score,
    /// time in tenths of a second, suggested time in seconds, mode code.
    e: Vec<(u32, i64, u8, u8, u32, u32, u8)>,
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
    use super::*;
    use crate::grade::Outcome;
    use crate::progress::test_answer;

    #[test]
    fn the_compact_form_round_trips() {
        let log = vec![
            LogEntry {
                score: 100,
                mode: Mode::Review,
                ..test_answer(
                    1_700_000_000_000,
                    "redis-why-fast",
                    Outcome::Correct,
                    42_300,
                )
            },
            test_answer(1_700_000_000_001, "gil", Outcome::Wrong, 42_300),
            test_answer(1_700_086_400_000, "redis-why-fast", Outcome::TimedOut, 0),
        ];
        let compact = CompactLog::encode(&log);
        assert_eq!(compact.ids, ["redis-why-fast", "gil"]);
        assert_eq!(compact.decode().unwrap(), log);
    }

    #[test]
    fn an_inconsistent_stored_log_is_refused() {
        let mut compact = CompactLog::encode(&[test_answer(5, "a", Outcome::Correct, 0)]);
        compact.e[0].0 = 9;
        assert_eq!(compact.decode(), None);
    }
}
