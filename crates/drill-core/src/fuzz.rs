//! Damaged stored text, for the tests of everything the app reads back:
//! text of any Unicode (the review log's digits start at U+0800, beyond
//! what printable ASCII reaches), and valid records changed the ways
//! storage, sync and hand edits change them: a character flipped, the text
//! cut short, a stretch lost, written twice or spliced in elsewhere.

use proptest::prelude::*;
use proptest::sample::Index;

/// Text of any Unicode scalar values, rich in the log's digits and in the
/// characters JSON and the log's id list give meaning to.
pub(crate) fn any_text(max_chars: usize) -> impl Strategy<Value = String> {
    let digit = (0x0800u32..0x4800).prop_map(|c| char::from_u32(c).expect("below the surrogates"));
    let syntax = proptest::sample::select(vec![
        '{', '}', '"', ':', ',', '!', ' ', '%', '\\', '[', ']', '0', '9', '-',
    ]);
    proptest::collection::vec(
        prop_oneof![3 => any::<char>(), 2 => digit, 1 => syntax],
        0..max_chars,
    )
    .prop_map(String::from_iter)
}

#[derive(Debug, Clone)]
pub(crate) enum Mutation {
    /// One character replaced by another.
    Flip(Index, char),
    /// One bit of a character's code flipped, where that is a character.
    FlipBit(Index, u8),
    /// The text cut short.
    Cut(Index),
    /// A stretch lost.
    Drop(Index, Index),
    /// A stretch written twice in a row.
    Repeat(Index, Index),
    /// A copy of a stretch put in somewhere else.
    Splice(Index, Index, Index),
    /// Foreign text put in.
    Insert(Index, String),
}

fn any_mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<Index>(), any::<char>()).prop_map(|(i, c)| Mutation::Flip(i, c)),
        (any::<Index>(), 0u8..21).prop_map(|(i, bit)| Mutation::FlipBit(i, bit)),
        any::<Index>().prop_map(Mutation::Cut),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Drop(a, b)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Repeat(a, b)),
        (any::<Index>(), any::<Index>(), any::<Index>())
            .prop_map(|(a, b, at)| Mutation::Splice(a, b, at)),
        (any::<Index>(), any_text(6)).prop_map(|(at, text)| Mutation::Insert(at, text)),
    ]
}

/// One to four mutations of `valid`.
pub(crate) fn mutated(valid: String) -> impl Strategy<Value = String> {
    proptest::collection::vec(any_mutation(), 1..5).prop_map(move |mutations| {
        let mut chars: Vec<char> = valid.chars().collect();
        for mutation in &mutations {
            apply(&mut chars, mutation);
        }
        chars.into_iter().collect()
    })
}

fn apply(chars: &mut Vec<char>, mutation: &Mutation) {
    let len = chars.len();
    // A stretch: two places, in order.
    let stretch = |a: &Index, b: &Index| {
        let (a, b) = (a.index(len + 1), b.index(len + 1));
        (a.min(b), a.max(b))
    };
    match mutation {
        Mutation::Flip(i, c) if len > 0 => chars[i.index(len)] = *c,
        Mutation::FlipBit(i, bit) if len > 0 => {
            let at = i.index(len);
            if let Some(c) = char::from_u32(u32::from(chars[at]) ^ (1 << bit)) {
                chars[at] = c;
            }
        }
        Mutation::Cut(i) => chars.truncate(i.index(len + 1)),
        Mutation::Drop(a, b) => {
            let (from, to) = stretch(a, b);
            chars.drain(from..to);
        }
        Mutation::Repeat(a, b) => {
            let (from, to) = stretch(a, b);
            let copy: Vec<char> = chars[from..to].to_vec();
            chars.splice(to..to, copy);
        }
        Mutation::Splice(a, b, at) => {
            let (from, to) = stretch(a, b);
            let copy: Vec<char> = chars[from..to].to_vec();
            let at = at.index(len + 1);
            chars.splice(at..at, copy);
        }
        Mutation::Insert(at, text) => {
            let at = at.index(len + 1);
            chars.splice(at..at, text.chars());
        }
        Mutation::Flip(..) | Mutation::FlipBit(..) => {}
    }
}

#[cfg(test)]
mod tests;
