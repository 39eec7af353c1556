use std::borrow::Cow::Owned;

use proptest::prelude::*;

use super::*;
use crate::bank::{Probe, Question};
use crate::round::Round;

/// An open question with `points` key points and these follow-ups.
fn question(points: usize, follow: &[(&str, Probe)]) -> Question {
    let mut q = crate::round::test_bank::bank()
        .into_iter()
        .next()
        .expect("the test bank starts with an open question");
    q.key_points = Owned((0..points).map(|i| Owned(format!("point {i}"))).collect());
    q.follow_ups = Owned(follow.iter().map(|(id, _)| Owned(id.to_string())).collect());
    q.follow_probes = Owned(follow.iter().map(|(_, p)| *p).collect());
    q
}

fn nothing_asked(_: &str) -> bool {
    false
}

fn chosen(q: &Question, ticked: &[bool]) -> Option<(String, Why)> {
    choose(q, ticked, nothing_asked).map(|c| (c.id.to_string(), c.why))
}

const T: bool = true;
const F: bool = false;

#[test]
fn the_first_missed_key_point_is_probed() {
    let q = question(
        4,
        &[
            ("deeper", Probe::Harder),
            ("on-3", Probe::KeyPoint(3)),
            ("on-1", Probe::KeyPoint(1)),
            ("any", Probe::Any),
        ],
    );
    // Points 1 and 3 missed: point 1 comes first, whatever the list order.
    assert_eq!(
        chosen(&q, &[T, F, T, F]),
        Some(("on-1".into(), Why::Missed(1)))
    );
    assert_eq!(
        chosen(&q, &[T, T, T, F]),
        Some(("on-3".into(), Why::Missed(3)))
    );
    // A missed point nothing probes is passed over for the next one.
    assert_eq!(
        chosen(&q, &[F, T, F, F]),
        Some(("on-3".into(), Why::Missed(3)))
    );
}

#[test]
fn a_strong_answer_gets_the_harder_follow_up() {
    let q = question(
        5,
        &[("on-0", Probe::KeyPoint(0)), ("deeper", Probe::Harder)],
    );
    assert_eq!(chosen(&q, &[T; 5]), Some(("deeper".into(), Why::Strong)));
    // Four of five is strong; the missed point has no follow-up.
    assert_eq!(
        chosen(&q, &[T, T, F, T, T]),
        Some(("deeper".into(), Why::Strong))
    );
    // But a gap that can be probed comes first.
    assert_eq!(
        chosen(&q, &[F, T, T, T, T]),
        Some(("on-0".into(), Why::Missed(0)))
    );
    // Three of five is not strong, and nothing probes what was missed.
    assert_eq!(chosen(&q, &[T, T, F, F, T]), None);
}

#[test]
fn strong_means_at_least_four_fifths() {
    assert!(is_strong(&[T, T, T], 3));
    assert!(!is_strong(&[T, T, F], 3));
    assert!(!is_strong(&[T, T, T, F], 4));
    assert!(is_strong(&[T, T, T, T, F], 5));
    assert!(is_strong(&[T, T, T, T, T, F], 6));
    assert!(!is_strong(&[T, T, T, T, F, F], 6));
    // Ticks past the key points do not count; no key points is never strong.
    assert!(!is_strong(&[T, T, T, T], 0));
    assert!(!is_strong(&[T, T, F, T, T], 3));
}

#[test]
fn unmarked_follow_ups_and_those_asked_already_are_not_chosen() {
    let q = question(3, &[("any", Probe::Any), ("on-2", Probe::KeyPoint(2))]);
    assert_eq!(
        chosen(&q, &[F, F, F]),
        Some(("on-2".into(), Why::Missed(2)))
    );
    assert_eq!(choose(&q, &[F, F, F], |id| id == "on-2"), None);
    assert_eq!(chosen(&q, &[T, T, T]), None);
    let plain = question(3, &[("a", Probe::Any), ("b", Probe::Any)]);
    assert_eq!(chosen(&plain, &[F, F, F]), None);
    assert_eq!(chosen(&plain, &[T, T, T]), None);
    // Not graded yet: nothing ticked reads as everything missed.
    assert_eq!(chosen(&q, &[]), Some(("on-2".into(), Why::Missed(2))));
}

