//! Numbers as the screens show them: countdowns, durations, shares.

/// `m:ss` left, or `+m:ss` past the deadline. Seconds round up, so the
/// display reaches 0:00 exactly at the deadline.
pub fn format_left(ms: i64) -> String {
    let (sign, ms) = if ms < 0 { ("+", -ms) } else { ("", ms) };
    let secs = if sign.is_empty() {
        (ms + 999) / 1000
    } else {
        ms / 1000
    };
    format!("{sign}{}:{:02}", secs / 60, secs % 60)
}

/// `m:ss` of a duration, whole seconds.
pub fn format_duration(ms: i64) -> String {
    let secs = ms.max(0) / 1000;
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// A share as a whole percentage; anything above nothing shows at least 1%.
pub fn percent(share: f64) -> String {
    let whole = (share * 100.0).round() as u32;
    format!("{}%", if share > 0.0 { whole.max(1) } else { 0 })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_countdown_reaches_zero_at_the_deadline_and_then_counts_over() {
        assert_eq!(format_left(90_000), "1:30");
        assert_eq!(format_left(1), "0:01", "a part second left still shows");
        assert_eq!(format_left(0), "0:00");
        assert_eq!(format_left(-999), "+0:00");
        assert_eq!(format_left(-61_000), "+1:01");
        assert_eq!(format_left(3_600_000), "60:00");
    }

    #[test]
    fn durations_show_whole_seconds_and_never_go_negative() {
        assert_eq!(format_duration(59_999), "0:59");
        assert_eq!(format_duration(125_000), "2:05");
        assert_eq!(format_duration(-5_000), "0:00");
    }

    #[test]
    fn a_share_is_a_whole_percentage_and_a_little_is_not_nothing() {
        assert_eq!(percent(0.0), "0%");
        assert_eq!(percent(0.001), "1%");
        assert_eq!(percent(0.494), "49%");
        assert_eq!(percent(0.495), "50%");
        assert_eq!(percent(1.0), "100%");
    }

    proptest! {
        #[test]
        fn the_countdown_never_skips_a_second(ms in -10_000_000i64..10_000_000) {
            // One millisecond apart, the display differs by at most a second.
            let seconds = |text: String| {
                let over = text.starts_with('+');
                let (m, s) = text.trim_start_matches('+').split_once(':').unwrap();
                let total = m.parse::<i64>().unwrap() * 60 + s.parse::<i64>().unwrap();
                if over { -total } else { total }
            };
            let (a, b) = (seconds(format_left(ms)), seconds(format_left(ms + 1)));
            prop_assert!((b - a).abs() <= 1 && b >= a);
        }
    }
}
