//! A small bank for round tests: open and graded questions in two topics.

use std::borrow::Cow::Borrowed as B;

use crate::bank::{Choice, Question, QuestionType};

fn question(
    id: &str,
    topic: &'static str,
    kind: QuestionType,
    difficulty: u8,
    time_secs: u16,
) -> Question {
    Question {
        difficulty,
        time_secs,
        prompt: B("<p>?</p>"),
        key_points: if kind == QuestionType::Open {
            B(&[B("a"), B("b"), B("c"), B("d")])
        } else {
            B(&[])
        },
        choices: B(&[
            Choice {
                html: B("right"),
                correct: true,
            },
            Choice {
                html: B("wrong"),
                correct: false,
            },
        ]),
        accepted: B(&[B("对")]),
        ..Question::blank(id, topic, kind)
    }
}

/// q0..q5 in redis (even: open 60 s, difficulty 2; odd: single choice 30 s,
/// difficulty 1), q6..q9 in mysql (true/false, 20 s, difficulty 3).
pub fn bank() -> Vec<Question> {
    let mut bank = Vec::new();
    for i in 0..6 {
        if i % 2 == 0 {
            bank.push(question(
                &format!("q{i}"),
                "redis",
                QuestionType::Open,
                2,
                60,
            ));
        } else {
            bank.push(question(
                &format!("q{i}"),
                "redis",
                QuestionType::SingleChoice,
                1,
                30,
            ));
        }
    }
    for i in 6..10 {
        bank.push(question(
            &format!("q{i}"),
            "mysql",
            QuestionType::TrueFalse,
            3,
            20,
        ));
    }
    bank
}
