//! The results of a finished round.

use super::engine::Round;
use crate::grade::Outcome;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicScore {
    pub topic: String,
    pub questions: usize,
    /// Average score, 0 to 100.
    pub score: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RoundSummary {
    /// Average score over the questions the round reached, 0 to 100: a
    /// round ended early is scored on what was answered, and `reached`
    /// says how much of it that was.
    pub score: u8,
    /// Questions answered (right, partly, wrong) or timed out; the rest
    /// were still on screen or never shown when the round ended.
    pub reached: usize,
    /// Questions in the round.
    pub questions: usize,
    pub correct: usize,
    pub partial: usize,
    pub wrong: usize,
    pub timed_out: usize,
    pub not_reached: usize,
    /// Of `correct` and `wrong`, the questions the app graded itself, so
    /// they read 对 / 错 rather than the user's 会 / 不会.
    pub graded_right: usize,
    pub graded_wrong: usize,
    /// Answering time, pauses excluded.
    pub spent_ms: i64,
    pub paused_ms: i64,
    pub pauses: u32,
    pub topics: Vec<TopicScore>,
    /// Open questions: (item index, indices of the key points not said).
    pub missed_points: Vec<(usize, Vec<usize>)>,
    /// Everything not answered right, for "retry the wrong ones".
    pub retry_ids: Vec<String>,
}

/// Sums up a round; `topic_of` maps a question id to its topic.
pub fn summarize(round: &Round, topic_of: impl Fn(&str) -> Option<String>) -> RoundSummary {
    let mut summary = RoundSummary {
        questions: round.items.len(),
        paused_ms: round.paused_ms,
        pauses: round.pauses,
        ..RoundSummary::default()
    };
    let mut topics: Vec<(String, usize, usize)> = Vec::new();
    let mut total = 0usize;
    for (index, item) in round.items.iter().enumerate() {
        let grade = item
            .grade
            .map_or((Outcome::NotReached, 0), |g| (g.outcome, g.score));
        match grade.0 {
            Outcome::Correct => summary.correct += 1,
            Outcome::Partial => summary.partial += 1,
            Outcome::Wrong => summary.wrong += 1,
            Outcome::TimedOut => summary.timed_out += 1,
            Outcome::NotReached => summary.not_reached += 1,
        }
        if item.kind.is_auto_graded() {
            match grade.0 {
                Outcome::Correct => summary.graded_right += 1,
                Outcome::Wrong => summary.graded_wrong += 1,
                _ => {}
            }
        }
        if grade.0.needs_review() {
            summary.retry_ids.push(item.question_id.clone());
        }
        summary.spent_ms += item.spent_ms;
        let missed: Vec<usize> = item
            .ticked
            .iter()
            .enumerate()
            .filter(|(_, t)| !**t)
            .map(|(i, _)| i)
            .collect();
        if item.grade.is_some() && grade.0 != Outcome::NotReached && !missed.is_empty() {
            summary.missed_points.push((index, missed));
        }
        if grade.0 == Outcome::NotReached {
            continue;
        }
        summary.reached += 1;
        total += usize::from(grade.1);
        let topic = topic_of(&item.question_id).unwrap_or_default();
        match topics.iter_mut().find(|(t, _, _)| *t == topic) {
            Some((_, n, sum)) => {
                *n += 1;
                *sum += usize::from(grade.1);
            }
            None => topics.push((topic, 1, usize::from(grade.1))),
        }
    }
    summary.score = total.checked_div(summary.reached).unwrap_or(0) as u8;
    summary.topics = topics
        .into_iter()
        .map(|(topic, questions, sum)| TopicScore {
            topic,
            questions,
            score: (sum / questions) as u8,
        })
        .collect();
    summary
}
