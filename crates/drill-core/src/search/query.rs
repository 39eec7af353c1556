//! What the user typed, as the terms every result must hold.

use super::fold::{WordKind, fold_char, word_kind};

/// A parsed search. Every term must occur in a result; the terms written
/// together (the phrase) rank a result higher when they occur together.
///
/// Spacing only counts between two letters of one kind ("redis lua" is
/// two words, "redislua" one); elsewhere it changes nothing, so "B+树" and
/// "B+ 树" are one query, as are full-width and half-width forms and
/// upper and lower case. Chinese and Latin text split into separate terms
/// where they meet, since Chinese writers space them either way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
    phrase: String,
}

impl Query {
    pub fn parse(typed: &str) -> Query {
        let mut query = Query::default();
        let mut term = String::new();
        let mut spaced = false;
        for c in typed.chars() {
            let Some(c) = fold_char(c) else {
                spaced = true;
                continue;
            };
            if is_separator(c) {
                query.end_term(&mut term);
                spaced = false;
                continue;
            }
            if let Some(last) = term.chars().next_back() {
                let same_word = word_kind(last).is_some() && word_kind(last) == word_kind(c);
                if (spaced && same_word) || script(last) != script(c) {
                    query.end_term(&mut term);
                }
            }
            spaced = false;
            term.push(c);
        }
        query.end_term(&mut term);
        query
    }

    fn end_term(&mut self, term: &mut String) {
        if !term.is_empty() {
            self.phrase.push_str(term);
            self.terms.push(std::mem::take(term));
        }
    }

    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// The terms written together, spaces left out.
    pub fn phrase(&self) -> &str {
        &self.phrase
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// One string per query: a query whose key starts with another's key
    /// can only find what that one found.
    pub(super) fn key(&self) -> String {
        self.terms.join("\u{1}")
    }
}

/// Punctuation that only separates words; the rest (`+`, `#`, `.`, `-`,
/// `_`, `/`, `:` …) belongs to names such as `B+`, `C#` or `asyncio.run`.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | '!' | '?' | '(' | ')' | '[' | ']' | '{' | '}' | '"' | '\'' | '`'
    ) || (!c.is_ascii() && !c.is_alphanumeric())
}

#[derive(PartialEq, Eq)]
enum Script {
    Ascii,
    Other,
}

fn script(c: char) -> Script {
    if c.is_ascii() || word_kind(c) == Some(WordKind::Latin) {
        Script::Ascii
    } else {
        Script::Other
    }
}
