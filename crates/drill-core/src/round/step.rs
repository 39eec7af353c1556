//! The phase of a round as a screen shows it: which controls apply, without
//! the clocks and reasons each phase carries.

use super::engine::Phase;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Step {
    Answering,
    Revealed,
    Graded,
    Paused,
    Finished,
}

impl Phase {
    pub fn step(&self) -> Step {
        match self {
            Phase::Answering { .. } => Step::Answering,
            Phase::Revealed => Step::Revealed,
            Phase::Graded => Step::Graded,
            Phase::Paused { .. } => Step::Paused,
            Phase::Finished { .. } => Step::Finished,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::round::FinishReason;

    #[test]
    fn a_paused_round_shows_as_paused_whatever_it_paused_from() {
        let paused = Phase::Paused {
            from: Box::new(Phase::Revealed),
            since_ms: 5,
            question_left_ms: Some(1_000),
            budget_left_ms: None,
        };
        assert_eq!(paused.step(), Step::Paused);
        let answering = Phase::Answering {
            since_ms: 0,
            deadline_ms: 60_000,
        };
        assert_eq!(answering.step(), Step::Answering);
        assert_eq!(Phase::Revealed.step(), Step::Revealed);
        assert_eq!(Phase::Graded.step(), Step::Graded);
        let finished = Phase::Finished {
            at_ms: 9,
            reason: FinishReason::Ended,
        };
        assert_eq!(finished.step(), Step::Finished);
    }
}
