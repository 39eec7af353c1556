//! The slot rules one by one, and a property test that runs two tabs over
//! one store: no sequence of starts, answers, reloads and take-overs loses
//! a session or an answer, or records one twice.

use std::collections::{HashMap, HashSet};

use proptest::prelude::*;

use super::*;
use crate::bank::{Question, QuestionType};
use crate::grade::{Grade, Outcome, Response, SelfGrade};
use crate::persist::{self, Decoded, ROUND_HISTORY_KEY};
use crate::progress::{Mode, entries_from_round};
use crate::round::test_bank::bank;
use crate::round::{FinishReason, RoundConfig};

const T0: i64 = 1_700_000_000_000;
const SEC: i64 = 1000;

/// The store as localStorage holds it: encoded records by key.
#[derive(Default)]
struct MapStore(HashMap<String, String>);

impl MapStore {
    fn read<T: serde::de::DeserializeOwned>(&self, key: &str) -> Option<T> {
        match persist::decode(self.0.get(key).map(String::as_str)) {
            Decoded::Ok(value) => Some(value),
            _ => None,
        }
    }
}

impl SessionStore for MapStore {
    type Problem = ();
    fn current(&self, kind: SessionKind) -> Option<Round> {
        self.read(kind.current_key())
    }
    fn owner(&self, kind: SessionKind) -> Option<RoundOwner> {
        self.read(kind.owner_key())
    }
    fn history(&self) -> Vec<Round> {
        self.read(ROUND_HISTORY_KEY).unwrap_or_default()
    }
    fn put_current(&mut self, kind: SessionKind, round: &Round) -> Result<(), ()> {
        self.0
            .insert(kind.current_key().into(), persist::encode(round));
        Ok(())
    }
    fn put_history(&mut self, history: &[Round]) -> Result<(), ()> {
        self.0
            .insert(ROUND_HISTORY_KEY.into(), persist::encode(&history));
        Ok(())
    }
    fn put_owner(&mut self, kind: SessionKind, owner: &RoundOwner) {
        self.0
            .insert(kind.owner_key().into(), persist::encode(owner));
    }
    fn clear(&mut self, kind: SessionKind) {
        self.0.remove(kind.current_key());
        self.0.remove(kind.owner_key());
    }
}

fn session(id: &str, kind: SessionKind, questions: &[&Question], now: i64) -> Round {
    let config = RoundConfig {
        review: kind == SessionKind::Review,
        ..RoundConfig::default()
    };
    Round::start(id.into(), 1, config, questions, now).unwrap()
}

/// Answers the current question right, whatever its type.
fn answer(round: &mut Round, bank: &[Question], now: i64) -> Result<(), crate::round::RoundError> {
    let id = round.current_item().question_id.clone();
    let question = bank.iter().find(|q| q.id == id).unwrap();
    match question.kind {
        QuestionType::Open => {
            round.reveal(now)?;
            round.toggle_point(0)?;
            round.grade_open(now, SelfGrade::Know)
        }
        QuestionType::TrueFalse => round.submit(now, question, Response::TrueFalse(true)),
        _ => round.submit(now, question, Response::Choices(vec![0])),
    }
}

#[test]
fn a_round_and_a_review_session_have_a_slot_each() {
    let bank = bank();
    let mut store = MapStore::default();
    let mut round = session("r1", SessionKind::Round, &[&bank[1], &bank[3]], T0);
    start(&mut store, "a", &round, Unfinished::Ask, T0).unwrap();
    let seen = round.clone();
    answer(&mut round, &bank, T0 + SEC).unwrap();
    save(&mut store, "a", Some(&seen), &round, T0 + SEC).unwrap();

    let review = session("v1", SessionKind::Review, &[&bank[6]], T0 + 2 * SEC);
    start(&mut store, "a", &review, Unfinished::Ask, T0 + 2 * SEC).unwrap();
    assert_eq!(
        store.current(SessionKind::Round),
        Some(round),
        "the round is untouched"
    );
    assert_eq!(store.current(SessionKind::Review), Some(review));
    assert!(store.history().is_empty());
}

