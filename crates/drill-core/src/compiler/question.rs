//! One `## question-id` block built into a `Question`: the checks every type
//! shares, then each type's own sections in a function of its own.

use std::borrow::Cow;

use super::markdown::{self, Item, Lines, Spanned};
use super::meta::{Meta, WrittenProbe};
use super::model::Checked;
use super::{key_points, words};
use crate::bank::{Choice, Link, Probe, Question, QuestionType};
use crate::text::visible_text;

/// The lines a question's cross-references were written on, for errors
/// found once every file is read.
pub(super) struct QuestionAt {
    pub id: usize,
    pub follow: usize,
    pub seed: usize,
    pub tip: usize,
    pub checked: Checked,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Section {
    Prompt,
    KeyPoints,
    Short,
    Full,
    Choices,
    Answer,
    Order,
    Explanation,
    References,
    KeyTerms,
}

pub(super) const SECTIONS: [(&str, Section); 10] = [
    ("问题", Section::Prompt),
    ("要点", Section::KeyPoints),
    ("简答", Section::Short),
    ("详解", Section::Full),
    ("选项", Section::Choices),
    ("答案", Section::Answer),
    ("顺序", Section::Order),
    ("解析", Section::Explanation),
    ("参考", Section::References),
    ("判分词", Section::KeyTerms),
];

impl Section {
    pub(super) fn named(name: &str) -> Option<Section> {
        SECTIONS.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
    }

    fn name(self) -> &'static str {
        SECTIONS
            .iter()
            .find(|(_, s)| *s == self)
            .map_or("", |(n, _)| n)
    }

    /// The sections a question of `kind` must have, besides 问题.
    fn required_for(kind: QuestionType) -> &'static [Section] {
        match kind {
            QuestionType::Open => &[Section::KeyPoints, Section::Short, Section::Full],
            QuestionType::SingleChoice | QuestionType::MultipleChoice => {
                &[Section::Choices, Section::Explanation]
            }
            QuestionType::TrueFalse | QuestionType::FillIn => {
                &[Section::Answer, Section::Explanation]
            }
            QuestionType::Ordering => &[Section::Order, Section::Explanation],
        }
    }
}

/// A question block as the file reader found it, not yet checked.
pub(super) struct Draft<'e, 'a> {
    pub id: String,
    pub id_line: usize,
    pub meta: Meta,
    pub sections: Vec<(Section, usize, &'e [Spanned<'a>])>,
}

pub(super) type LineErrors = Vec<(usize, String)>;

/// A draft's sections, read on demand.
struct Sections<'d, 'e, 'a> {
    draft: &'d Draft<'e, 'a>,
    lines: &'d Lines,
}

impl Sections<'_, '_, '_> {
    fn find(&self, s: Section) -> Option<&(Section, usize, &[Spanned<'_>])> {
        self.draft.sections.iter().find(|(x, _, _)| *x == s)
    }

    fn has(&self, s: Section) -> bool {
        self.find(s).is_some()
    }

    fn body(&self, s: Section) -> &[Spanned<'_>] {
        self.find(s).map_or(&[][..], |(_, _, events)| *events)
    }

    /// The section's heading line, or the question's when it is absent.
    fn line_of(&self, s: Section) -> usize {
        self.find(s)
            .map_or(self.draft.id_line, |(_, line, _)| *line)
    }

    fn items(&self, s: Section, errors: &mut LineErrors) -> Vec<Item> {
        match markdown::list_items(self.body(s), self.lines) {
            Ok(items) => items,
            Err(e) => {
                errors.push(e);
                Vec::new()
            }
        }
    }

    fn html(&self, s: Section) -> Cow<'static, str> {
        Cow::Owned(markdown::render(self.body(s)).trim().to_string())
    }
}

