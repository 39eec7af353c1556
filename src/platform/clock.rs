//! Wall-clock time for the round engine. Rounds store deadlines, not tick
//! counts, so a throttled or sleeping page loses nothing.

pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// A fresh seed for drawing a round; the seed is stored with the round.
pub fn random_seed() -> u64 {
    let high = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    let low = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    (high << 32) ^ low ^ now_ms() as u64
}

/// Midnight at the start of the day holding `ms`, in the browser's time zone.
pub fn day_start_ms(ms: i64) -> i64 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    date.set_hours(0);
    date.set_minutes(0);
    date.set_seconds(0);
    date.set_milliseconds(0);
    date.get_time() as i64
}
