//! What to review today: what is due (or at risk by the interview date),
//! a daily ration of new questions, and the days ahead.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::log::LogEntry;
#[cfg(test)]
use super::schedule::RELEARN_STEP_MS as RELEARN_STEP;
use super::schedule::{DAY_MS, QuestionSchedule};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewSettings {
    /// New (never answered) questions a day, when the ration does not
    /// follow the interview plan.
    pub new_per_day: u16,
    /// Noon of the interview day, in the user's time zone when it was set.
    /// With a date, the ration can follow the plan to see every question by
    /// then, and what would be forgotten by then comes back before it.
    pub interview_ms: Option<i64>,
    /// Whether the daily ration is the plan's (see `plan::new_per_day`)
    /// rather than `new_per_day`.
    #[serde(default)]
    pub ration_follows_plan: bool,
    /// Review sessions count down each question's suggested time, as mock
    /// interviews do. Off, the time is still measured, not shown.
    #[serde(default)]
    pub countdown: bool,
}

impl Default for ReviewSettings {
    fn default() -> Self {
        ReviewSettings {
            new_per_day: 10,
            interview_ms: None,
            ration_follows_plan: false,
            countdown: false,
        }
    }
}

impl ReviewSettings {
    /// Today's ration of new questions: the plan's when it follows the
    /// plan and there is one, otherwise the user's number.
    pub fn ration(&self, plan_per_day: Option<usize>) -> usize {
        match plan_per_day {
            Some(n) if self.ration_follows_plan && self.interview_ms.is_some() => n,
            _ => usize::from(self.new_per_day),
        }
    }
}

/// With an interview date, a question whose next review comes after the
/// interview and whose recall on the day would be below this has one more
/// review the day before. FSRS already schedules a review before recall
/// falls under 0.9, so this asks for a little more on the day that counts.
pub const AT_RISK_RECALL: f64 = 0.95;

/// Today as the schedule sees it: where it starts and ends in the user's
/// time zone, and the moment now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Today {
    pub now_ms: i64,
    pub start_ms: i64,
    pub end_ms: i64,
}

impl Today {
    /// The start of the day holding `ms`, by whole days from today's start.
    fn day_start_of(&self, ms: i64) -> i64 {
        self.start_ms + (ms - self.start_ms).div_euclid(DAY_MS) * DAY_MS
    }
}

/// When a question is due, with the interview date taken into account: a
/// question whose next review would come after the interview, and which
/// would be shaky by then, comes back the day before it; never the day it
/// was last answered, so a session that answered it is over for the day.
pub fn due_with_interview(
    schedule: &QuestionSchedule,
    interview_ms: Option<i64>,
    today: &Today,
) -> i64 {
    let Some(interview) = interview_ms.filter(|t| *t > today.now_ms) else {
        return schedule.due_ms;
    };
    if schedule.relearning
        || schedule.due_ms <= interview
        || schedule.recall_at(interview) >= AT_RISK_RECALL
    {
        return schedule.due_ms;
    }
    let eve = today.day_start_of(interview) - DAY_MS;
    let after_last = today.day_start_of(schedule.last_at_ms) + DAY_MS;
    schedule.due_ms.min(eve.max(after_last))
}

/// What today holds for review.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReviewDay {
    /// Answered before and due now, least likely remembered first.
    pub due: Vec<String>,
    /// Never answered, in bank order, up to what is left of the ration.
    pub new: Vec<String>,
    /// When the questions due later today come back (relearning steps).
    pub later_today: Vec<i64>,
}

impl ReviewDay {
    /// What to review now: the due questions, then the new ones.
    pub fn queue(&self) -> Vec<String> {
        self.due.iter().chain(&self.new).cloned().collect()
    }

    pub fn now_count(&self) -> usize {
        self.due.len() + self.new.len()
    }

    /// Everything left today, now or later.
    pub fn today_count(&self) -> usize {
        self.now_count() + self.later_today.len()
    }
}

/// Question ids first answered on each day (by day start), and every id
/// answered.
struct FirstSeen<'a> {
    at: HashMap<&'a str, i64>,
}

