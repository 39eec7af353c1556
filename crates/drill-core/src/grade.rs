//! Grading: what the app can judge by itself, and the user's own grade of an
//! open answer against its key points.

use serde::{Deserialize, Serialize};

use crate::bank::{Question, QuestionType};

/// What the user answered to a graded question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Response {
    /// Indices of the chosen choices.
    Choices(Vec<usize>),
    TrueFalse(bool),
    Text(String),
    /// Indices into the question's correct order, in the order the user put them.
    Order(Vec<usize>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Outcome {
    Correct,
    Partial,
    Wrong,
    TimedOut,
    /// The round ended (budget or early finish) before the question came up.
    NotReached,
}

impl Outcome {
    /// Whether the question should come back: anything but a clean answer.
    pub fn needs_review(self) -> bool {
        self != Outcome::Correct
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grade {
    pub outcome: Outcome,
    /// 0 to 100.
    pub score: u8,
}

impl Grade {
    pub const fn new(outcome: Outcome, score: u8) -> Self {
        Grade { outcome, score }
    }
}

/// The user's one-tap verdict on an open answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SelfGrade {
    Know,
    Fuzzy,
    DontKnow,
}

impl SelfGrade {
    pub const ALL: [SelfGrade; 3] = [SelfGrade::Know, SelfGrade::Fuzzy, SelfGrade::DontKnow];

    fn outcome(self) -> Outcome {
        match self {
            SelfGrade::Know => Outcome::Correct,
            SelfGrade::Fuzzy => Outcome::Partial,
            SelfGrade::DontKnow => Outcome::Wrong,
        }
    }

    /// The score when there is nothing to tick: a question without key
    /// points (none in the bank today) can only be scored by the verdict.
    fn nominal_score(self) -> u8 {
        match self {
            SelfGrade::Know => 100,
            SelfGrade::Fuzzy => 50,
            SelfGrade::DontKnow => 0,
        }
    }
}

/// The share of key points the user said, in percent.
pub fn ticked_share(ticked: &[bool]) -> u8 {
    if ticked.is_empty() {
        return 0;
    }
    let said = ticked.iter().filter(|t| **t).count();
    (said * 100 / ticked.len()) as u8
}

/// The grade the ticked key points suggest: 80% or more is 会, 40% or more 模糊.
pub fn suggested_self_grade(ticked: &[bool]) -> SelfGrade {
    match ticked_share(ticked) {
        80.. => SelfGrade::Know,
        40.. => SelfGrade::Fuzzy,
        _ => SelfGrade::DontKnow,
    }
}

/// An open answer's grade. The score is the share of key points ticked,
/// whatever the user chooses, so claiming 会 never scores more than what
/// was said; the choice sets the outcome, and with it when the question
/// comes back. Older log entries keep the score they were stored with.
pub fn grade_open(ticked: &[bool], chosen: SelfGrade) -> Grade {
    let score = if ticked.is_empty() {
        chosen.nominal_score()
    } else {
        ticked_share(ticked)
    };
    Grade::new(chosen.outcome(), score)
}

/// Grades a graded question. `None` when the response does not fit the
/// question's type.
pub fn grade_response(question: &Question, response: &Response) -> Option<Grade> {
    let right = |ok: bool| {
        if ok {
            Grade::new(Outcome::Correct, 100)
        } else {
            Grade::new(Outcome::Wrong, 0)
        }
    };
    match (question.kind, response) {
        (QuestionType::SingleChoice | QuestionType::MultipleChoice, Response::Choices(chosen)) => {
            let mut chosen = chosen.clone();
            chosen.sort_unstable();
            chosen.dedup();
            let correct: Vec<usize> = (0..question.choices.len())
                .filter(|i| question.choices[*i].correct)
                .collect();
            Some(right(chosen == correct))
        }
        (QuestionType::TrueFalse, Response::TrueFalse(said)) => {
            Some(right(question.true_false_answer() == Some(*said)))
        }
        (QuestionType::FillIn, Response::Text(text)) => {
            let given = normalize_fill(text);
            Some(right(
                !given.is_empty() && question.accepted.iter().any(|a| normalize_fill(a) == given),
            ))
        }
        (QuestionType::Ordering, Response::Order(order)) => {
            let n = question.order.len();
            if order.len() != n {
                return None;
            }
            let in_place = order.iter().enumerate().filter(|(i, o)| *i == **o).count();
            Some(if in_place == n {
                Grade::new(Outcome::Correct, 100)
            } else {
                Grade::new(Outcome::Wrong, (in_place * 100 / n) as u8)
            })
        }
        _ => None,
    }
}

/// Fill-in answers match ignoring case, surrounding space, full-width forms
/// (what a Chinese keyboard types) and trailing punctuation.
pub fn normalize_fill(text: &str) -> String {
    let half: String = text
        .chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            _ => c,
        })
        .collect();
    let folded = half
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    folded
        .trim_end_matches(['.', '。', ',', '，', ';', '；', '!', '?'])
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Choice;
    use std::borrow::Cow::Borrowed as B;

    fn question(kind: QuestionType) -> Question {
        Question {
            difficulty: 1,
            time_secs: 30,
            choices: B(&[
                Choice {
                    html: B("a"),
                    correct: true,
                },
                Choice {
                    html: B("b"),
                    correct: false,
                },
                Choice {
                    html: B("c"),
                    correct: true,
                },
            ]),
            accepted: B(&[B("-u"), B("SELECT")]),
            order: B(&[B("1"), B("2"), B("3"), B("4")]),
            ..Question::blank("q", "t", kind)
        }
    }

    #[test]
    fn multiple_choice_needs_exactly_the_right_set() {
        let q = question(QuestionType::MultipleChoice);
        let grade = |c: Vec<usize>| grade_response(&q, &Response::Choices(c)).unwrap().outcome;
        assert_eq!(grade(vec![2, 0]), Outcome::Correct);
        assert_eq!(grade(vec![0]), Outcome::Wrong);
        assert_eq!(grade(vec![0, 1, 2]), Outcome::Wrong);
    }

    #[test]
    fn true_false_compares_with_the_answer() {
        let mut q = question(QuestionType::TrueFalse);
        q.accepted = B(&[B("错")]);
        assert_eq!(
            grade_response(&q, &Response::TrueFalse(false))
                .unwrap()
                .outcome,
            Outcome::Correct
        );
        assert_eq!(
            grade_response(&q, &Response::TrueFalse(true))
                .unwrap()
                .outcome,
            Outcome::Wrong
        );
    }

    #[test]
    fn fill_in_forgives_case_width_space_and_a_final_full_stop() {
        let q = question(QuestionType::FillIn);
        for given in ["-u", " -U ", "－ｕ", "select。", "Select"] {
            assert_eq!(
                grade_response(&q, &Response::Text(given.into()))
                    .unwrap()
                    .outcome,
                Outcome::Correct,
                "{given}"
            );
        }
        for given in ["", "-p", "sel ect"] {
            assert_eq!(
                grade_response(&q, &Response::Text(given.into()))
                    .unwrap()
                    .outcome,
                Outcome::Wrong,
                "{given}"
            );
        }
    }

    #[test]
    fn ordering_scores_items_in_place_but_only_the_whole_order_is_right() {
        let q = question(QuestionType::Ordering);
        assert_eq!(
            grade_response(&q, &Response::Order(vec![0, 1, 2, 3])).unwrap(),
            Grade::new(Outcome::Correct, 100)
        );
        assert_eq!(
            grade_response(&q, &Response::Order(vec![0, 1, 3, 2])).unwrap(),
            Grade::new(Outcome::Wrong, 50)
        );
        assert_eq!(grade_response(&q, &Response::Order(vec![0, 1])), None);
    }

    #[test]
    fn a_response_of_the_wrong_shape_is_not_graded() {
        let q = question(QuestionType::SingleChoice);
        assert_eq!(grade_response(&q, &Response::TrueFalse(true)), None);
    }

    #[test]
    fn open_answers_score_the_ticked_share_and_the_choice_sets_the_outcome() {
        let ticks = [true, true, false, true, false];
        assert_eq!(ticked_share(&ticks), 60);
        assert_eq!(suggested_self_grade(&ticks), SelfGrade::Fuzzy);
        assert_eq!(
            grade_open(&ticks, SelfGrade::Fuzzy),
            Grade::new(Outcome::Partial, 60)
        );
        // Claiming 会 on 3 of 5 does not lift the score above 4 of 5.
        assert_eq!(
            grade_open(&ticks, SelfGrade::Know),
            Grade::new(Outcome::Correct, 60)
        );
        assert_eq!(
            grade_open(&[true, true, true, true, false], SelfGrade::Know),
            Grade::new(Outcome::Correct, 80)
        );
        assert_eq!(
            grade_open(&ticks, SelfGrade::DontKnow),
            Grade::new(Outcome::Wrong, 60)
        );
        assert_eq!(
            grade_open(&[false; 4], SelfGrade::DontKnow),
            Grade::new(Outcome::Wrong, 0)
        );
        assert_eq!(suggested_self_grade(&[true; 5]), SelfGrade::Know);
    }

    #[test]
    fn without_key_points_the_verdict_is_the_score() {
        assert_eq!(grade_open(&[], SelfGrade::Know).score, 100);
        assert_eq!(grade_open(&[], SelfGrade::Fuzzy).score, 50);
        assert_eq!(grade_open(&[], SelfGrade::DontKnow).score, 0);
    }

    fn grade_of(choice: u8) -> SelfGrade {
        SelfGrade::ALL[usize::from(choice % 3)]
    }

    proptest::proptest! {
        #[test]
        fn ticking_more_never_scores_less(
            ticked in proptest::collection::vec(proptest::bool::ANY, 1..8),
            extra in 0usize..8,
            choice in 0u8..3,
        ) {
            let mut more = ticked.clone();
            let at = extra % more.len();
            more[at] = true;
            let chosen = grade_of(choice);
            proptest::prop_assert!(grade_open(&more, chosen).score >= grade_open(&ticked, chosen).score);
        }

        #[test]
        fn claiming_more_than_ticked_never_scores_more(
            ticked in proptest::collection::vec(proptest::bool::ANY, 1..8),
            choice in 0u8..3,
        ) {
            let share = ticked_share(&ticked);
            let chosen = grade_of(choice);
            // Whatever the verdict, the score is no more than what was ticked.
            proptest::prop_assert!(grade_open(&ticked, chosen).score <= share);
            for other in SelfGrade::ALL {
                proptest::prop_assert_eq!(grade_open(&ticked, other).score, grade_open(&ticked, chosen).score);
            }
        }
    }
}
