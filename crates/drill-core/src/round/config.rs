//! What a round is made of, as the composer sets it.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TypeMix {
    OpenOnly,
    GradedOnly,
    Mixed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PickOrder {
    /// Questions never answered before come first.
    UnseenFirst,
    /// Questions last answered wrong or vaguely come first, oldest first.
    WeakestFirst,
    Random,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeRule {
    /// Each question's own suggested time.
    Suggested,
    /// The same number of seconds for every question.
    Fixed(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeoutRule {
    /// At the deadline the answer is revealed and the question counts as timed out.
    Reveal,
    /// The user may run over; the overrun is shown and recorded.
    Overrun,
}

/// Interview mode (面试模式): each question is read aloud and answered out
/// loud, the answer ends after a pause, and at most one follow-up is asked,
/// so a whole round needs no tap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interview {
    /// Seconds of silence after speech that end an answer.
    pub silence_secs: u8,
}

impl Interview {
    /// The pauses a user may set, in seconds.
    pub const SILENCE_SECS: std::ops::RangeInclusive<u8> = 1..=15;
}

impl Default for Interview {
    fn default() -> Self {
        Interview { silence_secs: 3 }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundConfig {
    /// How many questions; 0 means every question that fits.
    pub count: u16,
    /// Topic ids; empty means all.
    pub topics: Vec<String>,
    /// Difficulties 1-3; empty means all.
    pub difficulties: Vec<u8>,
    pub types: TypeMix,
    pub pick: PickOrder,
    pub time: TimeRule,
    /// An optional budget for the whole round, in seconds.
    pub budget_secs: Option<u32>,
    pub on_timeout: TimeoutRule,
    /// A fixed list of questions (e.g. "retry the wrong ones"); when not
    /// empty it replaces the filters above.
    #[serde(default)]
    pub question_ids: Vec<String>,
    /// Read each question aloud when it starts, as an interviewer would.
    #[serde(default)]
    pub read_aloud: bool,
    /// A review session (复习) rather than a mock interview.
    #[serde(default)]
    pub review: bool,
    /// The time is measured but no countdown is shown: review sessions are
    /// not timed interviews unless the user asks for it.
    #[serde(default)]
    pub hide_countdown: bool,
    /// Hands-free interview mode; open questions only.
    #[serde(default)]
    pub interview: Option<Interview>,
}

impl Default for RoundConfig {
    /// The one-tap quick round: ten mixed questions, new ones first, each
    /// with its own suggested time.
    fn default() -> Self {
        RoundConfig {
            count: 10,
            topics: Vec::new(),
            difficulties: Vec::new(),
            types: TypeMix::Mixed,
            pick: PickOrder::UnseenFirst,
            time: TimeRule::Suggested,
            budget_secs: None,
            on_timeout: TimeoutRule::Reveal,
            question_ids: Vec::new(),
            read_aloud: false,
            review: false,
            hide_countdown: false,
            interview: None,
        }
    }
}

impl RoundConfig {
    /// A round of exactly these questions, with this config's timing.
    pub fn retry(&self, ids: Vec<String>) -> RoundConfig {
        RoundConfig {
            count: 0,
            question_ids: ids,
            ..self.clone()
        }
    }
}
