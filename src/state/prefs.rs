//! Theme, text size and language, applied to `<html>` and saved.

use drill_core::persist::PREFS_KEY;
use drill_core::prefs::{Lang, Prefs};
use leptos::prelude::*;

use crate::platform::clock::now_ms;
use crate::platform::storage;

#[derive(Clone, Copy)]
pub struct DisplayPrefs(RwSignal<Prefs>);

impl DisplayPrefs {
    pub fn load() -> Self {
        let prefs = storage::load::<Prefs>(PREFS_KEY, now_ms())
            .0
            .unwrap_or_default();
        apply(prefs);
        DisplayPrefs(RwSignal::new(prefs))
    }

    /// The preferences in force.
    pub fn current(&self) -> ReadSignal<Prefs> {
        self.0.read_only()
    }

    pub fn lang_untracked(&self) -> Lang {
        self.0.with_untracked(|p| p.lang)
    }

    pub fn change(&self, edit: impl FnOnce(&mut Prefs)) {
        self.0.update(edit);
        let prefs = self.0.get_untracked();
        apply(prefs);
        // A preference that cannot be saved still applies for this visit.
        let _ = storage::save(PREFS_KEY, &prefs);
    }
}

fn apply(prefs: Prefs) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.document_element() else {
        return;
    };
    let _ = root.set_attribute("lang", prefs.lang.attribute());
    document.set_title(crate::i18n::table(prefs.lang).document_title);
    for (name, value) in [
        ("data-theme", prefs.theme.attribute()),
        ("data-text", prefs.text.attribute()),
    ] {
        let _ = match value {
            Some(value) => root.set_attribute(name, value),
            None => root.remove_attribute(name),
        };
    }
}
