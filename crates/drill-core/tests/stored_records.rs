//! Golden records of every schema version, as the app wrote them: each must
//! still load, so an update never strands a user's saved rounds.

use drill_core::grade::{Grade, Outcome, Response};
use drill_core::marks::Marks;
use drill_core::persist::{Decoded, decode, encode};
use drill_core::prefs::{Lang, Prefs, TextSize, Theme};
use drill_core::progress::{CompactLog, Mode, ReviewSettings, decode_log, encode_log};
use drill_core::round::{
    FinishReason, Phase, PickOrder, Round, RoundConfig, RoundOwner, TimeRule, TimeoutRule, TypeMix,
};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn load<T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug>(
    name: &str,
) -> T {
    match decode::<T>(Some(&fixture(name))) {
        Decoded::Ok(value) => {
            // What this version writes back reads the same.
            match decode::<T>(Some(&encode(&value))) {
                Decoded::Ok(again) => assert_eq!(again, value),
                other => panic!("{name} did not survive a rewrite: {other:?}"),
            }
            value
        }
        other => panic!("{name} did not load: {other:?}"),
    }
}

#[test]
fn v1_round_in_progress() {
    let round: Round = load("v1/round-current.json");
    assert_eq!(round.current, 1);
    assert_eq!(
        round.items[0].grade,
        Some(Grade::new(Outcome::Correct, 100))
    );
    assert_eq!(round.items[0].response, Some(Response::Choices(vec![1])));
    assert_eq!(round.items[1].ticked, [true, false, true, false]);
    assert_eq!(round.items[1].notes, "事件循环被阻塞");
    assert!(
        matches!(&round.phase, Phase::Paused { from, budget_left_ms: Some(555_000), .. } if **from == Phase::Revealed)
    );
}

#[test]
fn v1_round_history() {
    let history: Vec<Round> = load("v1/round-history.json");
    let round = &history[0];
    assert_eq!(
        round.phase,
        Phase::Finished {
            at_ms: 1_795_685_000_000,
            reason: FinishReason::Ended
        }
    );
    assert_eq!(round.config.time, TimeRule::Fixed(60));
    assert_eq!(round.config.on_timeout, TimeoutRule::Overrun);
    assert_eq!(round.items[0].overrun_ms, 10_000);
    assert_eq!(
        round.items[1].grade.map(|g| g.outcome),
        Some(Outcome::NotReached)
    );
}

#[test]
fn v1_round_config() {
    let config: RoundConfig = load("v1/round-config.json");
    assert_eq!(config.count, 15);
    assert_eq!(config.types, TypeMix::OpenOnly);
    assert_eq!(config.pick, PickOrder::Random);
    assert_eq!(config.budget_secs, Some(1800));
}

#[test]
fn v1_round_owner() {
    let owner: RoundOwner = load("v1/round-owner.json");
    assert_eq!(owner.tab, "9f3c2a");
}

#[test]
fn v1_review_log() {
    let compact: CompactLog = load("v1/review-log.json");
    let log = compact.decode().expect("a consistent log");
    assert_eq!(log.len(), 3);
    assert_eq!(
        (log[0].question_id.as_str(), log[0].outcome, log[0].time_ms),
        ("redis-why-fast", Outcome::Wrong, 120_500)
    );
    assert_eq!(log[1].at_ms, 1_795_680_045_000);
    assert_eq!(log[2].mode, Mode::Review);
    assert_eq!(log[2].suggested_ms, 180_000);
    assert_eq!(
        decode_log(Some(&fixture("v1/review-log.json"))),
        Decoded::Ok(log)
    );
}

#[test]
fn v2_review_log() {
    let stored = fixture("v2/review-log.json");
    let Decoded::Ok(log) = decode_log(Some(&stored)) else {
        panic!("v2/review-log.json did not load");
    };
    assert_eq!(encode_log(&log), stored, "written back byte for byte");
    assert_eq!(
        decode_log(Some(&fixture("v1/review-log.json"))),
        Decoded::Ok(log),
        "the same answers as the version 1 record"
    );
}

#[test]
fn v1_marks() {
    let marks: Marks = load("v1/marks.json");
    assert!(marks.is_bookmarked("redis-why-fast"));
    assert!(!marks.is_bookmarked("python-gil"));
    assert_eq!(marks.note("redis-why-fast"), "先说单线程，再说 epoll");
}

#[test]
fn v1_review_settings_and_last_export() {
    let settings: ReviewSettings = load("v1/review-settings.json");
    assert_eq!(settings.new_per_day, 15);
    assert_eq!(settings.interview_ms, Some(1_798_000_000_000));
    // Settings added since read as before they existed: the user's own
    // ration, and review sessions without a countdown.
    assert!(!settings.ration_follows_plan);
    assert!(!settings.countdown);
    let exported: i64 = load("v1/last-export.json");
    assert_eq!(exported, 1_795_700_000_000);
}

#[test]
fn v1_prefs_from_before_the_language_switch_load_as_chinese() {
    let prefs: Prefs = load("v1/prefs.json");
    assert_eq!((prefs.theme, prefs.text), (Theme::Dark, TextSize::Large));
    assert_eq!(prefs.lang, Lang::Zh);
}

#[test]
fn v1_prefs_with_a_language() {
    let prefs: Prefs = load("v1/prefs-with-lang.json");
    assert_eq!(prefs.lang, Lang::En);
    assert_eq!(prefs.theme, Theme::Dark);
}
