//! 错题本: a question answered wrong, vaguely or out of time stays in the
//! book until it is answered right twice in a row.

use super::log::LogEntry;
use crate::grade::Outcome;

/// Ids in the mistake book, most recently missed first.
pub fn mistake_book(log: &[LogEntry]) -> Vec<String> {
    let mut state: Vec<(String, u8, i64)> = Vec::new();
    for entry in log {
        let at = match state.iter().position(|(id, _, _)| *id == entry.question_id) {
            Some(at) => at,
            None if entry.outcome.needs_review() && entry.outcome != Outcome::NotReached => {
                state.push((entry.question_id.clone(), 0, entry.at_ms));
                continue;
            }
            None => continue,
        };
        if entry.outcome == Outcome::Correct {
            state[at].1 += 1;
        } else {
            state[at].1 = 0;
            state[at].2 = entry.at_ms;
        }
        if state[at].1 >= 2 {
            state.remove(at);
        }
    }
    state.sort_by_key(|s| std::cmp::Reverse(s.2));
    state.into_iter().map(|(id, _, _)| id).collect()
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
}
