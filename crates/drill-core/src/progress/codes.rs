//! The numbers stored logs and backups give outcomes. Both stored versions
//! read them, so they live apart from either.

use crate::grade::Outcome;

pub(super) fn outcome_code(outcome: Outcome) -> u8 {
    match outcome {
        Outcome::Correct => 0,
        Outcome::Partial => 1,
        Outcome::Wrong => 2,
        Outcome::TimedOut => 3,
        Outcome::NotReached => 4,
    }
}

pub(super) fn outcome_from(code: u8) -> Option<Outcome> {
    Some(match code {
        0 => Outcome::Correct,
        1 => Outcome::Partial,
        2 => Outcome::Wrong,
        3 => Outcome::TimedOut,
        4 => Outcome::NotReached,
        _ => return None,
    })
}
