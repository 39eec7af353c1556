//! Wall-clock time and the user's calendar. Rounds store deadlines, not
//! tick counts, so a throttled or sleeping page loses nothing; the time
//! zone is the browser's, asked here and nowhere else.

use drill_core::calendar::CivilDate;
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

fn date_at(ms: i64) -> js_sys::Date {
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64))
}

/// Midnight at the start of the day holding `ms`, in the browser's time zone.
pub fn day_start_ms(ms: i64) -> i64 {
    let date = date_at(ms);
    date.set_hours(0);
    date.set_minutes(0);
    date.set_seconds(0);
    date.set_milliseconds(0);
    date.get_time() as i64
}

/// Today where the user is: now, and the midnights that bound it (a day
/// with a daylight-saving change is 23 or 25 hours long).
pub fn today() -> Today {
    let now_ms = now_ms();
    let start_ms = day_start_ms(now_ms);
    // Noon is in the same day whatever the change; the day after starts
    // at the next midnight.
    let end_ms = day_start_ms(start_ms + 36 * 60 * 60 * 1000);
    Today {
        now_ms,
        start_ms,
        end_ms,
    }
}

/// The calendar date of `ms` in the browser's time zone.
pub fn local_date(ms: i64) -> CivilDate {
    let date = date_at(ms);
    CivilDate::new(
        date.get_full_year() as i32,
        (date.get_month() + 1) as u8,
        date.get_date() as u8,
    )
    .unwrap_or_else(|| CivilDate::from_day_number(ms.div_euclid(86_400_000)))
}

/// Noon of `date` in the browser's time zone: the middle of the day, so a
/// later change of time zone by a few hours keeps the same date.
pub fn local_noon_ms(date: CivilDate) -> i64 {
    js_sys::Date::new_with_year_month_day_hr_min(
        date.year as u32,
        i32::from(date.month) - 1,
        i32::from(date.day),
        12,
        0,
    )
    .get_time() as i64
}
