//! Every word of the UI, in one table per language: `zh.rs` and `en.rs`.
//! The bank's own text (questions, answers, topic names) is Chinese only and
//! is not here.
//!
//! A table is a plain struct of `&'static str` and `fn` fields, so a language
//! that lacks a string does not compile, and the strings cost nothing to look
//! up. Messages with numbers are the `fn` fields.
//!
//! Components read the table once when they are built: the shell in `app.rs`
//! rebuilds every screen when the language changes.

mod en;
mod strings;
mod tables;
mod zh;

use drill_core::prefs::Lang;
use leptos::prelude::*;

use crate::state::prefs::DisplayPrefs;
pub use strings::Strings;
pub use tables::{native_name, table};

/// The table of the language the user chose.
pub fn strings() -> &'static Strings {
    table(use_context::<DisplayPrefs>().map_or(Lang::Zh, |p| p.lang_untracked()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// index.html shows a static copy of the shell while the app loads, in
    /// Chinese with the English in `data-en`; it must say what the app says.
    #[test]
    fn the_static_boot_screen_uses_the_apps_words() {
        let index = include_str!("../../index.html");
        let (zh, en) = (table(Lang::Zh), table(Lang::En));
        for (chinese, english) in [
            (zh.brand, en.brand),
            (zh.bank_title, en.bank_title),
            (zh.tab_bank, en.tab_bank),
            (zh.tab_round, en.tab_round),
            (zh.tab_review, en.tab_review),
            (zh.tab_stats, en.tab_stats),
            (zh.tab_settings, en.tab_settings),
        ] {
            let element = format!(r#"data-en="{english}">{chinese}<"#);
            assert!(index.contains(&element), "index.html lacks {element}");
        }
        let nav = format!(
            r#"aria-label="{}" data-en-label="{}""#,
            zh.nav_label, en.nav_label
        );
        assert!(index.contains(&nav), "index.html lacks {nav}");
        for title in [zh.document_title, en.document_title] {
            assert!(index.contains(title), "index.html lacks the title {title}");
        }
    }

    #[test]
    fn english_tab_labels_fit_a_phone() {
        // Five tabs share 390 px; past about ten letters a label wraps.
        let en = table(Lang::En);
        for label in [
            en.tab_bank,
            en.tab_round,
            en.tab_review,
            en.tab_stats,
            en.tab_settings,
        ] {
            assert!(label.chars().count() <= 10, "{label} is too long for a tab");
        }
    }
}
