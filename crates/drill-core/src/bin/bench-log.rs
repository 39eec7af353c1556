//! Prints a review log of daily practice as the browser stores it, for
//! `make bench` to measure how long a long history takes to load.
//!
//! Usage: bench-log <bank dir> <days> <answers per day> <last day, ms>

use std::path::Path;
use std::process::ExitCode;

use drill_core::grade::Outcome;
use drill_core::progress::{DAY_MS, LogEntry, Mode, encode_log};
use drill_core::rng::Rng;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, days, per_day, last_day_ms] = args.as_slice() else {
        eprintln!("usage: bench-log <bank dir> <days> <answers per day> <last day, ms>");
        return ExitCode::FAILURE;
    };
    let (Ok(days), Ok(per_day), Ok(last_day_ms)) = (
        days.parse::<i64>(),
        per_day.parse::<i64>(),
        last_day_ms.parse::<i64>(),
    ) else {
        eprintln!("days, answers per day and the last day must be whole numbers");
        return ExitCode::FAILURE;
    };
    let bank = match drill_core::compiler::compile_dir(Path::new(dir)) {
        Ok((bank, _seed)) => bank,
        Err(errors) => {
            for e in errors {
                eprintln!("{e}");
            }
            return ExitCode::FAILURE;
        }
    };
    let ids: Vec<&str> = bank.questions.iter().map(|q| q.id.as_ref()).collect();
    let log = daily_practice(&ids, days, per_day, last_day_ms);
    println!("{}", encode_log(&log));
    ExitCode::SUCCESS
}

/// A session each evening: mostly right answers, some misses, the mix of
/// outcomes and times a real user leaves behind.
fn daily_practice(ids: &[&str], days: i64, per_day: i64, last_day_ms: i64) -> Vec<LogEntry> {
    let mut rng = Rng::new(days as u64 ^ 0x5eed);
    let outcomes = [
        Outcome::Correct,
        Outcome::Correct,
        Outcome::Correct,
        Outcome::Partial,
        Outcome::Wrong,
        Outcome::TimedOut,
    ];
    let mut log = Vec::with_capacity((days * per_day) as usize);
    for day in 0..days {
        let evening = last_day_ms - (days - 1 - day) * DAY_MS + 20 * 3_600_000;
        for answer in 0..per_day {
            let outcome = outcomes[rng.below(outcomes.len())];
            log.push(LogEntry {
                at_ms: evening + answer * 90_000,
                question_id: ids[rng.below(ids.len())].to_string(),
                outcome,
                score: if outcome == Outcome::Correct { 100 } else { 0 },
                time_ms: 20_000 + rng.below(100_000) as u32,
                suggested_ms: 90_000,
                mode: if answer % 3 == 0 {
                    Mode::Review
                } else {
                    Mode::Round
                },
            });
        }
    }
    log
}
