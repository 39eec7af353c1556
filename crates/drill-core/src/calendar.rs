//! Calendar arithmetic on epoch milliseconds. The time zone is an input: an
//! offset in minutes east of UTC (UTC+8 is 480), or a function giving the
//! offset at any instant where daylight saving matters. Days are counted as
//! day keys, whole local days since 1970-01-01, so stepping by days never
//! lands an hour off when the offset changes.

pub const MINUTE_MS: i64 = 60 * 1000;
pub const HOUR_MS: i64 = 60 * MINUTE_MS;
pub const DAY_MS: i64 = 24 * HOUR_MS;

/// A day of the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
}

/// A wall-clock reading in some time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    pub date: Date,
    pub hour: u32,
    pub minute: u32,
}

/// The local day holding `ms`, as days since 1970-01-01.
pub fn day_key(ms: i64, offset_min: i32) -> i64 {
    (ms + i64::from(offset_min) * MINUTE_MS).div_euclid(DAY_MS)
}

/// The instant a local day starts, for a zone at `offset_min` then.
pub fn midnight_ms(day: i64, offset_min: i32) -> i64 {
    day * DAY_MS - i64::from(offset_min) * MINUTE_MS
}

/// The local midnight starting the day of `ms`. `offset_at` is the zone's
/// offset at an instant: it is asked again at the midnight found, since a
/// daylight-saving change during the day moves midnight by the difference.
pub fn day_start_ms(ms: i64, offset_at: impl Fn(i64) -> i32) -> i64 {
    let day = day_key(ms, offset_at(ms));
    let mut start = midnight_ms(day, offset_at(ms));
    // Two refinements settle any zone whose offset changes at most once a day.
    for _ in 0..2 {
        start = midnight_ms(day, offset_at(start));
    }
    start
}

/// Monday is 0, Sunday 6.
pub fn weekday(day: i64) -> u8 {
    // 1970-01-01 was a Thursday.
    (day + 3).rem_euclid(7) as u8
}

/// The Monday of the week holding `day`.
pub fn week_start(day: i64) -> i64 {
    day - i64::from(weekday(day))
}

/// The first day of the month holding `day`.
pub fn month_start(day: i64) -> i64 {
    let date = date_of(day);
    day_of(Date { day: 1, ..date })
}

/// The first day of the month after the one holding `day`.
pub fn next_month_start(day: i64) -> i64 {
    let Date { year, month, .. } = date_of(day);
    let (year, month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    day_of(Date {
        year,
        month,
        day: 1,
    })
}

/// The calendar date of a day key.
pub fn date_of(day: i64) -> Date {
    // Days to civil date, counting 400-year eras from 0000-03-01 so that the
    // leap day ends each year.
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date {
        year: year as i32,
        month,
        day,
    }
}

/// The day key of a calendar date; the inverse of [`date_of`].
pub fn day_of(date: Date) -> i64 {
    let year = i64::from(date.year) - i64::from(date.month <= 2);
    let era = year.div_euclid(400);
    let yoe = year.rem_euclid(400);
    let month = i64::from(date.month);
    let mp = if month > 2 { month - 3 } else { month + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(date.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The wall clock at `ms` in a zone at `offset_min`.
pub fn local_time(ms: i64, offset_min: i32) -> LocalTime {
    let local = ms + i64::from(offset_min) * MINUTE_MS;
    let of_day = local.rem_euclid(DAY_MS);
    LocalTime {
        date: date_of(local.div_euclid(DAY_MS)),
        hour: (of_day / HOUR_MS) as u32,
        minute: (of_day % HOUR_MS / MINUTE_MS) as u32,
    }
}

pub mod civil;

#[cfg(test)]
mod tests;
