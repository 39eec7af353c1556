//! One topic file: `# Topic name`, then `## question-id` blocks, each with
//! `- key: value` metadata and `### 段名` sections.

use std::borrow::Cow;

use pulldown_cmark::{Event, Tag, TagEnd};

use super::markdown::{self, Lines, Spanned};
use super::meta::parse_meta;
use super::model::{BankError, SourceFile};
use super::question::{Draft, LineErrors, QuestionAt, SECTIONS, Section, build_question};
use super::words;
use crate::bank::{Question, Topic};

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
    for (line, word) in words::leaks_in_topic(text) {
        errors.push((line, words::message(word)));
    }
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
            _ => match (drafts.last_mut(), Section::named(&head.text)) {
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
