use serde::{Deserialize, Serialize};

use super::config::{RoundConfig, TimeRule, TimeoutRule};
use crate::bank::{Question, QuestionType};
use crate::grade::{self, Grade, Outcome, Response, SelfGrade};

/// One question of a round and what happened to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub question_id: String,
    pub kind: QuestionType,
    pub limit_ms: i64,
    /// Time spent answering, pauses excluded, until reveal, submit or timeout.
    pub spent_ms: i64,
    pub grade: Option<Grade>,
    pub response: Option<Response>,
    /// Open questions: which key points the user said.
    pub ticked: Vec<bool>,
    /// Open questions: the answer as the user said or typed it (a speech
    /// transcript, edited or not, or notes).
    pub notes: String,
    /// Open questions: the key points the matcher heard in `notes` when the
    /// answer was revealed; empty until then. The user's ticks start here.
    #[serde(default)]
    pub suggested: Vec<bool>,
    pub timed_out: bool,
    /// Under the overrun rule: how far past the limit the answer came.
    pub overrun_ms: i64,
    /// Added during the round as a follow-up (追问).
    pub follow_up: bool,
    /// A follow-up: the id of the question it follows up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub led_by: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FinishReason {
    Completed,
    /// The whole-round budget ran out.
    Budget,
    /// The user ended the round early.
    Ended,
    /// The user started another session of the same kind and chose to end
    /// this one with what it had.
    Superseded,
}

