//! The labelled answers the matcher is measured on: realistic answers to
//! open questions, each with the key points a strict interviewer would
//! credit. The file (`eval/keypoint-answers.md`) reads:
//!
//! ```text
//! ## redis-why-fast
//! ### strong
//! - credit: 1, 2, 3
//! 嗯，Redis 快主要是因为……
//!
//! ### off-topic
//! - credit: none
//! 我觉得 Redis 快是因为它是用 C 写的……
//! ```
//!
//! A question heading, then answers: a label, the key points credited
//! (1-based, or `none`), and the answer's text up to the next heading.

use std::collections::BTreeMap;

use super::{PointTerms, match_points};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelledAnswer {
    pub question: String,
    pub label: String,
    /// 0-based indices of the key points credited.
    pub credited: Vec<usize>,
    pub text: String,
    /// Line of the answer's label, for errors.
    pub line: usize,
}

/// Reads the file; errors are `(line, message)`.
pub fn parse(text: &str) -> Result<Vec<LabelledAnswer>, Vec<(usize, String)>> {
    let mut answers: Vec<LabelledAnswer> = Vec::new();
    let mut errors = Vec::new();
    let mut question: Option<String> = None;
    let mut credit_seen = true;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if let Some(id) = raw.strip_prefix("## ") {
            question = Some(id.trim().to_string());
            continue;
        }
        if let Some(label) = raw.strip_prefix("### ") {
            if !credit_seen {
                errors.push((line, "the answer above has no `- credit:` line".into()));
            }
            let Some(q) = &question else {
                errors.push((line, "an answer before any `## question-id`".into()));
                continue;
            };
            answers.push(LabelledAnswer {
                question: q.clone(),
                label: label.trim().to_string(),
                credited: Vec::new(),
                text: String::new(),
                line,
            });
            credit_seen = false;
            continue;
        }
        let Some(answer) = answers.last_mut() else {
            continue;
        };
        if !credit_seen {
            if raw.trim().is_empty() {
                continue;
            }
            match raw.trim().strip_prefix("- credit:").map(parse_credit) {
                Some(Ok(credited)) => answer.credited = credited,
                Some(Err(e)) => errors.push((line, e)),
                None => errors.push((line, "expected `- credit: 1, 3` or `- credit: none`".into())),
            }
            credit_seen = true;
            continue;
        }
        if !answer.text.is_empty() || !raw.trim().is_empty() {
            answer.text.push_str(raw);
            answer.text.push('\n');
        }
    }
    if !credit_seen {
        errors.push((
            text.lines().count(),
            "the last answer has no `- credit:` line".into(),
        ));
    }
    for a in &mut answers {
        a.text = a.text.trim().to_string();
        if a.text.is_empty() {
            errors.push((
                a.line,
                format!("answer `{}` of `{}` has no text", a.label, a.question),
            ));
        }
    }
    if errors.is_empty() {
        Ok(answers)
    } else {
        Err(errors)
    }
}

fn parse_credit(value: &str) -> Result<Vec<usize>, String> {
    let value = value.trim();
    if value == "none" {
        return Ok(Vec::new());
    }
    value
        .split([',', '，'])
        .map(|n| match n.trim().parse::<usize>() {
            Ok(n) if n >= 1 => Ok(n - 1),
            _ => Err(format!("`{}` is not a key point number", n.trim())),
        })
        .collect()
}

/// Precision and recall of the matcher's suggestions against the labels.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    pub answers: usize,
    /// Key points suggested and credited.
    pub true_positives: usize,
    /// Suggested, not credited.
    pub false_positives: usize,
    /// Credited, not suggested.
    pub false_negatives: usize,
}

impl Scores {
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }

    fn add(&mut self, other: &Scores) {
        self.answers += other.answers;
        self.true_positives += other.true_positives;
        self.false_positives += other.false_positives;
        self.false_negatives += other.false_negatives;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub all: Scores,
    pub per_topic: BTreeMap<String, Scores>,
}

/// A question as the evaluation needs it: its topic and each key point's
/// terms.
pub struct EvalQuestion<'a> {
    pub topic: &'a str,
    pub terms: Vec<Option<PointTerms>>,
}