impl<'a> FirstSeen<'a> {
    fn of(log: &'a [LogEntry]) -> Self {
        let mut at = HashMap::new();
        for entry in log {
            at.entry(entry.question_id.as_str()).or_insert(entry.at_ms);
        }
        FirstSeen { at }
    }

    fn introduced_today(&self, today: &Today) -> usize {
        self.at
            .values()
            .filter(|at| **at >= today.start_ms && **at < today.end_ms)
            .count()
    }

    fn seen(&self) -> HashSet<&'a str> {
        self.at.keys().copied().collect()
    }
}

/// What today's review and the days ahead are worked out from.
#[derive(Debug, Clone, Copy)]
pub struct ReviewInputs<'a> {
    /// In bank order.
    pub bank_ids: &'a [&'a str],
    pub schedules: &'a HashMap<String, QuestionSchedule>,
    pub log: &'a [LogEntry],
    pub settings: &'a ReviewSettings,
    /// New questions a day (see `ReviewSettings::ration`).
    pub ration: usize,
    pub today: &'a Today,
}

impl<'a> ReviewInputs<'a> {
    /// The interview date while it is ahead.
    fn interview(&self) -> Option<i64> {
        self.settings
            .interview_ms
            .filter(|t| *t > self.today.now_ms)
    }

    /// Each answered question of the bank, with when it is due, the
    /// interview taken into account.
    fn answered(&self) -> impl Iterator<Item = (&'a str, &'a QuestionSchedule, i64)> + '_ {
        let interview = self.interview();
        self.bank_ids.iter().filter_map(move |id| {
            let s = self.schedules.get(*id)?;
            Some((*id, s, due_with_interview(s, interview, self.today)))
        })
    }
}

/// Today's review: due questions by lowest predicted recall (on the
/// interview day when there is one), then new questions in bank order up to
/// what the ration leaves for today.
pub fn review_day(inputs: ReviewInputs<'_>) -> ReviewDay {
    let target = inputs.interview().unwrap_or(inputs.today.now_ms);
    let mut day = ReviewDay::default();
    let mut due: Vec<(&str, f64)> = Vec::new();
    for (id, s, due_ms) in inputs.answered() {
        let shifted = QuestionSchedule {
            due_ms,
            ..s.clone()
        };
        if shifted.is_due(inputs.today.now_ms, inputs.today.end_ms) {
            due.push((id, s.recall_at(target)));
        } else if due_ms < inputs.today.end_ms {
            day.later_today.push(due_ms);
        }
    }
    due.sort_by(|a, b| a.1.total_cmp(&b.1));
    day.due = due.into_iter().map(|(id, _)| id.to_string()).collect();
    day.later_today.sort_unstable();

    let first_seen = FirstSeen::of(inputs.log);
    let left = inputs
        .ration
        .saturating_sub(first_seen.introduced_today(inputs.today));
    let seen = first_seen.seen();
    day.new = inputs
        .bank_ids
        .iter()
        .filter(|id| !seen.contains(*id))
        .take(left)
        .map(|id| id.to_string())
        .collect();
    day
}

/// One day of the forecast.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ForecastDay {
    /// Answered questions falling due that day (today: due now or later).
    pub due: usize,
    /// New questions the ration brings that day, while any are left.
    pub new: usize,
}

impl ForecastDay {
    pub fn total(&self) -> usize {
        self.due + self.new
    }
}

