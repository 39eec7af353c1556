//! Display preferences: theme and text size.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum TextSize {
    Small,
    #[default]
    Normal,
    Large,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Prefs {
    pub theme: Theme,
    pub text: TextSize,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "跟随系统",
            Theme::Light => "浅色",
            Theme::Dark => "深色",
        }
    }

    /// The `data-theme` value on `<html>`; none follows the system.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Small, TextSize::Normal, TextSize::Large];

    pub fn label(self) -> &'static str {
        match self {
            TextSize::Small => "小",
            TextSize::Normal => "标准",
            TextSize::Large => "大",
        }
    }

    /// The `data-text` value on `<html>`; none is the normal size.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            TextSize::Small => Some("small"),
            TextSize::Normal => None,
            TextSize::Large => Some("large"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_names_match_what_index_html_reads_before_the_app_starts() {
        // index.html applies these before the wasm loads, by these names.
        let raw = crate::persist::encode(&Prefs {
            theme: Theme::Dark,
            text: TextSize::Large,
        });
        assert_eq!(raw, r#"{"v":1,"data":{"theme":"Dark","text":"Large"}}"#);
        assert_eq!(Theme::Dark.attribute(), Some("dark"));
        assert_eq!(TextSize::Large.attribute(), Some("large"));
        assert_eq!(Theme::System.attribute(), None);
    }
}
