//! Mock rounds (模拟面试) and review sessions (复习) each have a slot of
//! their own in storage, so starting one never touches the other, and one
//! tab at a time runs each slot. These are the rules every tab follows to
//! start, save and take over a session, written against a store that the
//! app backs with localStorage and the tests with a map shared by two
//! simulated tabs.

use super::engine::Round;
use super::history::{RoundOwner, merge_history};
use crate::persist::{CURRENT_REVIEW_KEY, CURRENT_ROUND_KEY, REVIEW_OWNER_KEY, ROUND_OWNER_KEY};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SessionKind {
    /// A timed mock interview, run on 模拟面试.
    Round,
    /// A review session, run on 复习.
    Review,
}

impl SessionKind {
    pub const ALL: [SessionKind; 2] = [SessionKind::Round, SessionKind::Review];

    pub fn of(round: &Round) -> SessionKind {
        if round.config.review {
            SessionKind::Review
        } else {
            SessionKind::Round
        }
    }

    /// Where the slot's session is stored.
    pub fn current_key(self) -> &'static str {
        match self {
            SessionKind::Round => CURRENT_ROUND_KEY,
            SessionKind::Review => CURRENT_REVIEW_KEY,
        }
    }

    /// Where the tab that runs the slot's session says so.
    pub fn owner_key(self) -> &'static str {
        match self {
            SessionKind::Round => ROUND_OWNER_KEY,
            SessionKind::Review => REVIEW_OWNER_KEY,
        }
    }
}

/// The stored records sessions share between tabs, as one tab sees them.
pub trait SessionStore {
    /// Why a write failed.
    type Problem;
    fn current(&self, kind: SessionKind) -> Option<Round>;
    fn owner(&self, kind: SessionKind) -> Option<RoundOwner>;
    fn history(&self) -> Vec<Round>;
    fn put_current(&mut self, kind: SessionKind, round: &Round) -> Result<(), Self::Problem>;
    fn put_history(&mut self, history: &[Round]) -> Result<(), Self::Problem>;
    /// Best effort: losing it only weakens the one-tab rule.
    fn put_owner(&mut self, kind: SessionKind, owner: &RoundOwner);
    /// Empties the slot: its session and its owner.
    fn clear(&mut self, kind: SessionKind);
}

/// What to do with an unfinished session in the slot a new one needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unfinished {
    /// Change nothing and say so: the user decides.
    Ask,
    /// End it into the history with its answers and score, then start.
    EndAndSave,
    /// Drop it (its answers are already in the review log), then start.
    Discard,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartError<P> {
    /// The slot holds this unfinished session; nothing was changed.
    Busy(Box<Round>),
    /// The new session could not be stored; it runs in this tab's memory.
    Store(P),
}

/// What starting a session did besides starting it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Started {
    /// The history after the session that was in the slot ended into it.
    pub history: Option<Vec<Round>>,
}

