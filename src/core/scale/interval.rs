//! Calendar intervals in the manner of d3-time: days, Monday weeks, months, quarters,
//! half-years, years and multi-year steps.
//!
//! Month-based intervals count whole calendar months, never a fixed number of days, so
//! their boundaries are exact (1 January, 1 April, 1 July…) whatever the month lengths
//! and leap years in between. All calendar arithmetic goes through `crate::core::date`
//! and the `time` crate.
//!
//! The calendar ends where `time` does (years −9999 to 9999 without its `large-dates`
//! feature). Days beyond either end are treated as that end, so nothing here can fail or
//! loop forever, whatever `DayNumber` it is given.

use ::time::{Date, Month, OffsetDateTime};

use crate::core::date::{DayNumber, date_of, day_number, weekday_from_monday};

/// A calendar interval, from finest to coarsest in declaration order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Interval {
    /// Single days.
    Day,
    /// Weeks starting on Monday (ISO 8601, and how European newsrooms count).
    Week,
    /// Calendar months, starting on the 1st.
    Month,
    /// Quarters starting 1 January, 1 April, 1 July and 1 October.
    Quarter,
    /// Half-years starting 1 January and 1 July.
    HalfYear,
    /// Calendar years.
    Year,
    /// Every second year, on even years.
    TwoYears,
    /// Every fifth year, on years divisible by 5.
    FiveYears,
    /// Decades, on years divisible by 10.
    Decade,
    /// Every twenty years, on years divisible by 20.
    TwoDecades,
    /// Half-centuries, on years divisible by 50.
    HalfCentury,
    /// Centuries, on years divisible by 100.
    Century,
}

impl Interval {
    /// Every interval, finest first.
    pub const ALL: [Interval; 12] = [
        Interval::Day,
        Interval::Week,
        Interval::Month,
        Interval::Quarter,
        Interval::HalfYear,
        Interval::Year,
        Interval::TwoYears,
        Interval::FiveYears,
        Interval::Decade,
        Interval::TwoDecades,
        Interval::HalfCentury,
        Interval::Century,
    ];

    /// How many whole calendar months one step spans, for the month-based intervals.
    fn months(self) -> Option<i64> {
        match self {
            Interval::Day | Interval::Week => None,
            Interval::Month => Some(1),
            Interval::Quarter => Some(3),
            Interval::HalfYear => Some(6),
            Interval::Year => Some(12),
            Interval::TwoYears => Some(24),
            Interval::FiveYears => Some(60),
            Interval::Decade => Some(120),
            Interval::TwoDecades => Some(240),
            Interval::HalfCentury => Some(600),
            Interval::Century => Some(1200),
        }
    }

    /// The latest boundary at or before `day`: the day itself, the Monday that starts its
    /// week, the 1st of its month, the 1st of January of its decade, and so on.
    pub fn floor(self, day: DayNumber) -> DayNumber {
        let (first, last) = calendar_bounds();
        let day = day.clamp(first, last);
        match self {
            Interval::Day => day,
            Interval::Week => (day - DayNumber::from(weekday_from_monday(day))).max(first),
            _ => {
                let step = self.months().unwrap_or(1);
                let floored = month_index(day).div_euclid(step) * step;
                day_in_month(floored, 1).unwrap_or(first)
            }
        }
    }

    /// The earliest boundary at or after `day`, or `None` past the calendar's end.
    fn ceil(self, day: DayNumber) -> Option<DayNumber> {
        let floored = self.floor(day);
        if floored >= day {
            Some(floored)
        } else {
            self.next_boundary(floored)
        }
    }

    /// `day` moved by `n` steps (backwards for negative `n`).
    ///
    /// Month-based intervals keep the day of the month, clamped to the length of the
    /// target month: 31 January plus one month is 28 or 29 February. Boundaries therefore
    /// move to boundaries. The result is clamped to the calendar.
    pub fn offset(self, day: DayNumber, n: i32) -> DayNumber {
        let (first, last) = calendar_bounds();
        let day = day.clamp(first, last);
        match self {
            Interval::Day => day.saturating_add(n).clamp(first, last),
            Interval::Week => day.saturating_add(n.saturating_mul(7)).clamp(first, last),
            _ => {
                let step = self.months().unwrap_or(1);
                let target = month_index(day) + step * i64::from(n);
                let day_of_month = date_of(day).day();
                day_in_month(target, day_of_month).unwrap_or(if n < 0 { first } else { last })
            }
        }
    }

    /// Every boundary in `[start, end]`, inclusive at both ends, in ascending order.
    /// Empty when `end < start`.
    pub fn range(self, start: DayNumber, end: DayNumber) -> Vec<DayNumber> {
        self.boundaries(start, end).collect()
    }

    /// The boundaries of `range` as an iterator, for callers that want to stop early or
    /// avoid the allocation.
    pub fn boundaries(self, start: DayNumber, end: DayNumber) -> Boundaries {
        let next = if end < start { None } else { self.ceil(start) };
        Boundaries {
            interval: self,
            next,
            end,
        }
    }

    /// The boundary one step after the boundary `day`, or `None` past the calendar's end.
    fn next_boundary(self, day: DayNumber) -> Option<DayNumber> {
        let (_, last) = calendar_bounds();
        let next = match self {
            Interval::Day => day.checked_add(1)?,
            Interval::Week => day.checked_add(7)?,
            _ => day_in_month(month_index(day) + self.months().unwrap_or(1), 1)?,
        };
        (next > day && next <= last).then_some(next)
    }
}

/// An iterator over the boundaries of an interval in a span of days; see
/// `Interval::boundaries`.
#[derive(Debug, Clone)]
pub struct Boundaries {
    interval: Interval,
    next: Option<DayNumber>,
    end: DayNumber,
}

impl Iterator for Boundaries {
    type Item = DayNumber;

    fn next(&mut self) -> Option<DayNumber> {
        let day = self.next.filter(|&d| d <= self.end)?;
        self.next = self.interval.next_boundary(day);
        Some(day)
    }
}

/// The first day the calendar can represent (1 January of `time`'s earliest year).
pub const CALENDAR_START: DayNumber =
    Date::MIN.to_julian_day() - OffsetDateTime::UNIX_EPOCH.to_julian_day();

/// The last day the calendar can represent (31 December of `time`'s latest year).
pub const CALENDAR_END: DayNumber =
    Date::MAX.to_julian_day() - OffsetDateTime::UNIX_EPOCH.to_julian_day();

/// `(CALENDAR_START, CALENDAR_END)`, the pair most functions here clamp to.
const fn calendar_bounds() -> (DayNumber, DayNumber) {
    (CALENDAR_START, CALENDAR_END)
}

/// Months since January of year 0, so that month steps are plain integer arithmetic and
/// year boundaries fall on multiples of 12.
fn month_index(day: DayNumber) -> i64 {
    let date = date_of(day);
    i64::from(date.year()) * 12 + i64::from(u8::from(date.month())) - 1
}

/// The day `day_of_month` (clamped to the month's length) of the month at `index`, or
/// `None` when that month is outside the calendar.
fn day_in_month(index: i64, day_of_month: u8) -> Option<DayNumber> {
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    if !(Date::MIN.year()..=Date::MAX.year()).contains(&year) {
        return None;
    }
    let month_number = u8::try_from(index.rem_euclid(12) + 1).ok()?;
    let length = Month::try_from(month_number).ok()?.length(year);
    Some(day_number(
        year,
        month_number,
        day_of_month.clamp(1, length),
    ))
}

#[cfg(test)]
mod tests;
