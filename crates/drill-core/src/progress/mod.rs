//! What the user has answered, and what follows from it. The review log is
//! append-only and the only record; schedules, the mistake book and every
//! statistic are derived from it, so the same log always gives the same
//! results.

mod codes;
mod compact_log;
mod fsrs;
mod kept_answers;
mod log;
mod mistakes;
mod plan;
mod queue;
mod replay;
mod schedule;
mod stored_log;

pub use compact_log::CompactLog;
pub use kept_answers::{KeptAnswer, answers_of, keep};
pub use log::{LogEntry, LogFold, Mode, add_entries, entries_from_round, is_logged, merge_logs};
#[cfg(test)]
pub(crate) use log::{any_log_history, test_answer};
pub use mistakes::{MistakeFold, mistake_book};
pub use plan::{InterviewPlan, TopicProgress, interview_plan, new_per_day};
pub use queue::{
    AT_RISK_RECALL, ForecastDay, ReviewDay, ReviewInputs, ReviewSettings, Today,
    due_with_interview, review_day, review_forecast,
};
pub use replay::{LogPosition, Replay};
pub use schedule::{
    DAY_MS, QuestionSchedule, RELEARN_STEP_MS, ScheduleFold, due_forecast, interval_if, rating_for,
    schedules,
};
pub use stored_log::{LOG_VERSION, LogEncoder, decode_log, decode_log_resuming, encode_log};
