//! Keeping what is worked out from the log up to date as the log grows,
//! without folding the whole log again for each new answer.

use super::log::{LogEntry, LogFold};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::Outcome;
    use crate::progress::{merge_logs, test_answer};

    #[test]
    fn a_position_follows_a_log_that_grows_and_notices_one_that_changed() {
        let log: Vec<LogEntry> = (1..=4)
            .map(|i| test_answer(i * 1000, "a", Outcome::Correct, 1_000))
            .collect();
        let position = LogPosition::at_end_of(&log[..3]);
        assert_eq!(position.rest_of(&log[..3]), Some(&[][..]));
        assert_eq!(position.rest_of(&log), Some(&log[3..]));
        // Another tab's answer merged in before the end.
        let merged = merge_logs(&log, &[test_answer(500, "b", Outcome::Wrong, 1_000)]);
        assert_eq!(position.rest_of(&merged), None);
        // A log replaced by a shorter one, as a reset leaves it.
        assert_eq!(position.rest_of(&log[..2]), None);
        assert_eq!(position.rest_of(&[]), None);
        assert_eq!(LogPosition::default().rest_of(&log), Some(&log[..]));
    }
}
