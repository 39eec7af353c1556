//! Wall-clock time and the user's calendar. Rounds store deadlines, not
//! tick counts, so a throttled or sleeping page loses nothing; the time
//! zone is the browser's, asked here and nowhere else.

use drill_core::calendar::civil::CivilDate;
use drill_core::calendar::{self, HOUR_MS, LocalTime};
use drill_core::progress::Today;

pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// A fresh seed for drawing a round; the seed is stored with the round.
pub fn random_seed() -> u64 {
    let high = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    let low = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    (high << 32) ^ low ^ now_ms() as u64
}

/// The browser's time zone at `ms`, in minutes east of UTC (UTC+8 is 480).
/// This is the only reading of the zone; the calendar arithmetic on it is
/// `drill_core::calendar`.
pub fn offset_min_at(ms: i64) -> i32 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    -(date.get_timezone_offset() as i32)
}

/// Midnight at the start of the day holding `ms`, in the browser's time zone.
pub fn day_start_ms(ms: i64) -> i64 {
    calendar::day_start_ms(ms, offset_min_at)
}

/// The local day holding `ms`, as days since 1970-01-01.
pub fn day_key(ms: i64) -> i64 {
    calendar::day_key(ms, offset_min_at(ms))
}

/// The date and time of day at `ms`, in the browser's time zone.
pub fn local_time(ms: i64) -> LocalTime {
    calendar::local_time(ms, offset_min_at(ms))
}

/// Today where the user is: now, and the midnights that bound it (a day
/// with a daylight-saving change is 23 or 25 hours long).
pub fn today() -> Today {
    let now_ms = now_ms();
    let start_ms = day_start_ms(now_ms);
    // Noon is in the same day whatever the change; the day after starts
    // at the next midnight.
    let end_ms = day_start_ms(start_ms + 36 * HOUR_MS);
    Today {
        now_ms,
        start_ms,
        end_ms,
    }
}

/// The calendar date of `ms` in the browser's time zone.
pub fn local_date(ms: i64) -> CivilDate {
    CivilDate::from_day_number(day_key(ms))
}

/// Noon of `date` in the browser's time zone: the middle of the day, so a
/// later change of time zone by a few hours keeps the same date.
pub fn local_noon_ms(date: CivilDate) -> i64 {
    let day = date.day_number();
    let near_noon = day * calendar::DAY_MS + 12 * HOUR_MS;
    calendar::midnight_ms(day, offset_min_at(near_noon)) + 12 * HOUR_MS
}
