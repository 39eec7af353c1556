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
    /// Open questions: for each key point, the terms that show an answer
    /// covers it (`内存 / memory; 单线程`, see `keypoints`); empty when the
    /// question has none.
    pub key_terms: List<Text>,
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
    /// What each of `follow_ups` is asked for, in the same order.
    pub follow_probes: List<Probe>,
    pub links: List<Link>,
    /// Ids of the lines of questions/SEED.md this question covers.
    pub seed: List<Text>,
    /// An answering tip shown with the question, by tip id.
    pub tip: Option<Text>,
}

#[cfg(test)]
impl Question {
    /// A question with every list and text empty: tests set only the
    /// fields they are about, with `..Question::blank(..)`.
    pub(crate) fn blank(id: &str, topic: &'static str, kind: QuestionType) -> Question {
        use std::borrow::Cow::{Borrowed as B, Owned};
        Question {
            id: Owned(id.to_string()),
            topic: B(topic),
            tags: B(&[]),
            difficulty: 2,
            time_secs: 60,
            kind,
            prompt: B(""),
            key_points: B(&[]),
            key_terms: B(&[]),
            short_answer: B(""),
            full_answer: B(""),
            choices: B(&[]),
            accepted: B(&[]),
            order: B(&[]),
            explanation: B(""),
            follow_ups: B(&[]),
            follow_probes: B(&[]),
            links: B(&[]),
            seed: B(&[]),
            tip: None,
        }
    }
}

/// When an interviewer asks a follow-up (追问): written in the bank as
/// `- follow: id (2)` or `- follow: id (harder)` (docs/bank-format.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Probe {
    /// Whatever the answer said.
    #[default]
    Any,
    /// When the answer missed this key point (0-based).
    KeyPoint(u8),
    /// After a strong answer, to go deeper.
    Harder,
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

/// A scrambled order of `n` items for an ordering question before it is
/// answered: a permutation that leaves no item in its correct place (for
/// n ≥ 2), drawn from `key`. The same key gives the same order, so a page
/// does not reshuffle under the reader; a round keys it by the round and
/// the question's place in it, so every attempt gets a fresh order that
/// survives a reload.
pub fn scrambled_order(key: &str, n: usize) -> Vec<usize> {
    // FNV-1a of the key seeds a small xorshift: stable across builds.
    let mut state = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    }) | 1;
    let mut next = move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    let mut order: Vec<usize> = (0..n).collect();
    // A uniform shuffle, drawn again until nothing is in place: about e
    // draws on average.
    for _ in 0..64 {
        for i in (1..n).rev() {
            order.swap(i, next(i + 1));
        }
        if order.iter().enumerate().all(|(i, &o)| i != o) {
            return order;
        }
    }
    // Never reached in practice; one cycle through every item has no item in
    // place, and n < 2 has nothing to scramble.
    (0..n).map(|i| (i + 1) % n.max(1)).collect()
}

#[cfg(test)]
mod tests {
    use super::{choice_letter, scrambled_order};

    #[test]
    fn choices_are_lettered_from_a() {
        assert_eq!([0, 1, 25, 26].map(choice_letter), ['A', 'B', 'Z', '?']);
    }

    #[test]
    fn scrambled_order_is_a_stable_permutation_with_nothing_in_place() {
        for n in 2..9 {
            for attempt in 0..200 {
                let key = format!("r{attempt:x}/3/flask-request-hooks-order");
                let order = scrambled_order(&key, n);
                let mut sorted = order.clone();
                sorted.sort_unstable();
                assert_eq!(sorted, (0..n).collect::<Vec<_>>());
                for (place, item) in order.iter().enumerate() {
                    assert_ne!(place, *item, "{key}: item {item} is in its place");
                }
                assert_eq!(
                    order,
                    scrambled_order(&key, n),
                    "the same attempt, the same order"
                );
            }
        }
        assert_eq!(scrambled_order("x", 0), Vec::<usize>::new());
        assert_eq!(scrambled_order("x", 1), vec![0]);
    }

    #[test]
    fn every_attempt_gets_a_fresh_order() {
        // Seven items have 1,854 orders with nothing in place; 200 attempts
        // should see many of them, each about equally often.
        let mut seen = std::collections::HashMap::new();
        for attempt in 0..200 {
            let key = format!("round-{attempt}/0/flask-request-hooks-order");
            *seen.entry(scrambled_order(&key, 7)).or_insert(0) += 1;
        }
        assert!(seen.len() > 150, "only {} different orders", seen.len());
        assert!(seen.values().all(|&count| count <= 3));
        // Three items have two such orders, and both come up.
        let small: std::collections::HashSet<_> = (0..50)
            .map(|a| scrambled_order(&format!("round-{a}/1/q"), 3))
            .collect();
        assert_eq!(small.len(), 2);
    }
}
