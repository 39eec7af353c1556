//! One session slot (a mock round or a review session) as signals: the
//! session this tab shows, whether another tab runs it, and what another
//! tab did to it. Every change goes through the core's slot rules
//! (`drill_core::round::sessions`), so a stale tab never overwrites
//! another's answers.

use drill_core::persist::ROUND_HISTORY_KEY;
use drill_core::progress::{Mode, entries_from_round};
use drill_core::round::sessions::{self, SaveError, Saved};
use drill_core::round::{Dropped, Item, Round, RoundError, RoundOwner, SessionKind, SessionStore};
use leptos::prelude::*;

use super::kept_answers::KeptAnswers;
use super::notices::Notices;
use super::progress::Progress;
use crate::bank_data::BANK;
use crate::platform::clock::now_ms;
use crate::platform::storage::{self, StorageProblem};

/// The slots in localStorage, as the core's rules see them. Problems found
/// while reading (unreadable or newer records, kept aside) are reported.
pub struct Stored {
    pub notices: Notices,
    pub now_ms: i64,
}

impl SessionStore for Stored {
    type Problem = StorageProblem;

    fn current(&self, kind: SessionKind) -> Option<Round> {
        self.load(kind.current_key())
    }

    fn owner(&self, kind: SessionKind) -> Option<RoundOwner> {
        storage::load(kind.owner_key(), self.now_ms).0
    }

    fn history(&self) -> Vec<Round> {
        self.load(ROUND_HISTORY_KEY).unwrap_or_default()
    }

    fn put_current(&mut self, kind: SessionKind, round: &Round) -> Result<(), StorageProblem> {
        storage::save(kind.current_key(), round)
    }

    fn put_history(&mut self, history: &[Round]) -> Result<(), StorageProblem> {
        storage::save(ROUND_HISTORY_KEY, &history)
    }

    fn put_owner(&mut self, kind: SessionKind, owner: &RoundOwner) {
        let _ = storage::save(kind.owner_key(), owner);
    }

    fn clear(&mut self, kind: SessionKind) {
        storage::remove(kind.current_key());
        storage::remove(kind.owner_key());
    }
}

impl Stored {
    pub fn new(notices: Notices) -> Self {
        Stored {
            notices,
            now_ms: now_ms(),
        }
    }

    fn load<T: serde::de::DeserializeOwned>(&self, key: &str) -> Option<T> {
        self.notices.reported(storage::load(key, self.now_ms))
    }
}

/// What became of the session this tab showed, when another tab moved the
/// slot on: shown until the user takes in the new state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MovedOn {
    /// The session this tab showed.
    pub id: String,
    /// It is in the history (ended there); otherwise it was given up.
    pub in_history: bool,
}

#[derive(Clone, Copy)]
pub struct Session {
    kind: SessionKind,
    current: RwSignal<Option<Round>>,
    /// The question on screen, shared by the round's components: a change
    /// elsewhere in the round (its clock, another item) wakes none of them.
    item: Memo<Option<Item>>,
    /// The slot as this tab last read or wrote it.
    seen: StoredValue<Option<Round>>,
    elsewhere: RwSignal<bool>,
    moved_on: RwSignal<Option<MovedOn>>,
    /// A session that finished in this tab, until its screen shows it.
    finished: RwSignal<Option<String>>,
    history: RwSignal<Vec<Round>>,
    tab: StoredValue<String>,
    last_claim_ms: StoredValue<i64>,
    notices: Notices,
    progress: Progress,
    kept: KeptAnswers,
}

impl Session {
    /// Reads the slot. A session whose questions left the bank keeps what
    /// it has; one whose time ran out while the app was closed ends now.
    pub fn load(
        kind: SessionKind,
        tab: &str,
        history: RwSignal<Vec<Round>>,
        notices: Notices,
        progress: Progress,
        kept: KeptAnswers,
    ) -> Self {
        let store = Stored::new(notices);
        let now = store.now_ms;
        let stored = store.current(kind);
        let elsewhere = store.owner(kind).is_some_and(|o| o.is_other_live(tab, now));
        let current = RwSignal::new(stored.clone());
        let session = Session {
            kind,
            current,
            item: Memo::new(move |_| {
                current.with(|r| r.as_ref().map(|r| r.current_item().clone()))
            }),
            seen: StoredValue::new(stored),
            elsewhere: RwSignal::new(elsewhere),
            moved_on: RwSignal::new(None),
            finished: RwSignal::new(None),
            history,
            tab: StoredValue::new(tab.to_string()),
            last_claim_ms: StoredValue::new(i64::MIN),
            notices,
            progress,
            kept,
        };
        if !elsewhere {
            session.drop_missing();
            session.tick();
        }
        session
    }

