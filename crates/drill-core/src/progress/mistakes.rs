//! 错题本: a question answered wrong, vaguely or out of time stays in the
//! book until it is answered right twice in a row.

use std::collections::HashMap;

use super::log::{LogEntry, LogFold};
use crate::grade::Outcome;

/// Ids in the mistake book, most recently missed first.
pub fn mistake_book(log: &[LogEntry]) -> Vec<String> {
    let mut fold = MistakeFold::default();
    log.iter().for_each(|entry| fold.add(entry));
    fold.mistake_book()
}

/// The mistake book, answer by answer: per question in it, the right
/// answers in a row since the last miss, and when that miss was.
#[derive(Debug, Clone, Default)]
pub struct MistakeFold {
    book: HashMap<String, (u8, i64)>,
}

impl LogFold for MistakeFold {
    fn add(&mut self, entry: &LogEntry) {
        let id = entry.question_id.as_str();
        match self.book.get_mut(id) {
            Some((right, _)) if entry.outcome == Outcome::Correct => {
                *right += 1;
                if *right >= 2 {
                    self.book.remove(id);
                }
            }
            Some(state) => *state = (0, entry.at_ms),
            None if entry.outcome.needs_review() && entry.outcome != Outcome::NotReached => {
                self.book.insert(id.to_owned(), (0, entry.at_ms));
            }
            None => {}
        }
    }
}

impl MistakeFold {
    pub fn mistake_book(&self) -> Vec<String> {
        let mut missed: Vec<(&str, i64)> = self
            .book
            .iter()
            .map(|(id, &(_, at))| (id.as_str(), at))
            .collect();
        missed.sort_by_key(|&(id, at)| (std::cmp::Reverse(at), id));
        missed.into_iter().map(|(id, _)| id.to_string()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Mode;

    fn e(at_ms: i64, id: &str, outcome: Outcome) -> LogEntry {
        LogEntry {
            at_ms,
            question_id: id.into(),
            outcome,
            score: 0,
            time_ms: 0,
            suggested_ms: 0,
            mode: Mode::Round,
        }
    }

    #[test]
    fn a_mistake_leaves_the_book_after_two_right_answers_in_a_row() {
        let mut log = vec![e(1, "q", Outcome::Wrong), e(2, "ok", Outcome::Correct)];
        assert_eq!(mistake_book(&log), ["q"]);
        log.push(e(3, "q", Outcome::Correct));
        assert_eq!(mistake_book(&log), ["q"], "once is not enough");
        log.push(e(4, "q", Outcome::TimedOut));
        log.push(e(5, "q", Outcome::Correct));
        assert_eq!(mistake_book(&log), ["q"], "the streak starts over");
        log.push(e(6, "q", Outcome::Correct));
        assert!(mistake_book(&log).is_empty());
    }

    #[test]
    fn the_latest_miss_comes_first() {
        let log = vec![
            e(1, "a", Outcome::Partial),
            e(2, "b", Outcome::Wrong),
            e(3, "a", Outcome::Wrong),
        ];
        assert_eq!(mistake_book(&log), ["a", "b"]);
    }

    proptest::proptest! {
        #[test]
        fn a_replay_kept_up_to_date_holds_what_a_full_replay_does(
            history in crate::progress::any_log_history(),
        ) {
            let mut replay = crate::progress::Replay::<MistakeFold>::default();
            for log in &history {
                replay.catch_up(log);
                proptest::prop_assert_eq!(replay.folded().mistake_book(), mistake_book(log));
            }
        }
    }
}
