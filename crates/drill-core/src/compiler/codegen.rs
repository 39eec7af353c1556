//! Emits the compiled bank as Rust source of `'static` data, so the browser
//! gets the questions with no parsing or decoding at start-up.

use std::fmt::Write;

use super::CompiledBank;
use crate::bank::{Choice, Link, Question, Text, Tip, Topic};

/// Source defining `TOPICS` and `QUESTIONS`; `krate` is the path the
/// including crate knows the core crate by.
pub fn to_rust_source(bank: &CompiledBank, krate: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// Generated from questions/*.md by build.rs. Do not edit."
    );
    let _ = writeln!(out, "use ::std::borrow::Cow::Borrowed as B;");
    let _ = writeln!(
        out,
        "use {krate}::bank::{{Choice, Link, Question, QuestionType, Tip, Topic}};"
    );
    let _ = writeln!(out, "pub static TOPICS: &[Topic] = &[");
    for topic in &bank.topics {
        topic_source(&mut out, topic);
    }
    let _ = writeln!(out, "];");
    let _ = writeln!(out, "pub static QUESTIONS: &[Question] = &[");
    for question in &bank.questions {
        question_source(&mut out, question);
    }
    let _ = writeln!(out, "];");
    let _ = writeln!(out, "pub static TIPS: &[Tip] = &[");
    for tip in &bank.tips {
        tip_source(&mut out, tip);
    }
    let _ = writeln!(out, "];");
    out
}

fn tip_source(out: &mut String, tip: &Tip) {
    let _ = writeln!(
        out,
        "Tip {{ id: B({:?}), title: B({:?}), html: B({:?}), seed: B(&[{}]) }},",
        tip.id,
        tip.title,
        tip.html,
        texts(&tip.seed)
    );
}

fn topic_source(out: &mut String, topic: &Topic) {
    let _ = writeln!(
        out,
        "Topic {{ id: B({:?}), name: B({:?}) }},",
        topic.id, topic.name
    );
}

fn question_source(out: &mut String, q: &Question) {
    let _ = writeln!(out, "Question {{");
    let _ = writeln!(out, "id: B({:?}), topic: B({:?}),", q.id, q.topic);
    let _ = writeln!(out, "tags: B(&[{}]),", texts(&q.tags));
    let _ = writeln!(
        out,
        "difficulty: {}, time_secs: {}, kind: QuestionType::{:?},",
        q.difficulty, q.time_secs, q.kind
    );
    let _ = writeln!(out, "prompt: B({:?}),", q.prompt);
    let _ = writeln!(out, "key_points: B(&[{}]),", texts(&q.key_points));
    let _ = writeln!(out, "short_answer: B({:?}),", q.short_answer);
    let _ = writeln!(out, "full_answer: B({:?}),", q.full_answer);
    let _ = writeln!(out, "choices: B(&[{}]),", choices(&q.choices));
    let _ = writeln!(out, "accepted: B(&[{}]),", texts(&q.accepted));
    let _ = writeln!(out, "order: B(&[{}]),", texts(&q.order));
    let _ = writeln!(out, "explanation: B({:?}),", q.explanation);
    let _ = writeln!(out, "follow_ups: B(&[{}]),", texts(&q.follow_ups));
    let _ = writeln!(out, "links: B(&[{}]),", links(&q.links));
    let _ = writeln!(out, "seed: B(&[{}]),", texts(&q.seed));
    match &q.tip {
        Some(tip) => {
            let _ = writeln!(out, "tip: Some(B({tip:?})),");
        }
        None => {
            let _ = writeln!(out, "tip: None,");
        }
    }
    let _ = writeln!(out, "}},");
}

fn texts(list: &[Text]) -> String {
    list.iter()
        .map(|t| format!("B({t:?})"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn choices(list: &[Choice]) -> String {
    list.iter()
        .map(|c| format!("Choice {{ html: B({:?}), correct: {} }}", c.html, c.correct))
        .collect::<Vec<_>>()
        .join(", ")
}

fn links(list: &[Link]) -> String {
    list.iter()
        .map(|l| format!("Link {{ title: B({:?}), url: B({:?}) }}", l.title, l.url))
        .collect::<Vec<_>>()
        .join(", ")
}
