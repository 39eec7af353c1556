//! One form for question text and queries, so that width, case and spacing
//! do not decide what is found: full-width letters, digits and punctuation
//! become their ASCII forms, letters become lower case, whitespace goes.

/// `c` as search compares it; None for whitespace, which search skips.
pub fn fold_char(c: char) -> Option<char> {
    // Most of the bank is Chinese: skip the case tables for it, which
    // nearly tripled the time to prepare the text.
    if ('\u{3400}'..='\u{9FFF}').contains(&c) {
        return Some(c);
    }
    // U+FF01..U+FF5E are the full-width forms of ASCII 0x21..0x7E.
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    if c.is_whitespace() {
        return None;
    }
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    // Only one-for-one changes, so every folded character still stands for
    // exactly one character of the text (highlighting relies on that).
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => Some(l),
        _ => Some(c),
    }
}

/// What kind of word a character belongs to: a word is a run of one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    /// Latin letters, digits and `_`: words of code and English.
    Latin,
    /// Chinese and other letters written without spaces.
    Wide,
}

pub fn word_kind(c: char) -> Option<WordKind> {
    if c.is_ascii_alphanumeric() || c == '_' || (c.is_alphabetic() && (c as u32) < 0x0250) {
        Some(WordKind::Latin)
    } else if c.is_alphanumeric() {
        Some(WordKind::Wide)
    } else {
        None
    }
}

/// Text folded for search, and where whitespace was taken out of it.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    pub text: String,
    /// Byte offsets in `text` where whitespace stood: word ends.
    breaks: Vec<u32>,
}

impl Folded {
    pub fn new(text: &str) -> Self {
        let mut folded = Folded {
            text: String::with_capacity(text.len()),
            breaks: Vec::new(),
        };
        let mut gap = false;
        for c in text.chars() {
            match fold_char(c) {
                None => gap = true,
                Some(f) => {
                    if gap && !folded.text.is_empty() {
                        folded.breaks.push(folded.text.len() as u32);
                    }
                    gap = false;
                    folded.text.push(f);
                }
            }
        }
        folded
    }

    /// Whether `text[start..end]` is a whole word: no letter of its kind
    /// joins it on either side.
    pub fn is_whole(&self, start: usize, end: usize) -> bool {
        let free = |at: usize, outside: Option<char>, inside: Option<char>| {
            self.breaks.binary_search(&(at as u32)).is_ok()
                || match (outside.and_then(word_kind), inside.and_then(word_kind)) {
                    (Some(a), Some(b)) => a != b,
                    _ => true,
                }
        };
        let (before, matched, after) = (
            &self.text[..start],
            &self.text[start..end],
            &self.text[end..],
        );
        free(start, before.chars().next_back(), matched.chars().next())
            && free(end, after.chars().next(), matched.chars().next_back())
    }
}
