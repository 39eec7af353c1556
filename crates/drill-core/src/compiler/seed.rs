//! questions/SEED.md: the real interview questions the bank must cover, each
//! with an id that questions cite in `- seed: …`.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::model::CompiledBank;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedLine {
    pub id: String,
    pub text: String,
}

/// The seed list: `questions` must each be covered by a bank question;
/// `advice` lines are tips on answering, shown by the app, not asked.
#[derive(Debug, Clone, Default)]
pub struct Seed {
    pub questions: Vec<SeedLine>,
    pub advice: Vec<SeedLine>,
}

/// Reads the `- id: text` lines under `## 问题` and `## 建议`.
pub fn parse_seed(text: &str) -> Result<Seed, Vec<(usize, String)>> {
    let mut seed = Seed::default();
    let mut errors = Vec::new();
    let mut list: Option<&mut Vec<SeedLine>> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if let Some(heading) = raw.strip_prefix("## ") {
            list = match heading.trim() {
                "问题" => Some(&mut seed.questions),
                "建议" => Some(&mut seed.advice),
                _ => None,
            };
            continue;
        }
        let (Some(list), Some(entry)) = (list.as_deref_mut(), raw.strip_prefix("- ")) else {
            continue;
        };
        match entry.split_once(": ") {
            Some((id, text)) if is_seed_id(id) => list.push(SeedLine {
                id: id.to_string(),
                text: text.trim().to_string(),
            }),
            _ => errors.push((line, format!("expected `- s01: question`, found `{raw}`"))),
        }
    }
    let mut seen = BTreeMap::new();
    for s in seed.questions.iter().chain(&seed.advice) {
        if seen.insert(s.id.clone(), ()).is_some() {
            errors.push((0, format!("seed id `{}` appears twice", s.id)));
        }
    }
    if errors.is_empty() {
        Ok(seed)
    } else {
        Err(errors)
    }
}

fn is_seed_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && id.len() >= 2
        && chars.all(|c| c.is_ascii_digit())
}

/// Advice lines that no tip cites.
pub fn advice_uncovered<'s>(bank: &CompiledBank, seed: &'s Seed) -> Vec<&'s SeedLine> {
    seed.advice
        .iter()
        .filter(|s| {
            !bank
                .tips
                .iter()
                .any(|t| t.seed.iter().any(|id| *id == s.id))
        })
        .collect()
}

/// Seed question ids that no bank question cites.
pub fn uncovered<'s>(bank: &CompiledBank, seed: &'s Seed) -> Vec<&'s SeedLine> {
    seed.questions
        .iter()
        .filter(|s| {
            !bank
                .questions
                .iter()
                .any(|q| q.seed.iter().any(|id| *id == s.id))
        })
        .collect()
}

/// `make bank-report`: one JSON object with the bank's counts and coverage.
pub fn report_json(bank: &CompiledBank, seed: &Seed) -> String {
    let mut by_type = BTreeMap::new();
    let mut by_topic = BTreeMap::new();
    let mut graded_by_topic = BTreeMap::new();
    for q in &bank.questions {
        *by_type.entry(q.kind.key()).or_insert(0usize) += 1;
        *by_topic.entry(q.topic.as_ref()).or_insert(0usize) += 1;
        let graded = graded_by_topic.entry(q.topic.as_ref()).or_insert(0usize);
        *graded += usize::from(q.kind.is_auto_graded());
    }
    let unchecked: Vec<String> = bank
        .questions
        .iter()
        .enumerate()
        .filter(|(i, _)| bank.checked.get(*i).is_none_or(|c| c.against.is_empty()))
        .map(|(_, q)| json_string(&q.id))
        .collect();
    let not_run = bank.checked.iter().filter(|c| c.not_run.is_some()).count();
    let uncovered = uncovered(bank, seed);
    let mut out = String::new();
    let _ = write!(
        out,
        "{{\"questions\": {}, \"auto_graded\": {}, \"by_type\": {}, \"by_topic\": {}, \"graded_by_topic\": {}, \"checked\": {}, \"unchecked\": [{}], \"not_run\": {}, \"seed_lines\": {}, \"seed_covered\": {}, \"uncovered\": [",
        bank.questions.len(),
        graded_by_topic.values().sum::<usize>(),
        json_counts(&by_type),
        json_counts(&by_topic),
        json_counts(&graded_by_topic),
        bank.questions.len() - unchecked.len(),
        unchecked.join(", "),
        not_run,
        seed.questions.len(),
        seed.questions.len() - uncovered.len(),
    );
    let items: Vec<String> = uncovered
        .iter()
        .map(|s| json_string(&format!("{}: {}", s.id, s.text)))
        .collect();
    out.push_str(&items.join(", "));
    let _ = write!(
        out,
        "], \"tips\": {}, \"advice_lines\": {}, \"advice_covered\": {}}}",
        bank.tips.len(),
        seed.advice.len(),
        seed.advice.len() - advice_uncovered(bank, seed).len()
    );
    out
}

fn json_counts(counts: &BTreeMap<&str, usize>) -> String {
    let fields: Vec<String> = counts
        .iter()
        .map(|(k, v)| format!("{}: {v}", json_string(k)))
        .collect();
    format!("{{{}}}", fields.join(", "))
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str =
        "# 种子\n\n## 问题\n- s01: redis为什么快？\n- s02: GIL锁\n\n## 建议\n- a01: 描述一个东西\n";

    #[test]
    fn questions_and_advice_are_read_apart() {
        let seed = parse_seed(SEED).unwrap();
        assert_eq!(seed.questions.len(), 2);
        assert_eq!(seed.questions[1].text, "GIL锁");
        assert_eq!(seed.advice[0].id, "a01");
    }

    #[test]
    fn malformed_and_duplicate_lines_are_errors() {
        let errors = parse_seed("## 问题\n- s01 no colon\n- s02: a\n- s02: b\n").unwrap_err();
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].0, 2);
        assert!(errors[1].1.contains("twice"));
    }

    #[test]
    fn report_counts_coverage() {
        let seed = parse_seed(SEED).unwrap();
        let bank = CompiledBank::default();
        let json = report_json(&bank, &seed);
        assert!(json.contains("\"seed_lines\": 2, \"seed_covered\": 0"));
        assert!(json.contains("\"s01: redis为什么快？\""));
    }
}
