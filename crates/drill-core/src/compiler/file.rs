//! One topic file: `# Topic name`, then `## question-id` blocks, each with
//! `- key: value` metadata and `### 段名` sections.

use std::borrow::Cow;

use pulldown_cmark::{Event, Tag, TagEnd};

use super::markdown::{self, Item, Lines, Spanned};
use super::meta::{Meta, WrittenProbe, parse_meta};
use super::{BankError, SourceFile, key_points};
use crate::bank::{Choice, Link, Probe, Question, QuestionType, Topic};
use crate::text::visible_text;

pub(super) struct QuestionAt {
    pub id: usize,
    pub follow: usize,
    pub seed: usize,
    pub tip: usize,
    pub checked: super::Checked,
}

pub(super) struct CompiledFile {
    pub topic: Topic,
    pub questions: Vec<(Question, QuestionAt)>,
}

/// A heading of level 1 to 3; deeper headings are content.
struct Head {
    level: usize,
    text: String,
    line: usize,
    /// Index of the heading's first event and of the event after its end.
    events: (usize, usize),
    byte_start: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Section {
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

const SECTIONS: [(&str, Section); 10] = [
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

struct Draft<'e, 'a> {
    id: String,
    id_line: usize,
    meta: Meta,
    sections: Vec<(Section, usize, &'e [Spanned<'a>])>,
}

type LineErrors = Vec<(usize, String)>;

pub(super) fn compile_file(source: &SourceFile) -> Result<CompiledFile, Vec<BankError>> {
    let to_errors = |list: LineErrors| -> Vec<BankError> {
        list.into_iter()
            .map(|(line, message)| BankError {
                path: source.path.clone(),
                line,
                message,
            })
            .collect()
    };
    let topic_id = topic_id_from_path(&source.path).ok_or_else(|| {
        to_errors(vec![(
            1,
            "a bank file is named `NN-topic.md` (two digits for its place, then the topic id)"
                .into(),
        )])
    })?;
    let text = source.text.as_str();
    let lines = Lines::new(text);
    let events = markdown::parse(text);
    let mut errors = markdown::unsafe_content(&events, &lines);
    let heads = headings(&events, &lines);

    let mut topic_name = None;
    let mut drafts: Vec<Draft> = Vec::new();
    if let Some((_, range)) = events.first()
        && heads
            .first()
            .is_none_or(|h| h.events.0 != 0 || h.level != 1)
    {
        errors.push((
            lines.of(range.start),
            "a bank file starts with `# Topic name`".into(),
        ));
    }
    for (i, head) in heads.iter().enumerate() {
        let next = heads.get(i + 1);
        let body_end = next.map_or(events.len(), |n| n.events.0);
        match head.level {
            1 if topic_name.is_none() => topic_name = Some(head.text.clone()),
            1 => errors.push((head.line, "only one `# Topic name` per file".into())),
            2 => {
                let meta_end = next.map_or(text.len(), |n| n.byte_start);
                let meta_start = text[head.byte_start..]
                    .find('\n')
                    .map_or(meta_end, |n| (head.byte_start + n + 1).min(meta_end));
                let (meta, meta_errors) = parse_meta(&text[meta_start..meta_end], head.line + 1);
                errors.extend(meta_errors);
                if !is_valid_id(&head.text) {
                    errors.push((
                        head.line,
                        format!(
                            "question id `{}` must be lowercase ASCII letters, digits and `-`",
                            head.text
                        ),
                    ));
                }
                drafts.push(Draft {
                    id: head.text.clone(),
                    id_line: head.line,
                    meta,
                    sections: Vec::new(),
                });
            }
            _ => match (drafts.last_mut(), section_named(&head.text)) {
                (None, _) => {
                    errors.push((head.line, "a section comes after a `## question-id`".into()))
                }
                (Some(_), None) => errors.push((
                    head.line,
                    format!(
                        "unknown section `{}` (one of: {})",
                        head.text,
                        SECTIONS.map(|(n, _)| n).join(", ")
                    ),
                )),
                (Some(draft), Some(section)) => {
                    if draft.sections.iter().any(|(s, _, _)| *s == section) {
                        errors.push((head.line, format!("section `{}` appears twice", head.text)));
                    }
                    draft
                        .sections
                        .push((section, head.line, &events[head.events.1..body_end]));
                }
            },
        }
    }
    let Some(topic_name) = topic_name else {
        errors.push((1, "missing `# Topic name`".into()));
        return Err(to_errors(errors));
    };
    let mut questions = Vec::new();
    for draft in drafts {
        match build_question(draft, &topic_id, &lines, &source.text) {
            Ok(q) => questions.push(q),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if !errors.is_empty() {
        errors.sort();
        return Err(to_errors(errors));
    }
    Ok(CompiledFile {
        topic: Topic {
            id: Cow::Owned(topic_id),
            name: Cow::Owned(topic_name),
        },
        questions,
    })
}

fn topic_id_from_path(path: &str) -> Option<String> {
    let name = path.rsplit(['/', '\\']).next()?;
    let stem = name.strip_suffix(".md")?;
    let (order, id) = stem.split_once('-')?;
    (order.len() == 2 && order.bytes().all(|b| b.is_ascii_digit()) && is_valid_id(id))
        .then(|| id.to_string())
}

pub(super) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn section_named(name: &str) -> Option<Section> {
    SECTIONS.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

fn headings(events: &[Spanned<'_>], lines: &Lines) -> Vec<Head> {
    let mut heads = Vec::new();
    let mut open: Option<(usize, usize, usize)> = None;
    for (i, (event, range)) in events.iter().enumerate() {
        match event {
            Event::Start(Tag::Heading { level, .. }) if (*level as usize) <= 3 => {
                open = Some((*level as usize, i, range.start));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, start, byte_start)) = open.take() {
                    heads.push(Head {
                        level,
                        text: markdown::plain_text(&events[start + 1..i])
                            .trim()
                            .to_string(),
                        line: lines.of(byte_start),
                        events: (start, i + 1),
                        byte_start,
                    });
                }
            }
            _ => {}
        }
    }
    heads
}

fn build_question(
    draft: Draft<'_, '_>,
    topic: &str,
    lines: &Lines,
    source: &str,
) -> Result<(Question, QuestionAt), LineErrors> {
    let mut errors = Vec::new();
    let at = draft.id_line;
    let meta = &draft.meta;
    let missing = |field: &str| {
        (
            at,
            format!("question `{}` is missing `- {field}: …`", draft.id),
        )
    };
    let kind = meta.kind.ok_or_else(|| missing("type"));
    let difficulty = meta.difficulty.ok_or_else(|| missing("difficulty"));
    let time_secs = meta.time_secs.ok_or_else(|| missing("time"));
    let (kind, difficulty, time_secs) = match (kind, difficulty, time_secs) {
        (Ok(k), Ok(d), Ok(t)) => (k, d, t),
        (k, d, t) => {
            let fields = ["type", "difficulty", "time"];
            let missing_ones = [k.err(), d.err(), t.err()].into_iter().zip(fields);
            errors.extend(
                missing_ones
                    .filter(|(_, field)| !meta.invalid.iter().any(|f| f == field))
                    .filter_map(|(e, _)| e),
            );
            return Err(errors);
        }
    };
    let section = |s: Section| draft.sections.iter().find(|(x, _, _)| *x == s);
    for needed in std::iter::once(&Section::Prompt).chain(Section::required_for(kind)) {
        if section(*needed).is_none() {
            errors.push((
                at,
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
    if !errors.is_empty() {
        return Err(errors);
    }
    let body = |s: Section| section(s).map_or(&[][..], |(_, _, events)| *events);
    let line_of = |s: Section| section(s).map_or(at, |(_, line, _)| *line);
    let items = |s: Section, errors: &mut LineErrors| match markdown::list_items(body(s), lines) {
        Ok(items) => items,
        Err(e) => {
            errors.push(e);
            Vec::new()
        }
    };
    let html = |s: Section| Cow::Owned(markdown::render(body(s)).trim().to_string());

    let mut question = Question {
        id: Cow::Owned(draft.id.clone()),
        topic: Cow::Owned(topic.to_string()),
        tags: owned_list(&meta.tags),
        difficulty,
        time_secs,
        kind,
        prompt: html(Section::Prompt),
        key_points: Cow::Owned(Vec::new()),
        key_terms: Cow::Owned(Vec::new()),
        short_answer: html(Section::Short),
        full_answer: html(Section::Full),
        choices: Cow::Owned(Vec::new()),
        accepted: Cow::Owned(Vec::new()),
        order: Cow::Owned(Vec::new()),
        explanation: html(Section::Explanation),
        follow_ups: owned_list(&meta.follow),
        follow_probes: Cow::Owned(Vec::new()),
        links: Cow::Owned(Vec::new()),
        seed: owned_list(&meta.seed),
        tip: meta.tip.clone().map(Cow::Owned),
    };
    if question.prompt.is_empty() {
        errors.push((line_of(Section::Prompt), "section `问题` is empty".into()));
    }
    let mut links = Vec::new();
    for item in items(Section::References, &mut errors) {
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
    question.links = Cow::Owned(links);
    match kind {
        QuestionType::Open => {
            let points = items(Section::KeyPoints, &mut errors);
            if !(3..=6).contains(&points.len()) {
                errors.push((
                    line_of(Section::KeyPoints),
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
                    errors.push((at, format!("`key-point-exempt: {n}` names no key point")));
                }
            }
            if section(Section::KeyTerms).is_some() {
                let terms = items(Section::KeyTerms, &mut errors);
                if terms.len() != points.len() {
                    errors.push((
                        line_of(Section::KeyTerms),
                        format!(
                            "`判分词` needs one line per key point, in order: {} key points, {} lines",
                            points.len(),
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
                question.key_terms = Cow::Owned(raw.into_iter().map(Cow::Owned).collect());
            }
            question.key_points =
                Cow::Owned(points.into_iter().map(|p| Cow::Owned(p.html)).collect());
        }
        QuestionType::SingleChoice | QuestionType::MultipleChoice => {
            let choices = choices(
                items(Section::Choices, &mut errors),
                kind,
                line_of(Section::Choices),
                &mut errors,
            );
            question.choices = Cow::Owned(choices);
        }
        QuestionType::TrueFalse => {
            let answer = markdown::plain_text(body(Section::Answer))
                .trim()
                .to_string();
            if answer != "对" && answer != "错" {
                errors.push((
                    line_of(Section::Answer),
                    format!("a true/false answer is `对` or `错`, found `{answer}`"),
                ));
            }
            question.accepted = Cow::Owned(vec![Cow::Owned(answer)]);
        }
        QuestionType::FillIn => {
            let accepted: Vec<_> = items(Section::Answer, &mut errors)
                .into_iter()
                .map(|i| Cow::Owned(i.plain.trim().to_string()))
                .filter(|a: &Cow<'static, str>| !a.is_empty())
                .collect();
            if accepted.is_empty() {
                errors.push((
                    line_of(Section::Answer),
                    "a fill-in question lists its accepted answers as `- answer`".into(),
                ));
            }
            question.accepted = Cow::Owned(accepted);
        }
        QuestionType::Ordering => {
            let order = items(Section::Order, &mut errors);
            if order.len() < 3 {
                errors.push((
                    line_of(Section::Order),
                    format!(
                        "an ordering question needs at least 3 items, found {}",
                        order.len()
                    ),
                ));
            }
            question.order = Cow::Owned(order.into_iter().map(|i| Cow::Owned(i.html)).collect());
        }
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
            line_of(Section::Explanation),
            "section `解析` is empty".into(),
        ));
    }
    if errors.is_empty() {
        let places = QuestionAt {
            id: at,
            follow: meta.follow_line.max(at),
            seed: meta.seed_line.max(at),
            tip: meta.tip_line.max(at),
            checked: super::Checked {
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
