//! The review log as a signal. Entries are only ever added; each save merges
//! with what is stored, so answers given in another tab are kept too.

use drill_core::persist::REVIEW_LOG_KEY;
use drill_core::progress::{CompactLog, LogEntry, merge_logs};
use leptos::prelude::*;

use super::notices::Notices;
use crate::platform::clock::now_ms;
use crate::platform::perf;
use crate::platform::storage::{self, StorageProblem};

#[derive(Clone, Copy)]
pub struct Progress {
    pub log: RwSignal<Vec<LogEntry>>,
    notices: Notices,
}

impl Progress {
    pub fn load(notices: Notices) -> Self {
        let progress = Progress {
            log: RwSignal::new(Vec::new()),
            notices,
        };
        let (stored, problem) = perf::timed("drill:log-load", || read(now_ms()));
        if let Some(problem) = problem {
            notices.report(&problem);
        }
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

    /// Adds answers to the log; entries already there are not doubled.
    pub fn record(&self, entries: &[LogEntry]) {
        if entries.is_empty() {
            return;
        }
        let (stored, _) = read(now_ms());
        self.log
            .update(|log| *log = merge_logs(&merge_logs(log, &stored), entries));
        let result = self
            .log
            .with_untracked(|log| storage::save(REVIEW_LOG_KEY, &CompactLog::encode(log)));
        if let Err(problem) = result {
            self.notices.report(&problem);
        }
    }
}

/// The stored log. A damaged one is kept aside by `storage::load`; one that
/// parses but does not add up is reported and left where it is.
fn read(now: i64) -> (Vec<LogEntry>, Option<StorageProblem>) {
    let (compact, problem) = storage::load::<CompactLog>(REVIEW_LOG_KEY, now);
    match compact.map(|c| c.decode()) {
        Some(Some(entries)) => (entries, problem),
        Some(None) => {
            let kept_as = drill_core::persist::quarantine_key(REVIEW_LOG_KEY, now);
            let problem = storage::keep_aside(REVIEW_LOG_KEY, &kept_as);
            (Vec::new(), Some(problem))
        }
        None => (Vec::new(), problem),
    }
}
