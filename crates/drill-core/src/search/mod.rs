//! Browsing the bank: search over question and answer text, ranked by
//! where and how well it matches, and filters by topic, type, difficulty
//! and the user's own slices.

use crate::bank::{Question, QuestionType};
use crate::marks::Marks;
use crate::progress::LogEntry;
use crate::text::visible_text;
use fold::Folded;
use memchr::memmem::Finder;
use std::sync::Mutex;

mod fold;
mod highlight;
mod query;
mod status;

pub use highlight::{Piece, highlight, snippet};
pub use query::Query;
pub use status::{LastAnswer, LastAnswers};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub query: String,
    pub topic: Option<String>,
    pub kind: Option<QuestionType>,
    pub difficulty: Option<u8>,
    pub subset: Option<Subset>,
}

/// The user's own slices of the bank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subset {
    Mistakes,
    Bookmarked,
    Noted,
    Unseen,
}

impl Subset {
    pub const ALL: [Subset; 4] = [
        Subset::Mistakes,
        Subset::Bookmarked,
        Subset::Noted,
        Subset::Unseen,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Subset::Mistakes => "mistakes",
            Subset::Bookmarked => "bookmarked",
            Subset::Noted => "noted",
            Subset::Unseen => "unseen",
        }
    }

    pub fn from_key(key: &str) -> Option<Subset> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Whether question `id` belongs to this slice of the user's data.
    pub fn contains(self, id: &str, log: &[LogEntry], marks: &Marks, mistakes: &[String]) -> bool {
        match self {
            Subset::Mistakes => mistakes.iter().any(|m| m == id),
            Subset::Bookmarked => marks.is_bookmarked(id),
            Subset::Noted => !marks.note(id).trim().is_empty(),
            Subset::Unseen => !log.iter().any(|e| e.question_id == id),
        }
    }
}

/// Every question's text in searchable form, built a slice at a time while
/// the app is idle (`prepare`) or at the latest by the first search with
/// words in it, so start-up never pays for it; and the last few
/// searches' results, so typing or erasing a letter only looks at the
/// questions the longer or shorter query already found.
#[derive(Default)]
pub struct SearchIndex {
    fields: Mutex<Vec<Fields>>,
    recent: Mutex<Vec<(Scope, String, Vec<usize>)>>,
}

/// A question's text in two parts: a match in the question itself ranks
/// before a match only in its answer.
#[derive(Debug, Default)]
struct Fields {
    question: Folded,
    answer: Folded,
}

/// The filters besides the query: results are only reused within one scope.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Scope {
    topic: Option<String>,
    kind: Option<QuestionType>,
    difficulty: Option<u8>,
}

const RECENT_SEARCHES: usize = 32;

/// Occurrences of a term in the question looked at for a whole-word one.
/// In the answer only the first is: a one-letter term occurs hundreds of
/// times in a long answer, and walking them all in 10,000 questions, or
/// scanning to the end for a rare one, took more than the match itself.
const WHOLE_WORD_TRIES: usize = 8;

