//! Why a result matched: its text cut into pieces, the matched words
//! marked, in the text's own spelling (width, case and spacing as written).

use memchr::memmem::find_iter;

use super::fold::{Folded, fold_char};
use super::query::Query;

/// A run of text, marked when it is what the search matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub marked: bool,
}

/// Characters kept before the first match in a snippet.
const SNIPPET_BEFORE: usize = 12;
/// Characters kept after the start of the first match in a snippet.
const SNIPPET_AFTER: usize = 48;

/// `text` with every occurrence of the query's terms marked; where the
/// terms stand together, the space between them is marked too.
pub fn highlight(text: &str, query: &Query) -> Vec<Piece> {
    let spans = matched_spans(text, query);
    let mut pieces = Vec::new();
    let mut at = 0;
    for (start, end) in spans {
        if start > at {
            pieces.push(piece(&text[at..start], false));
        }
        pieces.push(piece(&text[start..end], true));
        at = end;
    }
    if at < text.len() || pieces.is_empty() {
        pieces.push(piece(&text[at..], false));
    }
    pieces
}

/// A short stretch of `answer` around the first match of a term that
/// `question` lacks: what shows that a result matched by its answer. None
/// when the question itself holds every term. Only the line (paragraph,
/// item) that matched is mapped back to the text, so a row costs little
/// more than its answer's length in folding, once per keystroke.
pub fn snippet(question: &str, answer: &str, query: &Query) -> Option<Vec<Piece>> {
    let in_question = Folded::new(question);
    let lacking: Vec<&str> = query
        .terms()
        .iter()
        .map(String::as_str)
        .filter(|t| !in_question.text.contains(t))
        .collect();
    if lacking.is_empty() {
        return None;
    }
    let mut folded = String::new();
    let line = answer.split('\n').find(|line| {
        folded.clear();
        folded.extend(line.chars().filter_map(fold_char));
        lacking.iter().any(|t| folded.contains(t))
    })?;
    let map = FoldMap::new(line);
    let (start, end) = lacking
        .iter()
        .filter_map(|t| {
            let at = map.folded.find(t)?;
            map.original(at, at + t.len())
        })
        .min()?;
    let from = line[..start]
        .char_indices()
        .rev()
        .nth(SNIPPET_BEFORE - 1)
        .map_or(0, |(i, _)| i);
    let to = line[start..]
        .char_indices()
        .nth(SNIPPET_AFTER)
        .map_or(line.len(), |(i, _)| start + i)
        .max(end);
    let mut pieces = highlight(line[from..to].trim(), query);
    if from > 0 {
        pieces.insert(0, piece("…", false));
    }
    if to < line.len() {
        pieces.push(piece("…", false));
    }
    Some(pieces)
}

fn piece(text: &str, marked: bool) -> Piece {
    Piece {
        text: text.to_string(),
        marked,
    }
}

/// Byte ranges of `text` to mark, in order and not overlapping.
fn matched_spans(text: &str, query: &Query) -> Vec<(usize, usize)> {
    let map = FoldMap::new(text);
    let phrase = (query.terms().len() > 1).then_some(query.phrase());
    let mut spans: Vec<(usize, usize)> = phrase
        .into_iter()
        .chain(query.terms().iter().map(String::as_str))
        .flat_map(|needle| {
            find_iter(map.folded.as_bytes(), needle.as_bytes())
                .filter_map(|at| map.original(at, at + needle.len()))
                .collect::<Vec<_>>()
        })
        .collect();
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// Folded text with, for each folded character, where it came from.
struct FoldMap {
    folded: String,
    /// (byte in `folded`, start and end byte in the original), per character.
    chars: Vec<(usize, usize, usize)>,
}

impl FoldMap {
    fn new(text: &str) -> Self {
        let mut map = FoldMap {
            folded: String::with_capacity(text.len()),
            chars: Vec::new(),
        };
        for (at, c) in text.char_indices() {
            if let Some(f) = fold_char(c) {
                map.chars.push((map.folded.len(), at, at + c.len_utf8()));
                map.folded.push(f);
            }
        }
        map
    }

    /// The original text behind `folded[start..end]`, when both ends fall
    /// on characters.
    fn original(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let first = self.chars.binary_search_by_key(&start, |c| c.0).ok()?;
        let after = match self.chars.binary_search_by_key(&end, |c| c.0) {
            Ok(i) => i,
            Err(i) if i == self.chars.len() && end == self.folded.len() => i,
            Err(_) => return None,
        };
        let last = after.checked_sub(1)?;
        Some((self.chars[first].1, self.chars[last].2))
    }
}
