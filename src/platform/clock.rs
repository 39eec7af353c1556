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
