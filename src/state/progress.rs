//! The review log as a signal. Entries are only ever added; each save merges
//! with what is stored, so answers given in another tab are kept too.
//! Years of practice make the stored log hundreds of thousands of
//! characters long, so it is read again only when another tab has changed
//! it, written only when an answer is new, and encoded a new answer at a
//! time.

use std::collections::HashMap;

use drill_core::persist::{Decoded, REVIEW_LOG_KEY};
use drill_core::progress::{
    LogEncoder, LogEntry, MistakeFold, QuestionSchedule, Replay, ScheduleFold, add_entries,
    decode_log, decode_log_resuming, is_logged, merge_logs,
};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::notices::Notices;
use crate::platform::clock::now_ms;
use crate::platform::perf;
use crate::platform::storage::{self, StorageProblem};

#[derive(Clone, Copy)]
pub struct Progress {
    log: RwSignal<Vec<LogEntry>>,
    /// Derived from the log once per change, when first read after it, and
    /// shared by every screen: replaying years of answers takes tens of
    /// milliseconds, too long to repeat each time a screen opens. The
    /// replays are kept, so new answers at the log's end replay on their own.
    schedules: Memo<HashMap<String, QuestionSchedule>>,
    mistakes: Memo<Vec<String>>,
    /// The stored text this tab last read or wrote.
    stored_as: StoredValue<JsValue, LocalStorage>,
    /// The stored form of `log` as this tab last read or wrote it.
    encoder: StoredValue<LogEncoder>,
    notices: Notices,
}

impl Progress {
    pub fn load(notices: Notices) -> Self {
        let log = RwSignal::new(Vec::new());
        let schedule_replay = StoredValue::new(Replay::<ScheduleFold>::default());
        let mistake_replay = StoredValue::new(Replay::<MistakeFold>::default());
        let progress = Progress {
            log,
            schedules: Memo::new(move |_| {
                log.with(|log| schedule_replay.update_value(|replay| replay.catch_up(log)));
                schedule_replay.with_value(|replay| replay.folded().schedules())
            }),
            mistakes: Memo::new(move |_| {
                log.with(|log| mistake_replay.update_value(|replay| replay.catch_up(log)));
                mistake_replay.with_value(|replay| replay.folded().mistake_book())
            }),
            stored_as: StoredValue::new_local(JsValue::NULL),
            encoder: StoredValue::new(LogEncoder::default()),
            notices,
        };
        let stored = notices.reported(perf::timed("drill:log-load", || {
            let raw = storage::read_js(REVIEW_LOG_KEY);
            let text = raw.as_string();
            let (decoded, encoder) = decode_log_resuming(text.as_deref());
            progress.stored_as.set_value(raw);
            progress.encoder.set_value(encoder.unwrap_or_default());
            readable_or_empty(text.as_deref(), decoded, now_ms())
        }));
        progress.log.set(stored);
        let listener = storage::on_change(move |key| {
            if key.is_none() || key.as_deref() == Some(REVIEW_LOG_KEY) {
                let (stored, _) = read(now_ms());
                progress.log.update(|log| *log = merge_logs(log, &stored));
            }
        });
        on_cleanup(move || listener.remove());
        progress
    }

    /// Every answer, oldest first.
    pub fn log(&self) -> ReadSignal<Vec<LogEntry>> {
        self.log.read_only()
    }

    /// Each question's schedule, replayed from the log.
    pub fn schedules(&self) -> Memo<HashMap<String, QuestionSchedule>> {
        self.schedules
    }

    /// The mistake book's questions, replayed from the log.
    pub fn mistakes(&self) -> Memo<Vec<String>> {
        self.mistakes
    }

    /// A log merged with a backup and already stored (`backup_io::import`).
    pub(super) fn adopt_imported(&self, log: Vec<LogEntry>) {
        self.log.set(log);
        self.stored_as.set_value(storage::read_js(REVIEW_LOG_KEY));
    }

    /// Adds answers to the log; entries already there are not doubled.
    pub fn record(&self, entries: &[LogEntry]) {
        let new: Vec<LogEntry> = self.log.with_untracked(|log| {
            entries
                .iter()
                .filter(|e| !is_logged(log, e))
                .cloned()
                .collect()
        });
        if new.is_empty() {
            return;
        }
        let raw = storage::read_js(REVIEW_LOG_KEY);
        let elsewhere = self
            .stored_as
            .with_value(|s| *s != raw)
            .then(|| read_from(raw.as_string().as_deref(), now_ms()).0);
        self.log.update(|log| {
            if let Some(stored) = elsewhere {
                *log = merge_logs(log, &stored);
            }
            add_entries(log, &new);
        });
        let encoded = self.log.with_untracked(|log| self.encoded(log));
        match storage::save_encoded(REVIEW_LOG_KEY, &encoded) {
            Ok(()) => self.stored_as.set_value(storage::read_js(REVIEW_LOG_KEY)),
            Err(problem) => self.notices.report(&problem),
        }
    }

    /// The stored form of `log`. When `log` has only grown at its end since
    /// the last save, only the new answers are encoded.
    fn encoded(&self, log: &[LogEntry]) -> String {
        self.encoder.update_value(|encoder| encoder.catch_up(log));
        self.encoder.with_value(LogEncoder::text)
    }
}

/// The stored log. One this version cannot read (damaged, or from a newer
/// version) is kept aside, and the app starts from an empty log.
pub fn read(now: i64) -> (Vec<LogEntry>, Option<StorageProblem>) {
    read_from(storage::read_raw(REVIEW_LOG_KEY).as_deref(), now)
}

fn read_from(raw: Option<&str>, now: i64) -> (Vec<LogEntry>, Option<StorageProblem>) {
    readable_or_empty(raw, decode_log(raw), now)
}

/// The decoded log, or an empty one when `raw` could not be read, which is
/// then kept aside.
fn readable_or_empty(
    raw: Option<&str>,
    decoded: Decoded<Vec<LogEntry>>,
    now: i64,
) -> (Vec<LogEntry>, Option<StorageProblem>) {
    let (log, problem) = storage::keep_unreadable(REVIEW_LOG_KEY, raw, decoded, now);
    (log.unwrap_or_default(), problem)
}
