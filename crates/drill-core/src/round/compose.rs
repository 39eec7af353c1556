//! Drawing a round's questions from the bank.

use std::collections::HashMap;

use super::config::{PickOrder, RoundConfig, TypeMix};
use crate::bank::{Question, QuestionType};
use crate::grade::Outcome;
use crate::rng::Rng;

/// What the user's history says about one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Familiarity {
    pub last_outcome: Outcome,
    pub last_at_ms: i64,
    /// Due for review by the schedule.
    pub due: bool,
}

pub type FamiliarityMap = HashMap<String, Familiarity>;

/// What finished rounds say about each question: its latest outcome.
pub fn familiarity_from(rounds: &[super::Round]) -> FamiliarityMap {
    let mut map = FamiliarityMap::new();
    for round in rounds {
        for item in &round.items {
            match item.grade {
                Some(grade) if grade.outcome != Outcome::NotReached => {
                    let known = Familiarity {
                        last_outcome: grade.outcome,
                        last_at_ms: round.started_ms,
                        due: false,
                    };
                    map.insert(item.question_id.clone(), known);
                }
                _ => {}
            }
        }
    }
    map
}

/// Indices into `questions` for a new round. Deterministic: the same bank,
/// config, familiarity and seed always give the same round.
pub fn compose(
    questions: &[Question],
    config: &RoundConfig,
    familiarity: &FamiliarityMap,
    seed: u64,
) -> Vec<usize> {
    if !config.question_ids.is_empty() {
        let mut picked = Vec::new();
        for id in &config.question_ids {
            if let Some(i) = questions.iter().position(|q| q.id == *id)
                && !picked.contains(&i)
            {
                picked.push(i);
            }
        }
        return picked;
    }
    let mut candidates: Vec<usize> = (0..questions.len())
        .filter(|&i| fits(&questions[i], config))
        .collect();
    Rng::new(seed).shuffle(&mut candidates);
    let known = |i: usize| familiarity.get(questions[i].id.as_ref());
    match config.pick {
        PickOrder::Random => {}
        PickOrder::UnseenFirst => {
            // Stable: unseen keep their shuffled order; seen go oldest first.
            candidates.sort_by_key(|&i| known(i).map_or(i64::MIN, |f| f.last_at_ms));
        }
        PickOrder::WeakestFirst => {
            // Missed last time, then due by the schedule, then new, then the rest.
            candidates.sort_by_key(|&i| match known(i) {
                Some(f) if f.last_outcome.needs_review() => (0, f.last_at_ms),
                Some(f) if f.due => (1, f.last_at_ms),
                None => (2, 0),
                Some(f) => (3, f.last_at_ms),
            });
        }
    }
    if config.count > 0 {
        let count = config.count as usize;
        if config.types == TypeMix::Mixed {
            return mixed_share(questions, &candidates, count);
        }
        candidates.truncate(count);
    }
    candidates
}

/// How many of a mixed round of `count` questions are graded by the app:
/// half, rounded down, so a round of 10 is 5 open and 5 graded.
pub fn graded_share(count: u16) -> u16 {
    count / 2
}

/// The first open and graded candidates, in their pick order, in the
/// shares `graded_share` states; the other kind fills in when one runs
/// short (a topic with few graded questions).
fn mixed_share(questions: &[Question], candidates: &[usize], count: usize) -> Vec<usize> {
    let graded_wanted = usize::from(graded_share(count as u16));
    let open_wanted = count - graded_wanted;
    let (mut graded, mut open) = (0, 0);
    let mut taken = vec![false; candidates.len()];
    for (at, &i) in candidates.iter().enumerate() {
        let (got, wanted) = if questions[i].kind.is_auto_graded() {
            (&mut graded, graded_wanted)
        } else {
            (&mut open, open_wanted)
        };
        if *got < wanted {
            *got += 1;
            taken[at] = true;
        }
    }
    let mut short = count.saturating_sub(graded + open);
    for flag in taken.iter_mut() {
        if short == 0 {
            break;
        }
        if !*flag {
            *flag = true;
            short -= 1;
        }
    }
    candidates
        .iter()
        .zip(taken)
        .filter(|(_, t)| *t)
        .map(|(&i, _)| i)
        .collect()
}

