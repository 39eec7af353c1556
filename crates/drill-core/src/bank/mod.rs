//! The question bank as the app sees it.
//!
//! Fields are `Cow`s so one type serves both sides: the build-time compiler
//! fills them with owned strings, and the app borrows every text from the
//! packed bank it embeds (`packed`), so no text is copied at start-up.

mod kind;
pub mod packed;

use std::borrow::Cow;

pub use kind::QuestionType;

pub type Text = Cow<'static, str>;
pub type List<T> = Cow<'static, [T]>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    pub id: Text,
    pub name: Text,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// Inline HTML of the choice text.
    pub html: Text,
    pub correct: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub title: Text,
    pub url: Text,
}

/// One question. HTML fields were compiled from markdown with raw HTML
/// forbidden, so the UI may insert them as they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: Text,
    pub topic: Text,
    pub tags: List<Text>,
    /// 1 (basic) to 3 (hard).
    pub difficulty: u8,
    /// Suggested time to answer, in seconds.
    pub time_secs: u16,
    pub kind: QuestionType,
    pub prompt: Text,
    /// Open questions: 3-6 checkable key points, as inline HTML.
    pub key_points: List<Text>,
    /// Open questions: what to say first.
    pub short_answer: Text,
    /// Open questions: the full reference answer.
    pub full_answer: Text,
    /// Single and multiple choice.
    pub choices: List<Choice>,
    /// Fill-in: every accepted answer; true/false: "对" or "错".
    pub accepted: List<Text>,
    /// Ordering: the items in their correct order, as inline HTML.
    pub order: List<Text>,
    /// Graded types: why the right answer is right and the others wrong.
    pub explanation: Text,
    pub follow_ups: List<Text>,
    pub links: List<Link>,
    /// Ids of the lines of questions/SEED.md this question covers.
    pub seed: List<Text>,
    /// An answering tip shown with the question, by tip id.
    pub tip: Option<Text>,
}

/// Advice on how to answer a kind of question, shown beside the questions
/// that cite it (questions/tips/*.md).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tip {
    pub id: Text,
    pub title: Text,
    pub html: Text,
    pub seed: List<Text>,
}

/// The letter a choice is shown with: A, B, C…
pub fn choice_letter(index: usize) -> char {
    char::from_u32('A' as u32 + index as u32)
        .filter(char::is_ascii_uppercase)
        .unwrap_or('?')
}

impl Question {
    /// The letters of the correct choices, e.g. `A、C`.
    pub fn correct_letters(&self) -> String {
        let letters: Vec<String> = (0..self.choices.len())
            .filter(|&i| self.choices[i].correct)
            .map(|i| choice_letter(i).to_string())
            .collect();
        letters.join("、")
    }

    /// The correct answer of a true/false question.
    pub fn true_false_answer(&self) -> Option<bool> {
        match (self.kind, self.accepted.first().map(|a| a.as_ref())) {
            (QuestionType::TrueFalse, Some("对")) => Some(true),
            (QuestionType::TrueFalse, Some("错")) => Some(false),
            _ => None,
        }
    }
}

/// The whole bank: topics in display order, questions grouped by topic.
#[derive(Debug, Clone, Copy)]
pub struct Bank {
    pub topics: &'static [Topic],
    pub questions: &'static [Question],
    pub tips: &'static [Tip],
}

impl Bank {
    pub fn question(&self, id: &str) -> Option<&'static Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn tip(&self, id: &str) -> Option<&'static Tip> {
        self.tips.iter().find(|t| t.id == id)
    }

    pub fn topic(&self, id: &str) -> Option<&'static Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    pub fn topic_name(&self, id: &str) -> &'static str {
        self.topic(id).map_or("", |t| t.name.as_ref())
    }

    pub fn count_in_topic(&self, topic: &str) -> usize {
        self.questions.iter().filter(|q| q.topic == topic).count()
    }
}

/// A fixed scrambled order of `n` items for showing an ordering question
/// before its answer: never the correct order (for n ≥ 2), and the same on
/// every visit, so the page does not reshuffle under the reader.
pub fn scrambled_order(id: &str, n: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    // FNV-1a of the id seeds a small xorshift: stable across builds.
    let mut state = id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    }) | 1;
    for i in (1..n).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        order.swap(i, (state % (i as u64 + 1)) as usize);
    }
    if n >= 2 && order.iter().enumerate().all(|(i, &o)| i == o) {
        order.rotate_left(1);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::{choice_letter, scrambled_order};

    #[test]
    fn choices_are_lettered_from_a() {
        assert_eq!([0, 1, 25, 26].map(choice_letter), ['A', 'B', 'Z', '?']);
    }

    #[test]
    fn scrambled_order_is_a_stable_permutation_that_is_never_the_answer() {
        for n in 2..8 {
            for id in ["a", "mysql-sql-order", "x-1"] {
                let order = scrambled_order(id, n);
                let mut sorted = order.clone();
                sorted.sort_unstable();
                assert_eq!(sorted, (0..n).collect::<Vec<_>>());
                assert_ne!(order, sorted, "{id} {n}");
                assert_eq!(order, scrambled_order(id, n));
            }
        }
    }
}
