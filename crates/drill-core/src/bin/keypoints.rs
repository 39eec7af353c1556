//! Matches an answer against a question's key points, so anyone can try
//! the matcher: `cargo run -q -p drill-core --all-features --bin keypoints
//! -- <question-id> < answer.txt`. Prints one JSON object.

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use drill_core::keypoints::for_question;
use drill_core::text::one_line;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(id) = args.next() else {
        eprintln!("usage: keypoints <question-id> [questions-dir] < answer");
        return ExitCode::FAILURE;
    };
    let dir = args.next().unwrap_or_else(|| "questions".into());
    let bank = match drill_core::compiler::compile_dir(Path::new(&dir)) {
        Ok((bank, _)) => bank,
        Err(errors) => {
            for e in errors {
                eprintln!("{e}");
            }
            return ExitCode::FAILURE;
        }
    };
    let Some(question) = bank.questions.iter().find(|q| q.id == id) else {
        eprintln!("no question `{id}` in {dir}");
        return ExitCode::FAILURE;
    };
    let mut answer = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut answer) {
        eprintln!("cannot read the answer from stdin: {e}");
        return ExitCode::FAILURE;
    }
    let points: Vec<String> = for_question(question, &answer)
        .into_iter()
        .map(|m| {
            let evidence: Vec<String> = m.evidence.iter().map(|e| json_string(&e.text)).collect();
            format!(
                "{{\"index\": {}, \"text\": {}, \"matched\": {}, \"evidence\": [{}]}}",
                m.index,
                json_string(&one_line(&question.key_points[m.index])),
                m.matched,
                evidence.join(", ")
            )
        })
        .collect();
    println!(
        "{{\"question\": {}, \"points\": [{}]}}",
        json_string(&id),
        points.join(", ")
    );
    ExitCode::SUCCESS
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}
