//! A date window in words, as short as its days allow: "2015–2016", "Jan–Mar 2026",
//! "8 Aug 2024 – 22 Mar 2026", "from Oct 2025".
//!
//! The views say which dates their count covers, because the timeline's zoom and pan
//! set the same window the From and To fields do: without it, a table that followed a
//! zoom showed fewer rows with nothing on screen to say why.

use crate::core::date::{DayNumber, PartialDate, Precision};

use super::date::{date, month_short};

/// The window from `from`'s first day to `to`'s last, at the coarsest precision that
/// names those days exactly, the same at both ends; `None` when neither end is set. An
/// end left open reads "from …" or "until …", and so do both ends of a window that
/// ends before it starts (the date fields accept one, and it keeps nothing), which
/// would otherwise read as a range: "Mar–Jan 2026".
pub fn period(from: Option<&PartialDate>, to: Option<&PartialDate>) -> Option<String> {
    let first = from.map(PartialDate::first_day);
    let last = to.map(PartialDate::last_day);
    let precision = [first.map(opening), last.map(closing)]
        .into_iter()
        .flatten()
        .max()?;
    let at = |day: DayNumber| coarsen(day, precision);
    Some(match (first, last) {
        (Some(a), None) => format!("from {}", date(&at(a))),
        (None, Some(b)) => format!("until {}", date(&at(b))),
        (Some(a), Some(b)) if a > b => {
            format!("from {} until {}", date(&at(a)), date(&at(b)))
        }
        (Some(a), Some(b)) => between(at(a), at(b)),
        (None, None) => return None,
    })
}

