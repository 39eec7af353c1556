use proptest::prelude::*;

use super::*;

const BEIJING: i32 = 8 * 60;
const NEW_YORK_WINTER: i32 = -5 * 60;

/// 2026-03-08 07:00 UTC: 02:00 in New York, where the clocks then go to 03:00.
const NY_SPRING_FORWARD_MS: i64 = 1_772_953_200_000;

/// New York in 2026 around its spring change: UTC-5, then UTC-4.
fn new_york(ms: i64) -> i32 {
    if ms < NY_SPRING_FORWARD_MS {
        -300
    } else {
        -240
    }
}

fn ms_of(date: Date, hour: i64, minute: i64, offset_min: i32) -> i64 {
    midnight_ms(day_of(date), offset_min) + hour * HOUR_MS + minute * MINUTE_MS
}

fn date(year: i32, month: u32, day: u32) -> Date {
    Date { year, month, day }
}

#[test]
fn known_dates_have_known_day_keys_and_weekdays() {
    assert_eq!(day_of(date(1970, 1, 1)), 0);
    assert_eq!(weekday(0), 3, "1970-01-01 was a Thursday");
    assert_eq!(day_of(date(2000, 3, 1)), 11_017);
    assert_eq!(date_of(day_of(date(2024, 2, 29))), date(2024, 2, 29));
    assert_eq!(date_of(-1), date(1969, 12, 31));
    // 2026-12-02 is a Wednesday.
    assert_eq!(weekday(day_of(date(2026, 12, 2))), 2);
    assert_eq!(date_of(day_of(date(2100, 2, 28)) + 1), date(2100, 3, 1));
    assert_eq!(
        ms_of(date(2026, 3, 8), 2, 0, -300),
        NY_SPRING_FORWARD_MS,
        "the change is at 02:00 local"
    );
}

#[test]
fn the_local_day_changes_at_local_midnight_not_utc_midnight() {
    // 2026-12-01 16:30 UTC is already 2026-12-02 00:30 in Beijing.
    let ms = ms_of(date(2026, 12, 1), 16, 30, 0);
    assert_eq!(date_of(day_key(ms, 0)), date(2026, 12, 1));
    assert_eq!(date_of(day_key(ms, BEIJING)), date(2026, 12, 2));
    assert_eq!(date_of(day_key(ms, NEW_YORK_WINTER)), date(2026, 12, 1));
    let midnight = day_start_ms(ms, |_| BEIJING);
    assert_eq!(midnight, ms - 30 * MINUTE_MS);
    let t = local_time(ms, BEIJING);
    assert_eq!((t.date, t.hour, t.minute), (date(2026, 12, 2), 0, 30));
}

#[test]
fn midnight_on_the_day_the_clocks_change_uses_that_midnights_offset() {
    // Noon on 2026-03-08 in New York is UTC-4; its midnight was still UTC-5.
    let noon = ms_of(date(2026, 3, 8), 12, 0, -240);
    let midnight = day_start_ms(noon, new_york);
    assert_eq!(midnight, ms_of(date(2026, 3, 8), 0, 0, -300));
    assert_eq!(
        noon - midnight,
        11 * HOUR_MS,
        "the day lost an hour at 02:00"
    );
    assert_eq!(local_time(midnight, new_york(midnight)).hour, 0);
    // The next midnight is 23 hours later.
    let next = day_start_ms(midnight + 30 * HOUR_MS, new_york);
    assert_eq!(next - midnight, 23 * HOUR_MS);
}

#[test]
fn weeks_start_on_monday_and_months_on_the_first() {
    let wednesday = day_of(date(2026, 12, 2));
    assert_eq!(date_of(week_start(wednesday)), date(2026, 11, 30));
    let sunday = day_of(date(2026, 12, 6));
    assert_eq!(date_of(week_start(sunday)), date(2026, 11, 30));
    let monday = day_of(date(2026, 11, 30));
    assert_eq!(week_start(monday), monday);
    assert_eq!(date_of(month_start(wednesday)), date(2026, 12, 1));
    assert_eq!(date_of(next_month_start(wednesday)), date(2027, 1, 1));
    let leap = day_of(date(2028, 2, 10));
    assert_eq!(next_month_start(leap) - month_start(leap), 29);
}

proptest! {
    #[test]
    fn day_keys_and_dates_round_trip(day in -800_000i64..800_000) {
        let d = date_of(day);
        prop_assert!((1..=12).contains(&d.month) && (1..=31).contains(&d.day));
        prop_assert_eq!(day_of(d), day);
        // The next day is the same month's next date, or the next month's 1st.
        let next = date_of(day + 1);
        prop_assert!(
            (next.year, next.month, next.day) == (d.year, d.month, d.day + 1)
                || (next.day == 1 && next.month == d.month % 12 + 1)
        );
        prop_assert_eq!(weekday(day + 1), (weekday(day) + 1) % 7);
    }

    #[test]
    fn midnight_starts_the_day_that_holds_the_instant(
        ms in -4_000_000_000_000i64..8_000_000_000_000,
        offset in -12 * 60..=14 * 60i32,
    ) {
        let start = day_start_ms(ms, |_| offset);
        prop_assert!(start <= ms && ms - start < DAY_MS);
        prop_assert_eq!(day_key(start, offset), day_key(ms, offset));
        let t = local_time(start, offset);
        prop_assert_eq!((t.hour, t.minute), (0, 0));
        prop_assert_eq!(day_of(t.date), day_key(ms, offset));
    }

    #[test]
    fn week_and_month_boundaries_hold_the_day(day in -800_000i64..800_000) {
        let monday = week_start(day);
        prop_assert_eq!(weekday(monday), 0);
        prop_assert!(monday <= day && day - monday < 7);
        let first = month_start(day);
        let next = next_month_start(day);
        prop_assert_eq!(date_of(first).day, 1);
        prop_assert_eq!(date_of(next).day, 1);
        prop_assert!(first <= day && day < next);
        prop_assert!((28..=31).contains(&(next - first)));
    }
}
