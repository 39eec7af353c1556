//! Stored records: every value is wrapped with its schema version, and a
//! value that cannot be read is reported, never silently replaced.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// The schema version this build writes, for every record but the review
/// log, which has its own (`progress::LOG_VERSION`).
pub const SCHEMA_VERSION: u32 = 1;

/// The key of the round in progress.
pub const CURRENT_ROUND_KEY: &str = "drill.round.current";
/// Finished rounds, oldest first.
pub const ROUND_HISTORY_KEY: &str = "drill.round.history";
/// Which tab runs the round in progress.
pub const ROUND_OWNER_KEY: &str = "drill.round.owner";
/// The review session in progress (older versions kept it in the round's).
pub const CURRENT_REVIEW_KEY: &str = "drill.review.current";
/// Which tab runs the review session in progress.
pub const REVIEW_OWNER_KEY: &str = "drill.review.owner";
/// The review log (append-only), in its compact form.
pub const REVIEW_LOG_KEY: &str = "drill.log";
/// Review settings: daily new-question limit and interview date.
pub const REVIEW_SETTINGS_KEY: &str = "drill.review.settings";
/// Bookmarks and notes.
pub const MARKS_KEY: &str = "drill.marks";
/// When the user last exported a backup.
pub const LAST_EXPORT_KEY: &str = "drill.exported";
/// Theme and text size.
pub const PREFS_KEY: &str = "drill.prefs";
/// Answering out loud: offered or not, and what the user agreed to.
pub const VOICE_PREFS_KEY: &str = "drill.voice";
/// Answer texts kept with the review log, when the user asks for it.
pub const KEPT_ANSWERS_KEY: &str = "drill.answers";
/// The composer's last settings.
pub const ROUND_CONFIG_KEY: &str = "drill.round.config";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded<T> {
    Missing,
    Ok(T),
    /// Written by a newer version of the app; it must be kept for that version.
    Newer(u32),
    /// Not a record this app wrote, or damaged.
    Corrupt(String),
}

#[derive(serde::Serialize)]
struct EnvelopeOut<'a, T> {
    v: u32,
    data: &'a T,
}

#[derive(serde::Deserialize)]
struct VersionOnly {
    v: u32,
}

#[derive(serde::Deserialize)]
struct EnvelopeIn<T> {
    data: T,
}

pub fn encode<T: Serialize>(value: &T) -> String {
    serde_json::to_string(&EnvelopeOut {
        v: SCHEMA_VERSION,
        data: value,
    })
    .expect("records serialize: they hold no maps with non-string keys")
}

pub fn decode<T: DeserializeOwned>(raw: Option<&str>) -> Decoded<T> {
    let Some(raw) = raw else {
        return Decoded::Missing;
    };
    let version = match version_of(raw) {
        Ok(v) => v,
        Err(e) => return Decoded::Corrupt(e),
    };
    if version > SCHEMA_VERSION {
        return Decoded::Newer(version);
    }
    match serde_json::from_str::<EnvelopeIn<T>>(raw) {
        Ok(envelope) => Decoded::Ok(envelope.data),
        Err(e) => Decoded::Corrupt(e.to_string()),
    }
}

/// The schema version a stored record carries. Records this app wrote
/// start with it, so a (possibly megabyte-long) text is not parsed for it;
/// anything else is read in full.
pub fn version_of(raw: &str) -> Result<u32, String> {
    written_version(raw).map_or_else(
        || {
            serde_json::from_str::<VersionOnly>(raw)
                .map(|v| v.v)
                .map_err(|e| format!("no schema version: {e}"))
        },
        Ok,
    )
}

/// The version at the start of `{"v":N,"data":…}`, as `encode` writes it.
fn written_version(raw: &str) -> Option<u32> {
    let rest = raw.strip_prefix(r#"{"v":"#)?;
    let (digits, _) = rest.split_once(r#","data":"#)?;
    digits.parse().ok()
}

/// Where an unreadable value is copied before anything is written over it.
pub fn quarantine_key(key: &str, now_ms: i64) -> String {
    format!("{key}.unreadable.{now_ms}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_round_trips_with_its_version() {
        let raw = encode(&vec![1, 2, 3]);
        assert_eq!(raw, r#"{"v":1,"data":[1,2,3]}"#);
        assert_eq!(decode::<Vec<i32>>(Some(&raw)), Decoded::Ok(vec![1, 2, 3]));
    }

    #[test]
    fn missing_newer_and_corrupt_values_are_told_apart() {
        assert_eq!(decode::<Vec<i32>>(None), Decoded::Missing);
        assert_eq!(
            decode::<Vec<i32>>(Some(r#"{"v":9,"data":{"new":"shape"}}"#)),
            Decoded::Newer(9)
        );
        assert!(matches!(
            decode::<Vec<i32>>(Some("{not json")),
            Decoded::Corrupt(_)
        ));
        assert!(matches!(
            decode::<Vec<i32>>(Some(r#"[1,2]"#)),
            Decoded::Corrupt(_)
        ));
        assert!(matches!(
            decode::<Vec<i32>>(Some(r#"{"v":1,"data":"x"}"#)),
            Decoded::Corrupt(_)
        ));
    }

    #[test]
    fn a_record_written_in_another_layout_reads_the_same() {
        let expected = Decoded::Ok(vec![1, 2]);
        assert_eq!(decode(Some(r#"{"data":[1,2],"v":1}"#)), expected);
        assert_eq!(decode(Some(r#"{ "v": 1, "data": [1, 2] }"#)), expected);
        assert_eq!(
            decode::<Vec<i32>>(Some(r#"{"data":[1,2],"v":7}"#)),
            Decoded::Newer(7)
        );
        assert!(matches!(
            decode::<Vec<i32>>(Some(r#"{"v":1x,"data":[1,2]}"#)),
            Decoded::Corrupt(_)
        ));
    }

    use crate::round::{Round, RoundConfig};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_decoder_never_panics_on_arbitrary_input(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let text = String::from_utf8_lossy(&bytes);
            let _ = decode::<Round>(Some(&text));
            let _ = decode::<Vec<Round>>(Some(&text));
            let _ = decode::<RoundConfig>(Some(&text));
        }

        #[test]
        fn a_truncated_record_is_corrupt_never_half_read(cut in 0usize..200) {
            let raw = encode(&RoundConfig::default());
            let cut = cut.min(raw.len() - 1);
            prop_assert!(matches!(decode::<RoundConfig>(Some(&raw[..cut])), Decoded::Corrupt(_)));
        }
    }

    #[test]
    fn quarantine_keys_do_not_collide_with_the_original() {
        assert_eq!(
            quarantine_key(CURRENT_ROUND_KEY, 5),
            "drill.round.current.unreadable.5"
        );
    }
}
