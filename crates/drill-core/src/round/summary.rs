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
    /// Average score over every question of the round, 0 to 100.
    pub score: u8,
    pub correct: usize,
    pub partial: usize,
    pub wrong: usize,
    pub timed_out: usize,
    pub not_reached: usize,
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
        if grade.0.needs_review() {
            summary.retry_ids.push(item.question_id.clone());
        }
        total += usize::from(grade.1);
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
        let topic = topic_of(&item.question_id).unwrap_or_default();
        match topics.iter_mut().find(|(t, _, _)| *t == topic) {
            Some((_, n, sum)) => {
                *n += 1;
                *sum += usize::from(grade.1);
            }
            None => topics.push((topic, 1, usize::from(grade.1))),
        }
    }
    if !round.items.is_empty() {
        summary.score = (total / round.items.len()) as u8;
    }
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