    pub fn kind(&self) -> SessionKind {
        self.kind
    }

    /// The session this tab shows (run here, or elsewhere).
    pub fn current(&self) -> ReadSignal<Option<Round>> {
        self.current.read_only()
    }

    /// The session's current question, as it stands.
    pub fn item(&self) -> Memo<Option<Item>> {
        self.item
    }

    /// Another tab runs this session: this one only shows it.
    pub fn elsewhere(&self) -> ReadSignal<bool> {
        self.elsewhere.read_only()
    }

    pub fn moved_on(&self) -> ReadSignal<Option<MovedOn>> {
        self.moved_on.read_only()
    }

    /// The id of a session that finished here since the last call: its
    /// screen shows its results.
    pub fn take_finished(&self) -> Option<String> {
        let id = self.finished.get();
        if id.is_some() {
            self.finished.set(None);
        }
        id
    }

    /// Applies a user action to the session, at the current time, and saves
    /// it. Refused while another tab runs it, or when another tab has moved
    /// the slot on (this tab then shows what the slot holds).
    pub fn apply(
        &self,
        action: impl FnOnce(&mut Round, i64) -> Result<(), RoundError>,
    ) -> Result<(), RoundError> {
        if self.elsewhere.get_untracked() {
            return Err(RoundError::NotNow);
        }
        let now = now_ms();
        let Some(mut round) = self.current.get_untracked() else {
            return Err(RoundError::NotNow);
        };
        action(&mut round, now)?;
        if self.save(round, now) {
            Ok(())
        } else {
            Err(RoundError::NotNow)
        }
    }

    /// Applies deadlines that have passed; writes only when something
    /// changed. Also notices when the tab that ran the session has gone.
    pub fn tick(&self) {
        let now = now_ms();
        if self.elsewhere.get_untracked() {
            if !self.other_tab_runs_it(now) {
                self.elsewhere.set(false);
            }
            return;
        }
        let Some(mut round) = self.current.get_untracked() else {
            return;
        };
        let before = round.clone();
        round.tick(now);
        // The clock alone moving on is not worth a write, nor a wake-up of
        // everything that reads the session.
        let mut compared = before.clone();
        compared.clock_ms = round.clock_ms;
        if round != compared {
            self.save(round, now);
        } else if self.last_claim_ms.get_value() < now - RoundOwner::STALE_MS / 3 {
            self.claim(now);
        }
    }

    /// Runs the slot's session in this tab from now on, if it is still the
    /// one this tab shows; otherwise shows what the slot holds now.
    pub fn take_over(&self) {
        let mut store = Stored::new(self.notices);
        let now = store.now_ms;
        let shown = self
            .current
            .with_untracked(|r| r.as_ref().map(|r| r.id.clone()));
        match sessions::take_over(
            &mut store,
            &self.tab.get_value(),
            self.kind,
            shown.as_deref(),
            now,
        ) {
            Ok(stored) => {
                self.last_claim_ms.set_value(now);
                self.seen.set_value(stored.clone());
                self.current.set(stored);
                self.elsewhere.set(false);
                self.moved_on.set(None);
            }
            Err(stored) => self.show(stored.map(|r| *r)),
        }
    }

    /// The user has read what `moved_on` said.
    pub fn dismiss_moved_on(&self) {
        self.moved_on.set(None);
    }

    /// A session that has just started in this slot.
    /// `stored`: false when storage refused it and it runs in memory only,
    /// so the slot still holds what this tab saw before.
    pub(super) fn started(&self, round: Round, now: i64, stored: bool) {
        self.last_claim_ms.set_value(now);
        if stored {
            self.seen.set_value(Some(round.clone()));
            self.moved_on.set(None);
        }
        self.current.set(Some(round));
        self.elsewhere.set(false);
    }

