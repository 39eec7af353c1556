//! Bookmarks (收藏) and personal notes per question. Each value carries the
//! time it was set, so two copies (another tab, a backup) merge by keeping
//! the newer one, and un-bookmarking survives a merge too.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamped<T> {
    pub value: T,
    pub at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Marks {
    pub bookmarks: BTreeMap<String, Stamped<bool>>,
    /// Plain text, shown escaped; an empty note is a deleted one.
    pub notes: BTreeMap<String, Stamped<String>>,
}

/// Notes longer than this are cut, so one paste cannot fill the quota.
pub const MAX_NOTE_CHARS: usize = 5_000;

impl Marks {
    pub fn is_bookmarked(&self, id: &str) -> bool {
        self.bookmarks.get(id).is_some_and(|b| b.value)
    }

    pub fn note(&self, id: &str) -> &str {
        self.notes.get(id).map_or("", |n| n.value.as_str())
    }

    pub fn set_bookmark(&mut self, id: &str, on: bool, at_ms: i64) {
        self.bookmarks
            .insert(id.to_string(), Stamped { value: on, at_ms });
    }

    pub fn set_note(&mut self, id: &str, text: &str, at_ms: i64) {
        let text: String = text.chars().take(MAX_NOTE_CHARS).collect();
        self.notes
            .insert(id.to_string(), Stamped { value: text, at_ms });
    }

    pub fn bookmarked_ids(&self) -> impl Iterator<Item = &str> {
        self.bookmarks
            .iter()
            .filter(|(_, b)| b.value)
            .map(|(id, _)| id.as_str())
    }

    pub fn noted_ids(&self) -> impl Iterator<Item = &str> {
        self.notes
            .iter()
            .filter(|(_, n)| !n.value.trim().is_empty())
            .map(|(id, _)| id.as_str())
    }
}

/// Per question, the newer value wins; on a tie the larger value, so the
/// result does not depend on which copy came first.
pub fn merge_marks(a: &Marks, b: &Marks) -> Marks {
    Marks {
        bookmarks: merge_map(&a.bookmarks, &b.bookmarks),
        notes: merge_map(&a.notes, &b.notes),
    }
}

fn merge_map<T: Clone + Ord>(
    a: &BTreeMap<String, Stamped<T>>,
    b: &BTreeMap<String, Stamped<T>>,
) -> BTreeMap<String, Stamped<T>> {
    let mut merged = a.clone();
    for (id, theirs) in b {
        let keep_theirs = merged
            .get(id)
            .is_none_or(|mine| (theirs.at_ms, &theirs.value) > (mine.at_ms, &mine.value));
        if keep_theirs {
            merged.insert(id.clone(), theirs.clone());
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_newer_change_wins_including_an_unbookmark() {
        let mut a = Marks::default();
        a.set_bookmark("q", true, 10);
        let mut b = Marks::default();
        b.set_bookmark("q", false, 20);
        assert!(!merge_marks(&a, &b).is_bookmarked("q"));
        assert!(!merge_marks(&b, &a).is_bookmarked("q"));
    }

    #[test]
    fn long_notes_are_cut() {
        let mut m = Marks::default();
        m.set_note("q", &"字".repeat(MAX_NOTE_CHARS + 10), 1);
        assert_eq!(m.note("q").chars().count(), MAX_NOTE_CHARS);
    }

    fn any_marks() -> impl Strategy<Value = Marks> {
        proptest::collection::vec((0usize..4, 0i64..5, any::<bool>(), "[a-c]{0,2}"), 0..8).prop_map(
            |ops| {
                let mut m = Marks::default();
                for (id, at, on, note) in ops {
                    let id = ["a", "b", "c", "d"][id];
                    m.set_bookmark(id, on, at);
                    m.set_note(id, &note, at);
                }
                m
            },
        )
    }

    proptest! {
        #[test]
        fn merging_marks_is_idempotent_and_commutative(a in any_marks(), b in any_marks()) {
            let ab = merge_marks(&a, &b);
            prop_assert_eq!(&ab, &merge_marks(&b, &a));
            prop_assert_eq!(&ab, &merge_marks(&ab, &b));
            prop_assert_eq!(&ab, &merge_marks(&ab, &ab));
        }
    }
}
