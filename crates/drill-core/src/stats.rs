//! Statistics for 统计, derived from the review log and finished rounds.
//! Time comes in as the start of today (local midnight, from the caller);
//! days are counted back from it in fixed 24-hour steps.

use std::collections::{BTreeSet, HashMap};

use crate::grade::Outcome;
use crate::progress::{DAY_MS, LogEntry};
use crate::round::{Round, summarize};

/// The practice calendar spans this many week columns, the last one this week.
pub const CALENDAR_WEEKS: usize = 26;
/// The accuracy and time trends cover this many weeks.
pub const TREND_WEEKS: usize = 12;

/// Which day an answer falls on: 0 today, -1 yesterday, and so on.
fn day_of(at_ms: i64, today_start_ms: i64) -> i64 {
    (at_ms - today_start_ms).div_euclid(DAY_MS)
}

/// How many days the calendar shows: 25 full weeks (Monday to Sunday) and
/// this week up to today. `today_weekday` is 0 for Monday to 6 for Sunday.
pub fn calendar_days(today_weekday: u8) -> usize {
    (CALENDAR_WEEKS - 1) * 7 + usize::from(today_weekday.min(6)) + 1
}

/// Answers on each of the last `days` days, oldest first, the last being today.
pub fn daily_counts(log: &[LogEntry], today_start_ms: i64, days: usize) -> Vec<u32> {
    let mut counts = vec![0u32; days];
    for entry in log {
        let back = -day_of(entry.at_ms, today_start_ms);
        if (0..days as i64).contains(&back) {
            counts[days - 1 - back as usize] += 1;
        }
    }
    counts
}

/// A calendar cell's shade, 0 (nothing) to 4 (the busiest day), in quarters
/// of the busiest day so one heavy day does not hide the rest.
pub fn intensity(count: u32, busiest: u32) -> u8 {
    if count == 0 || busiest == 0 {
        return 0;
    }
    (count.min(busiest) * 4).div_ceil(busiest).clamp(1, 4) as u8
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Streaks {
    /// Consecutive days with answers up to today, or up to yesterday while
    /// today has none yet, so the streak is not lost in the morning.
    pub current: u32,
    pub best: u32,
}

pub fn streaks(log: &[LogEntry], today_start_ms: i64) -> Streaks {
    let days: BTreeSet<i64> = log
        .iter()
        .map(|e| day_of(e.at_ms, today_start_ms))
        .collect();
    let mut best = 0u32;
    let mut run = 0u32;
    let mut previous: Option<i64> = None;
    for &day in &days {
        run = if previous == Some(day - 1) {
            run + 1
        } else {
            1
        };
        best = best.max(run);
        previous = Some(day);
    }
    let end = if days.contains(&0) { 0 } else { -1 };
    let current = (0..)
        .take_while(|back| days.contains(&(end - back)))
        .count() as u32;
    Streaks { current, best }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicMastery {
    pub topic: String,
    /// Questions of the topic in the bank.
    pub questions: usize,
    /// Of those, the ones whose latest answer was right.
    pub mastered: usize,
}

impl TopicMastery {
    pub fn share(&self) -> f64 {
        if self.questions == 0 {
            0.0
        } else {
            self.mastered as f64 / self.questions as f64
        }
    }
}

/// For every topic of the bank, in bank order, how many of its questions
/// were last answered right. `bank` holds (question id, topic id).
pub fn topic_mastery(log: &[LogEntry], bank: &[(&str, &str)]) -> Vec<TopicMastery> {
    let mut latest: HashMap<&str, (i64, Outcome)> = HashMap::new();
    for entry in log {
        let slot = latest
            .entry(entry.question_id.as_str())
            .or_insert((entry.at_ms, entry.outcome));
        if entry.at_ms >= slot.0 {
            *slot = (entry.at_ms, entry.outcome);
        }
    }
    let mut topics: Vec<TopicMastery> = Vec::new();
    for (question, topic) in bank {
        let index = match topics.iter().position(|t| t.topic == *topic) {
            Some(index) => index,
            None => {
                topics.push(TopicMastery {
                    topic: topic.to_string(),
                    questions: 0,
                    mastered: 0,
                });
                topics.len() - 1
            }
        };
        topics[index].questions += 1;
        if latest
            .get(question)
            .is_some_and(|l| l.1 == Outcome::Correct)
        {
            topics[index].mastered += 1;
        }
    }
    topics
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WeekStats {
    pub answers: u32,
    pub correct: u32,
    /// Median time per answer; `None` in a week without answers.
    pub median_time_ms: Option<u32>,
}

impl WeekStats {
    /// Share of right answers, `None` in a week without answers.
    pub fn accuracy(&self) -> Option<f64> {
        (self.answers > 0).then(|| f64::from(self.correct) / f64::from(self.answers))
    }
}

/// The last `weeks` seven-day spans, oldest first, the last ending today.
pub fn weekly_stats(log: &[LogEntry], today_start_ms: i64, weeks: usize) -> Vec<WeekStats> {
    let mut times: Vec<Vec<u32>> = vec![Vec::new(); weeks];
    let mut correct = vec![0u32; weeks];
    for entry in log {
        let back = -day_of(entry.at_ms, today_start_ms);
        if back < 0 || back >= weeks as i64 * 7 {
            continue;
        }
        let week = weeks - 1 - (back / 7) as usize;
        times[week].push(entry.time_ms);
        correct[week] += u32::from(entry.outcome == Outcome::Correct);
    }
    times
        .into_iter()
        .zip(correct)
        .map(|(times, correct)| WeekStats {
            answers: times.len() as u32,
            correct,
            median_time_ms: median(times),
        })
        .collect()
}

fn median(mut values: Vec<u32>) -> Option<u32> {
    values.sort_unstable();
    let mid = values.len() / 2;
    match values.len() {
        0 => None,
        n if n % 2 == 1 => Some(values[mid]),
        _ => Some(((u64::from(values[mid - 1]) + u64::from(values[mid])) / 2) as u32),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoundScore {
    pub started_ms: i64,
    /// 0 to 100 over the questions reached, as on the round's results.
    pub score: u8,
    /// Questions that came up, out of `questions`: less when the round
    /// was ended early.
    pub reached: usize,
    pub questions: usize,
}

/// Scores of finished mock interviews, oldest first. Review sessions are
/// left out: they hold the questions the user missed, so their scores
/// would drag the line down for the wrong reason. So are rounds ended
/// before their first question was answered: they have no score.
pub fn round_scores(history: &[Round]) -> Vec<RoundScore> {
    let mut scores: Vec<RoundScore> = history
        .iter()
        .filter(|r| r.is_finished() && !r.config.review)
        .map(|r| {
            let summary = summarize(r, |_| None);
            RoundScore {
                started_ms: r.started_ms,
                score: summary.score,
                reached: summary.reached,
                questions: summary.questions,
            }
        })
        .filter(|s| s.reached > 0)
        .collect();
    scores.sort_by_key(|s| s.started_ms);
    scores
}

#[cfg(test)]
mod tests;