/// q0 with follow-ups q2 (probes key point 2) and q4 (harder), answered
/// in a round before `second` with three of its four key points ticked.
fn graded_round(bank: &[Question], second: usize) -> (Round, Question) {
    use crate::grade::SelfGrade;
    use crate::round::RoundConfig;
    let mut parent = bank[0].clone();
    parent.follow_ups = Owned(vec![Owned("q2".into()), Owned("q4".into())]);
    parent.follow_probes = Owned(vec![Probe::KeyPoint(1), Probe::Harder]);
    let questions = [&parent, &bank[second]];
    let mut round = Round::start("r".into(), 1, RoundConfig::default(), &questions, 0).unwrap();
    round.reveal(1000).unwrap();
    for point in [0, 2, 3] {
        round.toggle_point(point).unwrap();
    }
    round.grade_open(2000, SelfGrade::Fuzzy).unwrap();
    (round, parent)
}

#[test]
fn in_a_round_the_choice_survives_being_taken() {
    let bank = crate::round::test_bank::bank();
    let (mut round, parent) = graded_round(&bank, 1);
    let chosen = choose_in_round(&round, &parent, nothing_asked).map(|c| (c.id.to_string(), c.why));
    assert_eq!(chosen, Some(("q2".into(), Why::Missed(1))));
    round.add_follow_up(&bank[2]).unwrap();
    let again = choose_in_round(&round, &parent, nothing_asked).map(|c| (c.id.to_string(), c.why));
    assert_eq!(again, chosen, "taking the follow-up keeps it the choice");
    // Another question is not the current one.
    assert_eq!(choose_in_round(&round, &bank[1], nothing_asked), None);
}

#[test]
fn in_a_round_a_question_already_there_is_not_offered_again() {
    let bank = crate::round::test_bank::bank();
    // q2 comes later in the round anyway: the gap goes unprobed here, and
    // three of four points is not strong, so nothing is chosen.
    let (round, parent) = graded_round(&bank, 2);
    assert_eq!(choose_in_round(&round, &parent, nothing_asked), None);
}

fn probe() -> impl Strategy<Value = Probe> {
    prop_oneof![
        Just(Probe::Any),
        Just(Probe::Harder),
        (0u8..6).prop_map(Probe::KeyPoint),
    ]
}

proptest! {
    #[test]
    fn the_choice_is_the_first_probed_gap_else_harder_after_a_strong_answer(
        points in 3usize..=6,
        ticked in proptest::collection::vec(any::<bool>(), 0..=6),
        probes in proptest::collection::vec(probe(), 0..5),
        asked_mask in any::<u8>(),
    ) {
        let probes: Vec<Probe> = probes
            .into_iter()
            .map(|p| match p {
                Probe::KeyPoint(n) => Probe::KeyPoint(n % points as u8),
                p => p,
            })
            .collect();
        let ids: Vec<String> = (0..probes.len()).map(|i| format!("f{i}")).collect();
        let follow: Vec<(&str, Probe)> =
            ids.iter().map(String::as_str).zip(probes.iter().copied()).collect();
        let q = question(points, &follow);
        let asked = |id: &str| {
            let i: usize = id[1..].parse().unwrap();
            asked_mask & (1 << i) != 0
        };
        let open: Vec<(usize, Probe)> =
            probes.iter().copied().enumerate().filter(|(i, _)| asked_mask & (1 << i) == 0).collect();
        let said = |i: usize| ticked.get(i).copied().unwrap_or(false);
        let first_gap = (0..points).find(|&i| {
            !said(i) && open.iter().any(|(_, p)| *p == Probe::KeyPoint(i as u8))
        });
        let said_count = (0..points).filter(|&i| said(i)).count();
        let strong = said_count * 5 >= points * 4;
        let harder = open.iter().find(|(_, p)| *p == Probe::Harder).map(|(i, _)| *i);
        match choose(&q, &ticked, asked) {
            Some(c) => {
                let i: usize = c.id[1..].parse().unwrap();
                prop_assert!(asked_mask & (1 << i) == 0, "asked already: {}", c.id);
                match c.why {
                    Why::Missed(point) => {
                        prop_assert_eq!(Some(point), first_gap);
                        prop_assert!(!said(point));
                        prop_assert_eq!(probes[i], Probe::KeyPoint(point as u8));
                    }
                    Why::Strong => {
                        prop_assert!(first_gap.is_none() && strong);
                        prop_assert_eq!(probes[i], Probe::Harder);
                    }
                }
            }
            None => prop_assert!(first_gap.is_none() && !(strong && harder.is_some())),
        }
    }
}
