//! What to review now: what is due, what the interview date puts at risk,
//! and a daily ration of new questions.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::log::LogEntry;
use super::schedule::{DAY_MS, QuestionSchedule};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewSettings {
    /// New (never answered) questions a day.
    pub new_per_day: u16,
    /// With an interview date, reviews favour what would be forgotten by then.
    pub interview_ms: Option<i64>,
}

impl Default for ReviewSettings {
    fn default() -> Self {
        ReviewSettings {
            new_per_day: 10,
            interview_ms: None,
        }
    }
}

/// Recall below this on the interview day puts a question in today's queue
/// even if it is not due yet.
pub const AT_RISK_RECALL: f64 = 0.9;

/// Question ids to review now, most urgent first: due (or at risk by the
/// interview date) by lowest predicted recall, then new questions in bank
/// order up to what is left of today's ration.
pub fn review_queue(
    bank_ids: &[&str],
    schedules: &HashMap<String, QuestionSchedule>,
    log: &[LogEntry],
    settings: &ReviewSettings,
    now_ms: i64,
    day_start_ms: i64,
) -> Vec<String> {
    let day_end = day_start_ms + DAY_MS;
    let target = settings
        .interview_ms
        .filter(|t| *t > now_ms)
        .unwrap_or(now_ms);
    let mut urgent: Vec<(&str, f64)> = bank_ids
        .iter()
        .filter_map(|id| {
            let s = schedules.get(*id)?;
            let recall = s.recall_at(target);
            let at_risk = settings.interview_ms.is_some() && recall < AT_RISK_RECALL;
            (s.due_ms < day_end || at_risk).then_some((*id, recall))
        })
        .collect();
    urgent.sort_by(|a, b| a.1.total_cmp(&b.1));
    let mut queue: Vec<String> = urgent.into_iter().map(|(id, _)| id.to_string()).collect();

    let mut first_seen: HashMap<&str, i64> = HashMap::new();
    for entry in log {
        first_seen
            .entry(entry.question_id.as_str())
            .or_insert(entry.at_ms);
    }
    let introduced_today = first_seen
        .values()
        .filter(|at| **at >= day_start_ms && **at < day_end)
        .count();
    let ration = usize::from(settings.new_per_day).saturating_sub(introduced_today);
    let seen: HashSet<&str> = first_seen.keys().copied().collect();
    queue.extend(
        bank_ids
            .iter()
            .filter(|id| !seen.contains(*id))
            .take(ration)
            .map(|id| id.to_string()),
    );
    queue
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::Outcome;
    use crate::progress::{Mode, schedules};

    const DAY0: i64 = 1_790_000_000_000 - 1_790_000_000_000 % DAY_MS;

    fn answer(at_ms: i64, id: &str, outcome: Outcome) -> LogEntry {
        LogEntry {
            at_ms,
            question_id: id.into(),
            outcome,
            score: 0,
            time_ms: 20_000,
            suggested_ms: 60_000,
            mode: Mode::Round,
        }
    }

    const BANK: [&str; 6] = ["a", "b", "c", "d", "e", "f"];

    #[test]
    fn due_questions_come_first_then_new_ones_up_to_the_daily_ration() {
        let log = vec![
            answer(DAY0 - 3 * DAY_MS, "a", Outcome::Wrong),
            answer(DAY0 - DAY_MS, "b", Outcome::Correct),
        ];
        let s = schedules(&log);
        let settings = ReviewSettings {
            new_per_day: 2,
            interview_ms: None,
        };
        let queue = review_queue(&BANK, &s, &log, &settings, DAY0 + 1000, DAY0);
        assert_eq!(queue[0], "a", "the wrong answer is due");
        assert!(
            !queue.contains(&"b".to_string()),
            "the right answer is not due yet"
        );
        assert_eq!(&queue[1..], ["c", "d"], "two new questions");
    }

    #[test]
    fn questions_first_seen_today_use_up_the_ration() {
        let log = vec![
            answer(DAY0 + 10, "a", Outcome::Correct),
            answer(DAY0 + 20, "b", Outcome::Correct),
        ];
        let s = schedules(&log);
        let settings = ReviewSettings {
            new_per_day: 3,
            interview_ms: None,
        };
        let queue = review_queue(&BANK, &s, &log, &settings, DAY0 + 1000, DAY0);
        assert_eq!(queue, ["c"]);
    }

    #[test]
    fn an_interview_date_brings_forward_what_would_be_forgotten_by_then() {
        let log = vec![answer(DAY0 - DAY_MS, "a", Outcome::Correct)];
        let s = schedules(&log);
        let none_new = ReviewSettings {
            new_per_day: 0,
            interview_ms: None,
        };
        assert!(review_queue(&BANK, &s, &log, &none_new, DAY0 + 1000, DAY0).is_empty());
        let interview = ReviewSettings {
            new_per_day: 0,
            interview_ms: Some(DAY0 + 30 * DAY_MS),
        };
        assert_eq!(
            review_queue(&BANK, &s, &log, &interview, DAY0 + 1000, DAY0),
            ["a"]
        );
    }
}
