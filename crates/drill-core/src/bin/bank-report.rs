//! Prints the bank's counts and seed coverage as one JSON object.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "questions".into());
    match drill_core::compiler::compile_dir(Path::new(&dir)) {
        Ok((bank, seed)) => {
            println!("{}", drill_core::compiler::seed::report_json(&bank, &seed));
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in errors {
                eprintln!("{e}");
            }
            ExitCode::FAILURE
        }
    }
}
