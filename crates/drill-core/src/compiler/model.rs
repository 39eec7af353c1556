//! What the compiler reads and what it gives back: source files in, the
//! compiled bank or `path:line` errors out. Kept apart from the passes so
//! that each pass and the driver depend on it, not on each other.

use std::fmt;

use crate::bank::packed::Packed;
use crate::bank::{Question, Tip, Topic};

/// One bank file as read from disk.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.message)
    }
}

#[derive(Debug, Clone, Default)]
pub struct CompiledBank {
    pub topics: Vec<Topic>,
    pub questions: Vec<Question>,
    pub tips: Vec<Tip>,
    /// What each question was checked against, in the order of `questions`.
    /// Build-time only: the app does not embed it.
    pub checked: Vec<Checked>,
}

/// A question's `- checked:` and `- not-run:` lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checked {
    /// `Python 3.14`, `Redis 8.2`, …
    pub against: Vec<String>,
    /// Why some of its code could not be run here, if any could not.
    pub not_run: Option<String>,
    /// Where the question is written.
    pub path: String,
    pub line: usize,
}

impl CompiledBank {
    /// The form the app embeds (see `bank::packed`).
    pub fn pack(&self) -> Packed {
        Packed::of(&self.topics, &self.questions, &self.tips)
    }
}
