//! Which key points (要点) an answer covers, spoken or typed, and the words
//! that show it. Each key point has terms written by the bank's authors
//! (`### 判分词`): groups separated by `;`, each group a list of accepted
//! variants separated by `/`. A key point is covered when every group has
//! a variant in the answer, in any order. Both sides are normalized first
//! (see `normalize`): width, case, fillers, Chinese numerals, and the
//! spellings speech recognition gives English terms.
//!
//! The user sees the suggestion and the evidence and decides: the matcher
//! only proposes ticks.

mod aliases;
pub mod eval;
mod normalize;

pub use normalize::{Normalized, normalize};

/// The annotated terms of one key point, normalized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointTerms {
    /// Every group must match; within a group, any variant.
    groups: Vec<Vec<Vec<char>>>,
}

/// Why an annotation cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TermsError {
    Empty,
    /// A group with no variant, or a variant that normalizes to nothing
    /// (only punctuation or fillers).
    EmptyVariant(String),
}

impl std::fmt::Display for TermsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TermsError::Empty => write!(f, "no terms"),
            TermsError::EmptyVariant(v) => write!(
                f,
                "`{v}` is empty once normalized (fillers and punctuation do not count)"
            ),
        }
    }
}

impl PointTerms {
    /// Parses `内存 / memory; O(1) / 常数`.
    pub fn parse(spec: &str) -> Result<PointTerms, TermsError> {
        let mut groups = Vec::new();
        for group in spec.split([';', '；']) {
            if group.trim().is_empty() {
                continue;
            }
            let mut variants = Vec::new();
            for variant in group.split('/') {
                let normalized = normalize::normalize_term(variant);
                if normalized.is_empty() {
                    return Err(TermsError::EmptyVariant(variant.trim().to_string()));
                }
                variants.push(normalized);
            }
            groups.push(variants);
        }
        if groups.is_empty() {
            return Err(TermsError::Empty);
        }
        Ok(PointTerms { groups })
    }
}

/// Words of the answer that matched, as char offsets into the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointMatch {
    pub index: usize,
    pub matched: bool,
    /// One piece per group that matched (all of them when `matched`).
    pub evidence: Vec<Evidence>,
}

/// What `answer` covers of each key point, in order. A key point without
/// terms (`None`) is never suggested.
pub fn match_points(answer: &str, points: &[Option<PointTerms>]) -> Vec<PointMatch> {
    let chars: Vec<char> = answer.chars().collect();
    let text = normalize(answer);
    points
        .iter()
        .enumerate()
        .map(|(index, terms)| {
            let Some(terms) = terms else {
                return PointMatch {
                    index,
                    matched: false,
                    evidence: Vec::new(),
                };
            };
            let evidence: Vec<Evidence> = terms
                .groups
                .iter()
                .filter_map(|group| first_said(&text, group))
                .map(|(start, end)| Evidence {
                    text: chars[start..end].iter().collect(),
                    start,
                    end,
                })
                .collect();
            PointMatch {
                index,
                matched: evidence.len() == terms.groups.len(),
                evidence,
            }
        })
        .collect()
}

/// What `answer` covers of `question`'s key points, from the terms the bank
/// gives them. A question without terms gets no suggestion.
pub fn for_question(question: &crate::bank::Question, answer: &str) -> Vec<PointMatch> {
    match_points(answer, &terms_of(question))
}

/// Each key point's terms, `None` where it has none.
pub fn terms_of(question: &crate::bank::Question) -> Vec<Option<PointTerms>> {
    (0..question.key_points.len())
        .map(|i| {
            question
                .key_terms
                .get(i)
                .and_then(|spec| PointTerms::parse(spec).ok())
        })
        .collect()
}

/// Negations that, right before a term, say the opposite of it: 不是单线程.
const NEGATIONS: &[&str] = &[
    "不是",
    "并非",
    "不用",
    "不会",
    "没有",
    "不太",
    "不怎么",
    "不",
];

/// The original span of the first variant of `group` found in `text` and
/// not negated.
fn first_said(text: &Normalized, group: &[Vec<char>]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for variant in group {
        let mut from = 0;
        while let Some(at) = text.find(variant, from) {
            if !negated(text, at, variant) {
                if best.is_none_or(|(b, _)| at < b) {
                    best = Some((at, at + variant.len()));
                }
                break;
            }
            from = at + 1;
        }
    }
    best.map(|(start, end)| (text.from[start].0, text.from[end - 1].1))
}

fn negated(text: &Normalized, at: usize, variant: &[char]) -> bool {
    // A term that itself starts with a negation (不可变) is not negated by it.
    if NEGATIONS
        .iter()
        .any(|n| variant.starts_with(&n.chars().collect::<Vec<_>>()))
    {
        return false;
    }
    NEGATIONS.iter().any(|n| {
        let n: Vec<char> = n.chars().collect();
        let Some(start) = at.checked_sub(n.len()) else {
            return false;
        };
        // 有没有 asks, it does not deny: 有没有边界条件 still names the term.
        let asks = n == ['没', '有'] && start >= 1 && text.text[start - 1] == '有';
        text.text[start..at] == n[..] && !asks
    })
}

#[cfg(test)]
mod tests;
