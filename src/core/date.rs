//! Calendar dates with the precision a source supports: a year, a month or a day.
//!
//! News rarely dates things to the day ("last October", "in 2023"), so a date here is
//! a `PartialDate` that covers a span of days. Everything that places a date on an axis
//! or in a window works on that span, which keeps month-precision events from turning
//! into fake exact days.
//!
//! Calendar arithmetic comes from the `time` crate; this module only adds the partial
//! precision and the `YYYY[-MM[-DD]]` text form used in data files and links.

use std::cmp::Ordering;
use std::fmt;

use time::{Date, Month};

/// Days since 1970-01-01 (the Unix epoch), negative before it.
pub type DayNumber = i32;

/// The Julian day number of 1970-01-01, to turn `time`'s Julian days into `DayNumber`s.
const UNIX_EPOCH_JULIAN_DAY: i32 = 2_440_588;

/// The years we accept. Wider than any plausible event, narrow enough that every
/// day in range converts without overflow.
pub const MIN_YEAR: i32 = 1800;
pub const MAX_YEAR: i32 = 2200;

/// How finely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

/// Why a date string was refused. The message is shown to users as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateError {}

impl PartialDate {
    pub fn year(year: i32) -> Result<Self, DateError> {
        Self::new(year, None, None)
    }

    pub fn month(year: i32, month: u8) -> Result<Self, DateError> {
        Self::new(year, Some(month), None)
    }

    pub fn day(year: i32, month: u8, day: u8) -> Result<Self, DateError> {
        Self::new(year, Some(month), Some(day))
    }

    fn new(year: i32, month: Option<u8>, day: Option<u8>) -> Result<Self, DateError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(DateError(format!(
                "year {year} is outside {MIN_YEAR}–{MAX_YEAR}"
            )));
        }
        if let Some(m) = month {
            let month_enum = Month::try_from(m)
                .map_err(|_| DateError(format!("month {m} is not between 1 and 12")))?;
            if let Some(d) = day {
                Date::from_calendar_date(year, month_enum, d)
                    .map_err(|_| DateError(format!("{year}-{m:02} has no day {d}")))?;
            }
        }
        Ok(Self { year, month, day })
    }

    /// The date of a day number, at day precision.
    pub fn from_day_number(day: DayNumber) -> Self {
        let date = date_of(day);
        Self {
            year: date.year(),
            month: Some(date.month() as u8),
            day: Some(date.day()),
        }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (None, _) => Precision::Year,
            (Some(_), None) => Precision::Month,
            (Some(_), Some(_)) => Precision::Day,
        }
    }

    pub fn year_number(&self) -> i32 {
        self.year
    }

    pub fn month_number(&self) -> Option<u8> {
        self.month
    }

    pub fn day_of_month(&self) -> Option<u8> {
        self.day
    }

    /// The first day this date covers.
    pub fn first_day(&self) -> DayNumber {
        day_number(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date covers, inclusive.
    pub fn last_day(&self) -> DayNumber {
        match (self.month, self.day) {
            (Some(m), Some(d)) => day_number(self.year, m, d),
            (Some(m), None) => {
                let (ny, nm) = if m == 12 {
                    (self.year + 1, 1)
                } else {
                    (self.year, m + 1)
                };
                day_number(ny, nm, 1) - 1
            }
            (None, _) => day_number(self.year + 1, 1, 1) - 1,
        }
    }

    /// The days this date covers, inclusive at both ends.
    pub fn span(&self) -> (DayNumber, DayNumber) {
        (self.first_day(), self.last_day())
    }

    /// The middle of the span, where a point mark for this date belongs.
    pub fn midpoint(&self) -> f64 {
        let (a, b) = self.span();
        (f64::from(a) + f64::from(b) + 1.0) / 2.0
    }
}

/// Days since 1970-01-01 of a valid calendar date.
///
/// Callers pass dates that were validated on construction, so the conversion cannot fail;
/// an impossible date falls back to the first of the month rather than panicking.
pub fn day_number(year: i32, month: u8, day: u8) -> DayNumber {
    let month = Month::try_from(month).unwrap_or(Month::January);
    let date = Date::from_calendar_date(year, month, day)
        .or_else(|_| Date::from_calendar_date(year, month, 1))
        .unwrap_or(Date::MIN);
    date.to_julian_day() - UNIX_EPOCH_JULIAN_DAY
}

/// The calendar date of a day number, clamped to the range `time` supports.
pub fn date_of(day: DayNumber) -> Date {
    let julian = day.saturating_add(UNIX_EPOCH_JULIAN_DAY);
    Date::from_julian_day(julian).unwrap_or(if julian < 0 { Date::MIN } else { Date::MAX })
}

/// Monday = 0 … Sunday = 6, for week ticks.
pub fn weekday_from_monday(day: DayNumber) -> u8 {
    date_of(day).weekday().number_days_from_monday()
}

impl std::str::FromStr for PartialDate {
    type Err = DateError;

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, nothing else: the precision of the text
    /// is the precision of the date.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let refuse = || {
            DateError(format!(
                "'{}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
                shorten(text)
            ))
        };
        let mut parts = text.split('-');
        let year = parts
            .next()
            .filter(|p| p.len() == 4 && all_digits(p))
            .ok_or_else(refuse)?;
        let month = parts.next();
        let day = parts.next();
        if parts.next().is_some() {
            return Err(refuse());
        }
        let two_digits = |p: &str| {
            if p.len() == 2 && all_digits(p) {
                p.parse::<u8>().ok()
            } else {
                None
            }
        };
        let year: i32 = year.parse().map_err(|_| refuse())?;
        match (month, day) {
            (None, None) => Self::year(year),
            (Some(m), None) => Self::month(year, two_digits(m).ok_or_else(refuse)?),
            (Some(m), Some(d)) => Self::day(
                year,
                two_digits(m).ok_or_else(refuse)?,
                two_digits(d).ok_or_else(refuse)?,
            ),
            (None, Some(_)) => Err(refuse()),
        }
    }
}