pub(super) fn build_question(
    draft: Draft<'_, '_>,
    topic: &str,
    lines: &Lines,
    source: &str,
) -> Result<(Question, QuestionAt), LineErrors> {
    let (kind, difficulty, time_secs) = required_fields(&draft)?;
    check_sections(&draft, kind)?;
    let mut errors = Vec::new();
    let at = draft.id_line;
    let meta = &draft.meta;
    let sections = Sections {
        draft: &draft,
        lines,
    };
    let mut question = Question {
        id: Cow::Owned(draft.id.clone()),
        topic: Cow::Owned(topic.to_string()),
        tags: owned_list(&meta.tags),
        difficulty,
        time_secs,
        kind,
        prompt: sections.html(Section::Prompt),
        key_points: Cow::Owned(Vec::new()),
        key_terms: Cow::Owned(Vec::new()),
        short_answer: sections.html(Section::Short),
        full_answer: sections.html(Section::Full),
        choices: Cow::Owned(Vec::new()),
        accepted: Cow::Owned(Vec::new()),
        order: Cow::Owned(Vec::new()),
        explanation: sections.html(Section::Explanation),
        follow_ups: owned_list(&meta.follow),
        follow_probes: Cow::Owned(Vec::new()),
        links: Cow::Owned(Vec::new()),
        seed: owned_list(&meta.seed),
        tip: meta.tip.clone().map(Cow::Owned),
    };
    if question.prompt.is_empty() {
        errors.push((
            sections.line_of(Section::Prompt),
            "section `问题` is empty".into(),
        ));
    }
    question.links = Cow::Owned(references(&sections, &mut errors));
    match kind {
        QuestionType::Open => open_answer(&mut question, &sections, source, &mut errors),
        QuestionType::SingleChoice | QuestionType::MultipleChoice => {
            question.choices = Cow::Owned(choices(
                sections.items(Section::Choices, &mut errors),
                kind,
                sections.line_of(Section::Choices),
                &mut errors,
            ));
            unlettered_explanation(&question, &sections, &mut errors);
        }
        QuestionType::TrueFalse => {
            question.accepted = Cow::Owned(vec![true_false(&sections, &mut errors)]);
        }
        QuestionType::FillIn => question.accepted = Cow::Owned(fill_in(&sections, &mut errors)),
        QuestionType::Ordering => question.order = Cow::Owned(ordering(&sections, &mut errors)),
    }
    question.follow_probes = Cow::Owned(follow_probes(
        &meta.follow_probes,
        kind,
        question.key_points.len(),
        meta.follow_line.max(at),
        &mut errors,
    ));
    if kind.is_auto_graded() && question.explanation.is_empty() {
        errors.push((
            sections.line_of(Section::Explanation),
            "section `解析` is empty".into(),
        ));
    }
    if errors.is_empty() {
        let places = QuestionAt {
            id: at,
            follow: meta.follow_line.max(at),
            seed: meta.seed_line.max(at),
            tip: meta.tip_line.max(at),
            checked: Checked {
                against: meta.checked.clone(),
                not_run: meta.not_run.clone(),
                ..Default::default()
            },
        };
        Ok((question, places))
    } else {
        Err(errors)
    }
}

/// `- type:`, `- difficulty:` and `- time:`; a field already reported as
/// invalid by the metadata reader is not reported again as missing.
fn required_fields(draft: &Draft<'_, '_>) -> Result<(QuestionType, u8, u16), LineErrors> {
    let meta = &draft.meta;
    let missing = |field: &str| {
        (
            draft.id_line,
            format!("question `{}` is missing `- {field}: …`", draft.id),
        )
    };
    let kind = meta.kind.ok_or_else(|| missing("type"));
    let difficulty = meta.difficulty.ok_or_else(|| missing("difficulty"));
    let time_secs = meta.time_secs.ok_or_else(|| missing("time"));
    match (kind, difficulty, time_secs) {
        (Ok(k), Ok(d), Ok(t)) => Ok((k, d, t)),
        (k, d, t) => {
            let fields = ["type", "difficulty", "time"];
            let missing_ones = [k.err(), d.err(), t.err()].into_iter().zip(fields);
            Err(missing_ones
                .filter(|(_, field)| !meta.invalid.iter().any(|f| f == field))
                .filter_map(|(e, _)| e)
                .collect())
        }
    }
}

