//! Finished rounds from several places (another tab, an older save) put
//! together without losing or doubling any.

use super::engine::Round;

/// Every round of both lists once, by id, oldest first. When both hold a
/// round with the same id, the one that is further along wins.
pub fn merge_history(mine: &[Round], theirs: &[Round]) -> Vec<Round> {
    let mut merged: Vec<Round> = Vec::with_capacity(mine.len() + theirs.len());
    for round in mine.iter().chain(theirs) {
        match merged.iter_mut().find(|r| r.id == round.id) {
            Some(existing) => {
                if progress(round) > progress(existing) {
                    *existing = round.clone();
                }
            }
            None => merged.push(round.clone()),
        }
    }
    merged.sort_by(|a, b| {
        a.started_ms
            .cmp(&b.started_ms)
            .then_with(|| a.id.cmp(&b.id))
    });
    merged
}

fn progress(round: &Round) -> (bool, usize, i64) {
    let graded = round.items.iter().filter(|i| i.grade.is_some()).count();
    (round.is_finished(), graded, round.clock_ms)
}

/// Which tab runs the round in progress, and when it last said so.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RoundOwner {
    pub tab: String,
    pub at_ms: i64,
}

impl RoundOwner {
    /// A tab that has not said so for this long is taken to be gone.
    pub const STALE_MS: i64 = 6_000;

    /// Whether another tab holds the round right now.
    pub fn is_other_live(&self, my_tab: &str, now_ms: i64) -> bool {
        self.tab != my_tab
            && now_ms - self.at_ms < Self::STALE_MS
            && now_ms >= self.at_ms - Self::STALE_MS
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::round::RoundConfig;
    use crate::round::test_bank::bank;

    fn round(id: &str, started: i64, finish: bool) -> Round {
        let bank = bank();
        let mut r =
            Round::start(id.into(), 1, RoundConfig::default(), &[&bank[1]], started).unwrap();
        if finish {
            r.end(started + 1000).unwrap();
        }
        r
    }

    #[test]
    fn merging_keeps_each_round_once_in_time_order() {
        let a = round("a", 10, true);
        let b = round("b", 20, true);
        let c = round("c", 5, true);
        let merged = merge_history(&[a.clone(), b.clone()], &[c.clone(), a.clone()]);
        let ids: Vec<&str> = merged.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["c", "a", "b"]);
    }

    #[test]
    fn the_copy_further_along_wins() {
        let running = round("a", 10, false);
        let done = round("a", 10, true);
        assert!(
            merge_history(std::slice::from_ref(&running), std::slice::from_ref(&done))[0]
                .is_finished()
        );
        assert!(merge_history(&[done], &[running])[0].is_finished());
    }

    #[test]
    fn an_owner_is_live_only_when_another_tab_spoke_recently() {
        let owner = RoundOwner {
            tab: "t1".into(),
            at_ms: 100_000,
        };
        assert!(owner.is_other_live("t2", 103_000));
        assert!(!owner.is_other_live("t1", 103_000));
        assert!(!owner.is_other_live("t2", 107_000));
        assert!(
            !owner.is_other_live("t2", 10_000),
            "a clock far behind does not lock the round forever"
        );
    }

    proptest! {
        #[test]
        fn merge_is_idempotent_and_commutative(
            left in proptest::collection::vec((0u8..6, 0i64..50, any::<bool>()), 0..8),
            right in proptest::collection::vec((0u8..6, 0i64..50, any::<bool>()), 0..8),
        ) {
            // Same id, same start: a round is one round, at different stages.
            let make = |list: &[(u8, i64, bool)]| -> Vec<Round> {
                list.iter().map(|(id, _, done)| round(&format!("r{id}"), i64::from(*id) * 100, *done)).collect()
            };
            let (a, b) = (make(&left), make(&right));
            let ab = merge_history(&a, &b);
            prop_assert_eq!(&ab, &merge_history(&b, &a));
            prop_assert_eq!(&ab, &merge_history(&ab, &b));
            prop_assert_eq!(&ab, &merge_history(&ab, &ab));
            let mut ids: Vec<&str> = ab.iter().map(|r| r.id.as_str()).collect();
            ids.dedup();
            prop_assert_eq!(ids.len(), ab.len());
        }
    }
}
