use std::fmt::Debug;

use proptest::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::*;
use crate::backup::{UserData, export, merge, parse_backup};
use crate::grade::Outcome;
use crate::marks::Marks;
use crate::persist::{self, Decoded};
use crate::prefs::{Prefs, VoicePrefs};
use crate::progress::{
    CompactLog, KeptAnswer, LogEntry, Mode, ReviewSettings, decode_log, decode_log_resuming,
    encode_log, is_logged,
};
use crate::round::{Round, RoundConfig, RoundOwner};

const V1_LOG: &str = include_str!("../../tests/fixtures/v1/review-log.json");
const V2_LOG: &str = include_str!("../../tests/fixtures/v2/review-log.json");
const V1_BACKUP: &str = include_str!("../../tests/fixtures/v1/backup.json");

fn any_answer() -> impl Strategy<Value = LogEntry> {
    let ids =
        proptest::sample::select(vec!["redis-why-fast", "a", "中文 id", "%41", "x\"y\\z", ""]);
    let outcomes = proptest::sample::select(vec![
        Outcome::Correct,
        Outcome::Partial,
        Outcome::Wrong,
        Outcome::TimedOut,
        Outcome::NotReached,
    ]);
    (
        -10_000_000_000_000i64..10_000_000_000_000,
        ids,
        outcomes,
        0u8..=100,
        0u32..40_000_000,
        0u32..4_000_000,
        any::<bool>(),
    )
        .prop_map(
            |(at_ms, id, outcome, score, tenths, secs, review)| LogEntry {
                at_ms,
                question_id: id.into(),
                outcome,
                score,
                time_ms: tenths * 100,
                suggested_ms: secs * 1000,
                mode: if review { Mode::Review } else { Mode::Round },
            },
        )
}

fn any_log() -> impl Strategy<Value = Vec<LogEntry>> {
    proptest::collection::vec(any_answer(), 0..12)
}

/// A stored log in either version, with answers to add after it.
fn any_stored_log() -> impl Strategy<Value = (String, Vec<LogEntry>)> {
    (any_log(), any::<bool>(), any_log()).prop_map(|(log, v1, more)| {
        let text = if v1 {
            persist::encode(&CompactLog::encode(&log))
        } else {
            encode_log(&log)
        };
        (text, more)
    })
}

/// The same answers in substance: what a write keeps of each.
fn same_answers(a: &[LogEntry], b: &[LogEntry]) -> bool {
    let key = |e: &LogEntry| (e.at_ms, e.question_id.clone(), e.outcome, e.mode, e.score);
    a.len() == b.len() && a.iter().map(key).eq(b.iter().map(key))
}

/// The stored log reads as a whole log or not at all, and an encoder that
/// carries on from it writes every answer, old and new.
fn log_reads_whole_or_not_at_all(text: &str, more: &[LogEntry]) -> Result<(), TestCaseError> {
    let (decoded, encoder) = decode_log_resuming(Some(text));
    prop_assert_eq!(&decode_log(Some(text)), &decoded, "both readers agree");
    match decoded {
        Decoded::Ok(entries) => {
            let rewritten = decode_log(Some(&encode_log(&entries)));
            prop_assert!(
                matches!(&rewritten, Decoded::Ok(again) if same_answers(again, &entries)),
                "written back it reads the same: {:?}",
                rewritten
            );
            if let Some(mut encoder) = encoder {
                let mut grown = entries;
                grown.extend_from_slice(more);
                encoder.catch_up(&grown);
                prop_assert_eq!(decode_log(Some(&encoder.text())), Decoded::Ok(grown));
            }
        }
        Decoded::Missing => prop_assert!(false, "a text is never missing"),
        Decoded::Newer(_) | Decoded::Corrupt(_) => prop_assert!(encoder.is_none()),
    }
    Ok(())
}

