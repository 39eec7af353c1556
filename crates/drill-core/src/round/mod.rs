//! A timed mock interview round as a state machine. Time is passed in as
//! milliseconds, deadlines are absolute and stored, so a round resumes
//! exactly after a reload, a locked phone or a tab in the background.

mod compose;
mod config;
mod engine;
mod familiarity;
mod history;
pub mod sessions;
mod step;
mod summary;
#[cfg(test)]
pub(crate) mod test_bank;
#[cfg(test)]
mod tests;

pub use compose::{Familiarity, FamiliarityMap, compose, familiarity_from, graded_share};
pub use config::{Interview, PickOrder, RoundConfig, TimeRule, TimeoutRule, TypeMix};
pub use engine::{Dropped, FinishReason, Item, Phase, Round, RoundError};
pub use familiarity::familiarity_from_log;
pub use history::{RoundOwner, merge_history};
pub use sessions::{SessionKind, SessionStore, Unfinished};
pub use step::Step;
pub use summary::{RoundSummary, TopicScore, summarize};