/// Every section the type needs is there, and none it cannot use.
fn check_sections(draft: &Draft<'_, '_>, kind: QuestionType) -> Result<(), LineErrors> {
    let mut errors = Vec::new();
    for needed in std::iter::once(&Section::Prompt).chain(Section::required_for(kind)) {
        if !draft.sections.iter().any(|(s, _, _)| s == needed) {
            errors.push((
                draft.id_line,
                format!(
                    "question `{}` ({}) is missing section `### {}`",
                    draft.id,
                    kind.key(),
                    needed.name()
                ),
            ));
        }
    }
    for (s, line, _) in &draft.sections {
        let common = matches!(s, Section::Prompt | Section::References)
            || (*s == Section::KeyTerms && kind == QuestionType::Open);
        if !common && !Section::required_for(kind).contains(s) {
            errors.push((
                *line,
                format!(
                    "section `{}` does not belong to a {} question",
                    s.name(),
                    kind.key()
                ),
            ));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn references(sections: &Sections<'_, '_, '_>, errors: &mut LineErrors) -> Vec<Link> {
    let mut links = Vec::new();
    for item in sections.items(Section::References, errors) {
        match item.link {
            Some((title, url)) => links.push(Link {
                title: Cow::Owned(if title.is_empty() { url.clone() } else { title }),
                url: Cow::Owned(url),
            }),
            None => errors.push((
                item.line,
                "each reference is a link: `- [title](https://…)`".into(),
            )),
        }
    }
    links
}

/// 要点 (3 to 6, each taught by 简答 or 详解) and, if written, 判分词 (one
/// line of terms per key point).
fn open_answer(
    question: &mut Question,
    sections: &Sections<'_, '_, '_>,
    source: &str,
    errors: &mut LineErrors,
) {
    let meta = &sections.draft.meta;
    let points = sections.items(Section::KeyPoints, errors);
    if !(3..=6).contains(&points.len()) {
        errors.push((
            sections.line_of(Section::KeyPoints),
            format!(
                "an open question has 3 to 6 key points, found {}",
                points.len()
            ),
        ));
    }
    let answer = key_points::AnswerTerms::of(&format!(
        "{}\n{}",
        visible_text(&question.short_answer),
        visible_text(&question.full_answer)
    ));
    for (n, point) in points.iter().enumerate() {
        let text = visible_text(&point.html);
        if !meta.key_point_exempt.contains(&(n + 1)) && !answer.explain(&text) {
            errors.push((
                point.line,
                format!(
                    "key point {} is not taught by the answer: `{}` shares no term with 简答 or 详解 (explain it there, or add `- key-point-exempt: {}: why`)",
                    n + 1,
                    text.trim(),
                    n + 1
                ),
            ));
        }
    }
    for &n in &meta.key_point_exempt {
        if n > points.len() {
            errors.push((
                sections.draft.id_line,
                format!("`key-point-exempt: {n}` names no key point"),
            ));
        }
    }
    if sections.has(Section::KeyTerms) {
        question.key_terms = Cow::Owned(key_terms(sections, points.len(), source, errors));
    }
    question.key_points = Cow::Owned(points.into_iter().map(|p| Cow::Owned(p.html)).collect());
}

fn key_terms(
    sections: &Sections<'_, '_, '_>,
    points: usize,
    source: &str,
    errors: &mut LineErrors,
) -> Vec<Cow<'static, str>> {
    let terms = sections.items(Section::KeyTerms, errors);
    if terms.len() != points {
        errors.push((
            sections.line_of(Section::KeyTerms),
            format!(
                "`判分词` needs one line per key point, in order: {points} key points, {} lines",
                terms.len()
            ),
        ));
    }
    // Terms are read as written, not as markdown: `__call__` and
    // `except*` are terms, not emphasis.
    let raw: Vec<String> = terms
        .iter()
        .map(|t| {
            let text = source.get(t.source.clone()).unwrap_or_default().trim();
            let text = text.strip_prefix(['-', '*', '+']).unwrap_or(text);
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect();
    for ((n, item), spec) in terms.iter().enumerate().zip(&raw) {
        if let Err(e) = crate::keypoints::PointTerms::parse(spec) {
            errors.push((item.line, format!("terms of key point {}: {e}", n + 1)));
        }
    }
    raw.into_iter().map(Cow::Owned).collect()
}

fn choices(
    items: Vec<Item>,
    kind: QuestionType,
    line: usize,
    errors: &mut LineErrors,
) -> Vec<Choice> {
    let mut choices = Vec::new();
    for item in items {
        match item.checked {
            Some(correct) => choices.push(Choice {
                html: Cow::Owned(item.html),
                correct,
            }),
            None => errors.push((
                item.line,
                "a choice is written `- [x] right` or `- [ ] wrong`".into(),
            )),
        }
    }
    let correct = choices.iter().filter(|c| c.correct).count();
    if choices.len() < 2 {
        errors.push((
            line,
            format!(
                "a choice question needs at least 2 choices, found {}",
                choices.len()
            ),
        ));
    }
    if correct == 0 {
        errors.push((
            line,
            "a choice question has no correct choice (mark it `- [x]`)".into(),
        ));
    } else if kind == QuestionType::SingleChoice && correct > 1 {
        errors.push((
            line,
            format!("a single choice question has exactly one correct choice, found {correct}"),
        ));
    }
    choices
}

fn true_false(sections: &Sections<'_, '_, '_>, errors: &mut LineErrors) -> Cow<'static, str> {
    let answer = markdown::plain_text(sections.body(Section::Answer))
        .trim()
        .to_string();
    if answer != "对" && answer != "错" {
        errors.push((
            sections.line_of(Section::Answer),
            format!("a true/false answer is `对` or `错`, found `{answer}`"),
        ));
    }
    Cow::Owned(answer)
}

fn fill_in(sections: &Sections<'_, '_, '_>, errors: &mut LineErrors) -> Vec<Cow<'static, str>> {
    let accepted: Vec<_> = sections
        .items(Section::Answer, errors)
        .into_iter()
        .map(|i| Cow::Owned(i.plain.trim().to_string()))
        .filter(|a: &Cow<'static, str>| !a.is_empty())
        .collect();
    if accepted.is_empty() {
        errors.push((
            sections.line_of(Section::Answer),
            "a fill-in question lists its accepted answers as `- answer`".into(),
        ));
    }
    accepted
}

fn ordering(sections: &Sections<'_, '_, '_>, errors: &mut LineErrors) -> Vec<Cow<'static, str>> {
    let order = sections.items(Section::Order, errors);
    if order.len() < 3 {
        errors.push((
            sections.line_of(Section::Order),
            format!(
                "an ordering question needs at least 3 items, found {}",
                order.len()
            ),
        ));
    }
    order.into_iter().map(|i| Cow::Owned(i.html)).collect()
}

/// The follow-ups' `(N)` / `(harder)` marks checked against the question:
/// only an open answer has key points to miss or a strength to build on.
fn follow_probes(
    written: &[WrittenProbe],
    kind: QuestionType,
    key_points: usize,
    line: usize,
    errors: &mut LineErrors,
) -> Vec<Probe> {
    let marked = written.iter().any(|p| *p != WrittenProbe::Any);
    if marked && kind != QuestionType::Open {
        errors.push((
            line,
            format!(
                "only an open question's follow-ups can be marked `(N)` or `(harder)`, this one is {}",
                kind.key()
            ),
        ));
        return written.iter().map(|_| Probe::Any).collect();
    }
    written
        .iter()
        .map(|p| match *p {
            WrittenProbe::Any => Probe::Any,
            WrittenProbe::Harder => Probe::Harder,
            WrittenProbe::KeyPoint(n) => match u8::try_from(n) {
                Ok(n8) if (1..=key_points).contains(&n) => Probe::KeyPoint(n8 - 1),
                _ => {
                    errors.push((
                        line,
                        format!("follow-up `({n})` names no key point (this question has {key_points})"),
                    ));
                    Probe::Any
                }
            },
        })
        .collect()
}

fn owned_list(values: &[String]) -> Cow<'static, [Cow<'static, str>]> {
    Cow::Owned(values.iter().map(|v| Cow::Owned(v.clone())).collect())
}

/// The app shows the choices lettered A, B, C… as written; the explanation
/// teaches by those letters, each wrong one included.
fn unlettered_explanation(
    question: &Question,
    sections: &Sections<'_, '_, '_>,
    errors: &mut LineErrors,
) {
    let explained = visible_text(&question.explanation);
    if explained.trim().is_empty() {
        return;
    }
    let unnamed: Vec<String> = ('A'..='Z')
        .take(question.choices.len())
        .filter(|&letter| !words::names_letter(&explained, letter))
        .map(String::from)
        .collect();
    if !unnamed.is_empty() {
        errors.push((
            sections.line_of(Section::Explanation),
            format!(
                "`解析` names the choices by their letters and says why each wrong one is wrong: it never names {}",
                unnamed.join(", ")
            ),
        ));
    }
}