    /// Whether the slot's owner record names another tab that is still there.
    fn other_tab_runs_it(&self, now: i64) -> bool {
        let owner: Option<RoundOwner> = storage::load(self.kind.owner_key(), now).0;
        owner.is_some_and(|o| o.is_other_live(&self.tab.get_value(), now))
    }

    /// Another tab saved something: take in what concerns this slot.
    pub(super) fn reload(&self, key: Option<&str>) {
        let now = now_ms();
        let all = key.is_none();
        if all || key == Some(self.kind.owner_key()) {
            self.elsewhere.set(self.other_tab_runs_it(now));
        }
        if all || key == Some(self.kind.current_key()) {
            let stored = Stored::new(self.notices).current(self.kind);
            self.show(stored);
        }
    }

    /// Shows what the slot holds, saying so when it is no longer the
    /// session this tab showed.
    fn show(&self, stored: Option<Round>) {
        let shown = self
            .current
            .with_untracked(|r| r.as_ref().map(|r| r.id.clone()));
        let stored_id = stored.as_ref().map(|r| r.id.clone());
        if let Some(id) = shown.filter(|id| Some(id) != stored_id.as_ref()) {
            let in_history = self
                .history
                .with_untracked(|h| h.iter().any(|r| r.id == id))
                || Stored::new(self.notices)
                    .history()
                    .iter()
                    .any(|r| r.id == id);
            self.moved_on.set(Some(MovedOn { id, in_history }));
        }
        self.seen.set_value(stored.clone());
        if self.current.with_untracked(|c| *c != stored) {
            self.current.set(stored);
        }
    }

    /// Takes out questions that left the bank (after an app update).
    fn drop_missing(&self) {
        let Some(mut round) = self.current.get_untracked() else {
            return;
        };
        let now = now_ms();
        match round.drop_missing(|id| BANK.question(id).is_some(), now) {
            Dropped::Nothing => {}
            Dropped::Some => {
                self.save(round, now);
            }
            Dropped::Everything => {
                // Nothing was answered and nothing is left to answer.
                Stored::new(self.notices).clear(self.kind);
                self.seen.set_value(None);
                self.current.set(None);
            }
        }
    }

    /// Saves `round` as this tab's new state of the session. False when
    /// another tab's state won (this tab then shows it).
    fn save(&self, round: Round, now: i64) -> bool {
        let mut store = Stored::new(self.notices);
        store.now_ms = now;
        let seen = self.seen.get_value();
        let result = sessions::save(
            &mut store,
            &self.tab.get_value(),
            seen.as_ref(),
            &round,
            now,
        );
        // Whether the slot now holds `round` (what `seen` must then say).
        let mut written = true;
        let saved = match result {
            Ok(saved) => saved,
            Err(SaveError::Elsewhere) => {
                self.elsewhere.set(true);
                return false;
            }
            Err(SaveError::Stale(stored)) => {
                self.show(stored.map(|r| *r));
                return false;
            }
            Err(SaveError::Store(problem)) => {
                // Storage refused the write: the session goes on in memory.
                self.notices.report(&problem);
                written = false;
                if round.is_finished() {
                    let mut history = self.history.get_untracked();
                    history =
                        drill_core::round::merge_history(&history, std::slice::from_ref(&round));
                    Saved::Finished(history)
                } else {
                    Saved::InProgress
                }
            }
        };
        self.last_claim_ms.set_value(now);
        // Graded answers go to the review log as soon as they are given.
        let mode = match self.kind {
            SessionKind::Review => Mode::Review,
            SessionKind::Round => Mode::Round,
        };
        let entries = entries_from_round(&round, mode);
        self.progress.record(&entries);
        self.kept.record(&round, &entries);
        match saved {
            Saved::InProgress => {
                if written {
                    self.seen.set_value(Some(round.clone()));
                }
                self.current.set(Some(round));
            }
            Saved::Finished(history) => {
                if written {
                    self.seen.set_value(None);
                }
                self.finished.set(Some(round.id.clone()));
                self.history.set(history);
                self.current.set(None);
            }
        }
        true
    }

    fn claim(&self, now: i64) {
        self.last_claim_ms.set_value(now);
        Stored::new(self.notices).put_owner(
            self.kind,
            &RoundOwner {
                tab: self.tab.get_value(),
                at_ms: now,
            },
        );
    }
}
