//! `make keypoint-report`: the matcher's precision and recall over the
//! labelled answers in `eval/keypoint-answers.md`, as one JSON object.

use std::path::Path;
use std::process::ExitCode;

use drill_core::bank::QuestionType;
use drill_core::keypoints::eval::{EvalQuestion, evaluate, parse};
use drill_core::keypoints::terms_of;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let answers_path = args
        .next()
        .unwrap_or_else(|| "eval/keypoint-answers.md".into());
    let dir = args.next().unwrap_or_else(|| "questions".into());
    let text = match std::fs::read_to_string(&answers_path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{answers_path}:1: cannot read: {e}");
            return ExitCode::FAILURE;
        }
    };
    let answers = match parse(&text) {
        Ok(answers) => answers,
        Err(errors) => {
            for (line, message) in errors {
                eprintln!("{answers_path}:{line}: {message}");
            }
            return ExitCode::FAILURE;
        }
    };
    let bank = match drill_core::compiler::compile_dir(Path::new(&dir)) {
        Ok((bank, _)) => bank,
        Err(errors) => {
            for e in errors {
                eprintln!("{e}");
            }
            return ExitCode::FAILURE;
        }
    };
    let report = evaluate(&answers, |id| {
        let q = bank
            .questions
            .iter()
            .find(|q| q.id == id && q.kind == QuestionType::Open)?;
        Some(EvalQuestion {
            topic: q.topic.as_ref(),
            terms: terms_of(q),
        })
    });
    match report {
        Ok(report) => {
            println!("{}", report.to_json());
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in errors {
                eprintln!("{answers_path}: {e}");
            }
            ExitCode::FAILURE
        }
    }
}