#[test]
fn starting_over_an_unfinished_session_asks_first_and_changes_nothing() {
    let bank = bank();
    let mut store = MapStore::default();
    let mut first = session("r1", SessionKind::Round, &[&bank[1], &bank[3]], T0);
    start(&mut store, "a", &first, Unfinished::Ask, T0).unwrap();
    let seen = first.clone();
    answer(&mut first, &bank, T0 + SEC).unwrap();
    save(&mut store, "a", Some(&seen), &first, T0 + SEC).unwrap();
    let before = store.0.clone();

    let second = session("r2", SessionKind::Round, &[&bank[5]], T0 + 2 * SEC);
    let busy = start(&mut store, "a", &second, Unfinished::Ask, T0 + 2 * SEC);
    assert_eq!(busy, Err(StartError::Busy(Box::new(first.clone()))));
    assert_eq!(store.0, before);
}

#[test]
fn end_and_save_puts_the_unfinished_session_in_the_history_with_its_answers() {
    let bank = bank();
    let mut store = MapStore::default();
    let mut first = session(
        "r1",
        SessionKind::Round,
        &[&bank[1], &bank[3], &bank[5]],
        T0,
    );
    start(&mut store, "a", &first, Unfinished::Ask, T0).unwrap();
    let seen = first.clone();
    answer(&mut first, &bank, T0 + SEC).unwrap();
    save(&mut store, "a", Some(&seen), &first, T0 + SEC).unwrap();

    let second = session("r2", SessionKind::Round, &[&bank[5]], T0 + 9 * SEC);
    let started = start(
        &mut store,
        "a",
        &second,
        Unfinished::EndAndSave,
        T0 + 9 * SEC,
    )
    .unwrap();
    let history = store.history();
    assert_eq!(started.history.as_ref(), Some(&history));
    assert_eq!(history.len(), 1);
    let ended = &history[0];
    assert_eq!(ended.id, "r1");
    assert!(matches!(
        ended.phase,
        crate::round::Phase::Finished {
            reason: FinishReason::Superseded,
            ..
        }
    ));
    assert_eq!(
        ended.items[0].grade.map(|g| g.outcome),
        Some(Outcome::Correct)
    );
    assert_eq!(
        ended.items[1].grade,
        Some(Grade::new(Outcome::NotReached, 0)),
        "the question on screen was not answered"
    );
    assert_eq!(store.current(SessionKind::Round), Some(second));
}

#[test]
fn discard_drops_the_unfinished_session_only_when_asked() {
    let bank = bank();
    let mut store = MapStore::default();
    let first = session("r1", SessionKind::Round, &[&bank[1]], T0);
    start(&mut store, "a", &first, Unfinished::Ask, T0).unwrap();
    let second = session("r2", SessionKind::Round, &[&bank[3]], T0 + SEC);
    start(&mut store, "a", &second, Unfinished::Discard, T0 + SEC).unwrap();
    assert!(store.history().is_empty());
    assert_eq!(store.current(SessionKind::Round), Some(second));
}

#[test]
fn a_stale_tab_never_writes_over_what_another_tab_did() {
    let bank = bank();
    let mut store = MapStore::default();
    let mut in_a = session("r1", SessionKind::Round, &[&bank[1], &bank[3]], T0);
    start(&mut store, "a", &in_a, Unfinished::Ask, T0).unwrap();
    let mut in_b = in_a.clone();
    let seen = in_a.clone();
    answer(&mut in_a, &bank, T0 + SEC).unwrap();
    save(&mut store, "a", Some(&seen), &in_a, T0 + SEC).unwrap();

    // Tab b still holds the round as it was before a answered, and a has
    // gone quiet long enough for b to act.
    let later = T0 + SEC + RoundOwner::STALE_MS;
    in_b.pause(later).unwrap();
    let refused = save(&mut store, "b", Some(&seen), &in_b, later);
    assert_eq!(refused, Err(SaveError::Stale(Some(Box::new(in_a.clone())))));
    assert_eq!(store.current(SessionKind::Round), Some(in_a));
}

