//! The round in progress, finished rounds and the composer's settings, as
//! signals. Every change is saved at once. A finished round moves to the
//! history only after the history is saved, and the history is merged with
//! what other tabs saved, so no tab's answers are lost.

use std::collections::HashMap;

use drill_core::persist::{
    CURRENT_ROUND_KEY, ROUND_CONFIG_KEY, ROUND_HISTORY_KEY, ROUND_OWNER_KEY,
};
use drill_core::progress::{LogEntry, Mode, QuestionSchedule, entries_from_round};
use drill_core::round::{Familiarity, FamiliarityMap};
use drill_core::round::{
    Round, RoundConfig, RoundError, RoundOwner, compose, familiarity_from, merge_history,
};
use drill_core::route::Route;
use leptos::prelude::*;

use super::notices::Notices;
use super::progress::Progress;
use crate::bank_data::BANK;
use crate::platform::clock::{now_ms, random_seed};
use crate::platform::location::go;
use crate::platform::storage::{self, StorageProblem};

#[derive(Clone, Copy)]
pub struct Rounds {
    pub current: RwSignal<Option<Round>>,
    pub history: RwSignal<Vec<Round>>,
    pub config: RwSignal<RoundConfig>,
    /// Another tab is running the round in progress.
    pub elsewhere: RwSignal<bool>,
    tab: StoredValue<String>,
    last_claim_ms: StoredValue<i64>,
    notices: Notices,
    progress: Progress,
}

impl Rounds {
    pub fn load(notices: Notices, progress: Progress) -> Self {
        let now = now_ms();
        if let Err(problem) = storage::probe() {
            notices.report(&problem);
        }
        let current: Option<Round> = load_reporting(CURRENT_ROUND_KEY, now, notices);
        let history: Vec<Round> =
            load_reporting(ROUND_HISTORY_KEY, now, notices).unwrap_or_default();
        let config: RoundConfig =
            load_reporting(ROUND_CONFIG_KEY, now, notices).unwrap_or_default();
        let owner: Option<RoundOwner> = storage::load(ROUND_OWNER_KEY, now).0;
        let tab = storage::tab_id();
        let rounds = Rounds {
            current: RwSignal::new(current),
            history: RwSignal::new(history),
            config: RwSignal::new(config),
            elsewhere: RwSignal::new(owner.is_some_and(|o| o.is_other_live(&tab, now))),
            tab: StoredValue::new(tab),
            last_claim_ms: StoredValue::new(i64::MIN),
            notices,
            progress,
        };
        // A round whose time ran out while the app was closed ends now.
        if !rounds.elsewhere.get_untracked() {
            rounds.tick();
        }
        let listener = storage::on_change(move |key| rounds.reload(key.as_deref()));
        on_cleanup(move || listener.remove());
        rounds
    }

    /// Draws and starts a round; `remember` keeps the settings for the
    /// composer next time. Returns false when nothing fits the settings.
    pub fn start(&self, config: RoundConfig, remember: bool) -> bool {
        let now = now_ms();
        let seed = random_seed();
        let familiarity = self.history.with_untracked(|h| familiarity_from(h));
        let familiarity = self.progress.log.with_untracked(|log| {
            self.progress
                .schedules
                .with_untracked(|due| familiarity_from_log(familiarity, log, due, now))
        });
        let picked = compose(BANK.questions, &config, &familiarity, seed);
        let questions: Vec<_> = picked.iter().map(|&i| &BANK.questions[i]).collect();
        let id = format!("{now:x}-{:x}", seed & 0xffff);
        let Some(round) = Round::start(id, seed, config.clone(), &questions, now) else {
            return false;
        };
        if remember {
            self.config.set(config.clone());
            self.persist(storage::save(ROUND_CONFIG_KEY, &config));
        }
        self.claim(now);
        self.current.set(Some(round));
        self.save_current();
        go(&Route::Round);
        true
    }

    /// Applies a user action to the round in progress, at the current time.
    /// Refused while another tab runs the round.
    pub fn apply(
        &self,
        action: impl FnOnce(&mut Round, i64) -> Result<(), RoundError>,
    ) -> Result<(), RoundError> {
        if self.elsewhere.get_untracked() {
            return Err(RoundError::NotNow);
        }
        let now = now_ms();
        let mut result = Err(RoundError::NotNow);
        self.current.update(|current| {
            if let Some(round) = current {
                result = action(round, now);
            }
        });
        if result.is_ok() {
            self.claim(now);
            self.save_current();
        }
        result
    }

