//! The round in progress, finished rounds and the composer's settings, as
//! signals. Every change is saved at once; a finished round moves to the
//! history only after the history is saved, so nothing is lost in between.

use drill_core::persist::{CURRENT_ROUND_KEY, ROUND_CONFIG_KEY, ROUND_HISTORY_KEY};
use drill_core::round::{Round, RoundConfig, RoundError, compose, familiarity_from};
use drill_core::route::Route;
use leptos::prelude::*;

use super::notices::Notices;
use crate::bank_data::BANK;
use crate::platform::clock::{now_ms, random_seed};
use crate::platform::storage::{self, StorageProblem};

#[derive(Clone, Copy)]
pub struct Rounds {
    pub current: RwSignal<Option<Round>>,
    pub history: RwSignal<Vec<Round>>,
    pub config: RwSignal<RoundConfig>,
    notices: Notices,
}

impl Rounds {
    pub fn load(notices: Notices) -> Self {
        let now = now_ms();
        if let Err(problem) = storage::probe() {
            notices.report(&problem);
        }
        let current: Option<Round> = load_reporting(CURRENT_ROUND_KEY, now, notices);
        let history: Vec<Round> =
            load_reporting(ROUND_HISTORY_KEY, now, notices).unwrap_or_default();
        let config: RoundConfig =
            load_reporting(ROUND_CONFIG_KEY, now, notices).unwrap_or_default();
        let rounds = Rounds {
            current: RwSignal::new(current),
            history: RwSignal::new(history),
            config: RwSignal::new(config),
            notices,
        };
        // A round whose time ran out while the app was closed ends now.
        rounds.tick();
        rounds
    }

    /// Draws and starts a round; `remember` keeps the settings for the
    /// composer next time. Returns false when nothing fits the settings.
    pub fn start(&self, config: RoundConfig, remember: bool) -> bool {
        let now = now_ms();
        let seed = random_seed();
        let familiarity = self.history.with_untracked(|h| familiarity_from(h));
        let picked = compose(BANK.questions, &config, &familiarity, seed);
        let questions: Vec<_> = picked.iter().map(|&i| &BANK.questions[i]).collect();
        let Some(round) = Round::start(
            format!("{now:x}-{:x}", seed & 0xffff),
            seed,
            config.clone(),
            &questions,
            now,
        ) else {
            return false;
        };
        if remember {
            self.config.set(config.clone());
            self.persist(storage::save(ROUND_CONFIG_KEY, &config));
        }
        self.current.set(Some(round));
        self.save_current();
        crate::platform::location::go(&Route::Round);
        true
    }

    /// Applies a user action to the round in progress, at the current time.
    pub fn apply(
        &self,
        action: impl FnOnce(&mut Round, i64) -> Result<(), RoundError>,
    ) -> Result<(), RoundError> {
        let now = now_ms();
        let mut result = Err(RoundError::NotNow);
        self.current.update(|current| {
            if let Some(round) = current {
                result = action(round, now);
            }
        });
        if result.is_ok() {
            self.save_current();
        }
        result
    }

    /// Applies deadlines that have passed; saves only when something changed.
    pub fn tick(&self) {
        let now = now_ms();
        let changed = self.current.try_update(|current| {
            current.as_mut().is_some_and(|round| {
                let before = round.clone();
                round.tick(now);
                *round != before
            })
        });
        if changed == Some(true) {
            self.save_current();
        }
    }

    pub fn finished(&self, id: &str) -> Option<Round> {
        self.history
            .with(|h| h.iter().find(|r| r.id == id).cloned())
    }

    fn save_current(&self) {
        let Some(round) = self.current.get_untracked() else {
            return;
        };
        if round.is_finished() {
            crate::platform::location::go(&Route::RoundResults(round.id.clone()));
            self.history.update(|h| h.push(round.clone()));
            let saved = self
                .history
                .with_untracked(|h| storage::save(ROUND_HISTORY_KEY, h));
            if saved.is_ok() {
                storage::remove(CURRENT_ROUND_KEY);
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