/// A record reads as a whole value, which is written back as it was read,
/// or it is reported as unreadable.
fn record_reads_whole_or_not_at_all<T>(text: &str) -> Result<(), TestCaseError>
where
    T: DeserializeOwned + Serialize + PartialEq + Debug,
{
    match persist::decode::<T>(Some(text)) {
        Decoded::Ok(value) => {
            let again = persist::decode::<T>(Some(&persist::encode(&value)));
            prop_assert_eq!(again, Decoded::Ok(value));
        }
        Decoded::Missing => prop_assert!(false, "a text is never missing"),
        Decoded::Newer(_) | Decoded::Corrupt(_) => {}
    }
    Ok(())
}

type RecordCheck = fn(&str) -> Result<(), TestCaseError>;

/// Every record the app stores besides the log, as a valid text.
fn records() -> Vec<(String, RecordCheck)> {
    let kept = vec![KeptAnswer {
        at_ms: 1_795_680_000_000,
        question_id: "redis-why-fast".into(),
        text: "单线程 + epoll，\"内存\"操作".into(),
    }];
    vec![
        (
            include_str!("../../tests/fixtures/v1/round-current.json").into(),
            record_reads_whole_or_not_at_all::<Round>,
        ),
        (
            include_str!("../../tests/fixtures/v1/round-history.json").into(),
            record_reads_whole_or_not_at_all::<Vec<Round>>,
        ),
        (
            include_str!("../../tests/fixtures/v1/round-config.json").into(),
            record_reads_whole_or_not_at_all::<RoundConfig>,
        ),
        (
            include_str!("../../tests/fixtures/v1/round-owner.json").into(),
            record_reads_whole_or_not_at_all::<RoundOwner>,
        ),
        (
            include_str!("../../tests/fixtures/v1/marks.json").into(),
            record_reads_whole_or_not_at_all::<Marks>,
        ),
        (
            include_str!("../../tests/fixtures/v1/review-settings.json").into(),
            record_reads_whole_or_not_at_all::<ReviewSettings>,
        ),
        (
            include_str!("../../tests/fixtures/v1/last-export.json").into(),
            record_reads_whole_or_not_at_all::<i64>,
        ),
        (
            include_str!("../../tests/fixtures/v1/prefs-with-lang.json").into(),
            record_reads_whole_or_not_at_all::<Prefs>,
        ),
        (
            persist::encode(&VoicePrefs::default()),
            record_reads_whole_or_not_at_all::<VoicePrefs>,
        ),
        (
            persist::encode(&kept),
            record_reads_whole_or_not_at_all::<Vec<KeptAnswer>>,
        ),
    ]
}

fn any_damaged_record() -> impl Strategy<Value = (usize, String)> {
    (0..records().len()).prop_flat_map(|i| (Just(i), mutated(records().swap_remove(i).0)))
}

/// What is here before an import: answers and a round of its own.
fn here() -> UserData {
    let mut marks = Marks::default();
    marks.set_bookmark("python-gil", true, 3);
    UserData {
        log: vec![LogEntry {
            at_ms: 1_795_000_000_000,
            question_id: "python-gil".into(),
            outcome: Outcome::Correct,
            score: 100,
            time_ms: 30_000,
            suggested_ms: 60_000,
            mode: Mode::Round,
        }],
        marks,
        ..UserData::default()
    }
}

/// A backup is imported whole or refused; what it adds keeps everything
/// that was here, and importing it again adds nothing.
fn backup_imports_whole_or_not_at_all(text: &str) -> Result<(), TestCaseError> {
    let Ok(incoming) = parse_backup(text) else {
        return Ok(());
    };
    let again = parse_backup(&export(&incoming, "0", 0));
    prop_assert!(
        matches!(&again, Ok(a) if a.rounds == incoming.rounds && a.marks == incoming.marks
            && same_answers(&a.log, &incoming.log)),
        "exported again it imports the same: {:?}",
        again
    );
    let here = here();
    let merged = merge(&here, &incoming);
    for entry in here.log.iter().chain(&incoming.log) {
        prop_assert!(is_logged(&merged.log, entry));
    }
    for round in here.rounds.iter().chain(&incoming.rounds) {
        prop_assert!(merged.rounds.iter().any(|r| r.id == round.id));
    }
    prop_assert!(merged.marks.is_bookmarked("python-gil"));
    prop_assert_eq!(&merge(&merged, &incoming), &merged);
    Ok(())
}