    /// Applies deadlines that have passed; saves only when something changed.
    /// Also notices when the tab that ran the round has gone.
    pub fn tick(&self) {
        let now = now_ms();
        if self.elsewhere.get_untracked() {
            let owner: Option<RoundOwner> = storage::load(ROUND_OWNER_KEY, now).0;
            if !owner.is_some_and(|o| o.is_other_live(&self.tab.get_value(), now)) {
                self.elsewhere.set(false);
            }
            return;
        }
        if self.last_claim_ms.get_value() < now - RoundOwner::STALE_MS / 3
            && self.current.with_untracked(Option::is_some)
        {
            self.claim(now);
        }
        let changed = self.current.try_update(|current| {
            current.as_mut().is_some_and(|round| {
                let mut before = round.clone();
                round.tick(now);
                // The clock alone moving on is not worth a write.
                before.clock_ms = round.clock_ms;
                *round != before
            })
        });
        if changed == Some(true) {
            self.save_current();
        }
    }

    /// Runs the round in this tab from now on.
    pub fn take_over(&self) {
        if let (Some(round), _) = storage::load::<Round>(CURRENT_ROUND_KEY, now_ms()) {
            self.current.set(Some(round));
        }
        self.claim(now_ms());
        self.elsewhere.set(false);
    }

    pub fn finished(&self, id: &str) -> Option<Round> {
        self.history
            .with(|h| h.iter().find(|r| r.id == id).cloned())
    }

    /// Another tab saved something: take it in.
    fn reload(&self, key: Option<&str>) {
        let now = now_ms();
        let all = key.is_none();
        if all || key == Some(ROUND_HISTORY_KEY) {
            let (stored, _) = storage::load::<Vec<Round>>(ROUND_HISTORY_KEY, now);
            let stored = stored.unwrap_or_default();
            self.history.update(|h| *h = merge_history(h, &stored));
        }
        if all || key == Some(ROUND_OWNER_KEY) {
            let owner: Option<RoundOwner> = storage::load(ROUND_OWNER_KEY, now).0;
            self.elsewhere
                .set(owner.is_some_and(|o| o.is_other_live(&self.tab.get_value(), now)));
        }
        if all || key == Some(CURRENT_ROUND_KEY) {
            let (stored, _) = storage::load::<Round>(CURRENT_ROUND_KEY, now);
            let finished_here = self.history.with_untracked(|h| {
                stored
                    .as_ref()
                    .is_some_and(|s| h.iter().any(|r| r.id == s.id))
            });
            self.current.set(stored.filter(|_| !finished_here));
        }
    }

    fn claim(&self, now: i64) {
        self.last_claim_ms.set_value(now);
        let owner = RoundOwner {
            tab: self.tab.get_value(),
            at_ms: now,
        };
        // Losing this write only weakens the one-tab rule; the round is safe.
        let _ = storage::save(ROUND_OWNER_KEY, &owner);
    }

    fn save_current(&self) {
        let Some(round) = self.current.get_untracked() else {
            return;
        };
        // Graded answers go to the review log as soon as they are given.
        let mode = if round.config.review {
            Mode::Review
        } else {
            Mode::Round
        };
        self.progress.record(&entries_from_round(&round, mode));
        if round.is_finished() {
            go(&Route::RoundResults(round.id.clone()));
            let (stored, _) = storage::load::<Vec<Round>>(ROUND_HISTORY_KEY, now_ms());
            self.history
                .update(|h| *h = merge_history(h, &stored.unwrap_or_default()));
            self.history
                .update(|h| *h = merge_history(h, std::slice::from_ref(&round)));
            let saved = self
                .history
                .with_untracked(|h| storage::save(ROUND_HISTORY_KEY, h));
            if saved.is_ok() {
                storage::remove(CURRENT_ROUND_KEY);
                storage::remove(ROUND_OWNER_KEY);
            }
            self.persist(saved);
            self.current.set(None);
        } else {
            self.persist(storage::save(CURRENT_ROUND_KEY, &round));
        }
    }

    fn persist(&self, result: Result<(), StorageProblem>) {
        if let Err(problem) = result {
            self.notices.report(&problem);
        }
    }
}

fn load_reporting<T: serde::de::DeserializeOwned>(
    key: &str,
    now: i64,
    notices: Notices,
) -> Option<T> {
    let (value, problem) = storage::load(key, now);
    if let Some(problem) = problem {
        notices.report(&problem);
    }
    value
}

/// Familiarity from finished rounds, brought up to date by the review log
/// (which also holds review sessions) and its schedules.
fn familiarity_from_log(
    mut known: FamiliarityMap,
    log: &[LogEntry],
    due: &HashMap<String, QuestionSchedule>,
    now_ms: i64,
) -> FamiliarityMap {
    for entry in log {
        let newer = known
            .get(&entry.question_id)
            .is_none_or(|k| k.last_at_ms <= entry.at_ms);
        if newer {
            known.insert(
                entry.question_id.clone(),
                Familiarity {
                    last_outcome: entry.outcome,
                    last_at_ms: entry.at_ms,
                    due: due
                        .get(&entry.question_id)
                        .is_some_and(|s| s.due_ms <= now_ms),
                },
            );
        }
    }
    known
}
