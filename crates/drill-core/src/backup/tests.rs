use proptest::prelude::*;

use super::*;
use crate::grade::Outcome;
use crate::progress::Mode;
use crate::round::test_bank::bank;

fn entry(at_ms: i64, id: &str) -> LogEntry {
    LogEntry {
        at_ms,
        question_id: id.into(),
        outcome: Outcome::Wrong,
        score: 0,
        time_ms: 1200,
        suggested_ms: 60_000,
        mode: Mode::Review,
    }
}

fn sample() -> UserData {
    let bank = bank();
    let mut round =
        Round::start("r1".into(), 3, RoundConfig::default(), &[&bank[1]], 1_000).unwrap();
    round.end(2_000).unwrap();
    let mut marks = Marks::default();
    marks.set_bookmark("q1", true, 5);
    marks.set_note("q1", "<script>alert(1)</script> 记得说 MVCC", 6);
    UserData {
        log: vec![entry(1_000, "q1"), entry(2_000, "q2")],
        rounds: vec![round],
        marks,
        review_settings: Some(ReviewSettings {
            new_per_day: 7,
            interview_ms: Some(9_000_000),
            ..ReviewSettings::default()
        }),
        round_config: None,
    }
}

#[test]
fn an_export_imports_back_to_the_same_data() {
    let data = sample();
    let text = export(&data, "0.1.0", 42);
    assert!(text.starts_with(
        r#"{"format":"interview-drill-backup","schema":1,"app_version":"0.1.0","exported_at_ms":42"#
    ));
    assert_eq!(parse_backup(&text).unwrap(), data);
}

#[test]
fn importing_twice_adds_nothing() {
    let data = sample();
    let once = merge(&UserData::default(), &data);
    assert_eq!(
        preview(&UserData::default(), &data),
        ImportPreview {
            answers: 2,
            rounds: 1,
            bookmarks: 1,
            notes: 1
        }
    );
    assert!(preview(&once, &data).is_empty());
    assert_eq!(merge(&once, &data), once);
}

#[test]
fn bad_files_are_refused_with_a_reason() {
    let good = export(&sample(), "0.1.0", 42);
    assert_eq!(parse_backup("hello"), Err(ImportError::NotJson));
    assert_eq!(
        parse_backup(&good[..good.len() / 2]),
        Err(ImportError::NotJson),
        "truncated"
    );
    assert_eq!(
        parse_backup(r#"{"name":"anki deck"}"#),
        Err(ImportError::Foreign)
    );
    assert_eq!(parse_backup(r#"[1,2,3]"#), Err(ImportError::Foreign));
    let newer = good.replace(r#""schema":1"#, r#""schema":7"#);
    assert_eq!(parse_backup(&newer), Err(ImportError::Newer(7)));
    let damaged = good.replace(r#""rounds":["#, r#""rounds":[7,"#);
    assert!(matches!(
        parse_backup(&damaged),
        Err(ImportError::Damaged(_))
    ));
    let huge = format!("{}{}", good, " ".repeat(MAX_BACKUP_BYTES));
    assert!(matches!(parse_backup(&huge), Err(ImportError::TooLarge(_))));
}

#[test]
fn a_stored_log_that_does_not_add_up_is_damaged() {
    let good = export(&sample(), "0.1.0", 42);
    let broken = good.replace(r#""ids":["q1","q2"]"#, r#""ids":["q1"]"#);
    assert_eq!(parse_backup(&broken), Err(ImportError::InconsistentLog));
}

#[test]
fn the_v1_golden_backup_still_imports() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/v1/backup.json"
    ))
    .unwrap();
    let data = parse_backup(&text).unwrap();
    assert_eq!(data.log.len(), 2);
    assert_eq!(data.log[1].question_id, "mysql-isolation-levels");
    assert_eq!(data.log[1].outcome, Outcome::Partial);
    assert!(data.marks.is_bookmarked("redis-why-fast"));
    assert_eq!(data.marks.note("redis-why-fast"), "先说单线程");
    assert_eq!(data.review_settings.unwrap().new_per_day, 5);
}

proptest! {
    #[test]
    fn the_importer_never_panics_on_arbitrary_input(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = parse_backup(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn merging_is_idempotent_and_commutative(
        a in proptest::collection::vec((0i64..30, 0usize..3), 0..10),
        b in proptest::collection::vec((0i64..30, 0usize..3), 0..10),
        mark_a in 0i64..5, mark_b in 0i64..5,
    ) {
        let make = |list: &[(i64, usize)], mark_at: i64| {
            let mut marks = Marks::default();
            marks.set_bookmark("q", mark_at % 2 == 0, mark_at);
            UserData {
                log: merge_logs(&list.iter().map(|(at, id)| entry(*at, ["a", "b", "c"][*id])).collect::<Vec<_>>(), &[]),
                marks,
                ..UserData::default()
            }
        };
        let (x, y) = (make(&a, mark_a), make(&b, mark_b));
        let xy = merge(&x, &y);
        prop_assert_eq!(&xy, &merge(&y, &x));
        prop_assert_eq!(&xy, &merge(&xy, &y));
        prop_assert!(preview(&xy, &y).is_empty());
    }
}