fn all_digits(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_digit())
}

/// Keeps error messages readable when the offending text is huge.
pub fn shorten(text: &str) -> String {
    const LIMIT: usize = 60;
    if text.chars().count() <= LIMIT {
        text.to_string()
    } else {
        let head: String = text.chars().take(LIMIT).collect();
        format!("{head}…")
    }
}

impl fmt::Display for PartialDate {
    /// The canonical text form, the same one `from_str` accepts.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Ord for PartialDate {
    /// Orders by first day, then by precision (coarser first), so a year sorts before
    /// the months and days inside it.
    fn cmp(&self, other: &Self) -> Ordering {
        self.first_day()
            .cmp(&other.first_day())
            .then(self.precision().cmp(&other.precision()))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl TryFrom<String> for PartialDate {
    type Error = DateError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<PartialDate> for String {
    fn from(date: PartialDate) -> Self {
        date.to_string()
    }
}

impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PartialDate {
        text.parse().unwrap()
    }

    #[test]
    fn parses_each_precision_and_formats_back() {
        for (text, precision) in [
            ("2026", Precision::Year),
            ("2025-10", Precision::Month),
            ("2026-01-29", Precision::Day),
        ] {
            let parsed = date(text);
            assert_eq!(parsed.precision(), precision, "{text}");
            assert_eq!(parsed.to_string(), text);
        }
    }

    #[test]
    fn refuses_malformed_and_impossible_dates() {
        for text in [
            "",
            "26",
            "2026-1",
            "2026-01-1",
            "2025-13",
            "2025-13-45",
            "2025-02-29",
            "2026-01-29-01",
            "2026--01",
            "-2026",
            "２０２６",
            "2026-00",
            "1066",
            "9999",
            "<script>",
            "2026-01-29T00:00",
        ] {
            assert!(
                text.parse::<PartialDate>().is_err(),
                "{text} should be refused"
            );
        }
    }

    #[test]
    fn leap_day_is_accepted_in_leap_years() {
        assert!("2024-02-29".parse::<PartialDate>().is_ok());
    }

    #[test]
    fn day_numbers_count_from_the_unix_epoch() {
        assert_eq!(date("1970-01-01").first_day(), 0);
        assert_eq!(date("1970-01-02").first_day(), 1);
        assert_eq!(date("1969-12-31").first_day(), -1);
        assert_eq!(date("2026-01-29").first_day(), 20_482);
    }

    #[test]
    fn spans_cover_the_whole_year_or_month() {
        assert_eq!(
            date("2025-10").span(),
            (
                date("2025-10-01").first_day(),
                date("2025-10-31").first_day()
            )
        );
        assert_eq!(
            date("2024").span(),
            (
                date("2024-01-01").first_day(),
                date("2024-12-31").first_day()
            )
        );
        assert_eq!(date("2025-12").last_day(), date("2025-12-31").first_day());
        assert_eq!(date("2024-02").last_day(), date("2024-02-29").first_day());
        let day = date("2026-01-29");
        assert_eq!(day.first_day(), day.last_day());
    }

    #[test]
    fn day_numbers_round_trip_through_dates() {
        for day in [-50_000, -1, 0, 1, 20_482, 60_000] {
            assert_eq!(PartialDate::from_day_number(day).first_day(), day);
        }
    }

    #[test]
    fn coarser_dates_sort_first_within_their_span() {
        let mut dates = [
            date("2025-10-05"),
            date("2025"),
            date("2025-10"),
            date("2024-12-31"),
        ];
        dates.sort();
        let texts: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(texts, ["2024-12-31", "2025", "2025-10", "2025-10-05"]);
    }

    #[test]
    fn weekdays_start_on_monday() {
        // 29 January 2026 was a Thursday.
        assert_eq!(weekday_from_monday(date("2026-01-29").first_day()), 3);
    }

    #[test]
    fn long_offending_text_is_shortened_in_errors() {
        let long = "x".repeat(5_000);
        let err = long.parse::<PartialDate>().unwrap_err();
        assert!(err.0.chars().count() < 200);
    }
}
