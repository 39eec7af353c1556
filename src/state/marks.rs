//! Bookmarks and notes as a signal, saved on every change and merged with
//! what other tabs save.

use drill_core::marks::{Marks, merge_marks};
use drill_core::persist::MARKS_KEY;
use leptos::prelude::*;

use super::notices::Notices;
use crate::platform::clock::now_ms;
use crate::platform::storage;

#[derive(Clone, Copy)]
pub struct UserMarks {
    marks: RwSignal<Marks>,
    notices: Notices,
}

impl UserMarks {
    pub fn load(notices: Notices) -> Self {
        let stored = notices.reported(storage::load::<Marks>(MARKS_KEY, now_ms()));
        let marks = UserMarks {
            marks: RwSignal::new(stored.unwrap_or_default()),
            notices,
        };
        let listener = storage::on_change(move |key| {
            if key.is_none() || key.as_deref() == Some(MARKS_KEY) {
                let (stored, _) = storage::load::<Marks>(MARKS_KEY, now_ms());
                marks
                    .marks
                    .update(|m| *m = merge_marks(m, &stored.unwrap_or_default()));
            }
        });
        on_cleanup(move || listener.remove());
        marks
    }

    /// Bookmarks and notes as they stand.
    pub fn current(&self) -> ReadSignal<Marks> {
        self.marks.read_only()
    }

    /// Marks merged with a backup and already stored (`backup_io::import`).
    pub(super) fn adopt_imported(&self, marks: Marks) {
        self.marks.set(marks);
    }

    pub fn toggle_bookmark(&self, id: &str) {
        let now = now_ms();
        self.change(|m| {
            let on = !m.is_bookmarked(id);
            m.set_bookmark(id, on, now);
        });
    }

    pub fn set_note(&self, id: &str, text: &str) {
        let now = now_ms();
        self.change(|m| m.set_note(id, text, now));
    }

    fn change(&self, edit: impl FnOnce(&mut Marks)) {
        let (stored, _) = storage::load::<Marks>(MARKS_KEY, now_ms());
        self.marks.update(|m| {
            *m = merge_marks(m, &stored.unwrap_or_default());
            edit(m);
        });
        if let Err(problem) = self.marks.with_untracked(|m| storage::save(MARKS_KEY, m)) {
            self.notices.report(&problem);
        }
    }
}
