//! Wall-clock time for the round engine. Rounds store deadlines, not tick
//! counts, so a throttled or sleeping page loses nothing.

use drill_core::calendar::{self, LocalTime};

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
