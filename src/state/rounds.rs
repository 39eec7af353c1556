//! Sessions (mock rounds and review sessions, a slot each), finished
//! sessions and the composer's settings, as signals. Starting a session
//! never drops an unfinished one without the user's word: it waits, as a
//! pending start, until the user says what to do with the other.

use drill_core::persist::{ROUND_CONFIG_KEY, ROUND_HISTORY_KEY};
use drill_core::round::sessions::{self, StartError};
use drill_core::round::{
    Round, RoundConfig, SessionKind, SessionStore, Unfinished, compose, familiarity_from,
    familiarity_from_log, merge_history,
};
use leptos::prelude::*;

use super::kept_answers::KeptAnswers;
use super::notices::Notices;
use super::progress::Progress;
use super::session::{Session, Stored};
use crate::bank_data::BANK;
use crate::platform::clock::{now_ms, random_seed};
use crate::platform::storage;

/// A start that waits for the user: the slot it needs holds an unfinished
/// session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingStart {
    /// The session drawn, ready to start.
    pub round: Round,
    /// The unfinished session in its slot.
    pub unfinished: Round,
}

/// What a start did; the screen decides where to go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartOutcome {
    /// Running in its slot.
    Started(SessionKind),
    /// Waiting for the user to say what to do with the unfinished session
    /// (see `Rounds::pending`).
    Waiting,
    /// No question fits the settings.
    NothingFits,
}

#[derive(Clone, Copy)]
pub struct Rounds {
    round: Session,
    review: Session,
    history: RwSignal<Vec<Round>>,
    config: RwSignal<RoundConfig>,
    pending: RwSignal<Option<PendingStart>>,
    tab: StoredValue<String>,
    notices: Notices,
    progress: Progress,
}

impl Rounds {
    pub fn load(notices: Notices, progress: Progress, kept: KeptAnswers) -> Self {
        if let Err(problem) = storage::probe() {
            notices.report(&problem);
        }
        let mut store = Stored::new(notices);
        if let Err(problem) = sessions::move_review_to_its_slot(&mut store) {
            notices.report(&problem);
        }
        let history = RwSignal::new(store.history());
        let config = notices.reported(storage::load(ROUND_CONFIG_KEY, store.now_ms));
        let tab = storage::tab_id();
        let rounds = Rounds {
            round: Session::load(SessionKind::Round, &tab, history, notices, progress, kept),
            review: Session::load(SessionKind::Review, &tab, history, notices, progress, kept),
            history,
            config: RwSignal::new(config.unwrap_or_default()),
            pending: RwSignal::new(None),
            tab: StoredValue::new(tab),
            notices,
            progress,
        };
        let listener = storage::on_change(move |key| rounds.reload(key.as_deref()));
        on_cleanup(move || listener.remove());
        rounds
    }

    pub fn session(&self, kind: SessionKind) -> Session {
        match kind {
            SessionKind::Round => self.round,
            SessionKind::Review => self.review,
        }
    }

    /// Finished sessions, oldest first.
    pub fn history(&self) -> ReadSignal<Vec<Round>> {
        self.history.read_only()
    }

    /// The composer's last settings.
    pub fn config(&self) -> ReadSignal<RoundConfig> {
        self.config.read_only()
    }

    /// A start waiting for the user's word.
    pub fn pending(&self) -> ReadSignal<Option<PendingStart>> {
        self.pending.read_only()
    }

    /// Whether any session is unfinished (in this tab or another).
    pub fn any_running(&self) -> bool {
        SessionKind::ALL
            .iter()
            .any(|&k| self.session(k).current().with(Option::is_some))
    }

    pub fn finished(&self, id: &str) -> Option<Round> {
        self.history
            .with(|h| h.iter().find(|r| r.id == id).cloned())
    }

    /// The history as a backup import merged and saved it.
    pub fn adopt_imported_history(&self, history: Vec<Round>) {
        self.history.set(history);
    }

    /// Draws a session and starts it in its slot; `remember` keeps the
    /// settings for the composer next time. If the slot holds an unfinished
    /// session, nothing starts until the user answers `pending`.
    pub fn start(&self, config: RoundConfig, remember: bool) -> StartOutcome {
        let now = now_ms();
        let seed = random_seed();
        let familiarity = self.history.with_untracked(|h| familiarity_from(h));
        let familiarity = self.progress.log().with_untracked(|log| {
            self.progress
                .schedules()
                .with_untracked(|due| familiarity_from_log(familiarity, log, due, now))
        });
        let picked = compose(BANK.questions, &config, &familiarity, seed);
        let questions: Vec<_> = picked.iter().map(|&i| &BANK.questions[i]).collect();
        let id = format!("{now:x}-{:x}", seed & 0xffff);
        let Some(round) = Round::start(id, seed, config.clone(), &questions, now) else {
            return StartOutcome::NothingFits;
        };
        if remember {
            self.config.set(config.clone());
            if let Err(problem) = storage::save(ROUND_CONFIG_KEY, &config) {
                self.notices.report(&problem);
            }
        }
        self.start_drawn(round, Unfinished::Ask)
    }

    /// The user's answer to a pending start: end the unfinished session
    /// into the history, or give it up, and start the new one.
    pub fn resolve_pending(&self, unfinished: Unfinished) -> StartOutcome {
        let Some(pending) = self.pending.get_untracked() else {
            return StartOutcome::NothingFits;
        };
        self.pending.set(None);
        // Drawn again from the same questions, so the time spent deciding
        // is not taken from the first question or the budget.
        let drawn = pending.round;
        let questions: Vec<_> = drawn
            .items
            .iter()
            .filter_map(|item| BANK.question(&item.question_id))
            .collect();
        let Some(round) = Round::start(drawn.id, drawn.seed, drawn.config, &questions, now_ms())
        else {
            return StartOutcome::NothingFits;
        };
        self.start_drawn(round, unfinished)
    }

    /// Keeps the unfinished session; the new one is not started.
    pub fn cancel_pending(&self) {
        self.pending.set(None);
    }

    fn start_drawn(&self, round: Round, unfinished: Unfinished) -> StartOutcome {
        let kind = SessionKind::of(&round);
        let session = self.session(kind);
        let mut store = Stored::new(self.notices);
        let now = round.started_ms;
        match sessions::start(&mut store, &self.tab.get_value(), &round, unfinished, now) {
            Ok(started) => {
                if let Some(history) = started.history {
                    self.history.set(history);
                }
                session.started(round, now, true);
            }
            Err(StartError::Busy(other)) => {
                self.pending.set(Some(PendingStart {
                    round,
                    unfinished: *other,
                }));
                return StartOutcome::Waiting;
            }
            Err(StartError::Store(problem)) => {
                self.notices.report(&problem);
                session.started(round, now, false);
            }
        }
        StartOutcome::Started(kind)
    }

    /// Another tab saved something: take it in.
    fn reload(&self, key: Option<&str>) {
        if key.is_none() || key == Some(ROUND_HISTORY_KEY) {
            let stored = Stored::new(self.notices).history();
            self.history.update(|h| *h = merge_history(h, &stored));
        }
        self.round.reload(key);
        self.review.reload(key);
    }
}