/// The next `days` days, today first: what falls due each day (everything
/// overdue counts today) and the new questions the ration brings. Today's
/// total is `review_day`'s `today_count`.
pub fn review_forecast(inputs: ReviewInputs<'_>, days: usize) -> Vec<ForecastDay> {
    let mut forecast = vec![ForecastDay::default(); days];
    if days == 0 {
        return forecast;
    }
    for (_, _, due_ms) in inputs.answered() {
        let day = if due_ms < inputs.today.end_ms {
            0
        } else {
            ((due_ms - inputs.today.start_ms) / DAY_MS) as usize
        };
        if let Some(slot) = forecast.get_mut(day) {
            slot.due += 1;
        }
    }
    let first_seen = FirstSeen::of(inputs.log);
    let seen = first_seen.seen();
    let mut unseen = inputs
        .bank_ids
        .iter()
        .filter(|id| !seen.contains(*id))
        .count();
    for (i, slot) in forecast.iter_mut().enumerate() {
        let left = if i == 0 {
            inputs
                .ration
                .saturating_sub(first_seen.introduced_today(inputs.today))
        } else {
            inputs.ration
        };
        slot.new = left.min(unseen);
        unseen -= slot.new;
    }
    forecast
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::Outcome;
    use crate::progress::{Mode, schedules};

    const DAY0: i64 = 1_790_000_000_000 - 1_790_000_000_000 % DAY_MS;
    const MINUTE: i64 = 60_000;

    fn answer(at_ms: i64, id: &str, outcome: Outcome) -> LogEntry {
        LogEntry {
            at_ms,
            question_id: id.into(),
            outcome,
            score: 0,
            time_ms: 20_000,
            suggested_ms: 60_000,
            mode: Mode::Review,
        }
    }

    fn at(now_ms: i64) -> Today {
        let start_ms = now_ms - now_ms.rem_euclid(DAY_MS);
        Today {
            now_ms,
            start_ms,
            end_ms: start_ms + DAY_MS,
        }
    }

    fn settings(new_per_day: u16, interview_ms: Option<i64>) -> ReviewSettings {
        ReviewSettings {
            new_per_day,
            interview_ms,
            ..ReviewSettings::default()
        }
    }

    const BANK: [&str; 6] = ["a", "b", "c", "d", "e", "f"];

    fn day(log: &[LogEntry], settings: &ReviewSettings, now_ms: i64) -> ReviewDay {
        let inputs = ReviewInputs {
            bank_ids: &BANK,
            schedules: &schedules(log),
            log,
            settings,
            ration: usize::from(settings.new_per_day),
            today: &at(now_ms),
        };
        review_day(inputs)
    }

    /// Answers everything `day` holds now with `outcome`, a minute apart.
    fn answer_all(log: &mut Vec<LogEntry>, day: &ReviewDay, from_ms: i64, outcome: Outcome) {
        for (i, id) in day.queue().iter().enumerate() {
            log.push(answer(from_ms + i as i64 * MINUTE, id, outcome));
        }
    }

    #[test]
    fn due_questions_come_first_then_new_ones_up_to_the_daily_ration() {
        let log = vec![
            answer(DAY0 - 3 * DAY_MS, "a", Outcome::Wrong),
            answer(DAY0 - DAY_MS, "b", Outcome::Correct),
        ];
        let today = day(&log, &settings(2, None), DAY0 + 1000);
        assert_eq!(
            today.due,
            ["a"],
            "the missed one is due, the right one not yet"
        );
        assert_eq!(today.new, ["c", "d"], "two new questions");
        assert_eq!(today.queue(), ["a", "c", "d"]);
    }

    #[test]
    fn questions_first_seen_today_use_up_the_ration() {
        let log = vec![
            answer(DAY0 + 10, "a", Outcome::Correct),
            answer(DAY0 + 20, "b", Outcome::Correct),
        ];
        assert_eq!(day(&log, &settings(3, None), DAY0 + 1000).queue(), ["c"]);
    }

    #[test]
    fn a_question_answered_right_today_is_not_due_again_today() {
        for interview in [None, Some(DAY0 + 30 * DAY_MS + DAY_MS / 2)] {
            let mut log = vec![answer(DAY0 - 5 * DAY_MS, "a", Outcome::Correct)];
            let morning = DAY0 + 8 * 60 * MINUTE;
            let before = day(&log, &settings(0, interview), morning);
            assert_eq!(before.due, ["a"], "{interview:?}");
            answer_all(&mut log, &before, morning, Outcome::Correct);
            for later in [morning + MINUTE, morning + 10 * MINUTE, DAY0 + DAY_MS - 1] {
                let after = day(&log, &settings(0, interview), later);
                assert_eq!(after, ReviewDay::default(), "{interview:?} at {later}");
            }
        }
    }

    #[test]
    fn a_question_missed_today_comes_back_once_ten_minutes_later() {
        let mut log = vec![answer(DAY0 - 5 * DAY_MS, "a", Outcome::Correct)];
        let t = DAY0 + 8 * 60 * MINUTE;
        log.push(answer(t, "a", Outcome::Wrong));
        let soon = day(&log, &settings(0, None), t + MINUTE);
        assert!(soon.due.is_empty(), "not straight away");
        assert_eq!(soon.later_today, [t + RELEARN_STEP]);
        assert_eq!(day(&log, &settings(0, None), t + 10 * MINUTE).due, ["a"]);

        // Right at the step: done for today.
        let mut right = log.clone();
        right.push(answer(t + 11 * MINUTE, "a", Outcome::Correct));
        for later in [t + 12 * MINUTE, t + 2 * 60 * MINUTE, DAY0 + DAY_MS - 1] {
            assert_eq!(day(&right, &settings(0, None), later), ReviewDay::default());
        }
        // Missed again at the step: not a second time today either.
        let mut again = log.clone();
        again.push(answer(t + 11 * MINUTE, "a", Outcome::Wrong));
        for later in [t + 22 * MINUTE, DAY0 + DAY_MS - 1] {
            assert_eq!(day(&again, &settings(0, None), later), ReviewDay::default());
        }
        let tomorrow = day(&again, &settings(0, None), DAY0 + DAY_MS + 8 * 60 * MINUTE);
        assert_eq!(tomorrow.due, ["a"], "it is back the next day");
    }

    #[test]
    fn a_question_missed_days_after_an_unanswered_step_gets_a_new_step() {
        let t = DAY0 - 3 * DAY_MS;
        let log = vec![
            answer(t, "a", Outcome::Wrong),
            answer(DAY0 + 60 * MINUTE, "a", Outcome::Wrong),
        ];
        let soon = day(&log, &settings(0, None), DAY0 + 61 * MINUTE);
        assert_eq!(soon.later_today, [DAY0 + 60 * MINUTE + RELEARN_STEP]);
    }

    #[test]
    fn with_an_interview_date_the_session_ends_and_the_forecast_agrees() {
        let interview = Some(DAY0 + 20 * DAY_MS + DAY_MS / 2);
        let mut log = Vec::new();
        // Seen over the past weeks, some right, some missed.
        for (i, id) in BANK.iter().enumerate() {
            let outcome = if i % 2 == 0 {
                Outcome::Correct
            } else {
                Outcome::Wrong
            };
            log.push(answer(DAY0 - (20 - i as i64) * DAY_MS, id, outcome));
            log.push(answer(
                DAY0 - (10 - i as i64) * DAY_MS,
                id,
                Outcome::Correct,
            ));
        }
        let set = settings(3, interview);
        let mut now = DAY0 + 9 * 60 * MINUTE;
        let first = day(&log, &set, now);
        assert!(!first.due.is_empty(), "something is due");
        let forecast_for = |log: &[LogEntry], now: i64| {
            let inputs = ReviewInputs {
                bank_ids: &BANK,
                schedules: &schedules(log),
                log,
                settings: &set,
                ration: 3,
                today: &at(now),
            };
            review_forecast(inputs, 14)
        };
        assert_eq!(forecast_for(&log, now)[0].total(), first.today_count());
        answer_all(&mut log, &first, now, Outcome::Correct);
        now += first.queue().len() as i64 * MINUTE;
        let done = day(&log, &set, now);
        assert_eq!(done, ReviewDay::default(), "the queue empties");
        let forecast = forecast_for(&log, now);
        assert_eq!(
            forecast[0].total(),
            0,
            "today in the forecast: nothing left"
        );
        assert_eq!(
            day(&log, &set, DAY0 + DAY_MS - 1),
            ReviewDay::default(),
            "nor later today"
        );
        let tomorrow = day(&log, &set, DAY0 + DAY_MS + 9 * 60 * MINUTE);
        assert_eq!(
            tomorrow.due.len(),
            forecast[1].due,
            "tomorrow's count is what the forecast said"
        );
    }

    #[test]
    fn an_interview_date_brings_back_before_it_what_would_be_shaky_on_the_day() {
        // Easy: next review 15 days later.
        let easy = LogEntry {
            time_ms: 10_000,
            ..answer(DAY0 - DAY_MS, "a", Outcome::Correct)
        };
        let log = vec![easy];
        let s = schedules(&log);
        let due = s["a"].due_ms;
        assert_eq!(due, DAY0 + 14 * DAY_MS);
        let today = at(DAY0 + 1000);
        assert!(day(&log, &settings(0, None), today.now_ms).due.is_empty());
        // Interview in ten days, the next review after it: one more look
        // the day before.
        let in_ten_days = DAY0 + 10 * DAY_MS + DAY_MS / 2;
        assert_eq!(
            due_with_interview(&s["a"], Some(in_ten_days), &today),
            DAY0 + 9 * DAY_MS
        );
        // Interview in five days: recall then is still high enough.
        let in_five_days = DAY0 + 5 * DAY_MS + DAY_MS / 2;
        assert_eq!(due_with_interview(&s["a"], Some(in_five_days), &today), due);
        // A question due before the interview keeps its date.
        let far = DAY0 + 60 * DAY_MS;
        assert_eq!(due_with_interview(&s["a"], Some(far), &today), due);
        // A past interview changes nothing.
        assert_eq!(
            due_with_interview(&s["a"], Some(DAY0 - DAY_MS), &today),
            due
        );

        // Good: next review in 3 days. Interview tomorrow: the eve is
        // today, and it was last answered yesterday, so it is due now.
        let log = vec![answer(DAY0 - DAY_MS, "b", Outcome::Correct)];
        let tomorrow_noon = DAY0 + DAY_MS + DAY_MS / 2;
        assert_eq!(
            day(&log, &settings(0, Some(tomorrow_noon)), today.now_ms).due,
            ["b"]
        );
        // Answered today, it waits for tomorrow even so.
        let today_too = vec![answer(DAY0 + 500, "b", Outcome::Correct)];
        assert!(
            day(&today_too, &settings(0, Some(tomorrow_noon)), today.now_ms)
                .due
                .is_empty()
        );
        let s = schedules(&today_too);
        assert!(due_with_interview(&s["b"], Some(tomorrow_noon), &today) >= DAY0 + DAY_MS);
    }

    #[test]
    fn the_forecast_counts_today_as_the_day_does_and_new_questions_until_the_bank_is_seen() {
        let log = vec![
            answer(DAY0 - 3 * DAY_MS, "a", Outcome::Wrong),
            answer(DAY0 + 60 * MINUTE, "b", Outcome::Wrong),
        ];
        let set = settings(2, None);
        let now = DAY0 + 61 * MINUTE;
        let today = day(&log, &set, now);
        let inputs = ReviewInputs {
            bank_ids: &BANK,
            schedules: &schedules(&log),
            log: &log,
            settings: &set,
            ration: 2,
            today: &at(now),
        };
        let forecast = review_forecast(inputs, 5);
        assert_eq!(
            forecast[0],
            ForecastDay { due: 2, new: 1 },
            "a now, b later; one new left"
        );
        assert_eq!(forecast[0].total(), today.today_count());
        assert_eq!(today.now_count(), 2);
        // c..f: one today (b was today's first), then two, then one.
        let new: Vec<usize> = forecast.iter().map(|d| d.new).collect();
        assert_eq!(new, [1, 2, 1, 0, 0]);
    }

    #[test]
    fn the_ration_follows_the_plan_only_when_asked_and_with_a_date() {
        let mut set = settings(7, Some(DAY0));
        assert_eq!(set.ration(Some(30)), 7);
        set.ration_follows_plan = true;
        assert_eq!(set.ration(Some(30)), 30);
        assert_eq!(set.ration(None), 7, "no plan (interview today or past)");
        set.interview_ms = None;
        assert_eq!(set.ration(Some(30)), 7);
    }
}