#[test]
fn a_tab_cannot_save_while_another_runs_the_session() {
    let bank = bank();
    let mut store = MapStore::default();
    let round = session("r1", SessionKind::Round, &[&bank[1]], T0);
    start(&mut store, "a", &round, Unfinished::Ask, T0).unwrap();
    let mut copy = round.clone();
    copy.pause(T0 + SEC).unwrap();
    assert_eq!(
        save(&mut store, "b", Some(&round), &copy, T0 + SEC),
        Err(SaveError::Elsewhere)
    );
}

#[test]
fn take_over_continues_only_the_session_the_tab_showed() {
    let bank = bank();
    let mut store = MapStore::default();
    let first = session("r1", SessionKind::Round, &[&bank[1]], T0);
    start(&mut store, "a", &first, Unfinished::Ask, T0).unwrap();
    // Tab b showed r1; meanwhile tab a replaced it with r2.
    let second = session("r2", SessionKind::Round, &[&bank[3]], T0 + SEC);
    start(&mut store, "a", &second, Unfinished::EndAndSave, T0 + SEC).unwrap();
    let refused = take_over(
        &mut store,
        "b",
        SessionKind::Round,
        Some("r1"),
        T0 + 2 * SEC,
    );
    assert_eq!(refused, Err(Some(Box::new(second.clone()))));
    assert_eq!(store.owner(SessionKind::Round).unwrap().tab, "a");
    // Shown r2 and asked again, b takes it.
    let taken = take_over(
        &mut store,
        "b",
        SessionKind::Round,
        Some("r2"),
        T0 + 3 * SEC,
    );
    assert_eq!(taken, Ok(Some(second)));
    assert_eq!(store.owner(SessionKind::Round).unwrap().tab, "b");
}

#[test]
fn a_review_session_kept_where_older_versions_kept_it_moves_to_its_slot() {
    let bank = bank();
    let mut store = MapStore::default();
    let review = session("v1", SessionKind::Review, &[&bank[6]], T0);
    store.0.insert(
        SessionKind::Round.current_key().into(),
        persist::encode(&review),
    );
    move_review_to_its_slot(&mut store).unwrap();
    assert_eq!(store.current(SessionKind::Round), None);
    assert_eq!(store.current(SessionKind::Review), Some(review));
    // A mock round stays where it is.
    let round = session("r1", SessionKind::Round, &[&bank[1]], T0);
    store.put_current(SessionKind::Round, &round).unwrap();
    move_review_to_its_slot(&mut store).unwrap();
    assert_eq!(store.current(SessionKind::Round), Some(round));
}

#[test]
fn a_finished_session_left_in_its_slot_goes_to_the_history_on_the_next_start() {
    let bank = bank();
    let mut store = MapStore::default();
    let mut done = session("r1", SessionKind::Round, &[&bank[1]], T0);
    answer(&mut done, &bank, T0 + SEC).unwrap();
    done.next(T0 + 2 * SEC).unwrap();
    store.put_current(SessionKind::Round, &done).unwrap();
    let next = session("r2", SessionKind::Round, &[&bank[3]], T0 + 3 * SEC);
    start(&mut store, "a", &next, Unfinished::Ask, T0 + 3 * SEC).unwrap();
    assert_eq!(store.history(), vec![done]);
}

/// What one tab does.
#[derive(Debug, Clone)]
enum Event {
    Start {
        tab: usize,
        review: bool,
        unfinished: Unfinished,
    },
    Answer {
        tab: usize,
        review: bool,
    },
    Next {
        tab: usize,
        review: bool,
    },
    Pause {
        tab: usize,
        review: bool,
    },
    End {
        tab: usize,
        review: bool,
    },
    /// The tab reads the store again (a reload, or another tab's storage event).
    Reload {
        tab: usize,
    },
    TakeOver {
        tab: usize,
        review: bool,
    },
    Wait(i64),
}

