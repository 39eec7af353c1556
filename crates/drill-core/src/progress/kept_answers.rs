//! Answers kept with the review log, for users who ask for it (设置, off by
//! default): the text of each graded open answer, keyed like its log entry
//! (the moment and the question), so an answer is kept once however often
//! its round is saved.

use serde::{Deserialize, Serialize};

use super::LogEntry;
use crate::bank::QuestionType;
use crate::round::Round;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptAnswer {
    /// The log entry's moment.
    pub at_ms: i64,
    pub question_id: String,
    pub text: String,
}

/// The open answers of `round` that have text and a log entry among
/// `logged`, as they would be kept.
pub fn answers_of(round: &Round, logged: &[LogEntry]) -> Vec<KeptAnswer> {
    round
        .items
        .iter()
        .enumerate()
        .filter(|(_, item)| item.kind == QuestionType::Open && !item.notes.trim().is_empty())
        .filter_map(|(i, item)| {
            let at_ms = round.started_ms + i as i64;
            logged
                .iter()
                .any(|e| e.at_ms == at_ms && e.question_id == item.question_id)
                .then(|| KeptAnswer {
                    at_ms,
                    question_id: item.question_id.clone(),
                    text: item.notes.clone(),
                })
        })
        .collect()
}

/// Adds `new` to `kept`, once each, oldest first. Returns whether anything
/// was added.
pub fn keep(kept: &mut Vec<KeptAnswer>, new: &[KeptAnswer]) -> bool {
    let before = kept.len();
    for answer in new {
        let known = kept
            .iter()
            .any(|k| k.at_ms == answer.at_ms && k.question_id == answer.question_id);
        if !known {
            kept.push(answer.clone());
        }
    }
    kept.sort_by(|a, b| {
        a.at_ms
            .cmp(&b.at_ms)
            .then_with(|| a.question_id.cmp(&b.question_id))
    });
    kept.len() > before
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::SelfGrade;
    use crate::progress::{Mode, entries_from_round};
    use crate::round::RoundConfig;
    use crate::round::test_bank::bank;

    #[test]
    fn graded_open_answers_with_text_are_kept_once() {
        let bank = bank();
        let mut round = Round::start(
            "r".into(),
            1,
            RoundConfig::default(),
            &[&bank[0], &bank[2]],
            1000,
        )
        .unwrap();
        round.set_notes("内存和单线程".into()).unwrap();
        // Not graded yet: nothing to keep.
        let logged = entries_from_round(&round, Mode::Round);
        assert!(answers_of(&round, &logged).is_empty());
        round.reveal(2000).unwrap();
        round.grade_open(3000, SelfGrade::Know).unwrap();
        let logged = entries_from_round(&round, Mode::Round);
        let answers = answers_of(&round, &logged);
        assert_eq!(answers.len(), 1);
        assert_eq!(answers[0].text, "内存和单线程");
        let mut kept = Vec::new();
        assert!(keep(&mut kept, &answers));
        assert!(
            !keep(&mut kept, &answers),
            "a second save keeps nothing more"
        );
        assert_eq!(kept.len(), 1);
    }
}