#[test]
fn the_fixtures_are_valid_to_start_with() {
    assert!(matches!(decode_log(Some(V1_LOG)), Decoded::Ok(log) if !log.is_empty()));
    assert!(matches!(decode_log(Some(V2_LOG)), Decoded::Ok(log) if !log.is_empty()));
    assert!(parse_backup(V1_BACKUP).is_ok());
    for (text, check) in records() {
        assert!(persist::version_of(&text).is_ok(), "{text} has a version");
        check(&text).unwrap();
    }
}

#[test]
fn every_bit_of_every_digit_of_the_golden_log_flipped_reads_whole_or_not_at_all() {
    let chars: Vec<char> = V2_LOG.chars().collect();
    let digits = chars.iter().filter(|&&c| c >= '\u{0800}').count();
    assert!(digits > 10, "the golden log has version 2 digits");
    for (at, &c) in chars.iter().enumerate().filter(|(_, c)| **c >= '\u{0800}') {
        for bit in 0..15 {
            let Some(flipped) = char::from_u32(u32::from(c) ^ (1 << bit)) else {
                continue;
            };
            let mut damaged = chars.clone();
            damaged[at] = flipped;
            let text: String = damaged.into_iter().collect();
            log_reads_whole_or_not_at_all(&text, &[]).unwrap();
        }
    }
}

#[test]
fn every_cut_of_a_record_is_refused_never_half_read() {
    let cuts = |text: &str| {
        let text = text.trim_end().to_owned();
        let ends: Vec<usize> = text.char_indices().skip(1).map(|(i, _)| i).collect();
        ends.into_iter().map(move |i| text[..i].to_owned())
    };
    for (text, _) in records() {
        for part in cuts(&text) {
            let decoded = persist::decode::<serde::de::IgnoredAny>(Some(&part));
            assert!(matches!(decoded, Decoded::Corrupt(_)), "{part}");
        }
    }
    for text in [V1_LOG, V2_LOG] {
        for part in cuts(text) {
            assert!(
                matches!(decode_log(Some(&part)), Decoded::Corrupt(_)),
                "{part}"
            );
        }
    }
    for part in cuts(&export(&here(), "0.1.0", 42)) {
        assert!(parse_backup(&part).is_err(), "{part}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_damaged_log_reads_whole_or_not_at_all(
        (text, more) in any_stored_log().prop_flat_map(|(text, more)| (mutated(text), Just(more)))
    ) {
        log_reads_whole_or_not_at_all(&text, &more)?;
    }

    #[test]
    fn a_damaged_golden_log_reads_whole_or_not_at_all(
        text in prop_oneof![mutated(V1_LOG.into()), mutated(V2_LOG.into())],
        more in any_log(),
    ) {
        log_reads_whole_or_not_at_all(&text, &more)?;
    }

    #[test]
    fn any_text_in_the_log_reads_whole_or_not_at_all(
        text in any_text(120),
        more in any_log(),
    ) {
        log_reads_whole_or_not_at_all(&text, &more)?;
        // The same text where this build's fast reader looks.
        log_reads_whole_or_not_at_all(&format!(r#"{{"v":2,"data":"{text}"}}"#), &more)?;
    }

    #[test]
    fn a_damaged_record_reads_whole_or_not_at_all((i, text) in any_damaged_record()) {
        (records()[i].1)(&text)?;
    }

    #[test]
    fn any_text_in_a_record_reads_whole_or_not_at_all(
        i in 0..records().len(),
        text in any_text(120),
    ) {
        let check = records()[i].1;
        check(&text)?;
        check(&format!(r#"{{"v":1,"data":{text}}}"#))?;
    }

    #[test]
    fn a_damaged_backup_imports_whole_or_not_at_all(
        text in prop_oneof![
            mutated(V1_BACKUP.into()),
            any_log().prop_flat_map(|log| {
                mutated(export(&UserData { log, ..here() }, "0.1.0", 42))
            }),
        ]
    ) {
        backup_imports_whole_or_not_at_all(&text)?;
    }

    #[test]
    fn any_text_as_a_backup_imports_whole_or_not_at_all(text in any_text(200)) {
        backup_imports_whole_or_not_at_all(&text)?;
    }
}
