//! Build-time compiler: bank markdown in, validated questions out.
//!
//! Every problem is reported as `path:line: what is wrong`, all at once, so an
//! author fixes a file in one pass instead of one error per build.

mod file;
mod highlight;
mod key_points;
mod markdown;
mod meta;
mod model;
mod question;
pub mod seed;
mod tip;
mod words;

use std::collections::HashMap;

pub use model::{BankError, Checked, CompiledBank, SourceFile};
use seed::Seed;

/// Where a question and its cross-references were written, for errors
/// that can only be found once every file is read.
#[derive(Debug, Clone)]
struct Located {
    path: String,
    id_line: usize,
    follow_line: usize,
    seed_line: usize,
    tip_line: usize,
}

/// Compiles every topic file and tip file. Questions may cite the question
/// lines of `seed`, tips its advice lines; any other id is an error.
pub fn compile_bank(
    files: &[SourceFile],
    tip_files: &[SourceFile],
    seed: &Seed,
) -> Result<CompiledBank, Vec<BankError>> {
    let advice_ids: Vec<String> = seed.advice.iter().map(|s| s.id.clone()).collect();
    let question_ids: Vec<String> = seed.questions.iter().map(|s| s.id.clone()).collect();
    let mut errors = Vec::new();
    let mut bank = CompiledBank::default();
    for source in tip_files {
        match tip::compile_tip(source) {
            Ok((tip, seed_line)) => {
                for id in tip
                    .seed
                    .iter()
                    .filter(|id| !advice_ids.iter().any(|s| s == id.as_ref()))
                {
                    errors.push(BankError {
                        path: source.path.clone(),
                        line: seed_line,
                        message: format!("unknown advice id `{id}` (tips cite `## 建议` lines of questions/SEED.md)"),
                    });
                }
                bank.tips.push(tip);
            }
            Err(mut tip_errors) => errors.append(&mut tip_errors),
        }
    }
    let mut places = Vec::new();
    for source in files {
        match file::compile_file(source) {
            Ok(compiled) => {
                bank.topics.push(compiled.topic);
                for (question, at) in compiled.questions {
                    bank.questions.push(question);
                    bank.checked.push(Checked {
                        path: source.path.clone(),
                        line: at.id,
                        ..at.checked
                    });
                    places.push(Located {
                        path: source.path.clone(),
                        id_line: at.id,
                        follow_line: at.follow,
                        seed_line: at.seed,
                        tip_line: at.tip,
                    });
                }
            }
            Err(mut file_errors) => errors.append(&mut file_errors),
        }
    }
    check_references(&bank, &places, &question_ids, &mut errors);
    let mut topic_ids: Vec<&str> = bank.topics.iter().map(|t| t.id.as_ref()).collect();
    topic_ids.sort_unstable();
    if let Some(w) = topic_ids.windows(2).find(|w| w[0] == w[1]) {
        errors.push(BankError {
            path: "questions".into(),
            line: 1,
            message: format!("two files define topic `{}`", w[0]),
        });
    }
    if errors.is_empty() {
        Ok(bank)
    } else {
        Err(errors)
    }
}

fn check_references(
    bank: &CompiledBank,
    places: &[Located],
    seed_ids: &[String],
    errors: &mut Vec<BankError>,
) {
    let mut first_seen: HashMap<&str, &Located> = HashMap::new();
    for (q, at) in bank.questions.iter().zip(places) {
        if let Some(first) = first_seen.get(q.id.as_ref()) {
            errors.push(BankError {
                path: at.path.clone(),
                line: at.id_line,
                message: format!(
                    "duplicate id `{}` (first defined at {}:{})",
                    q.id, first.path, first.id_line
                ),
            });
        } else {
            first_seen.insert(q.id.as_ref(), at);
        }
    }
    for (q, at) in bank.questions.iter().zip(places) {
        for follow in q.follow_ups.iter() {
            if !first_seen.contains_key(follow.as_ref()) {
                errors.push(BankError {
                    path: at.path.clone(),
                    line: at.follow_line,
                    message: format!("unknown follow-up id `{follow}`"),
                });
            }
        }
        if let Some(tip) = &q.tip
            && !bank.tips.iter().any(|t| t.id == *tip)
        {
            errors.push(BankError {
                path: at.path.clone(),
                line: at.tip_line,
                message: format!("unknown tip `{tip}` (see questions/tips/)"),
            });
        }
        for seed in q.seed.iter() {
            if !seed_ids.iter().any(|s| s == seed.as_ref()) {
                errors.push(BankError {
                    path: at.path.clone(),
                    line: at.seed_line,
                    message: format!("unknown seed id `{seed}` (questions cite `## 问题` lines of questions/SEED.md)"),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests;

/// Reads and compiles a bank folder: `SEED.md`, every other `*.md` as a
/// topic file in file-name order, and `tips/*.md`. Errors are
/// `path:line: message` lines.
pub fn compile_dir(dir: &std::path::Path) -> Result<(CompiledBank, seed::Seed), Vec<String>> {
    let read = |path: &std::path::Path| {
        std::fs::read_to_string(path)
            .map_err(|e| vec![format!("{}:1: cannot read: {e}", path.display())])
    };
    let seed_path = dir.join("SEED.md");
    let seed = seed::parse_seed(&read(&seed_path)?).map_err(|errors| {
        errors
            .into_iter()
            .map(|(line, m)| format!("{}:{line}: {m}", seed_path.display()))
            .collect::<Vec<_>>()
    })?;
    let files = read_markdown_files(dir, &read)?;
    let tips_dir = dir.join("tips");
    let tips = if tips_dir.is_dir() {
        read_markdown_files(&tips_dir, &read)?
    } else {
        Vec::new()
    };
    let bank = compile_bank(&files, &tips, &seed)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    // The shipped bank says what every answer was checked against, so the
    // next review knows what to re-read when a release ships.
    let mut missing: Vec<String> = bank
        .questions
        .iter()
        .zip(&bank.checked)
        .filter(|(_, c)| c.against.is_empty())
        .map(|(q, c)| {
            format!(
                "{}:{}: question `{}` is missing `- checked: …`",
                c.path, c.line, q.id
            )
        })
        .collect();
    // Every open answer can be checked for its key points, spoken or typed.
    missing.extend(
        bank.questions
            .iter()
            .zip(&bank.checked)
            .filter(|(q, _)| q.kind == crate::bank::QuestionType::Open && q.key_terms.is_empty())
            .map(|(q, c)| {
                format!(
                    "{}:{}: open question `{}` has no `### 判分词` (the terms of each key point)",
                    c.path, c.line, q.id
                )
            }),
    );
    if missing.is_empty() {
        Ok((bank, seed))
    } else {
        Err(missing)
    }
}

fn read_markdown_files(
    dir: &std::path::Path,
    read: &dyn Fn(&std::path::Path) -> Result<String, Vec<String>>,
) -> Result<Vec<SourceFile>, Vec<String>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| vec![format!("{}:1: cannot list: {e}", dir.display())])?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "md") && !p.ends_with("SEED.md"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            Ok(SourceFile {
                text: read(&path)?,
                path: path.display().to_string(),
            })
        })
        .collect()
}
