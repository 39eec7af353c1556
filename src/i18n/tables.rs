//! Which table a language reads. Kept below `mod.rs` so that the state that
//! applies a language (the document title) can reach it without a circle.

use drill_core::prefs::Lang;

use super::en::EN;
use super::strings::Strings;
use super::zh::ZH;

/// The table of a language.
pub fn table(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// A language's name in that language, for the switch in 设置.
pub fn native_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "中文",
        Lang::En => "English",
    }
}