fn event() -> impl Strategy<Value = Event> {
    let tab = 0usize..2;
    let unfinished = prop_oneof![
        Just(Unfinished::Ask),
        Just(Unfinished::EndAndSave),
        Just(Unfinished::Discard)
    ];
    prop_oneof![
        1 => (tab.clone(), any::<bool>(), unfinished).prop_map(|(tab, review, unfinished)| {
            Event::Start {
                tab,
                review,
                unfinished,
            }
        }),
        3 => (tab.clone(), any::<bool>()).prop_map(|(tab, review)| Event::Answer { tab, review }),
        2 => (tab.clone(), any::<bool>()).prop_map(|(tab, review)| Event::Next { tab, review }),
        1 => (tab.clone(), any::<bool>()).prop_map(|(tab, review)| Event::Pause { tab, review }),
        1 => (tab.clone(), any::<bool>()).prop_map(|(tab, review)| Event::End { tab, review }),
        2 => tab.clone().prop_map(|tab| Event::Reload { tab }),
        1 => (tab, any::<bool>()).prop_map(|(tab, review)| Event::TakeOver { tab, review }),
        1 => (1i64..20_000).prop_map(Event::Wait),
    ]
}

/// One tab: what it holds in memory for each slot, and the slot as it last
/// read or wrote it.
#[derive(Default, Clone)]
struct Tab {
    held: [Option<Round>; 2],
    seen: [Option<Round>; 2],
}