fn fits(question: &Question, config: &RoundConfig) -> bool {
    let topic_ok = config.topics.is_empty() || config.topics.iter().any(|t| *t == question.topic);
    let difficulty_ok =
        config.difficulties.is_empty() || config.difficulties.contains(&question.difficulty);
    // An interview is spoken: only open questions are answered out loud.
    let types = if config.interview.is_some() {
        TypeMix::OpenOnly
    } else {
        config.types
    };
    let type_ok = match types {
        TypeMix::Mixed => true,
        TypeMix::OpenOnly => question.kind == QuestionType::Open,
        TypeMix::GradedOnly => question.kind.is_auto_graded(),
    };
    topic_ok && difficulty_ok && type_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::round::test_bank::bank;

    #[test]
    fn the_same_seed_and_history_draw_the_same_round() {
        let bank = bank();
        let config = RoundConfig {
            pick: PickOrder::Random,
            count: 5,
            ..RoundConfig::default()
        };
        let a = compose(&bank, &config, &FamiliarityMap::new(), 42);
        assert_eq!(a, compose(&bank, &config, &FamiliarityMap::new(), 42));
        assert_ne!(a, compose(&bank, &config, &FamiliarityMap::new(), 43));
        assert_eq!(a.len(), 5);
        let mut unique = a.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), 5, "no question repeats");
    }

    #[test]
    fn an_interview_asks_open_questions_only() {
        let bank = bank();
        let config = RoundConfig {
            count: 0,
            interview: Some(crate::round::Interview::default()),
            ..RoundConfig::default()
        };
        let picked = compose(&bank, &config, &FamiliarityMap::new(), 1);
        assert!(!picked.is_empty());
        assert!(picked.iter().all(|&i| bank[i].kind == QuestionType::Open));
        let mixed = compose(
            &bank,
            &RoundConfig {
                count: 0,
                ..RoundConfig::default()
            },
            &FamiliarityMap::new(),
            1,
        );
        assert!(mixed.len() > picked.len());
    }

    #[test]
    fn filters_restrict_topic_difficulty_and_type() {
        let bank = bank();
        let config = RoundConfig {
            count: 0,
            topics: vec!["redis".into()],
            types: TypeMix::OpenOnly,
            difficulties: vec![2],
            ..RoundConfig::default()
        };
        let picked = compose(&bank, &config, &FamiliarityMap::new(), 1);
        assert!(!picked.is_empty());
        for i in picked {
            let q = &bank[i];
            assert_eq!(
                (q.topic.as_ref(), q.kind, q.difficulty),
                ("redis", QuestionType::Open, 2)
            );
        }
    }

    #[test]
    fn a_mixed_round_is_half_graded_whatever_the_draw() {
        let bank = bank();
        let graded = bank.iter().filter(|q| q.kind.is_auto_graded()).count();
        let open = bank.len() - graded;
        for seed in 0..200 {
            for count in 1..=bank.len() as u16 {
                let config = RoundConfig {
                    count,
                    ..RoundConfig::default()
                };
                let picked = compose(&bank, &config, &FamiliarityMap::new(), seed);
                assert_eq!(picked.len(), usize::from(count));
                let got = picked
                    .iter()
                    .filter(|&&i| bank[i].kind.is_auto_graded())
                    .count();
                // The stated share, unless the bank holds too few of a kind.
                let want = usize::from(graded_share(count))
                    .min(graded)
                    .max(usize::from(count).saturating_sub(open));
                assert_eq!(got, want, "seed {seed}, {count} questions");
            }
        }
    }

    #[test]
    fn unseen_questions_come_first() {
        let bank = bank();
        let mut seen = FamiliarityMap::new();
        for q in bank.iter().skip(2) {
            seen.insert(
                q.id.to_string(),
                Familiarity {
                    last_outcome: Outcome::Correct,
                    last_at_ms: 5,
                    due: false,
                },
            );
        }
        let config = RoundConfig {
            count: 2,
            ..RoundConfig::default()
        };
        let mut picked = compose(&bank, &config, &seen, 9);
        picked.sort_unstable();
        assert_eq!(picked, [0, 1]);
    }

    #[test]
    fn weakest_first_puts_misses_first_then_due_then_unseen() {
        let bank = bank();
        let mut seen = FamiliarityMap::new();
        seen.insert(
            bank[3].id.to_string(),
            Familiarity {
                last_outcome: Outcome::Wrong,
                last_at_ms: 10,
                due: false,
            },
        );
        seen.insert(
            bank[4].id.to_string(),
            Familiarity {
                last_outcome: Outcome::TimedOut,
                last_at_ms: 5,
                due: false,
            },
        );
        seen.insert(
            bank[0].id.to_string(),
            Familiarity {
                last_outcome: Outcome::Correct,
                last_at_ms: 1,
                due: false,
            },
        );
        let config = RoundConfig {
            count: 0,
            pick: PickOrder::WeakestFirst,
            ..RoundConfig::default()
        };
        let picked = compose(&bank, &config, &seen, 3);
        assert_eq!(&picked[..2], [4, 3]);
        assert_eq!(*picked.last().unwrap(), 0);
    }

    #[test]
    fn an_explicit_list_is_kept_in_order_without_unknown_or_repeated_ids() {
        let bank = bank();
        let config = RoundConfig::default().retry(vec![
            bank[2].id.to_string(),
            "gone".into(),
            bank[0].id.to_string(),
            bank[2].id.to_string(),
        ]);
        assert_eq!(compose(&bank, &config, &FamiliarityMap::new(), 0), [2, 0]);
    }
}
