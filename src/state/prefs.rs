//! Theme and text size, applied to `<html>` and saved.

use drill_core::persist::PREFS_KEY;
use drill_core::prefs::Prefs;
use leptos::prelude::*;

use crate::platform::clock::now_ms;
use crate::platform::storage;

#[derive(Clone, Copy)]
pub struct DisplayPrefs(pub RwSignal<Prefs>);

impl DisplayPrefs {
    pub fn load() -> Self {
        let prefs = storage::load::<Prefs>(PREFS_KEY, now_ms())
            .0
            .unwrap_or_default();
        apply(prefs);
        DisplayPrefs(RwSignal::new(prefs))
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
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
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
