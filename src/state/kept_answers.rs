//! Answer texts kept with the review log, for users who turn it on in 设置
//! (off by default: then an answer's text lives only in its round).

use drill_core::persist::KEPT_ANSWERS_KEY;
use drill_core::progress::{KeptAnswer, LogEntry, answers_of, keep};
use drill_core::round::Round;
use leptos::prelude::*;

use super::notices::Notices;
use super::voice::Voice;
use crate::platform::clock::now_ms;
use crate::platform::storage;

#[derive(Clone, Copy)]
pub struct KeptAnswers {
    kept: RwSignal<Vec<KeptAnswer>>,
    voice: Voice,
    notices: Notices,
}

impl KeptAnswers {
    pub fn load(voice: Voice, notices: Notices) -> Self {
        let kept = notices.reported(storage::load::<Vec<KeptAnswer>>(KEPT_ANSWERS_KEY, now_ms()));
        KeptAnswers {
            kept: RwSignal::new(kept.unwrap_or_default()),
            voice,
            notices,
        }
    }

    /// The kept answers to one question, newest first.
    pub fn of(&self, question_id: &str) -> Vec<KeptAnswer> {
        self.kept.with(|kept| {
            kept.iter()
                .rev()
                .filter(|k| k.question_id == question_id)
                .cloned()
                .collect()
        })
    }

    /// Keeps the graded open answers of `round` that went into the log, if
    /// the user asked for it.
    pub fn record(&self, round: &Round, logged: &[LogEntry]) {
        if !self.voice.prefs().with_untracked(|p| p.keep_answers) {
            return;
        }
        let new = answers_of(round, logged);
        if new.is_empty() {
            return;
        }
        let mut added = false;
        self.kept.update(|kept| added = keep(kept, &new));
        if added
            && let Err(problem) = self
                .kept
                .with_untracked(|k| storage::save(KEPT_ANSWERS_KEY, k))
        {
            self.notices.report(&problem);
        }
    }
}
