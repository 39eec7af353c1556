//! The shipped bank itself: it compiles, and it covers every seed question.
#![cfg(feature = "compiler")]

use std::path::Path;

use drill_core::bank::QuestionType;
use drill_core::compiler::compile_dir;
use drill_core::compiler::seed::{advice_uncovered, uncovered};

fn bank_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../questions")
}

#[test]
fn every_seed_question_is_covered() {
    let (bank, seed) = compile_dir(&bank_dir()).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let missing: Vec<String> = uncovered(&bank, &seed)
        .iter()
        .map(|s| format!("{}: {}", s.id, s.text))
        .collect();
    assert!(
        missing.is_empty(),
        "seed lines with no question: {missing:#?}"
    );
    let advice: Vec<&str> = advice_uncovered(&bank, &seed)
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert!(advice.is_empty(), "advice lines with no tip: {advice:?}");
}

#[test]
fn the_bank_is_big_enough_and_has_graded_questions() {
    let (bank, _) = compile_dir(&bank_dir()).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let graded = bank
        .questions
        .iter()
        .filter(|q| q.kind != QuestionType::Open)
        .count();
    assert!(
        bank.questions.len() >= 180,
        "{} questions",
        bank.questions.len()
    );
    assert!(graded >= 60, "{graded} graded questions");
}

#[test]
fn every_seed_line_is_quoted_verbatim_from_the_original_notes() {
    let (_, seed) = compile_dir(&bank_dir()).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let original = std::fs::read_to_string(bank_dir().join("seed-original.txt")).unwrap();
    for line in seed.questions.iter().chain(&seed.advice) {
        assert!(
            original.contains(&line.text),
            "{} is not in the notes: {}",
            line.id,
            line.text
        );
    }
}

#[test]
fn the_app_embeds_the_whole_bank_and_gets_it_back() {
    let (bank, _) = compile_dir(&bank_dir()).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let packed = bank.pack();
    let unpacked = drill_core::bank::packed::unpack(packed.text.leak(), &packed.layout)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(unpacked.topics, bank.topics);
    assert_eq!(unpacked.questions, bank.questions);
    assert_eq!(unpacked.tips, bank.tips);
}