fn slot(review: bool) -> (usize, SessionKind) {
    if review {
        (1, SessionKind::Review)
    } else {
        (0, SessionKind::Round)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn two_tabs_never_lose_or_double_a_session_or_an_answer(
        events in proptest::collection::vec(event(), 1..80),
    ) {
        let bank = bank();
        let mut store = MapStore::default();
        let mut tabs = [Tab::default(), Tab::default()];
        let names = ["a", "b"];
        let mut now = T0;
        let mut started = 0u32;
        // Every session started, and those dropped by the user's choice.
        let mut sessions: Vec<String> = Vec::new();
        let mut discarded: HashSet<String> = HashSet::new();
        // Every answer a tab saved: (session, position) → grade.
        let mut answers: HashMap<(String, usize), Grade> = HashMap::new();
        // The review log, as the app keeps it: entries not already there.
        let mut log: Vec<crate::progress::LogEntry> = Vec::new();
        let record = |round: &Round, log: &mut Vec<crate::progress::LogEntry>| {
            for entry in entries_from_round(round, Mode::Round) {
                if !log.iter().any(|e| e.at_ms == entry.at_ms && e.question_id == entry.question_id) {
                    log.push(entry);
                }
            }
        };

        for event in events {
            now += SEC;
            match event {
                Event::Wait(ms) => now += ms,
                Event::Reload { tab } => {
                    for (i, kind) in SessionKind::ALL.into_iter().enumerate() {
                        let stored = store.current(kind);
                        tabs[tab].held[i] = stored.clone();
                        tabs[tab].seen[i] = stored;
                    }
                }
                Event::Start { tab, review, unfinished } => {
                    let (i, kind) = slot(review);
                    started += 1;
                    let id = format!("s{started}");
                    // Each session starts at its own second, as ids do in the app.
                    let picks = [&bank[(started as usize) % 6], &bank[6 + (started as usize) % 4]];
                    let round = session(&id, kind, &picks, now);
                    let before = store.current(kind).filter(|r| !r.is_finished());
                    match start(&mut store, names[tab], &round, unfinished, now) {
                        Ok(_) => {
                            if let (Some(old), Unfinished::Discard) = (&before, unfinished) {
                                discarded.insert(old.id.clone());
                            }
                            sessions.push(id);
                            tabs[tab].held[i] = Some(round.clone());
                            tabs[tab].seen[i] = Some(round);
                        }
                        Err(StartError::Busy(shown)) => {
                            prop_assert_eq!(unfinished, Unfinished::Ask);
                            prop_assert_eq!(Some(*shown), before);
                        }
                        Err(StartError::Store(())) => unreachable!("the map never fails"),
                    }
                }
                Event::TakeOver { tab, review } => {
                    let (i, kind) = slot(review);
                    let expected = tabs[tab].held[i].as_ref().map(|r| r.id.clone());
                    let shown = match take_over(&mut store, names[tab], kind, expected.as_deref(), now) {
                        Ok(round) => round,
                        // The tab now shows what the slot holds, and the user
                        // is asked again before anything continues.
                        Err(other) => other.map(|r| *r),
                    };
                    tabs[tab].held[i] = shown.clone();
                    tabs[tab].seen[i] = shown;
                }
                Event::Answer { tab, review } | Event::Next { tab, review }
                | Event::Pause { tab, review } | Event::End { tab, review } => {
                    let (i, _) = slot(review);
                    let Some(mut round) = tabs[tab].held[i].clone() else { continue };
                    let acted = match event {
                        Event::Answer { .. } => answer(&mut round, &bank, now),
                        Event::Next { .. } => round.next(now),
                        Event::Pause { .. } => {
                            if round.is_paused() { round.resume(now) } else { round.pause(now) }
                        }
                        _ => round.end(now),
                    };
                    if acted.is_err() {
                        continue;
                    }
                    match save(&mut store, names[tab], tabs[tab].seen[i].as_ref(), &round, now) {
                        Ok(saved) => {
                            for (at, item) in round.items.iter().enumerate() {
                                if let Some(grade) = item.grade.filter(|g| g.outcome != Outcome::NotReached) {
                                    let known = answers.insert((round.id.clone(), at), grade);
                                    prop_assert!(known.is_none_or(|g| g == grade), "a grade never changes");
                                }
                            }
                            record(&round, &mut log);
                            let stored = match saved {
                                Saved::InProgress => Some(round),
                                Saved::Finished(_) => None,
                            };
                            tabs[tab].held[i] = stored.clone();
                            tabs[tab].seen[i] = stored;
                        }
                        Err(SaveError::Stale(stored)) => {
                            // Nothing written; the tab now shows the slot.
                            tabs[tab].held[i] = stored.clone().map(|r| *r);
                            tabs[tab].seen[i] = stored.map(|r| *r);
                        }
                        Err(SaveError::Elsewhere) => {}
                        Err(SaveError::Store(())) => unreachable!("the map never fails"),
                    }
                }
            }

            // Every session started is in a slot or in the history, once,
            // unless the user chose to drop it.
            let history = store.history();
            let ids: Vec<&str> = history.iter().map(|r| r.id.as_str()).collect();
            let unique: HashSet<&str> = ids.iter().copied().collect();
            prop_assert_eq!(unique.len(), ids.len(), "no session twice in the history");
            let slots: Vec<Round> = SessionKind::ALL.iter().filter_map(|k| store.current(*k)).collect();
            for id in &sessions {
                let places = usize::from(unique.contains(id.as_str()))
                    + slots.iter().filter(|r| &r.id == id).count();
                if discarded.contains(id) {
                    prop_assert!(places <= 1);
                } else {
                    prop_assert_eq!(places, 1, "session {} is resumable or in the history", id);
                }
            }
            // Every answer saved is still there, with its grade, and in the
            // review log once.
            for ((id, at), grade) in &answers {
                let round = history.iter().chain(&slots).find(|r| &r.id == id);
                match round {
                    Some(round) => prop_assert_eq!(round.items[*at].grade, Some(*grade)),
                    None => prop_assert!(discarded.contains(id), "answers of {} are kept", id),
                }
            }
            let mut keys: Vec<(i64, &str)> = log.iter().map(|e| (e.at_ms, e.question_id.as_str())).collect();
            keys.sort_unstable();
            keys.dedup();
            prop_assert_eq!(keys.len(), log.len());
            prop_assert_eq!(log.len(), answers.len(), "each saved answer is logged once");
        }
    }
}
