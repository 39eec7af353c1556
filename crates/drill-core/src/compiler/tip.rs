//! Tip files, questions/tips/<id>.md: `# Title`, optional `- seed: a01`
//! lines, then markdown advice shown beside the questions that cite the tip.

use std::borrow::Cow;

use super::markdown::{self, Lines};
use super::model::{BankError, SourceFile};
use crate::bank::Tip;

pub(super) fn compile_tip(source: &SourceFile) -> Result<(Tip, usize), Vec<BankError>> {
    let error = |line: usize, message: String| BankError {
        path: source.path.clone(),
        line,
        message,
    };
    let id = source
        .path
        .rsplit(['/', '\\'])
        .next()
        .and_then(|name| name.strip_suffix(".md"))
        .filter(|stem| super::file::is_valid_id(stem))
        .ok_or_else(|| {
            vec![error(
                1,
                "a tip file is named `tip-id.md` (lowercase, digits, `-`)".into(),
            )]
        })?;
    let mut lines = source.text.lines().enumerate();
    let title = match lines.next() {
        Some((_, first)) if first.starts_with("# ") => first[2..].trim().to_string(),
        _ => return Err(vec![error(1, "a tip file starts with `# Title`".into())]),
    };
    let mut errors = Vec::new();
    let mut seed = Vec::new();
    let mut seed_line = 1;
    let mut body_start = source.text.len();
    for (i, line) in lines {
        match line.strip_prefix("- seed:") {
            Some(ids) => {
                seed = ids
                    .split([',', '，'])
                    .map(|s| Cow::Owned(s.trim().to_string()))
                    .collect();
                seed_line = i + 1;
            }
            None if line.trim().is_empty() => {}
            None => {
                body_start = source.text.lines().take(i).map(|l| l.len() + 1).sum();
                break;
            }
        }
    }
    let body = &source.text[body_start.min(source.text.len())..];
    let first_body_line = source.text[..body_start.min(source.text.len())]
        .lines()
        .count();
    for (line, word) in super::words::leaks_in_tip(&source.text) {
        errors.push(error(line, super::words::message(word)));
    }
    let events = markdown::parse(body);
    for (line, message) in markdown::unsafe_content(&events, &Lines::new(body)) {
        errors.push(error(first_body_line + line, message));
    }
    let html = markdown::render(&events).trim().to_string();
    if html.is_empty() {
        errors.push(error(1, "a tip has advice after its title".into()));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let tip = Tip {
        id: Cow::Owned(id.to_string()),
        title: Cow::Owned(title),
        html: Cow::Owned(html),
        seed: Cow::Owned(seed),
    };
    Ok((tip, seed_line))
}