impl SearchIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes the text of up to `count` more questions searchable; true once
    /// every question's is. Always called with the same `questions`.
    pub fn prepare(&self, questions: &[Question], count: usize) -> bool {
        let mut fields = self.fields.lock().unwrap_or_else(|e| e.into_inner());
        let end = fields.len().saturating_add(count).min(questions.len());
        let next = fields.len()..end;
        fields.extend(questions[next].iter().map(|q| Fields {
            question: Folded::new(&visible_text(&q.prompt)),
            answer: Folded::new(&answer_text(q)),
        }));
        fields.len() == questions.len()
    }

    /// Indices of the questions that pass `filter`. Without search words
    /// they come in bank order; with them, best match first (see `Rank`),
    /// ties in bank order.
    pub fn matching(&self, questions: &[Question], filter: &Filter) -> Vec<usize> {
        let query = Query::parse(&filter.query);
        let scope = Scope {
            topic: filter.topic.clone(),
            kind: filter.kind,
            difficulty: filter.difficulty,
        };
        let everything_in_scope = || -> Vec<usize> {
            (0..questions.len())
                .filter(|&i| {
                    let q = &questions[i];
                    scope.topic.as_deref().is_none_or(|t| q.topic == t)
                        && scope.kind.is_none_or(|k| q.kind == k)
                        && scope.difficulty.is_none_or(|d| q.difficulty == d)
                })
                .collect()
        };
        if query.is_empty() {
            return everything_in_scope();
        }
        let key = query.key();
        let mut recent = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, _, found)) = recent.iter().find(|(s, k, _)| *s == scope && *k == key) {
            return found.clone();
        }
        // A query that extends an earlier one can only match what that one did.
        let narrower = recent
            .iter()
            .filter(|(s, k, _)| *s == scope && key.starts_with(k.as_str()))
            .max_by_key(|(_, k, _)| k.len())
            .map(|(_, _, found)| found.clone());
        let candidates = narrower.unwrap_or_else(everything_in_scope);
        self.prepare(questions, usize::MAX);
        let fields = self.fields.lock().unwrap_or_else(|e| e.into_inner());
        // One memmem searcher per term, reused for every text: in wasm,
        // `str::contains` has no vector path, and this took about a third off
        // the slowest keystrokes over 10,000 questions.
        let finders: Vec<Finder> = query.terms().iter().map(Finder::new).collect();
        let phrase = (query.terms().len() > 1).then(|| Finder::new(query.phrase()));
        let mut ranked: Vec<(Rank, usize)> = candidates
            .into_iter()
            .filter_map(|i| Some((rank(&fields[i], &finders, phrase.as_ref())?, i)))
            .collect();
        ranked.sort_unstable();
        let found: Vec<usize> = ranked.into_iter().map(|(_, i)| i).collect();
        if recent.len() == RECENT_SEARCHES {
            recent.remove(0);
        }
        recent.push((scope, key, found.clone()));
        found
    }
}

/// How well a question matches; smaller is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    /// Terms found only in the answer, not in the question.
    answer_only: u8,
    /// Where the terms occur together: 0 in the question, 1 in the
    /// answer, 2 nowhere.
    phrase: u8,
    /// Terms found only inside longer words, never as a word of their own.
    fragments: u8,
}

/// None when some term is missing from the question and its answer alike.
fn rank(fields: &Fields, terms: &[Finder], phrase: Option<&Finder>) -> Option<Rank> {
    let mut rank = Rank {
        answer_only: 0,
        phrase: 0,
        fragments: 0,
    };
    for term in terms {
        let len = term.needle().len();
        let question = &fields.question;
        let whole = if term.find(question.text.as_bytes()).is_some() {
            term.find_iter(question.text.as_bytes())
                .take(WHOLE_WORD_TRIES)
                .any(|at| question.is_whole(at, at + len))
        } else {
            let at = term.find(fields.answer.text.as_bytes())?;
            rank.answer_only = rank.answer_only.saturating_add(1);
            fields.answer.is_whole(at, at + len)
        };
        if !whole {
            rank.fragments = rank.fragments.saturating_add(1);
        }
    }
    if let Some(phrase) = phrase {
        rank.phrase = if phrase.find(fields.question.text.as_bytes()).is_some() {
            0
        } else if phrase.find(fields.answer.text.as_bytes()).is_some() {
            1
        } else {
            2
        };
    }
    Some(rank)
}

/// Everything searchable about a question besides the question itself,
/// as plain text, one part a line: answers, key points, choices, tags, id.
pub fn answer_text(q: &Question) -> String {
    let mut html = String::new();
    let parts = [&q.short_answer, &q.full_answer, &q.explanation]
        .into_iter()
        .chain(q.key_points.iter())
        .chain(q.accepted.iter())
        .chain(q.order.iter())
        .chain(q.tags.iter())
        .chain(std::iter::once(&q.id))
        .map(|t| t.as_ref())
        .chain(q.choices.iter().map(|c| c.html.as_ref()));
    for part in parts {
        html.push_str(part);
        html.push('\n');
    }
    visible_text(&html)
}

#[cfg(test)]
mod tests;
