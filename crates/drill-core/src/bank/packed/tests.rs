use std::borrow::Cow::{Borrowed as B, Owned};

use super::*;

fn topics() -> Vec<Topic> {
    vec![
        Topic {
            id: B("redis"),
            name: B("Redis"),
        },
        Topic {
            id: B("web"),
            name: B("Web 与网络"),
        },
    ]
}

fn open_question() -> Question {
    Question {
        id: B("redis-why-fast"),
        topic: B("redis"),
        tags: B(&[B("性能"), B("单线程")]),
        difficulty: 2,
        time_secs: 600,
        kind: QuestionType::Open,
        prompt: B("<p>Redis 为什么快？</p>"),
        key_points: B(&[B("内存"), B("单线程<code>epoll</code>"), B("")]),
        key_terms: B(&[B("内存 / memory"), B("单线程; epoll"), B("")]),
        short_answer: B("<p>主要是内存操作。</p>"),
        full_answer: B("<p>…</p>\n<ul>\n<li>一</li>\n</ul>"),
        choices: B(&[]),
        accepted: B(&[]),
        order: B(&[]),
        explanation: B(""),
        follow_ups: B(&[B("redis-persistence"), B("redis-io"), B("redis-cluster")]),
        follow_probes: B(&[Probe::KeyPoint(1), Probe::Any, Probe::Harder]),
        links: B(&[Link {
            title: B("Redis docs"),
            url: B("https://redis.io/docs/latest/"),
        }]),
        seed: B(&[B("q12"), B("q13")]),
        tip: Some(B("describe")),
    }
}

fn graded_questions() -> Vec<Question> {
    let choice = Question {
        id: B("web-status"),
        topic: B("web"),
        kind: QuestionType::MultipleChoice,
        choices: Owned(vec![
            Choice {
                html: B("<code>301</code>"),
                correct: true,
            },
            Choice {
                html: B("404"),
                correct: false,
            },
        ]),
        explanation: B("<p>重定向。</p>"),
        tip: None,
        ..open_question()
    };
    let types: Vec<Question> = QuestionType::ALL
        .into_iter()
        .map(|kind| Question {
            id: Owned(format!("web-{}", kind.key())),
            kind,
            accepted: B(&[B("对")]),
            order: B(&[B("一"), B("二")]),
            ..choice.clone()
        })
        .collect();
    std::iter::once(choice).chain(types).collect()
}

fn tips() -> Vec<Tip> {
    vec![Tip {
        id: B("describe"),
        title: B("介绍一个概念"),
        html: B("<p>先说它<strong>是什么</strong>。</p>"),
        seed: B(&[B("a01")]),
    }]
}

fn sample() -> (Vec<Topic>, Vec<Question>, Vec<Tip>) {
    let mut questions = vec![open_question()];
    questions.extend(graded_questions());
    (topics(), questions, tips())
}

fn leaked(packed: Packed) -> (&'static str, &'static [u8]) {
    (packed.text.leak(), packed.layout.leak())
}

#[test]
fn a_bank_unpacks_to_what_was_packed() {
    let (topics, questions, tips) = sample();
    let (text, layout) = leaked(Packed::of(&topics, &questions, &tips));
    let bank = unpack(text, layout).unwrap();
    assert_eq!(bank.topics, topics);
    assert_eq!(bank.questions, questions);
    assert_eq!(bank.tips, tips);
}

#[test]
fn an_empty_bank_unpacks_empty() {
    let (text, layout) = leaked(Packed::of(&[], &[], &[]));
    assert_eq!(layout, [0, 0, 0]);
    let bank = unpack(text, layout).unwrap();
    assert!(bank.topics.is_empty() && bank.questions.is_empty() && bank.tips.is_empty());
}

#[test]
fn texts_are_borrowed_from_the_packed_text() {
    let (topics, questions, tips) = sample();
    let (text, layout) = leaked(Packed::of(&topics, &questions, &tips));
    let bank = unpack(text, layout).unwrap();
    let prompt = &bank.questions[0].prompt;
    assert!(matches!(prompt, B(_)));
    let within = text.as_bytes().as_ptr_range();
    assert!(within.contains(&prompt.as_ptr()));
}

#[test]
fn numbers_over_one_byte_survive() {
    let mut q = open_question();
    q.time_secs = u16::MAX;
    q.difficulty = u8::MAX;
    let long = "很长的答案".repeat(5_000);
    q.full_answer = Owned(long.clone());
    let (text, layout) = leaked(Packed::of(&[], &[q], &[]));
    let bank = unpack(text, layout).unwrap();
    assert_eq!(bank.questions[0].time_secs, u16::MAX);
    assert_eq!(bank.questions[0].difficulty, u8::MAX);
    assert_eq!(bank.questions[0].full_answer, long);
}

#[test]
fn every_cut_short_layout_is_an_error_not_a_panic() {
    let (topics, questions, tips) = sample();
    let (text, layout) = leaked(Packed::of(&topics, &questions, &tips));
    for end in 0..layout.len() {
        let error = unpack(text, &layout[..end]).unwrap_err();
        assert!(error.layout_at <= end, "{error}");
    }
}

#[test]
fn a_layout_for_another_text_is_an_error() {
    let (topics, questions, tips) = sample();
    let (text, layout) = leaked(Packed::of(&topics, &questions, &tips));
    let shorter = &text[..text.len() - 3];
    assert!(unpack(shorter, layout).is_err());
    let longer: &'static str = format!("{text}x").leak();
    assert_eq!(
        unpack(longer, layout).unwrap_err().what,
        "more follows the last tip"
    );
}

#[test]
fn a_text_cut_inside_a_character_is_an_error() {
    // One topic whose id claims the first byte of "题" only.
    let error = unpack("题", &[1, 1, 1]).unwrap_err();
    assert_eq!(error.what, "a text past the end or inside a character");
}

#[test]
fn damaged_numbers_are_errors() {
    let (topics, questions, tips) = sample();
    let packed = Packed::of(&topics, &questions, &tips);
    let text: &'static str = packed.text.clone().leak();

    // A count that claims more topics than there are bytes.
    let mut huge = vec![0xff; 4];
    huge.push(0x07);
    assert!(unpack(text, &huge).is_err());

    // A number with more seven-bit groups than a usize holds.
    let endless = vec![0x80; 12];
    assert_eq!(
        unpack(text, &endless).unwrap_err().what,
        "a number too large"
    );

    // An unknown question type.
    let mut no_topics = Packed::default();
    no_topics.number(0);
    no_topics.number(1);
    no_topics.question(&open_question());
    no_topics.number(0);
    let kind_at = layout_position_of_kind(&no_topics.layout);
    no_topics.layout[kind_at] = QuestionType::ALL.len() as u8;
    let (text, layout) = leaked(no_topics);
    assert_eq!(
        unpack(text, layout).unwrap_err().what,
        "an unknown question type"
    );
}

/// The index of the open question's type in a layout of no topics and that
/// one question: nine numbers come first (the topic and question counts,
/// id, topic, the tag count and two tags, difficulty and time).
fn layout_position_of_kind(layout: &[u8]) -> usize {
    let mut reader = Reader {
        text: "",
        layout,
        text_at: 0,
        layout_at: 0,
    };
    for _ in 0..9 {
        reader.number().unwrap();
    }
    reader.layout_at
}
