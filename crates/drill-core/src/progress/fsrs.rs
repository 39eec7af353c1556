//! The FSRS-5 memory model with its long-term scheduler: whole days, no
//! learning steps, no fuzz. It is the model rs-fsrs 1.2.1 implements (a test
//! replays random histories through both); having it here keeps the
//! schedule a few arithmetic steps per answer, which years of history need.

use crate::calendar::DAY_MS;

/// How an answer went, for the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

/// FSRS-5's published default weights.
const W: [f64; 19] = [
    0.4072, 1.1829, 3.1262, 15.4722, 7.2102, 0.5316, 1.0651, 0.0234, 1.616, 0.1544, 1.0824, 1.9813,
    0.0953, 0.2975, 2.2042, 0.2407, 2.9466, 0.5034, 0.6567,
];
const DECAY: f64 = -0.5;
const FACTOR: f64 = 19.0 / 81.0;
const REQUEST_RETENTION: f64 = 0.9;
const MAXIMUM_INTERVAL_DAYS: f64 = 36_500.0;

/// What the model knows of one question after its latest answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Memory {
    pub stability_days: f64,
    pub difficulty: f64,
    pub last_ms: i64,
    pub due_ms: i64,
    pub reviews: u32,
    pub lapses: u32,
}

/// Chance of recall after `elapsed_days` at this stability.
pub fn recall(elapsed_days: f64, stability_days: f64) -> f64 {
    (1.0 + FACTOR * elapsed_days / stability_days).powf(DECAY)
}

fn initial_difficulty(rating: Rating) -> f64 {
    (W[4] - f64::exp(W[5] * (rating as i32 as f64 - 1.0)) + 1.0).clamp(1.0, 10.0)
}

fn initial_stability(rating: Rating) -> f64 {
    W[rating as usize - 1].max(0.1)
}

fn next_difficulty(difficulty: f64, rating: Rating) -> f64 {
    let moved = W[6].mul_add(-(rating as i32 as f64 - 3.0), difficulty);
    // Mean reversion towards an easy question's starting difficulty.
    W[7].mul_add(initial_difficulty(Rating::Easy), (1.0 - W[7]) * moved)
        .clamp(1.0, 10.0)
}

fn stability_after_recall(difficulty: f64, stability: f64, recall: f64, rating: Rating) -> f64 {
    let modifier = match rating {
        Rating::Hard => W[15],
        Rating::Easy => W[16],
        _ => 1.0,
    };
    let growth = W[8].exp()
        * (11.0 - difficulty)
        * stability.powf(-W[9])
        * ((1.0 - recall) * W[10]).exp_m1();
    stability * growth.mul_add(modifier, 1.0)
}

fn stability_after_lapse(difficulty: f64, stability: f64, recall: f64) -> f64 {
    W[11]
        * difficulty.powf(-W[12])
        * ((stability + 1.0).powf(W[13]) - 1.0)
        * f64::exp((1.0 - recall) * W[14])
}

fn interval_days(stability: f64) -> f64 {
    (stability / FACTOR * (REQUEST_RETENTION.powf(1.0 / DECAY) - 1.0))
        .round()
        .clamp(1.0, MAXIMUM_INTERVAL_DAYS)
}

const RATINGS: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

/// The memory after answering at `at_ms`, from the memory before (none for
/// a first answer).
pub fn review(before: Option<&Memory>, at_ms: i64, rating: Rating) -> Memory {
    let recalled = before.map(|m| recall(((at_ms - m.last_ms) / DAY_MS) as f64, m.stability_days));
    let state_for = |r: Rating| match (before, recalled) {
        (Some(m), Some(p)) => {
            let stability = match r {
                Rating::Again => stability_after_lapse(m.difficulty, m.stability_days, p),
                _ => stability_after_recall(m.difficulty, m.stability_days, p, r),
            };
            (next_difficulty(m.difficulty, r), stability)
        }
        _ => (initial_difficulty(r), initial_stability(r)),
    };
    // Each rating's interval is kept apart from the one below it, so a
    // better answer never comes back sooner; only the ratings up to this
    // one (and at least Again and Hard) decide its interval.
    let mut states = [(0.0, 0.0); 4];
    let mut days = [0.0; 4];
    let last = (rating as usize).max(2);
    for (i, &r) in RATINGS[..last].iter().enumerate() {
        states[i] = state_for(r);
        days[i] = interval_days(states[i].1);
    }
    days[0] = days[0].min(days[1]);
    for i in 1..last {
        days[i] = days[i].max(days[i - 1] + 1.0);
    }
    let chosen = rating as usize - 1;
    let (difficulty, stability_days) = states[chosen];
    let (reviews, lapses) = before.map_or((0, 0), |m| (m.reviews, m.lapses));
    let lapsed = before.is_some() && rating == Rating::Again;
    Memory {
        stability_days,
        difficulty,
        last_ms: at_ms,
        due_ms: at_ms + days[chosen] as i64 * DAY_MS,
        reviews: reviews + 1,
        lapses: lapses + u32::from(lapsed),
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};
    use proptest::prelude::*;
    use rs_fsrs::{Card, FSRS, Parameters, Seed, State};

    use super::*;

    fn reference() -> FSRS {
        FSRS::new(Parameters {
            request_retention: REQUEST_RETENTION,
            maximum_interval: MAXIMUM_INTERVAL_DAYS as i32,
            w: W,
            decay: Parameters::DECAY,
            factor: Parameters::FACTOR,
            enable_short_term: false,
            enable_fuzz: false,
            seed: Seed::Empty,
        })
    }

    fn reference_rating(rating: Rating) -> rs_fsrs::Rating {
        match rating {
            Rating::Again => rs_fsrs::Rating::Again,
            Rating::Hard => rs_fsrs::Rating::Hard,
            Rating::Good => rs_fsrs::Rating::Good,
            Rating::Easy => rs_fsrs::Rating::Easy,
        }
    }

    fn any_rating() -> impl Strategy<Value = Rating> {
        prop_oneof![
            Just(Rating::Again),
            Just(Rating::Hard),
            Just(Rating::Good),
            Just(Rating::Easy)
        ]
    }

    proptest! {
        #[test]
        fn replays_histories_exactly_as_rs_fsrs_does(
            answers in proptest::collection::vec((0i64..90 * DAY_MS, any_rating()), 1..40),
        ) {
            let fsrs = reference();
            let mut at = 1_790_000_000_000i64;
            let mut ours: Option<Memory> = None;
            let mut card: Option<Card> = None;
            for (gap, rating) in answers {
                at += gap;
                let now = Utc.timestamp_millis_opt(at).single().unwrap();
                let before = card.take().unwrap_or(Card {
                    due: now,
                    last_review: now,
                    state: State::New,
                    ..Card::default()
                });
                let next = fsrs.next(before, now, reference_rating(rating)).card;
                let memory = review(ours.as_ref(), at, rating);
                prop_assert_eq!(memory.due_ms, next.due.timestamp_millis());
                prop_assert_eq!(memory.stability_days, next.stability);
                prop_assert_eq!(memory.difficulty, next.difficulty);
                prop_assert_eq!(memory.reviews as i32, next.reps);
                prop_assert_eq!(memory.lapses as i32, next.lapses);
                ours = Some(memory);
                card = Some(next);
            }
        }
    }
}