/// What `Round::drop_missing` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dropped {
    /// Every question is still in the bank.
    Nothing,
    /// Questions not answered yet that left the bank were taken out.
    Some,
    /// Nothing was answered and no question is left: there is no round.
    Everything,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    /// The question's clock runs; `since_ms` starts the current running stretch.
    Answering {
        since_ms: i64,
        deadline_ms: i64,
    },
    /// An open question's answer is shown: the user ticks key points and grades.
    Revealed,
    /// The current question has its grade.
    Graded,
    /// Every clock is stopped; remaining times are kept, not deadlines.
    Paused {
        from: Box<Phase>,
        since_ms: i64,
        question_left_ms: Option<i64>,
        budget_left_ms: Option<i64>,
    },
    Finished {
        at_ms: i64,
        reason: FinishReason,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundError {
    /// The event does not apply in the round's current phase.
    NotNow,
    /// The response does not fit the question.
    BadResponse,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    pub id: String,
    /// The seed the questions were drawn with.
    pub seed: u64,
    pub config: RoundConfig,
    pub items: Vec<Item>,
    pub current: usize,
    pub phase: Phase,
    pub started_ms: i64,
    pub budget_deadline_ms: Option<i64>,
    /// Total time spent paused, and how many pauses.
    pub paused_ms: i64,
    pub pauses: u32,
    /// The latest time seen. A clock that jumps back is held here, so it
    /// can never add time.
    pub clock_ms: i64,
}

impl Round {
    /// Starts a round on `questions` (in order), the first one running.
    /// A round needs at least one question.
    pub fn start(
        id: String,
        seed: u64,
        config: RoundConfig,
        questions: &[&Question],
        now_ms: i64,
    ) -> Option<Round> {
        let first_limit = limit_ms(&config, questions.first()?);
        let items = questions
            .iter()
            .map(|q| new_item(&config, q, false))
            .collect();
        Some(Round {
            id,
            seed,
            budget_deadline_ms: config.budget_secs.map(|s| now_ms + i64::from(s) * 1000),
            config,
            items,
            current: 0,
            phase: Phase::Answering {
                since_ms: now_ms,
                deadline_ms: now_ms + first_limit,
            },
            started_ms: now_ms,
            paused_ms: 0,
            pauses: 0,
            clock_ms: now_ms,
        })
    }

    pub fn is_finished(&self) -> bool {
        matches!(self.phase, Phase::Finished { .. })
    }

    pub fn is_paused(&self) -> bool {
        matches!(self.phase, Phase::Paused { .. })
    }

    pub fn current_item(&self) -> &Item {
        &self.items[self.current]
    }

    /// Time left on the current question: negative when running over under
    /// the overrun rule; `None` when its clock is not running.
    pub fn question_left_ms(&self, now_ms: i64) -> Option<i64> {
        let now = now_ms.max(self.clock_ms);
        match &self.phase {
            Phase::Answering { deadline_ms, .. } => Some(deadline_ms - now),
            Phase::Paused {
                question_left_ms, ..
            } => *question_left_ms,
            _ => None,
        }
    }

    pub fn budget_left_ms(&self, now_ms: i64) -> Option<i64> {
        let now = now_ms.max(self.clock_ms);
        match &self.phase {
            Phase::Paused { budget_left_ms, .. } => *budget_left_ms,
            Phase::Finished { .. } => None,
            _ => self.budget_deadline_ms.map(|d| (d - now).max(0)),
        }
    }

    /// Time answering the current question so far, pauses excluded.
    pub fn question_spent_ms(&self, now_ms: i64) -> i64 {
        let now = now_ms.max(self.clock_ms);
        let item = self.current_item();
        match &self.phase {
            Phase::Answering { since_ms, .. } => item.spent_ms + (now - since_ms),
            _ => item.spent_ms,
        }
    }

    /// Applies every deadline that has passed by `now_ms`, in the order they
    /// fell due, each at its own time.
    pub fn tick(&mut self, now_ms: i64) {
        let now = self.observe(now_ms);
        loop {
            let budget_due = self.budget_deadline_ms.filter(|d| *d <= now);
            match self.phase.clone() {
                Phase::Answering {
                    since_ms,
                    deadline_ms,
                } if self.config.on_timeout == TimeoutRule::Reveal
                    && deadline_ms <= now
                    && budget_due.is_none_or(|b| deadline_ms <= b) =>
                {
                    self.time_out(since_ms, deadline_ms);
                }
                Phase::Answering { .. } | Phase::Revealed | Phase::Graded => {
                    if let Some(budget) = budget_due {
                        self.end_at_budget(budget);
                    }
                    return;
                }
                _ => return,
            }
        }
    }

    /// Open question: stop its clock and show the answer.
    pub fn reveal(&mut self, now_ms: i64) -> Result<(), RoundError> {
        self.tick(now_ms);
        let now = self.clock_ms;
        match self.phase {
            Phase::Answering {
                since_ms,
                deadline_ms,
            } if self.current_item().kind == QuestionType::Open => {
                self.stop_clock(since_ms, now, deadline_ms);
                self.phase = Phase::Revealed;
                Ok(())
            }
            _ => Err(RoundError::NotNow),
        }
    }

    /// Open question: tick or untick a key point as said.
    pub fn toggle_point(&mut self, index: usize) -> Result<(), RoundError> {
        if self.phase != Phase::Revealed {
            return Err(RoundError::NotNow);
        }
        let point = self.items[self.current]
            .ticked
            .get_mut(index)
            .ok_or(RoundError::BadResponse)?;
        *point = !*point;
        Ok(())
    }

    /// Open question, answer shown: ticks the key points the matcher found
    /// in the answer, once. The user can untick any of them before grading.
    pub fn suggest(&mut self, heard: &[bool]) -> Result<(), RoundError> {
        if self.phase != Phase::Revealed {
            return Err(RoundError::NotNow);
        }
        let item = &mut self.items[self.current];
        if heard.len() != item.ticked.len() {
            return Err(RoundError::BadResponse);
        }
        if !item.suggested.is_empty() {
            return Err(RoundError::NotNow);
        }
        item.suggested = heard.to_vec();
        for (tick, &heard) in item.ticked.iter_mut().zip(heard) {
            *tick |= heard;
        }
        Ok(())
    }

    pub fn set_notes(&mut self, notes: String) -> Result<(), RoundError> {
        if self.is_finished() {
            return Err(RoundError::NotNow);
        }
        self.items[self.current].notes = notes;
        Ok(())
    }

    /// Open question: the user's grade, against the ticked key points.
    pub fn grade_open(&mut self, now_ms: i64, chosen: SelfGrade) -> Result<(), RoundError> {
        self.tick(now_ms);
        if self.phase != Phase::Revealed {
            return Err(RoundError::NotNow);
        }
        let item = &mut self.items[self.current];
        let mut grade = grade::grade_open(&item.ticked, chosen);
        if item.timed_out {
            grade.outcome = Outcome::TimedOut;
        }
        item.grade = Some(grade);
        self.phase = Phase::Graded;
        Ok(())
    }

    /// Graded question: grade the user's response.
    pub fn submit(
        &mut self,
        now_ms: i64,
        question: &Question,
        response: Response,
    ) -> Result<(), RoundError> {
        self.tick(now_ms);
        let now = self.clock_ms;
        let Phase::Answering {
            since_ms,
            deadline_ms,
        } = self.phase
        else {
            return Err(RoundError::NotNow);
        };
        if question.id != self.current_item().question_id {
            return Err(RoundError::BadResponse);
        }
        let grade = grade::grade_response(question, &response).ok_or(RoundError::BadResponse)?;
        self.stop_clock(since_ms, now, deadline_ms);
        let item = &mut self.items[self.current];
        item.grade = Some(grade);
        item.response = Some(response);
        self.phase = Phase::Graded;
        Ok(())
    }

    /// Adds a follow-up question right after the current one, if the round
    /// does not hold it already.
    pub fn add_follow_up(&mut self, question: &Question) -> Result<(), RoundError> {
        if self.phase != Phase::Graded {
            return Err(RoundError::NotNow);
        }
        if self.items.iter().any(|i| i.question_id == question.id) {
            return Err(RoundError::BadResponse);
        }
        let mut item = new_item(&self.config, question, true);
        item.led_by = Some(self.current_item().question_id.clone());
        self.items.insert(self.current + 1, item);
        Ok(())
    }

    /// On to the next question, or the end of the round.
    pub fn next(&mut self, now_ms: i64) -> Result<(), RoundError> {
        self.tick(now_ms);
        let now = self.clock_ms;
        if self.phase != Phase::Graded {
            return Err(RoundError::NotNow);
        }
        if self.current + 1 < self.items.len() {
            self.current += 1;
            let limit = self.items[self.current].limit_ms;
            self.phase = Phase::Answering {
                since_ms: now,
                deadline_ms: now + limit,
            };
        } else {
            self.phase = Phase::Finished {
                at_ms: now,
                reason: FinishReason::Completed,
            };
        }
        Ok(())
    }

    /// Stops every clock, keeping what was left on each.
    pub fn pause(&mut self, now_ms: i64) -> Result<(), RoundError> {
        self.tick(now_ms);
        let now = self.clock_ms;
        let question_left_ms = match self.phase {
            Phase::Answering {
                since_ms,
                deadline_ms,
            } => {
                self.items[self.current].spent_ms += now - since_ms;
                Some(deadline_ms - now)
            }
            Phase::Revealed | Phase::Graded => None,
            _ => return Err(RoundError::NotNow),
        };
        let budget_left_ms = self.budget_deadline_ms.map(|d| d - now);
        self.budget_deadline_ms = None;
        self.phase = Phase::Paused {
            from: Box::new(self.phase.clone()),
            since_ms: now,
            question_left_ms,
            budget_left_ms,
        };
        self.pauses += 1;
        Ok(())
    }

    /// Restarts the clocks with what was left when paused.
    pub fn resume(&mut self, now_ms: i64) -> Result<(), RoundError> {
        let now = self.observe(now_ms);
        let Phase::Paused {
            from,
            since_ms,
            question_left_ms,
            budget_left_ms,
        } = self.phase.clone()
        else {
            return Err(RoundError::NotNow);
        };
        self.paused_ms += now - since_ms;
        self.budget_deadline_ms = budget_left_ms.map(|left| now + left);
        self.phase = match (*from, question_left_ms) {
            (Phase::Answering { .. }, Some(left)) => Phase::Answering {
                since_ms: now,
                deadline_ms: now + left,
            },
            (other, _) => other,
        };
        self.tick(now);
        Ok(())
    }

    /// Ends the round now; questions not answered yet count as not reached.
    pub fn end(&mut self, now_ms: i64) -> Result<(), RoundError> {
        self.end_for(now_ms, FinishReason::Ended)
    }

    /// Ends the round because the user starts another one in its place:
    /// as `end`, but the history says why.
    pub fn supersede(&mut self, now_ms: i64) -> Result<(), RoundError> {
        self.end_for(now_ms, FinishReason::Superseded)
    }

    /// Takes out the questions not answered yet whose question `exists` no
    /// longer knows (the bank changed with an app update). If the current
    /// question goes, the next one starts now; if none is left, the round
    /// finishes with what it has.
    pub fn drop_missing(&mut self, exists: impl Fn(&str) -> bool, now_ms: i64) -> Dropped {
        let now = self.observe(now_ms);
        let gone = |item: &Item| item.grade.is_none() && !exists(&item.question_id);
        if self.is_finished() || !self.items.iter().any(gone) {
            return Dropped::Nothing;
        }
        // Answered questions and those before the current one stay: their
        // place in the round is what their log entries are keyed by.
        let current_gone = gone(&self.items[self.current]);
        let mut index = 0;
        let current = self.current;
        self.items.retain(|item| {
            let keep = index < current || !gone(item);
            index += 1;
            keep
        });
        if self.items.is_empty() {
            return Dropped::Everything;
        }
        if !current_gone {
            return Dropped::Some;
        }
        if self.current < self.items.len() {
            let limit = self.items[self.current].limit_ms;
            let running = Phase::Answering {
                since_ms: now,
                deadline_ms: now + limit,
            };
            self.phase = match self.phase.clone() {
                Phase::Paused {
                    since_ms,
                    budget_left_ms,
                    ..
                } => Phase::Paused {
                    from: Box::new(running),
                    since_ms,
                    question_left_ms: Some(limit),
                    budget_left_ms,
                },
                _ => running,
            };
        } else {
            self.current = self.items.len() - 1;
            if let Phase::Paused { since_ms, .. } = self.phase {
                self.paused_ms += now - since_ms;
            }
            self.phase = Phase::Finished {
                at_ms: now,
                reason: FinishReason::Ended,
            };
        }
        Dropped::Some
    }

    fn end_for(&mut self, now_ms: i64, reason: FinishReason) -> Result<(), RoundError> {
        self.tick(now_ms);
        let now = self.clock_ms;
        match self.phase.clone() {
            Phase::Finished { .. } => return Err(RoundError::NotNow),
            Phase::Answering { since_ms, .. } => {
                self.items[self.current].spent_ms += now - since_ms
            }
            Phase::Paused { from, since_ms, .. } => {
                self.paused_ms += now - since_ms;
                self.phase = *from;
            }
            _ => {}
        }
        self.settle_current_and_rest(Outcome::NotReached);
        self.phase = Phase::Finished { at_ms: now, reason };
        Ok(())
    }

    fn observe(&mut self, now_ms: i64) -> i64 {
        self.clock_ms = self.clock_ms.max(now_ms);
        self.clock_ms
    }

    /// Stops the current question's clock at `at`, noting any overrun.
    fn stop_clock(&mut self, since_ms: i64, at: i64, deadline_ms: i64) {
        let item = &mut self.items[self.current];
        item.spent_ms += at - since_ms;
        item.overrun_ms = (at - deadline_ms).max(0);
    }

    fn time_out(&mut self, since_ms: i64, deadline_ms: i64) {
        let item = &mut self.items[self.current];
        item.spent_ms += deadline_ms - since_ms;
        item.timed_out = true;
        if item.kind == QuestionType::Open {
            self.phase = Phase::Revealed;
        } else {
            item.grade = Some(Grade::new(Outcome::TimedOut, 0));
            self.phase = Phase::Graded;
        }
    }

    fn end_at_budget(&mut self, budget_ms: i64) {
        if let Phase::Answering { since_ms, .. } = self.phase {
            let item = &mut self.items[self.current];
            item.spent_ms += budget_ms - since_ms;
            item.timed_out = true;
        }
        self.settle_current_and_rest(Outcome::TimedOut);
        self.phase = Phase::Finished {
            at_ms: budget_ms,
            reason: FinishReason::Budget,
        };
    }

    /// Gives the current question a grade if it has none (`unanswered` if it
    /// was still running; from its ticks if its answer was showing) and marks
    /// every later question not reached.
    fn settle_current_and_rest(&mut self, unanswered: Outcome) {
        let revealed = self.phase == Phase::Revealed;
        let item = &mut self.items[self.current];
        if item.grade.is_none() {
            item.grade = Some(if revealed {
                let suggested = grade::suggested_self_grade(&item.ticked);
                let mut g = grade::grade_open(&item.ticked, suggested);
                if item.timed_out {
                    g.outcome = Outcome::TimedOut;
                }
                g
            } else {
                Grade::new(unanswered, 0)
            });
        }
        for item in &mut self.items[self.current + 1..] {
            item.grade.get_or_insert(Grade::new(Outcome::NotReached, 0));
        }
    }
}

fn limit_ms(config: &RoundConfig, question: &Question) -> i64 {
    let secs = match config.time {
        TimeRule::Suggested => u32::from(question.time_secs),
        TimeRule::Fixed(secs) => secs,
    };
    i64::from(secs.max(1)) * 1000
}

fn new_item(config: &RoundConfig, question: &Question, follow_up: bool) -> Item {
    Item {
        question_id: question.id.to_string(),
        kind: question.kind,
        limit_ms: limit_ms(config, question),
        spent_ms: 0,
        grade: None,
        response: None,
        ticked: vec![false; question.key_points.len()],
        notes: String::new(),
        suggested: Vec::new(),
        timed_out: false,
        overrun_ms: 0,
        follow_up,
        led_by: None,
    }
}
