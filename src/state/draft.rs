//! What the user has picked or typed for the current graded question,
//! before submitting. Shared by the inputs and the keyboard shortcuts.

use drill_core::bank::{Question, QuestionType, scrambled_order};
use drill_core::grade::Response;
use leptos::prelude::*;

use super::session::Session;

#[derive(Clone, Copy)]
pub struct Draft {
    pub choices: RwSignal<Vec<usize>>,
    pub text: RwSignal<String>,
    /// Indices into the correct order, as the user has arranged them.
    pub order: RwSignal<Vec<usize>>,
    /// The attempt this draft belongs to: session, place and question.
    attempt: RwSignal<Option<String>>,
    session: Session,
}

impl Draft {
    pub fn new(session: Session) -> Self {
        Draft {
            choices: RwSignal::new(Vec::new()),
            text: RwSignal::new(String::new()),
            order: RwSignal::new(Vec::new()),
            attempt: RwSignal::new(None),
            session,
        }
    }

    /// Empties the draft when a new attempt starts; the same attempt (shown
    /// again after a pause) keeps what the user picked. An ordering
    /// question's items start in an order drawn for the attempt: fresh each
    /// time the question comes up, the same after a reload.
    pub fn reset(&self, question: &Question) {
        let attempt = self.session.current().with_untracked(|r| match r {
            Some(r) => format!("{}/{}/{}", r.id, r.current, question.id),
            None => question.id.to_string(),
        });
        if self
            .attempt
            .with_untracked(|a| a.as_deref() == Some(attempt.as_str()))
        {
            return;
        }
        self.order
            .set(scrambled_order(&attempt, question.order.len()));
        self.attempt.set(Some(attempt));
        self.choices.set(Vec::new());
        self.text.set(String::new());
    }

    /// Picks choice `index` (1-based keys map to it): single choice replaces,
    /// multiple choice toggles. A true/false question has no draft: a tap
    /// or a key answers it.
    pub fn pick(&self, question: &Question, index: usize) {
        // A key can arrive before the new question's inputs are drawn.
        self.reset(question);
        match question.kind {
            QuestionType::SingleChoice if index < question.choices.len() => {
                self.choices.set(vec![index])
            }
            QuestionType::MultipleChoice if index < question.choices.len() => {
                self.choices.update(|c| {
                    if let Some(at) = c.iter().position(|x| *x == index) {
                        c.remove(at);
                    } else {
                        c.push(index);
                    }
                })
            }
            _ => {}
        }
    }

    /// Moves an ordering item one place up (`-1`) or down (`1`).
    pub fn shift(&self, position: usize, by: isize) {
        self.order.update(|order| {
            let target = position as isize + by;
            if target >= 0 && (target as usize) < order.len() {
                order.swap(position, target as usize);
            }
        });
    }

    /// The response to submit, or `None` while nothing is chosen.
    pub fn response(&self, question: &Question) -> Option<Response> {
        self.reset(question);
        match question.kind {
            QuestionType::SingleChoice | QuestionType::MultipleChoice => {
                let chosen = self.choices.get_untracked();
                (!chosen.is_empty()).then_some(Response::Choices(chosen))
            }
            QuestionType::FillIn => {
                let text = self.text.get_untracked();
                (!text.trim().is_empty()).then_some(Response::Text(text))
            }
            QuestionType::Ordering => Some(Response::Order(self.order.get_untracked())),
            QuestionType::TrueFalse | QuestionType::Open => None,
        }
    }
}
