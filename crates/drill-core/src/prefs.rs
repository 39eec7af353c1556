//! Display preferences: theme, text size and the language of the UI (the
//! question bank itself is always Chinese).

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
pub enum Lang {
    #[default]
    Zh,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Prefs {
    pub theme: Theme,
    pub text: TextSize,
    /// Added after the first release: records saved before it have none.
    #[serde(default)]
    pub lang: Lang,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

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

    /// The `data-text` value on `<html>`; none is the normal size.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            TextSize::Small => Some("small"),
            TextSize::Normal => None,
            TextSize::Large => Some("large"),
        }
    }
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The `lang` value on `<html>`.
    pub fn attribute(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
}

/// Answering out loud: whether to offer it, and what the user agreed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VoicePrefs {
    /// Offer 说出答案 in rounds and review.
    pub enabled: bool,
    /// The user has read that this browser sends audio to its vendor's
    /// speech service, and agreed. Not needed for on-device recognition.
    pub cloud_ok: bool,
    /// Keep each open answer's text with the review log (otherwise it lives
    /// only in its round).
    pub keep_answers: bool,
}

impl Default for VoicePrefs {
    fn default() -> Self {
        VoicePrefs {
            enabled: true,
            cloud_ok: false,
            keep_answers: false,
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
            lang: Lang::En,
        });
        assert_eq!(
            raw,
            r#"{"v":1,"data":{"theme":"Dark","text":"Large","lang":"En"}}"#
        );
        assert_eq!(Lang::En.attribute(), "en");
        assert_eq!(Theme::Dark.attribute(), Some("dark"));
        assert_eq!(TextSize::Large.attribute(), Some("large"));
        assert_eq!(Theme::System.attribute(), None);
    }

    #[test]
    fn prefs_saved_before_the_language_switch_still_load_as_chinese() {
        let stored = r#"{"v":1,"data":{"theme":"Light","text":"Small"}}"#;
        let prefs = match crate::persist::decode::<Prefs>(Some(stored)) {
            crate::persist::Decoded::Ok(prefs) => prefs,
            other => panic!("old prefs did not load: {other:?}"),
        };
        assert_eq!(
            prefs,
            Prefs {
                theme: Theme::Light,
                text: TextSize::Small,
                lang: Lang::Zh,
            }
        );
    }
}