/// Starts `round` in its slot, claimed by `tab`. An unfinished session
/// already there is dealt with as `unfinished` says, whichever tab runs it.
pub fn start<S: SessionStore>(
    store: &mut S,
    tab: &str,
    round: &Round,
    unfinished: Unfinished,
    now_ms: i64,
) -> Result<Started, StartError<S::Problem>> {
    let kind = SessionKind::of(round);
    let mut started = Started::default();
    if let Some(mut old) = store.current(kind).filter(|old| old.id != round.id) {
        match unfinished {
            _ if old.is_finished() => {
                // A finished session still in its slot: its move to the
                // history was cut short. Complete it.
                started.history = Some(finish(store, &old).map_err(StartError::Store)?);
            }
            Unfinished::Ask => return Err(StartError::Busy(Box::new(old))),
            Unfinished::EndAndSave => {
                let _ = old.supersede(now_ms);
                started.history = Some(finish(store, &old).map_err(StartError::Store)?);
            }
            Unfinished::Discard => store.clear(kind),
        }
    }
    claim(store, kind, tab, now_ms);
    store.put_current(kind, round).map_err(StartError::Store)?;
    Ok(started)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// The session is stored as it is.
    InProgress,
    /// It finished and is in the history, which this is now.
    Finished(Vec<Round>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError<P> {
    /// Another tab runs this session; nothing was written.
    Elsewhere,
    /// The slot changed since this tab last read or wrote it (another tab
    /// answered, ended it or started another); nothing was written. The
    /// slot holds this now.
    Stale(Option<Box<Round>>),
    /// The write failed; the session runs in this tab's memory.
    Store(P),
}

/// Stores `round` after a change this tab made, or moves it to the history
/// when it has finished. `seen` is the slot as this tab last read or wrote
/// it: if the slot holds anything else now, another tab has moved on, and
/// nothing is written, so a stale tab never writes over a newer answer, the
/// session another tab started, or one that was ended.
pub fn save<S: SessionStore>(
    store: &mut S,
    tab: &str,
    seen: Option<&Round>,
    round: &Round,
    now_ms: i64,
) -> Result<Saved, SaveError<S::Problem>> {
    let kind = SessionKind::of(round);
    if store
        .owner(kind)
        .is_some_and(|o| o.is_other_live(tab, now_ms))
    {
        return Err(SaveError::Elsewhere);
    }
    let stored = store.current(kind);
    if stored.as_ref() != seen {
        return Err(SaveError::Stale(stored.map(Box::new)));
    }
    claim(store, kind, tab, now_ms);
    if round.is_finished() {
        finish(store, round)
            .map(Saved::Finished)
            .map_err(SaveError::Store)
    } else {
        store
            .put_current(kind, round)
            .map(|()| Saved::InProgress)
            .map_err(SaveError::Store)
    }
}

/// Runs the slot's stored session in `tab` from now on, if it is still the
/// one `expected` names (what the tab showed the user). Otherwise changes
/// nothing and returns what the slot holds instead, so the tab can say so.
pub fn take_over<S: SessionStore>(
    store: &mut S,
    tab: &str,
    kind: SessionKind,
    expected: Option<&str>,
    now_ms: i64,
) -> Result<Option<Round>, Option<Box<Round>>> {
    let stored = store.current(kind);
    if stored.as_ref().map(|r| r.id.as_str()) != expected {
        return Err(stored.map(Box::new));
    }
    if stored.is_some() {
        claim(store, kind, tab, now_ms);
    }
    Ok(stored)
}

/// A review session stored where older versions kept every session, in
/// the mock round's slot, moves to its own slot (when that is free).
pub fn move_review_to_its_slot<S: SessionStore>(store: &mut S) -> Result<(), S::Problem> {
    let Some(round) = store.current(SessionKind::Round) else {
        return Ok(());
    };
    if SessionKind::of(&round) != SessionKind::Review
        || store.current(SessionKind::Review).is_some()
    {
        return Ok(());
    }
    store.put_current(SessionKind::Review, &round)?;
    if let Some(owner) = store.owner(SessionKind::Round) {
        store.put_owner(SessionKind::Review, &owner);
    }
    store.clear(SessionKind::Round);
    Ok(())
}

/// Adds a finished session to the stored history (merged with what other
/// tabs saved) and only then empties its slot.
fn finish<S: SessionStore>(store: &mut S, round: &Round) -> Result<Vec<Round>, S::Problem> {
    let history = merge_history(&store.history(), std::slice::from_ref(round));
    store.put_history(&history)?;
    let kind = SessionKind::of(round);
    if store.current(kind).is_some_and(|r| r.id == round.id) {
        store.clear(kind);
    }
    Ok(history)
}

fn claim<S: SessionStore>(store: &mut S, kind: SessionKind, tab: &str, now_ms: i64) {
    store.put_owner(
        kind,
        &RoundOwner {
            tab: tab.to_string(),
            at_ms: now_ms,
        },
    );
}

#[cfg(test)]
mod tests;
