//! Dates at the precision they are known: 2026, Oct 2025, 29 Jan 2026.

use crate::core::date::{DayNumber, PartialDate};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_LONG: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Short form, always with the year: "2026", "Oct 2025", "29 Jan 2026".
pub fn date(date: &PartialDate) -> String {
    with_months(date, &MONTHS)
}

/// Long form for prose and screen readers: "October 2025", "29 January 2026".
pub fn date_long(date: &PartialDate) -> String {
    with_months(date, &MONTHS_LONG)
}

/// A day number as "29 Jan 2026".
pub fn day(day: DayNumber) -> String {
    date(&PartialDate::from_day_number(day))
}

/// "Mar" for 3; empty for a number that is not a month.
pub(super) fn month_short(month: u8) -> &'static str {
    MONTHS
        .get(usize::from(month).wrapping_sub(1))
        .copied()
        .unwrap_or_default()
}

fn with_months(date: &PartialDate, months: &[&str; 12]) -> String {
    let year = date.year_number();
    match (date.month_number(), date.day_of_month()) {
        (None, _) => year.to_string(),
        (Some(m), None) => format!("{} {year}", months[usize::from(m - 1)]),
        (Some(m), Some(d)) => format!("{d} {} {year}", months[usize::from(m - 1)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_format_by_precision() {
        for (text, short, long) in [
            ("2026", "2026", "2026"),
            ("2025-10", "Oct 2025", "October 2025"),
            ("2026-01-29", "29 Jan 2026", "29 January 2026"),
            ("2024-02-29", "29 Feb 2024", "29 February 2024"),
        ] {
            let parsed: PartialDate = text.parse().unwrap();
            assert_eq!(date(&parsed), short);
            assert_eq!(date_long(&parsed), long);
        }
    }

    #[test]
    fn day_numbers_format_as_days() {
        assert_eq!(day(0), "1 Jan 1970");
        assert_eq!(day(20_482), "29 Jan 2026");
    }
}
