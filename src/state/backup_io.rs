//! Everything stored about the user, read and written as one, for backups
//! and reset.

use drill_core::backup::{UserData, merge};
use drill_core::marks::Marks;
use drill_core::persist::{
    CURRENT_ROUND_KEY, LAST_EXPORT_KEY, MARKS_KEY, REVIEW_LOG_KEY, REVIEW_SETTINGS_KEY,
    ROUND_CONFIG_KEY, ROUND_HISTORY_KEY,
};
use drill_core::progress::{ReviewSettings, encode_log};
use drill_core::round::{Round, RoundConfig};

use crate::platform::clock::now_ms;
use crate::platform::storage::{self, StorageProblem};

/// What is stored now (other tabs' changes included).
pub fn read_all() -> UserData {
    let now = now_ms();
    UserData {
        log: super::progress::read(now).0,
        rounds: storage::load::<Vec<Round>>(ROUND_HISTORY_KEY, now)
            .0
            .unwrap_or_default(),
        marks: storage::load::<Marks>(MARKS_KEY, now).0.unwrap_or_default(),
        review_settings: storage::load::<ReviewSettings>(REVIEW_SETTINGS_KEY, now).0,
        round_config: storage::load::<RoundConfig>(ROUND_CONFIG_KEY, now).0,
    }
}

/// Stores `data` in place of what is there.
pub fn write_all(data: &UserData) -> Result<(), StorageProblem> {
    storage::save_encoded(REVIEW_LOG_KEY, &encode_log(&data.log))?;
    storage::save(ROUND_HISTORY_KEY, &data.rounds)?;
    storage::save(MARKS_KEY, &data.marks)?;
    if let Some(settings) = &data.review_settings {
        storage::save(REVIEW_SETTINGS_KEY, settings)?;
    }
    if let Some(config) = &data.round_config {
        storage::save(ROUND_CONFIG_KEY, config)?;
    }
    Ok(())
}

/// Merges a backup into what this browser holds, stores the result and
/// shows it on every screen; nothing is shown that was not stored.
pub fn import(
    incoming: &UserData,
    progress: super::progress::Progress,
    rounds: super::rounds::Rounds,
    marks: super::marks::UserMarks,
) -> Result<(), StorageProblem> {
    let merged = merge(&read_all(), incoming);
    write_all(&merged)?;
    progress.adopt_imported(merged.log);
    rounds.adopt_imported_history(merged.rounds);
    marks.adopt_imported(merged.marks);
    Ok(())
}

pub fn last_export_ms() -> Option<i64> {
    storage::load::<i64>(LAST_EXPORT_KEY, now_ms()).0
}

pub fn note_export(at_ms: i64) {
    let _ = storage::save(LAST_EXPORT_KEY, &at_ms);
}

/// Removes every value of this app, the round in progress included.
pub fn clear_all() {
    storage::remove_matching(|key| key.starts_with("drill."));
    storage::remove(CURRENT_ROUND_KEY);
}
