use serde::{Deserialize, Serialize};

/// How a question is answered and graded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum QuestionType {
    /// Answered out loud, graded by the user against the key points.
    Open,
    SingleChoice,
    MultipleChoice,
    TrueFalse,
    FillIn,
    Ordering,
}

impl QuestionType {
    pub const ALL: [QuestionType; 6] = [
        QuestionType::Open,
        QuestionType::SingleChoice,
        QuestionType::MultipleChoice,
        QuestionType::TrueFalse,
        QuestionType::FillIn,
        QuestionType::Ordering,
    ];

    /// The word used in bank files and URLs.
    pub fn key(self) -> &'static str {
        match self {
            QuestionType::Open => "open",
            QuestionType::SingleChoice => "single",
            QuestionType::MultipleChoice => "multiple",
            QuestionType::TrueFalse => "truefalse",
            QuestionType::FillIn => "fill",
            QuestionType::Ordering => "ordering",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.key() == key)
    }

    /// Whether the app can grade an answer by itself.
    pub fn is_auto_graded(self) -> bool {
        self != QuestionType::Open
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_parses_back_to_its_type() {
        for t in QuestionType::ALL {
            assert_eq!(QuestionType::from_key(t.key()), Some(t));
        }
        assert_eq!(QuestionType::from_key("essay"), None);
    }
}
