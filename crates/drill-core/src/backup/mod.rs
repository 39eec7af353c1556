//! Export and import of everything the user has: one JSON file. Importing
//! validates first, previews what would be added, and merges by record id,
//! so importing the same file twice adds nothing and a bad file changes
//! nothing.

use serde::{Deserialize, Serialize};

use crate::marks::{Marks, merge_marks};
use crate::persist::SCHEMA_VERSION;
use crate::progress::{CompactLog, LogEntry, ReviewSettings, merge_logs};
use crate::round::{Round, RoundConfig, merge_history};

pub const BACKUP_FORMAT: &str = "interview-drill-backup";
/// Larger files are refused before parsing: no real backup comes near it.
pub const MAX_BACKUP_BYTES: usize = 8 * 1024 * 1024;

/// Everything the app stores about the user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserData {
    pub log: Vec<LogEntry>,
    pub rounds: Vec<Round>,
    pub marks: Marks,
    pub review_settings: Option<ReviewSettings>,
    pub round_config: Option<RoundConfig>,
}

#[derive(Serialize, Deserialize)]
struct BackupFile {
    format: String,
    schema: u32,
    app_version: String,
    exported_at_ms: i64,
    log: CompactLog,
    rounds: Vec<Round>,
    marks: Marks,
    #[serde(default)]
    review_settings: Option<ReviewSettings>,
    #[serde(default)]
    round_config: Option<RoundConfig>,
}

pub fn export(data: &UserData, app_version: &str, now_ms: i64) -> String {
    let file = BackupFile {
        format: BACKUP_FORMAT.into(),
        schema: SCHEMA_VERSION,
        app_version: app_version.into(),
        exported_at_ms: now_ms,
        log: CompactLog::encode(&data.log),
        rounds: data.rounds.clone(),
        marks: data.marks.clone(),
        review_settings: data.review_settings.clone(),
        round_config: data.round_config.clone(),
    };
    serde_json::to_string(&file).expect("backups serialize")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge(usize),
    NotJson,
    /// Valid JSON, but not a backup of this app.
    Foreign,
    /// Made by a newer version of the app.
    Newer(u32),
    /// A backup of this app, but damaged; the parser's own words on where.
    Damaged(String),
    /// Its review log's parts do not add up.
    InconsistentLog,
}

/// Just enough of a file to tell whether it is one of our backups.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    schema: Option<u64>,
}

pub fn parse_backup(text: &str) -> Result<UserData, ImportError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    // Checked in steps over the text itself, rather than through a generic
    // JSON value, so the record types are decoded by one code path only.
    serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(|_| ImportError::NotJson)?;
    let header: Header = serde_json::from_str(text).map_err(|_| ImportError::Foreign)?;
    if header.format.as_deref() != Some(BACKUP_FORMAT) {
        return Err(ImportError::Foreign);
    }
    let schema = header.schema.ok_or(ImportError::Foreign)?;
    if schema > u64::from(SCHEMA_VERSION) {
        return Err(ImportError::Newer(schema as u32));
    }
    let file: BackupFile =
        serde_json::from_str(text).map_err(|e| ImportError::Damaged(e.to_string()))?;
    let log = file.log.decode().ok_or(ImportError::InconsistentLog)?;
    Ok(UserData {
        log,
        rounds: file.rounds,
        marks: file.marks,
        review_settings: file.review_settings,
        round_config: file.round_config,
    })
}

/// What an import would add to what is here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportPreview {
    pub answers: usize,
    pub rounds: usize,
    pub bookmarks: usize,
    pub notes: usize,
}

impl ImportPreview {
    pub fn is_empty(&self) -> bool {
        *self == ImportPreview::default()
    }
}

pub fn preview(here: &UserData, incoming: &UserData) -> ImportPreview {
    let merged = merge(here, incoming);
    let changed = |a: &Marks, b: &Marks| {
        (
            a.bookmarks
                .iter()
                .filter(|(k, v)| b.bookmarks.get(*k) != Some(v))
                .count(),
            a.notes
                .iter()
                .filter(|(k, v)| b.notes.get(*k) != Some(v))
                .count(),
        )
    };
    let (bookmarks, notes) = changed(&merged.marks, &here.marks);
    ImportPreview {
        answers: merged.log.len() - here.log.len(),
        rounds: merged.rounds.len() - here.rounds.len(),
        bookmarks,
        notes,
    }
}

/// Both sides, every record once. Settings stay as they are here unless
/// this side has none.
pub fn merge(here: &UserData, incoming: &UserData) -> UserData {
    UserData {
        log: merge_logs(&here.log, &incoming.log),
        rounds: merge_history(&here.rounds, &incoming.rounds),
        marks: merge_marks(&here.marks, &incoming.marks),
        review_settings: here
            .review_settings
            .clone()
            .or_else(|| incoming.review_settings.clone()),
        round_config: here
            .round_config
            .clone()
            .or_else(|| incoming.round_config.clone()),
    }
}

#[cfg(test)]
mod tests;