/// Scores every answer whose question `question` knows; the others are
/// returned as errors, so a renamed question cannot silently drop out.
pub fn evaluate<'a>(
    answers: &[LabelledAnswer],
    question: impl Fn(&str) -> Option<EvalQuestion<'a>>,
) -> Result<Report, Vec<String>> {
    let mut report = Report::default();
    let mut errors = Vec::new();
    for a in answers {
        let Some(q) = question(&a.question) else {
            errors.push(format!(
                "line {}: no open question `{}`",
                a.line, a.question
            ));
            continue;
        };
        if let Some(&n) = a.credited.iter().find(|&&n| n >= q.terms.len()) {
            errors.push(format!(
                "line {}: `{}` has no key point {}",
                a.line,
                a.question,
                n + 1
            ));
            continue;
        }
        let mut scores = Scores {
            answers: 1,
            ..Scores::default()
        };
        for m in match_points(&a.text, &q.terms) {
            match (m.matched, a.credited.contains(&m.index)) {
                (true, true) => scores.true_positives += 1,
                (true, false) => scores.false_positives += 1,
                (false, true) => scores.false_negatives += 1,
                (false, false) => {}
            }
        }
        report.all.add(&scores);
        report
            .per_topic
            .entry(q.topic.to_string())
            .or_default()
            .add(&scores);
    }
    if errors.is_empty() {
        Ok(report)
    } else {
        Err(errors)
    }
}

impl Report {
    /// `{"answers": N, "precision": p, "recall": r, "per_topic": {...}}`.
    pub fn to_json(&self) -> String {
        let topics: Vec<String> = self
            .per_topic
            .iter()
            .map(|(topic, s)| {
                format!(
                    "\"{topic}\": {{\"answers\": {}, \"precision\": {:.3}, \"recall\": {:.3}, \"suggested_right\": {}, \"suggested_wrong\": {}, \"missed\": {}}}",
                    s.answers,
                    s.precision(),
                    s.recall(),
                    s.true_positives,
                    s.false_positives,
                    s.false_negatives
                )
            })
            .collect();
        format!(
            "{{\"answers\": {}, \"precision\": {:.3}, \"recall\": {:.3}, \"per_topic\": {{{}}}}}",
            self.all.answers,
            self.all.precision(),
            self.all.recall(),
            topics.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SET: &str = "# 评测\n\n## q1\n### strong\n- credit: 1, 2\n嗯，数据在内存里，单线程执行命令\n\n### off-topic\n- credit: none\n它是用 C 写的\n\n## q2\n### partial\n- credit: 2\n用了 epoll\n";

    fn question(id: &str) -> Option<EvalQuestion<'static>> {
        let terms = |specs: &[&str]| specs.iter().map(|s| PointTerms::parse(s).ok()).collect();
        match id {
            "q1" => Some(EvalQuestion {
                topic: "redis",
                terms: terms(&["内存", "单线程", "c语言 / c写"]),
            }),
            "q2" => Some(EvalQuestion {
                topic: "web",
                terms: terms(&["线程池", "epoll"]),
            }),
            _ => None,
        }
    }

    #[test]
    fn the_set_is_read_with_its_labels() {
        let answers = parse(SET).unwrap();
        assert_eq!(answers.len(), 3);
        assert_eq!(answers[0].question, "q1");
        assert_eq!(answers[0].credited, [0, 1]);
        assert!(answers[1].credited.is_empty());
        assert_eq!(answers[2].text, "用了 epoll");
    }

    #[test]
    fn precision_and_recall_count_suggestions_against_labels() {
        let report = evaluate(&parse(SET).unwrap(), question).unwrap();
        // q1 strong: 2 right; q1 off-topic: "C 写" suggested, not credited;
        // q2 partial: epoll right.
        assert_eq!(report.all.true_positives, 3);
        assert_eq!(report.all.false_positives, 1);
        assert_eq!(report.all.false_negatives, 0);
        assert_eq!(report.all.precision(), 0.75);
        assert_eq!(report.all.recall(), 1.0);
        assert_eq!(report.per_topic["web"].answers, 1);
        let json = report.to_json();
        assert!(
            json.starts_with("{\"answers\": 3, \"precision\": 0.750, \"recall\": 1.000"),
            "{json}"
        );
    }

    #[test]
    fn a_broken_set_or_an_unknown_question_is_an_error() {
        assert!(parse("## q1\n### strong\n嗯\n").is_err(), "no credit line");
        assert!(
            parse("## q1\n### strong\n- credit: 0\n嗯\n").is_err(),
            "key points count from 1"
        );
        let unknown = parse("## nope\n### a\n- credit: none\n嗯\n").unwrap();
        assert!(evaluate(&unknown, question).is_err());
        let past = parse("## q2\n### a\n- credit: 3\n嗯\n").unwrap();
        assert!(evaluate(&past, question).is_err(), "q2 has two key points");
    }
}
