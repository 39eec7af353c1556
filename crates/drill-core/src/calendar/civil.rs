//! Calendar dates as the user picks them (the interview day), and lengths
//! of time as a grade button shows them. The day arithmetic is the
//! calendar's own (`day_of`, `date_of`).

use std::fmt;

use super::{Date, date_of, day_of};

/// A day of the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    pub year: i32,
    /// 1-12.
    pub month: u8,
    /// 1-31, within the month's length.
    pub day: u8,
}

impl CivilDate {
    /// The date, if it exists (no 30 February).
    pub fn new(year: i32, month: u8, day: u8) -> Option<CivilDate> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(CivilDate { year, month, day })
    }

    /// Reads `YYYY-MM-DD`, as a date input gives it.
    pub fn parse(text: &str) -> Option<CivilDate> {
        let mut parts = text.trim().splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        CivilDate::new(year, month, day)
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn day_number(self) -> i64 {
        day_of(Date {
            year: self.year,
            month: self.month.into(),
            day: self.day.into(),
        })
    }

    /// The date `days` after 1970-01-01.
    pub fn from_day_number(days: i64) -> CivilDate {
        let date = date_of(days);
        CivilDate {
            year: date.year,
            month: date.month as u8,
            day: date.day as u8,
        }
    }

    /// Days from this date to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: CivilDate) -> i64 {
        later.day_number() - self.day_number()
    }

    pub fn add_days(self, days: i64) -> CivilDate {
        CivilDate::from_day_number(self.day_number() + days)
    }
}

/// `YYYY-MM-DD`, as a date input takes it.
impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A length of time as a grade button shows it, in the largest unit that
/// fits: minutes under an hour, hours under a day, days under a month,
/// then months and years to a tenth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Minutes(u32),
    Hours(u32),
    Days(u32),
    /// In tenths of a (30-day) month.
    MonthTenths(u32),
    /// In tenths of a (365-day) year.
    YearTenths(u32),
}

impl Span {
    pub fn of_ms(ms: i64) -> Span {
        const MINUTE: f64 = 60_000.0;
        let minutes = ms.max(0) as f64 / MINUTE;
        let days = minutes / (24.0 * 60.0);
        let round = |x: f64| x.round() as u32;
        if minutes < 59.5 {
            Span::Minutes(round(minutes).max(1))
        } else if minutes < 23.5 * 60.0 {
            Span::Hours(round(minutes / 60.0))
        } else if days < 30.0 {
            Span::Days(round(days))
        } else if days < 365.0 {
            Span::MonthTenths(round(days / 3.0))
        } else {
            Span::YearTenths(round(days / 36.5))
        }
    }
}

fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn date(text: &str) -> CivilDate {
        CivilDate::parse(text).unwrap()
    }

    #[test]
    fn reads_and_writes_what_a_date_input_holds() {
        assert_eq!(
            CivilDate::parse("2027-01-15"),
            Some(CivilDate {
                year: 2027,
                month: 1,
                day: 15
            })
        );
        assert_eq!(date("2027-01-15").to_string(), "2027-01-15");
        for bad in [
            "",
            "2027-13-01",
            "2027-02-29",
            "2027-1",
            "x-01-01",
            "2027-04-31",
        ] {
            assert_eq!(CivilDate::parse(bad), None, "{bad}");
        }
        assert_eq!(date("2028-02-29").to_string(), "2028-02-29");
    }

    #[test]
    fn counts_days_across_months_years_and_leap_days() {
        assert_eq!(date("1970-01-01").day_number(), 0);
        assert_eq!(date("2026-12-02").days_until(date("2026-12-02")), 0);
        assert_eq!(date("2026-12-02").days_until(date("2026-12-03")), 1);
        assert_eq!(date("2026-12-31").days_until(date("2027-01-01")), 1);
        assert_eq!(date("2028-02-28").days_until(date("2028-03-01")), 2);
        assert_eq!(date("2100-02-28").days_until(date("2100-03-01")), 1);
        assert_eq!(date("2026-12-10").days_until(date("2026-12-02")), -8);
        assert_eq!(date("2026-12-30").add_days(3), date("2027-01-02"));
    }

    #[test]
    fn a_span_reads_in_the_largest_unit_that_fits() {
        const MIN: i64 = 60_000;
        const DAY: i64 = 1440 * MIN;
        assert_eq!(Span::of_ms(10 * MIN), Span::Minutes(10));
        assert_eq!(Span::of_ms(0), Span::Minutes(1), "never 0 minutes");
        assert_eq!(Span::of_ms(90 * MIN), Span::Hours(2));
        assert_eq!(Span::of_ms(DAY), Span::Days(1));
        assert_eq!(Span::of_ms(3 * DAY), Span::Days(3));
        assert_eq!(Span::of_ms(45 * DAY), Span::MonthTenths(15));
        assert_eq!(Span::of_ms(730 * DAY), Span::YearTenths(20));
    }

    proptest! {
        #[test]
        fn day_numbers_and_dates_convert_both_ways(days in -800_000i64..800_000) {
            let d = CivilDate::from_day_number(days);
            prop_assert_eq!(d.day_number(), days);
            prop_assert!(CivilDate::new(d.year, d.month, d.day).is_some());
            prop_assert_eq!(d.add_days(1).day_number(), days + 1);
            prop_assert_eq!(CivilDate::parse(&d.to_string()).filter(|_| d.year >= 0), (d.year >= 0).then_some(d));
        }
    }
}
