use proptest::prelude::*;

use super::*;
use crate::grade::Outcome;
use crate::progress::merge_logs;

fn answer(at_ms: i64, id: &str, outcome: Outcome, mode: Mode) -> LogEntry {
    LogEntry {
        at_ms,
        question_id: id.into(),
        outcome,
        score: if outcome == Outcome::Correct { 100 } else { 35 },
        time_ms: 42_300,
        suggested_ms: 180_000,
        mode,
    }
}

fn sample() -> Vec<LogEntry> {
    vec![
        answer(
            1_795_680_000_000,
            "redis-why-fast",
            Outcome::Wrong,
            Mode::Round,
        ),
        answer(
            1_795_680_000_001,
            "python-gil",
            Outcome::Correct,
            Mode::Round,
        ),
        answer(
            1_795_852_800_000,
            "redis-why-fast",
            Outcome::TimedOut,
            Mode::Review,
        ),
        answer(
            1_795_852_800_001,
            "mysql-mvcc",
            Outcome::Partial,
            Mode::Review,
        ),
        answer(
            1_795_852_800_002,
            "k8s-pod",
            Outcome::NotReached,
            Mode::Round,
        ),
    ]
}

fn decoded(raw: &str) -> Decoded<Vec<LogEntry>> {
    decode_log(Some(raw))
}

