//! App-wide state: signals over the core's records, saved on every change.

pub mod app_update;
pub mod backup_io;
pub mod browse;
pub mod draft;
pub mod kept_answers;
pub mod marks;
pub mod notices;
pub mod prefs;
pub mod progress;
pub mod review_settings;
pub mod rounds;
pub mod session;
pub mod voice;
