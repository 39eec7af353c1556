//! How the user last did on each question, for the marks on list rows.

use std::collections::HashMap;

use crate::grade::Outcome;
use crate::progress::{LogEntry, LogFold};

/// The last time a question was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LastAnswer {
    /// Answered, right or partly right.
    Done,
    /// Answered wrong, or the time ran out.
    Missed,
}

/// Each answered question's last answer, folded from the review log.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LastAnswers {
    last: HashMap<String, LastAnswer>,
}

impl LogFold for LastAnswers {
    fn add(&mut self, entry: &LogEntry) {
        let last = match entry.outcome {
            Outcome::Correct | Outcome::Partial => LastAnswer::Done,
            Outcome::Wrong | Outcome::TimedOut => LastAnswer::Missed,
            // A question the round never reached was not answered.
            Outcome::NotReached => return,
        };
        match self.last.get_mut(entry.question_id.as_str()) {
            Some(known) => *known = last,
            None => {
                self.last.insert(entry.question_id.clone(), last);
            }
        }
    }
}

impl LastAnswers {
    pub fn of(&self, id: &str) -> Option<LastAnswer> {
        self.last.get(id).copied()
    }
}