#[test]
fn what_is_written_reads_back_the_same() {
    let log = sample();
    let raw = encode_log(&log);
    assert!(raw.starts_with(r#"{"v":2,"data":"redis-why-fast python-gil mysql-mvcc k8s-pod !"#));
    assert_eq!(decoded(&raw), Decoded::Ok(log));
    assert_eq!(decoded(&encode_log(&[])), Decoded::Ok(vec![]));
    assert_eq!(decode_log(None), Decoded::Missing);
}

#[test]
fn the_stored_text_is_json_with_the_version_first() {
    let raw = encode_log(&sample());
    let value: serde_json::Value = serde_json::from_str(&raw).expect("valid JSON");
    assert_eq!(value["v"], 2);
    assert_eq!(persist::version_of(&raw), Ok(LOG_VERSION));
}

#[test]
fn ids_of_any_shape_survive() {
    let ids = [
        "a b",
        "100%",
        "wow!",
        "中文题",
        "",
        "\"quoted\"",
        "back\\slash",
    ];
    let log: Vec<LogEntry> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| answer(i as i64, id, Outcome::Correct, Mode::Round))
        .collect();
    let raw = encode_log(&log);
    let (ids, _) = raw.split_once('!').unwrap();
    assert!(ids.is_ascii());
    assert_eq!(decoded(&raw), Decoded::Ok(log));
}

#[test]
fn a_clock_set_back_or_before_1970_still_round_trips() {
    let log = vec![
        answer(-86_400_000, "a", Outcome::Correct, Mode::Round),
        answer(i64::MAX, "b", Outcome::Wrong, Mode::Round),
        answer(5, "c", Outcome::Wrong, Mode::Review),
    ];
    assert_eq!(decoded(&encode_log(&log)), Decoded::Ok(log));
}

#[test]
fn three_years_of_daily_practice_take_a_tenth_of_the_quota_and_a_third_of_version_1() {
    let ids: Vec<String> = (0..250)
        .map(|i| format!("topic-question-number-{i}"))
        .collect();
    let mut log = Vec::new();
    let mut at = 1_700_000_000_000i64;
    for i in 0..50_000usize {
        // Rounds of ten a day: answers a millisecond apart, then a day.
        at += if i % 10 == 0 { 86_400_000 } else { 1 };
        let outcome = [Outcome::Correct, Outcome::Wrong][i % 2];
        log.push(answer(at, &ids[i * 7 % ids.len()], outcome, Mode::Round));
    }
    // localStorage counts UTF-16 units, and holds 5,242,880 per origin.
    let v2 = encode_log(&log).encode_utf16().count();
    let v1 = persist::encode(&CompactLog::encode(&log))
        .encode_utf16()
        .count();
    eprintln!("50,000 answers: {v2} UTF-16 units, {v1} in version 1");
    assert!(v2 * 3 < v1, "{v2} vs {v1}");
    assert!(v2 < 5_242_880 / 10, "{v2} units");
}

#[test]
fn a_version_1_log_still_loads() {
    let v1 = r#"{"v":1,"data":{"ids":["redis-why-fast","python-gil"],"e":[[0,1795680000000,2,0,1205,180,0],[1,45000,0,100,300,60,0],[0,172800000,0,100,951,180,1]]}}"#;
    let Decoded::Ok(log) = decoded(v1) else {
        panic!("version 1 did not load");
    };
    assert_eq!(log.len(), 3);
    assert_eq!(log[0].question_id, "redis-why-fast");
    assert_eq!(log[0].time_ms, 120_500);
    assert_eq!(log[2].at_ms, 1_795_680_000_000 + 45_000 + 172_800_000);
    assert_eq!(log[2].mode, Mode::Review);
    assert_eq!(decoded(&encode_log(&log)), Decoded::Ok(log));
}

#[test]
fn version_2_in_another_layout_reads_the_same() {
    let log = sample();
    let raw = encode_log(&log);
    let data = raw
        .strip_prefix(PREFIX)
        .and_then(|r| r.strip_suffix(SUFFIX))
        .unwrap();
    let spaced = format!(r#"{{ "data": "{data}", "v": 2 }}"#);
    assert_eq!(decoded(&spaced), Decoded::Ok(log.clone()));
    let escaped = raw.replace('\u{0800}', r"\u0800");
    assert_ne!(escaped, raw);
    assert_eq!(decoded(&escaped), Decoded::Ok(log));
}

/// A stored log of the given ids text and numbers, as this build writes it.
fn stored(ids: &str, numbers: &[u64], tail: &str) -> String {
    let mut digits = String::new();
    for &n in numbers {
        push_number(&mut digits, n);
    }
    format!("{PREFIX}{ids}!{digits}{tail}{SUFFIX}")
}

#[test]
fn newer_versions_are_told_apart_from_damage() {
    assert_eq!(decoded(r#"{"v":3,"data":"x"}"#), Decoded::Newer(3));
    let top_digit = char::from_u32(DIGIT_BASE + MORE + MORE - 1).unwrap();
    let past_64_bits: String = std::iter::repeat_n(top_digit, 5).collect();
    let damaged = [
        String::new(),
        "{not json".into(),
        r#"{"v":0,"data":"!"}"#.into(),
        r#"{"v":2,"data":"a !"#.into(),
        r#"{"v":2,"data":"no end of ids"}"#.into(),
        // An index past the ids.
        stored("a ", &[1, 0, 0, 0, 0, 0], ""),
        // Outcome code 5 does not exist.
        stored("a ", &[0, 0, 10, 0, 0, 0], ""),
        // Five numbers where an answer has six.
        stored("a ", &[0; 5], ""),
        // A character outside the digits.
        stored("a ", &[0; 5], "Z"),
        // A number cut short.
        stored("a ", &[0; 5], &top_digit.to_string()),
        // A number past 64 bits.
        stored("a ", &[0; 5], &format!("{past_64_bits}\u{0800}")),
        stored("a%G ", &[], ""),
    ];
    for damaged in damaged {
        assert!(
            matches!(decoded(&damaged), Decoded::Corrupt(_)),
            "{damaged:?} gave {:?}",
            decoded(&damaged)
        );
    }
    assert!(matches!(decoded(&stored("a ", &[0; 6], "")), Decoded::Ok(l) if l.len() == 1));
}

#[test]
fn most_numbers_take_one_character() {
    for (n, characters) in [(0, 1), (8191, 1), (8192, 2), (u64::MAX, 5)] {
        let mut text = String::new();
        push_number(&mut text, n);
        assert_eq!(text.chars().count(), characters, "{n}");
        let mut pos = 0;
        assert_eq!(read_number(text.as_bytes(), &mut pos), Some(n));
        assert_eq!(pos, text.len());
    }
}

#[test]
fn the_encoder_catches_up_with_a_log_that_grew_or_changed() {
    let log = sample();
    let mut encoder = LogEncoder::of(&log[..3]);
    encoder.catch_up(&log);
    assert_eq!(encoder.text(), encode_log(&log));
    // Another tab's answer merged in before the end.
    let earlier = answer(1_795_680_000_000, "aaa", Outcome::Correct, Mode::Round);
    let merged = merge_logs(&log, &[earlier]);
    encoder.catch_up(&merged);
    assert_eq!(encoder.text(), encode_log(&merged));
    // A log replaced by a shorter one, as a reset leaves it.
    encoder.catch_up(&log[..2]);
    assert_eq!(encoder.text(), encode_log(&log[..2]));
    encoder.catch_up(&[]);
    assert_eq!(encoder.text(), encode_log(&[]));
}

#[test]
fn only_the_form_this_build_writes_is_resumed() {
    let log = sample();
    let v1 = persist::encode(&CompactLog::encode(&log));
    let spaced = encode_log(&log).replacen(':', ": ", 1);
    for other in [v1, spaced] {
        let (decoded, encoder) = decode_log_resuming(Some(&other));
        assert_eq!(decoded, Decoded::Ok(log.clone()));
        assert!(encoder.is_none());
    }
    assert!(decode_log_resuming(Some(&encode_log(&log))).1.is_some());
}

#[test]
fn answers_saved_after_ids_read_in_another_form_still_add_up() {
    // The reader takes ids written unescaped or without the space after
    // the last; what is saved after them must not run into them or take
    // the place of one of them.
    let first = answer(1_000, "gil", Outcome::Correct, Mode::Round);
    let (numbers_start, _) = encode_log(std::slice::from_ref(&first))
        .match_indices('!')
        .next()
        .unwrap();
    let numbers = &encode_log(std::slice::from_ref(&first))[numbers_start..];
    // A list that names an id twice, as a stretch written twice leaves it.
    for ids in ["gil", "g%69l ", "g%69l", "gil gil "] {
        let stored = format!("{{\"v\":2,\"data\":\"{ids}{numbers}");
        let (decoded, encoder) = decode_log_resuming(Some(&stored));
        assert_eq!(decoded, Decoded::Ok(vec![first.clone()]), "{stored}");
        let mut encoder = encoder.expect("the form this build reads fast");
        let grown = vec![
            first.clone(),
            answer(2_000, "zset", Outcome::Wrong, Mode::Review),
        ];
        encoder.catch_up(&grown);
        assert_eq!(decode_log(Some(&encoder.text())), Decoded::Ok(grown));
    }
}

fn any_answer() -> impl Strategy<Value = LogEntry> {
    (
        -1_000_000_000_000_000i64..1_000_000_000_000_000,
        "[a-z%! 中\"]{0,6}",
        0u8..5,
        any::<bool>(),
        0u8..=100,
        0u32..42_000_000,
        0u32..4_000_000,
    )
        .prop_map(
            |(at_ms, id, outcome, review, score, tenths, seconds)| LogEntry {
                at_ms,
                question_id: id,
                outcome: outcome_from(outcome).unwrap(),
                score,
                time_ms: tenths * 100,
                suggested_ms: seconds * 1000,
                mode: if review { Mode::Review } else { Mode::Round },
            },
        )
}

proptest! {
    #[test]
    fn any_log_round_trips(log in proptest::collection::vec(any_answer(), 0..40)) {
        prop_assert_eq!(decoded(&encode_log(&log)), Decoded::Ok(log.clone()));
        let sorted = merge_logs(&log, &[]);
        prop_assert_eq!(decoded(&encode_log(&sorted)), Decoded::Ok(sorted));
    }

    #[test]
    fn a_log_saved_answer_by_answer_is_stored_as_if_written_at_once(
        log in proptest::collection::vec(any_answer(), 0..40),
        saved_after in proptest::collection::vec(any::<bool>(), 40),
    ) {
        let mut encoder = LogEncoder::default();
        for (answered, save) in (1..=log.len()).zip(&saved_after) {
            encoder.catch_up(&log[..answered]);
            if *save {
                let saved = &log[..encoder.position().len()];
                prop_assert_eq!(decoded(&encoder.text()), Decoded::Ok(saved.to_vec()));
            }
        }
        prop_assert_eq!(decoded(&encoder.text()), Decoded::Ok(log.clone()));
        prop_assert_eq!(encoder.position().rest_of(&log), Some(&[][..]));
    }

    #[test]
    fn a_resumed_log_stores_later_answers_as_if_written_at_once(
        log in proptest::collection::vec(any_answer(), 0..40),
        stored in 0usize..40,
    ) {
        let stored = stored.min(log.len());
        let (decoded, encoder) = decode_log_resuming(Some(&encode_log(&log[..stored])));
        prop_assert_eq!(decoded, Decoded::Ok(log[..stored].to_vec()));
        let mut encoder = encoder.expect("this build's own form");
        prop_assert_eq!(encoder.position().rest_of(&log), Some(&log[stored..]));
        encoder.catch_up(&log);
        prop_assert_eq!(encoder.text(), encode_log(&log));
    }

    #[test]
    fn both_versions_read_the_same(log in proptest::collection::vec(any_answer(), 0..40)) {
        let log = merge_logs(&log, &[]);
        let v1 = persist::encode(&CompactLog::encode(&log));
        prop_assert_eq!(decoded(&v1), decoded(&encode_log(&log)));
    }

    #[test]
    fn a_cut_log_is_damaged_never_half_read(
        log in proptest::collection::vec(any_answer(), 1..20),
        cut in 0usize..2000,
    ) {
        let raw = encode_log(&log);
        let cut = (0..=cut % raw.len()).rev().find(|&c| raw.is_char_boundary(c)).unwrap();
        prop_assert!(matches!(decoded(&raw[..cut]), Decoded::Corrupt(_)));
    }

    #[test]
    fn the_decoder_never_panics(text in "[ -~]{0,60}") {
        let _ = decoded(&text);
        let _ = decoded(&format!("{PREFIX}{text}{SUFFIX}"));
    }

    #[test]
    fn an_encoder_kept_up_to_date_stores_what_encoding_at_once_does(
        history in crate::progress::any_log_history(),
    ) {
        let mut encoder = LogEncoder::default();
        for log in &history {
            encoder.catch_up(log);
            prop_assert_eq!(encoder.text(), encode_log(log));
        }
    }
}
