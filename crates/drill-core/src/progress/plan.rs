//! The interview date as a plan: days left, how much of the bank has been
//! seen (in all and per topic), and how many new questions a day see the
//! rest before the day.

use std::collections::HashSet;

use super::log::LogEntry;
use super::queue::Today;
use crate::calendar::civil::CivilDate;

/// Seen questions of one topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicProgress {
    pub topic: String,
    pub seen: usize,
    pub total: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewPlan {
    /// 0 on the interview day, negative once it has passed.
    pub days_left: i64,
    pub seen: usize,
    pub total: usize,
    /// In the bank's topic order.
    pub topics: Vec<TopicProgress>,
    /// New questions a day that see the whole bank by the day before the
    /// interview; `None` when no day is left to spread them over.
    pub new_per_day: Option<usize>,
}

/// New questions a day to see `unseen` questions in `days_left` days (today
/// included, the interview day not): rounded up, so the last day is never
/// the heaviest. Nothing left to see needs none; no day left, no plan.
pub fn new_per_day(unseen: usize, days_left: i64) -> Option<usize> {
    if unseen == 0 {
        return Some(0);
    }
    let days = usize::try_from(days_left).ok().filter(|d| *d > 0)?;
    Some(unseen.div_ceil(days))
}

/// The plan for an interview on `interview`, today being `date` (its
/// bounds `today`). `bank` holds each question's id and topic, in bank
/// order. Questions first answered today still count as unseen for the
/// ration, so it stays the same all day while today's new ones are done.
pub fn interview_plan(
    bank: &[(&str, &str)],
    log: &[LogEntry],
    date: CivilDate,
    interview: CivilDate,
    today: &Today,
) -> InterviewPlan {
    let mut seen_ids: HashSet<&str> = HashSet::new();
    let mut seen_before_today: HashSet<&str> = HashSet::new();
    for entry in log {
        seen_ids.insert(entry.question_id.as_str());
        if entry.at_ms < today.start_ms {
            seen_before_today.insert(entry.question_id.as_str());
        }
    }
    let mut topics: Vec<TopicProgress> = Vec::new();
    let mut seen = 0;
    let mut unseen_at_day_start = 0;
    for (id, topic) in bank {
        let was_seen = seen_ids.contains(id);
        seen += usize::from(was_seen);
        unseen_at_day_start += usize::from(!seen_before_today.contains(id));
        match topics.iter_mut().find(|t| t.topic == *topic) {
            Some(t) => {
                t.total += 1;
                t.seen += usize::from(was_seen);
            }
            None => topics.push(TopicProgress {
                topic: topic.to_string(),
                seen: usize::from(was_seen),
                total: 1,
            }),
        }
    }
    let days_left = date.days_until(interview);
    InterviewPlan {
        days_left,
        seen,
        total: bank.len(),
        topics,
        new_per_day: new_per_day(unseen_at_day_start, days_left),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::Outcome;
    use crate::progress::schedule::DAY_MS;
    use crate::progress::test_answer;

    const DAY0: i64 = 1_790_000_000_000 - 1_790_000_000_000 % DAY_MS;
    const TODAY: Today = Today {
        now_ms: DAY0 + 3_600_000,
        start_ms: DAY0,
        end_ms: DAY0 + DAY_MS,
    };
    const BANK: [(&str, &str); 5] = [
        ("a", "python"),
        ("b", "python"),
        ("c", "redis"),
        ("d", "redis"),
        ("e", "mysql"),
    ];

    fn date(text: &str) -> CivilDate {
        CivilDate::parse(text).unwrap()
    }

    #[test]
    fn the_ration_spreads_what_is_unseen_over_the_days_left() {
        assert_eq!(new_per_day(100, 10), Some(10));
        assert_eq!(new_per_day(101, 10), Some(11), "rounded up");
        assert_eq!(new_per_day(3, 10), Some(1));
        assert_eq!(new_per_day(50, 1), Some(50), "the day before: all of it");
    }

    #[test]
    fn an_interview_today_or_past_has_no_ration_and_a_seen_bank_needs_none() {
        assert_eq!(new_per_day(40, 0), None, "interview today");
        assert_eq!(new_per_day(40, -3), None, "interview past");
        assert_eq!(new_per_day(0, 10), Some(0), "everything seen");
        assert_eq!(new_per_day(0, 0), Some(0));
        assert_eq!(new_per_day(0, -1), Some(0));
    }

    #[test]
    fn the_plan_counts_days_left_and_what_was_seen_per_topic() {
        let log = vec![
            test_answer(DAY0 - 2 * DAY_MS, "a", Outcome::Correct, 1),
            test_answer(DAY0 - DAY_MS, "a", Outcome::Wrong, 1),
            test_answer(DAY0 - DAY_MS, "c", Outcome::Correct, 1),
            test_answer(DAY0 - DAY_MS, "zzz", Outcome::Correct, 1),
        ];
        let plan = interview_plan(&BANK, &log, date("2026-12-02"), date("2026-12-05"), &TODAY);
        assert_eq!(plan.days_left, 3);
        assert_eq!(
            (plan.seen, plan.total),
            (2, 5),
            "a question no longer in the bank does not count"
        );
        assert_eq!(
            plan.topics,
            [
                TopicProgress {
                    topic: "python".into(),
                    seen: 1,
                    total: 2
                },
                TopicProgress {
                    topic: "redis".into(),
                    seen: 1,
                    total: 2
                },
                TopicProgress {
                    topic: "mysql".into(),
                    seen: 0,
                    total: 1
                },
            ]
        );
        assert_eq!(plan.new_per_day, Some(1), "3 unseen over 3 days");
    }

    #[test]
    fn new_questions_seen_today_do_not_change_todays_ration() {
        let morning = interview_plan(&BANK, &[], date("2026-12-02"), date("2026-12-04"), &TODAY);
        assert_eq!(morning.new_per_day, Some(3), "5 unseen over 2 days");
        let log = vec![
            test_answer(DAY0 + 10, "a", Outcome::Correct, 1),
            test_answer(DAY0 + 20, "b", Outcome::Correct, 1),
            test_answer(DAY0 + 30, "c", Outcome::Correct, 1),
        ];
        let evening = interview_plan(&BANK, &log, date("2026-12-02"), date("2026-12-04"), &TODAY);
        assert_eq!(evening.seen, 3);
        assert_eq!(evening.new_per_day, Some(3));
    }

    #[test]
    fn an_interview_today_or_past_and_a_seen_bank_read_as_such() {
        let all: Vec<LogEntry> = BANK
            .iter()
            .map(|(id, _)| test_answer(DAY0 - DAY_MS, id, Outcome::Correct, 1))
            .collect();
        let done = interview_plan(&BANK, &all, date("2026-12-02"), date("2026-12-09"), &TODAY);
        assert_eq!((done.seen, done.new_per_day), (5, Some(0)));
        let on_the_day = interview_plan(&BANK, &[], date("2026-12-02"), date("2026-12-02"), &TODAY);
        assert_eq!((on_the_day.days_left, on_the_day.new_per_day), (0, None));
        let past = interview_plan(&BANK, &[], date("2026-12-02"), date("2026-11-30"), &TODAY);
        assert_eq!((past.days_left, past.new_per_day), (-2, None));
    }
}