/// The period with no-break spaces inside each of its ends, so that a narrow screen
/// breaks its line between the two ends and never inside a date: "8 Aug 2024 –" then
/// "22 Mar 2026", or "from Mar 2026" then "until Jan 2026".
pub fn keep_dates_whole(period: &str) -> String {
    unbroken_parts(period)
        .iter()
        .map(|part| part.replace(' ', "\u{a0}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The period cut between its ends: the spaced dash stays with the end before it, and
/// "until" goes with the end after it. Joined with spaces, the parts give it back.
fn unbroken_parts(period: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = period;
    while let Some(cut) = [" – ", " until "]
        .iter()
        .filter_map(|separator| {
            let at = rest.find(separator)?;
            Some(if *separator == " – " {
                at + " –".len()
            } else {
                at
            })
        })
        .min()
    {
        parts.push(&rest[..cut]);
        rest = &rest[cut + 1..];
    }
    parts.push(rest);
    parts
}

/// Two ends of one precision, in order: "2026", "Mar 2026", "Jan–Mar 2026" (months of
/// one year share it), "2015–2016", "Dec 2025 – Feb 2026", "3 Feb 2026 – 14 Mar 2026"
/// (days are written whole). A dash between words is spaced, between years it is not,
/// as style guides ask.
fn between(a: PartialDate, b: PartialDate) -> String {
    if a == b {
        return date(&a);
    }
    let same_year = a.year_number() == b.year_number();
    match (a.month_number(), a.day_of_month()) {
        (Some(m), None) if same_year => {
            format!("{}–{}", month_short(m), date(&b))
        }
        (None, _) => format!("{}–{}", date(&a), date(&b)),
        _ => format!("{} – {}", date(&a), date(&b)),
    }
}

/// How coarsely a window's first day can be named: a year when it is 1 January, a
/// month when it is the first of one.
fn opening(day: DayNumber) -> Precision {
    let exact = PartialDate::from_day_number(day);
    match (exact.month_number(), exact.day_of_month()) {
        (Some(1), Some(1)) => Precision::Year,
        (_, Some(1)) => Precision::Month,
        _ => Precision::Day,
    }
}

/// How coarsely a window's last day can be named: a year when it is 31 December, a
/// month when it is the last of one (when the day after opens a year or a month).
fn closing(day: DayNumber) -> Precision {
    opening(day.saturating_add(1))
}

/// The date at `precision` that holds `day`.
fn coarsen(day: DayNumber, precision: Precision) -> PartialDate {
    let exact = PartialDate::from_day_number(day);
    let year = exact.year_number();
    let month = exact.month_number().unwrap_or(1);
    match precision {
        Precision::Year => PartialDate::year(year).unwrap_or(exact),
        Precision::Month => PartialDate::month(year, month).unwrap_or(exact),
        Precision::Day => exact,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Option<PartialDate> {
        (!text.is_empty()).then(|| text.parse().expect("test dates are valid"))
    }

    #[test]
    fn a_window_reads_as_short_as_its_days_allow() {
        for (from, to, want) in [
            ("", "", None),
            ("2015-01-01", "2016-12-31", Some("2015–2016")),
            ("2015", "2016", Some("2015–2016")),
            ("2026-01-01", "2026-12-31", Some("2026")),
            ("2026-01-01", "2026-03-31", Some("Jan–Mar 2026")),
            ("2026-03", "2026-03", Some("Mar 2026")),
            ("2025-12-01", "2026-02-28", Some("Dec 2025 – Feb 2026")),
            ("2015", "2016-03", Some("Jan 2015 – Mar 2016")),
            ("2024-08-08", "2026-03-22", Some("8 Aug 2024 – 22 Mar 2026")),
            ("2024-02-01", "2024-02-29", Some("Feb 2024")),
            ("2026-01-29", "2026-01-29", Some("29 Jan 2026")),
            (
                "2026-01-29",
                "2026-01-30",
                Some("29 Jan 2026 – 30 Jan 2026"),
            ),
            ("2025-10", "", Some("from Oct 2025")),
            ("2025-10-02", "", Some("from 2 Oct 2025")),
            ("", "2025", Some("until 2025")),
            ("", "2025-11-30", Some("until Nov 2025")),
            ("", "2025-11-29", Some("until 29 Nov 2025")),
        ] {
            let (from, to) = (parsed(from), parsed(to));
            assert_eq!(
                period(from.as_ref(), to.as_ref()).as_deref(),
                want,
                "{from:?}–{to:?}"
            );
        }
    }

    #[test]
    fn reversed_windows_read_as_their_two_ends_and_extreme_ones_are_still_named() {
        let at = |text: &str| parsed(text);
        assert_eq!(
            period(at("2026").as_ref(), at("2015").as_ref()).as_deref(),
            Some("from 2026 until 2015")
        );
        assert_eq!(
            period(at("2026-03").as_ref(), at("2026-01").as_ref()).as_deref(),
            Some("from Mar 2026 until Jan 2026")
        );
        assert_eq!(
            period(at("1800").as_ref(), at("2200").as_ref()).as_deref(),
            Some("1800–2200")
        );
    }

    #[test]
    fn a_period_breaks_between_its_ends_and_never_inside_a_date() {
        for (period, want) in [
            ("", vec![""]),
            ("2015–2016", vec!["2015–2016"]),
            ("Jan–Mar 2026", vec!["Jan–Mar 2026"]),
            ("from Oct 2025", vec!["from Oct 2025"]),
            ("until 29 Nov 2025", vec!["until 29 Nov 2025"]),
            (
                "8 Aug 2024 – 22 Mar 2026",
                vec!["8 Aug 2024 –", "22 Mar 2026"],
            ),
            ("Dec 2025 – Feb 2026", vec!["Dec 2025 –", "Feb 2026"]),
            (
                "from Mar 2026 until Jan 2026",
                vec!["from Mar 2026", "until Jan 2026"],
            ),
            ("from 2026 until 2015", vec!["from 2026", "until 2015"]),
            // Not a period the app writes, but still cut, and still given back whole.
            (" – ", vec![" –", ""]),
            ("a – b – c", vec!["a –", "b –", "c"]),
        ] {
            let parts = unbroken_parts(period);
            assert_eq!(parts, want, "{period:?}");
            assert_eq!(parts.join(" "), period, "{period:?} whole again");
        }
    }

    #[test]
    fn only_the_space_between_a_periods_ends_can_break() {
        for (period, want) in [
            ("", ""),
            ("2015–2016", "2015–2016"),
            ("from Oct 2025", "from\u{a0}Oct\u{a0}2025"),
            (
                "8 Aug 2024 – 22 Mar 2026",
                "8\u{a0}Aug\u{a0}2024\u{a0}– 22\u{a0}Mar\u{a0}2026",
            ),
            ("from 2026 until 2015", "from\u{a0}2026 until\u{a0}2015"),
        ] {
            assert_eq!(keep_dates_whole(period), want, "{period:?}");
        }
    }
}
