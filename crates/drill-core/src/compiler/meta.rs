//! The `- key: value` lines between a question's id and its first section.

use crate::bank::QuestionType;

/// Raw metadata of one question, with the line of each list field so that
/// errors found later (unknown follow-up, unknown seed) point at it.
#[derive(Debug, Default)]
pub(super) struct Meta {
    pub kind: Option<QuestionType>,
    pub difficulty: Option<u8>,
    pub time_secs: Option<u16>,
    pub tags: Vec<String>,
    pub seed: Vec<String>,
    pub seed_line: usize,
    pub follow: Vec<String>,
    /// For each of `follow`, when it is asked; key points still 1-based as
    /// written, checked once the question's key points are known.
    pub follow_probes: Vec<WrittenProbe>,
    pub follow_line: usize,
    pub tip: Option<String>,
    pub tip_line: usize,
    /// What the answer was last checked against: `Python 3.14`, `Redis 8.2`.
    pub checked: Vec<String>,
    /// Why some of the question's code could not be run when it was checked.
    pub not_run: Option<String>,
    /// Key points (1-based) the answer may leave untaught, each with why.
    pub key_point_exempt: Vec<usize>,
    /// Fields given with a value that was rejected, so they are not also
    /// reported as missing.
    pub invalid: Vec<String>,
}

/// A follow-up's `(…)` as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WrittenProbe {
    Any,
    /// Key point N, counted from 1.
    KeyPoint(usize),
    Harder,
}

pub(super) const MAX_TIME_SECS: u16 = 1800;

/// Parses the metadata block; `first_line` is the file line of `block`'s
/// first line. Returns the errors as (line, message).
pub(super) fn parse_meta(block: &str, first_line: usize) -> (Meta, Vec<(usize, String)>) {
    let mut meta = Meta::default();
    let mut errors = Vec::new();
    for (i, raw) in block.lines().enumerate() {
        let line = first_line + i;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        let Some((key, value)) = trimmed
            .strip_prefix("- ")
            .and_then(|rest| rest.split_once(':').or_else(|| rest.split_once('：')))
        else {
            errors.push((line, format!("expected `- key: value`, found `{trimmed}`")));
            continue;
        };
        let value = value.trim();
        if let Err(message) = apply(&mut meta, key.trim(), value, line) {
            meta.invalid.push(key.trim().to_string());
            errors.push((line, message));
        }
    }
    (meta, errors)
}

fn apply(meta: &mut Meta, key: &str, value: &str, line: usize) -> Result<(), String> {
    match key {
        "type" => {
            meta.kind = Some(QuestionType::from_key(value).ok_or_else(|| {
                format!(
                    "unknown type `{value}` (one of: open, single, multiple, truefalse, fill, ordering)"
                )
            })?);
        }
        "difficulty" => {
            meta.difficulty = Some(
                value
                    .parse::<u8>()
                    .ok()
                    .filter(|d| (1..=3).contains(d))
                    .ok_or_else(|| format!("difficulty must be 1, 2 or 3, found `{value}`"))?,
            );
        }
        "time" => {
            meta.time_secs = Some(
                value
                    .parse::<u16>()
                    .ok()
                    .filter(|t| (10..=MAX_TIME_SECS).contains(t))
                    .ok_or_else(|| {
                        format!("time must be seconds from 10 to {MAX_TIME_SECS}, found `{value}`")
                    })?,
            );
        }
        "tags" => meta.tags = split_list(value),
        "seed" => {
            meta.seed = split_list(value);
            meta.seed_line = line;
        }
        "follow" => {
            meta.follow_line = line;
            for item in split_list(value) {
                let (id, probe) = parse_follow(&item)?;
                meta.follow.push(id);
                meta.follow_probes.push(probe);
            }
            if meta
                .follow_probes
                .iter()
                .filter(|p| **p == WrittenProbe::Harder)
                .count()
                > 1
            {
                return Err("only one follow-up can be marked `(harder)`".into());
            }
        }
        "tip" => {
            meta.tip = Some(value.to_string());
            meta.tip_line = line;
        }
        "checked" => meta.checked = parse_checked(value)?,
        "key-point-exempt" => {
            let (number, why) = value
                .split_once([':', '：'])
                .map(|(n, why)| (n.trim().parse::<usize>().ok(), why.trim()))
                .unwrap_or((None, ""));
            match number {
                Some(n) if n >= 1 && !why.is_empty() => meta.key_point_exempt.push(n),
                _ => {
                    return Err(format!(
                        "`key-point-exempt` takes a key point's number and why, e.g. `2: 只是给出延伸阅读`, found `{value}`"
                    ));
                }
            }
        }
        "not-run" => {
            if value.is_empty() {
                return Err(
                    "`not-run` needs a reason (what the code needs that the checks lack)".into(),
                );
            }
            meta.not_run = Some(value.to_string());
        }
        other => {
            return Err(format!(
                "unknown field `{other}` (one of: type, difficulty, time, tags, seed, follow, tip, checked, not-run, key-point-exempt)"
            ));
        }
    }
    Ok(())
}

/// `redis-io`, `redis-io (3)` (asked when key point 3 was missed) or
/// `redis-io (harder)` (asked after a strong answer). Full-width
/// parentheses are read too, since authors type either.
fn parse_follow(item: &str) -> Result<(String, WrittenProbe), String> {
    let Some((id, rest)) = item.split_once(['(', '（']) else {
        return Ok((item.to_string(), WrittenProbe::Any));
    };
    let inner = rest.strip_suffix([')', '）']).map(str::trim);
    let probe = match inner {
        Some("harder") => Some(WrittenProbe::Harder),
        Some(n) => n.parse::<usize>().ok().map(WrittenProbe::KeyPoint),
        None => None,
    };
    match probe {
        Some(probe) => Ok((id.trim().to_string(), probe)),
        None => Err(format!(
            "a follow-up is `id`, `id (N)` (asked when key point N was missed) or `id (harder)` (asked after a strong answer), found `{item}`"
        )),
    }
}

/// `Python 3.14, Django 5.2`: each item a name and a version that starts
/// with a digit, so a review can tell what to re-check when a release ships.
fn parse_checked(value: &str) -> Result<Vec<String>, String> {
    let items = split_list(value);
    if items.is_empty() {
        return Err(
            "`checked` needs what the answer was checked against, e.g. `Python 3.14, Redis 8.2`"
                .into(),
        );
    }
    for item in &items {
        let version = item.rsplit_once(' ').map(|(_, v)| v);
        if !version.is_some_and(|v| v.starts_with(|c: char| c.is_ascii_digit())) {
            return Err(format!(
                "`checked` item `{item}` needs a name and a version, e.g. `Python 3.14`"
            ));
        }
    }
    Ok(items)
}

/// Splits on ASCII and Chinese commas and the enumeration comma, since
/// authors type either.
fn split_list(value: &str) -> Vec<String> {
    value
        .split([',', '，', '、'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}
