//! Times search keystrokes over a bank as `make bench` types them in the
//! browser (words typed a letter at a time, then erased), on the host: how
//! long matching, ranking and marking the first page of rows take, before
//! any drawing.
//!
//! Usage: bench-search <bank dir>

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use drill_core::search::{Filter, Query, SearchIndex, answer_text, highlight, snippet};
use drill_core::text::one_line;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: bench-search <bank dir>");
        return ExitCode::FAILURE;
    };
    let bank = match drill_core::compiler::compile_dir(Path::new(&dir)) {
        Ok((bank, _seed)) => bank,
        Err(errors) => {
            for e in errors {
                eprintln!("{e}");
            }
            return ExitCode::FAILURE;
        }
    };
    let questions = &bank.questions;
    let mut prepare_ms = f64::MAX;
    // Each pass starts afresh, as a new visit would: no earlier search to
    // narrow from. Each keystroke keeps its fastest pass: the machine's
    // other work only ever adds time.
    let mut passes: Vec<Vec<f64>> = Vec::new();
    for _ in 0..5 {
        let mut times = Vec::new();
        let index = SearchIndex::new();
        let started = Instant::now();
        index.prepare(questions, usize::MAX);
        prepare_ms = prepare_ms.min(started.elapsed().as_secs_f64() * 1e3);
        for word in [
            "redis",
            "gil",
            "事务",
            "索引",
            "docker",
            "B+ 树",
            "ｍｙｓｑｌ",
        ] {
            let letters: Vec<char> = word.chars().collect();
            let typed = (1..=letters.len()).chain((0..letters.len()).rev());
            for n in typed {
                let filter = Filter {
                    query: letters[..n].iter().collect(),
                    ..Filter::default()
                };
                let started = Instant::now();
                let found = index.matching(questions, &filter);
                // What the first page of rows then marks, as the list draws it.
                let query = Query::parse(&filter.query);
                if !query.is_empty() {
                    for &i in found.iter().take(10) {
                        let title = one_line(&questions[i].prompt);
                        std::hint::black_box(highlight(&title, &query));
                        std::hint::black_box(snippet(&title, &answer_text(&questions[i]), &query));
                    }
                }
                let ms = started.elapsed().as_secs_f64() * 1e3;
                if std::env::var_os("BENCH_VERBOSE").is_some() {
                    eprintln!("{:?} {} {ms:.2}", filter.query, found.len());
                }
                times.push(ms);
            }
        }
        passes.push(times);
    }
    let mut times: Vec<f64> = (0..passes[0].len())
        .map(|k| passes.iter().map(|p| p[k]).fold(f64::MAX, f64::min))
        .collect();
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() as f64 * q).ceil() as usize).saturating_sub(1)];
    println!(
        "{} questions: text prepared in {prepare_ms:.1} ms; {} keystrokes: median {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        questions.len(),
        times.len(),
        at(0.5),
        at(0.95),
        at(1.0),
    );
    ExitCode::SUCCESS
}
