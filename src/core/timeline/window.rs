//! The visible window: from the link's `from`/`to` to a time scale, and back.
//!
//! The timeline's window is the date filter. A link with `from=2025&to=2026` shows
//! exactly those two years; zooming and panning write the window back as whole days.

use super::marks::Mark;
use crate::core::date::{DayNumber, MAX_YEAR, MIN_YEAR, PartialDate, day_number};
use crate::core::scale::TimeScale;

/// The scale showing the window `from`–`to` across `range` pixels. An open end takes
/// the data's extent; with neither end set, the data is fitted with a margin.
pub fn scale_for_window(
    from: Option<PartialDate>,
    to: Option<PartialDate>,
    extent: Option<(DayNumber, DayNumber)>,
    range: (f64, f64),
) -> TimeScale {
    let fitted = match extent {
        Some((first, last)) => TimeScale::fit(first, last, range),
        None => TimeScale::fit(0, 0, range),
    };
    if from.is_none() && to.is_none() {
        return fitted;
    }
    let start = from.map_or(fitted.domain.0, |d| f64::from(d.first_day()));
    let end = to.map_or(fitted.domain.1, |d| f64::from(d.last_day()) + 1.0);
    if end <= start {
        // An open end beyond the other: show a month from the end that is set.
        return TimeScale::new((start, start + 31.0), range);
    }
    TimeScale::new((start, end), range)
}

/// The window a scale shows, as whole days: the first day whose start is in view and
/// the last day whose start is in view. Clamped to the years dates may have.
pub fn window_of(scale: &TimeScale) -> (PartialDate, PartialDate) {
    let lowest = f64::from(day_number(MIN_YEAR, 1, 1));
    let highest = f64::from(day_number(MAX_YEAR, 12, 31));
    let (a, b) = if scale.domain.0 <= scale.domain.1 {
        scale.domain
    } else {
        (scale.domain.1, scale.domain.0)
    };
    let clamp = |day: f64| {
        if day.is_finite() {
            day.clamp(lowest, highest)
        } else {
            lowest
        }
    };
    let first = clamp(a.round());
    let last = clamp((b.round() - 1.0).max(first));
    (
        PartialDate::from_day_number(first as DayNumber),
        PartialDate::from_day_number(last as DayNumber),
    )
}

/// The pixel a zoom button or key zooms around: the selected mark (`selected`, by
/// position in `marks`) when it is in view; else the middle of the marks in view, the
/// median of their centres; else the middle of the plot.
///
/// Zooming around the plot's middle led readers into empty years whenever the events
/// bunch at one end, as the bundled reports do: the whole-data view runs from 2015 to
/// 2027, nearly every event falls in January 2026, and four steps in from the middle
/// showed late 2020 with nothing in it. The median follows the events, and with events
/// spread evenly it is the middle anyway.
pub fn zoom_focus(marks: &[Mark], scale: &TimeScale, selected: Option<usize>) -> f64 {
    let (left, right) = (
        scale.range.0.min(scale.range.1),
        scale.range.0.max(scale.range.1),
    );
    let middle = (left + right) / 2.0;
    let in_view = |x: f64| x.is_finite() && (left..=right).contains(&x);
    if let Some(x) = selected
        .and_then(|i| marks.get(i))
        .map(|m| scale.apply(m.center_day))
        .filter(|&x| in_view(x))
    {
        return x;
    }
    let xs: Vec<f64> = marks
        .iter()
        .map(|m| scale.apply(m.center_day))
        .filter(|&x| in_view(x))
        .collect();
    if xs.is_empty() {
        return if middle.is_finite() { middle } else { 0.0 };
    }
    // Through the shared sort of indices, which adds no code to the WebAssembly.
    let mut order: Vec<usize> = (0..xs.len()).collect();
    crate::core::order::sort_indices(&mut order, &|a, b| xs[a].total_cmp(&xs[b]));
    xs[order[order.len() / 2]]
}

/// The windows "Play" steps through: each starts where the data starts and ends one
/// step later than the last, so the picture builds up over time. Steps are years for
/// spans over six years, quarters over eighteen months, months otherwise, and there
/// are at most `max_steps` of them (the step grows to fit).
pub fn play_windows(
    extent: (DayNumber, DayNumber),
    max_steps: usize,
) -> Vec<(PartialDate, PartialDate)> {
    let (first, last) = (extent.0.min(extent.1), extent.0.max(extent.1));
    let start = PartialDate::from_day_number(first);
    let end = PartialDate::from_day_number(last);
    let months_between = (end.year_number() - start.year_number()) * 12
        + i32::from(end.month_number().unwrap_or(1))
        - i32::from(start.month_number().unwrap_or(1));
    let unit_months = if months_between > 72 {
        12
    } else if months_between > 18 {
        3
    } else {
        1
    };
    let steps_needed = (months_between / unit_months + 1).max(1) as usize;
    let stride = unit_months * steps_needed.div_ceil(max_steps.max(1)) as i32;
    // Steps start on a whole unit: January for years, a quarter's first month for quarters.
    let first_month = i32::from(start.month_number().unwrap_or(1)) - 1;
    let aligned = start.year_number() * 12 + first_month - first_month % unit_months;
    let from = month_date(aligned);
    let mut windows = Vec::new();
    let mut upto = aligned + stride;
    loop {
        let to = PartialDate::from_day_number(month_date(upto).first_day() - 1);
        windows.push((from, to));
        if to.last_day() >= last || windows.len() >= max_steps.max(1) {
            break;
        }
        upto += stride;
    }
    windows
}

/// The first day of month number `months` counted from year 0, as a date.
fn month_date(months: i32) -> PartialDate {
    let (year, month) = (months.div_euclid(12), months.rem_euclid(12) as u8 + 1);
    PartialDate::day(year.clamp(MIN_YEAR, MAX_YEAR), month, 1)
        .unwrap_or(PartialDate::from_day_number(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PartialDate {
        text.parse().unwrap()
    }

    const RANGE: (f64, f64) = (0.0, 1000.0);

    #[test]
    fn a_window_of_years_spans_them_exactly() {
        let scale = scale_for_window(Some(date("2025")), Some(date("2026")), None, RANGE);
        assert_eq!(
            scale.domain,
            (
                f64::from(date("2025-01-01").first_day()),
                f64::from(date("2027-01-01").first_day())
            )
        );
        let (from, to) = window_of(&scale);
        assert_eq!(
            (from.to_string(), to.to_string()),
            ("2025-01-01".into(), "2026-12-31".into())
        );
    }

    #[test]
    fn window_and_scale_round_trip_for_days() {
        for (from, to) in [
            ("2026-01-29", "2026-01-30"),
            ("2015-03-01", "2026-01-30"),
            ("2024-02-29", "2024-03-01"),
        ] {
            let scale = scale_for_window(Some(date(from)), Some(date(to)), None, RANGE);
            let (a, b) = window_of(&scale);
            assert_eq!(
                (a.to_string(), b.to_string()),
                (from.to_string(), to.to_string())
            );
        }
    }

    #[test]
    fn no_window_fits_the_data_and_open_ends_use_it() {
        let extent = Some((date("2015").first_day(), date("2026-01-30").first_day()));
        let fitted = scale_for_window(None, None, extent, RANGE);
        assert!(fitted.domain.0 < f64::from(date("2015").first_day()));
        assert!(fitted.domain.1 > f64::from(date("2026-01-30").first_day()));
        let from_only = scale_for_window(Some(date("2025")), None, extent, RANGE);
        assert_eq!(from_only.domain.0, f64::from(date("2025").first_day()));
        assert_eq!(from_only.domain.1, fitted.domain.1);
    }

    #[test]
    fn play_builds_up_by_years_quarters_or_months() {
        let texts = |windows: Vec<(PartialDate, PartialDate)>| {
            windows
                .into_iter()
                .map(|(a, b)| format!("{a}..{b}"))
                .collect::<Vec<_>>()
        };
        let years = play_windows(
            (
                date("2015-06-01").first_day(),
                date("2026-01-30").first_day(),
            ),
            20,
        );
        assert_eq!(years.len(), 12);
        assert_eq!(
            texts(years)[..2],
            ["2015-01-01..2015-12-31", "2015-01-01..2016-12-31"]
        );
        let quarters = play_windows(
            (
                date("2024-02-10").first_day(),
                date("2026-01-30").first_day(),
            ),
            20,
        );
        assert_eq!(texts(quarters)[0], "2024-01-01..2024-03-31");
        let months = play_windows(
            (
                date("2025-10-05").first_day(),
                date("2026-01-30").first_day(),
            ),
            20,
        );
        assert_eq!(
            texts(months),
            [
                "2025-10-01..2025-10-31",
                "2025-10-01..2025-11-30",
                "2025-10-01..2025-12-31",
                "2025-10-01..2026-01-31"
            ]
        );
    }

    #[test]
    fn play_never_takes_more_than_the_steps_allowed_and_covers_the_end() {
        for (a, b, max) in [
            ("1990", "2026-01-30", 12),
            ("2026-01-29", "2026-01-29", 12),
            ("2020", "2021", 1),
        ] {
            let extent = (date(a).first_day(), date(b).last_day());
            let windows = play_windows(extent, max);
            assert!(
                !windows.is_empty() && windows.len() <= max,
                "{a}..{b}: {}",
                windows.len()
            );
            assert!(windows.last().unwrap().1.last_day() >= extent.1 || windows.len() == max);
        }
    }

    #[test]
    fn degenerate_windows_still_give_a_usable_scale() {
        let beyond = scale_for_window(Some(date("2030")), None, Some((0, 10)), RANGE);
        assert!(beyond.domain.1 > beyond.domain.0);
        let empty = scale_for_window(None, None, None, RANGE);
        assert!(empty.domain.1 > empty.domain.0);
        let odd = TimeScale::new((f64::NAN, f64::INFINITY), RANGE);
        let (a, b) = window_of(&odd);
        assert!(a <= b);
    }

    fn mark_on(day: f64) -> Mark {
        Mark {
            center_day: day,
            day_start: day - 0.5,
            day_end: day + 0.5,
            ..crate::core::timeline::testkit::row_mark(0, 0, 5.0)
        }
    }

    #[test]
    fn zoom_focus_follows_the_selection_then_the_median_of_the_marks_in_view() {
        // Days 0..1000 across 1000 px, so a day is a pixel.
        let scale = TimeScale::new((0.0, 1000.0), RANGE);
        let bunched: Vec<Mark> = [100.0, 900.0, 910.0, 920.0, 2000.0, -50.0]
            .map(mark_on)
            .to_vec();
        for (marks, selected, want, why) in [
            (
                &bunched[..],
                None,
                910.0,
                "the median of the four in view, not the middle",
            ),
            (&bunched[..], Some(0), 100.0, "the selected mark, in view"),
            (
                &bunched[..],
                Some(4),
                910.0,
                "a selected mark out of view is passed over",
            ),
            (
                &bunched[..],
                Some(99),
                910.0,
                "a selection that is not a mark",
            ),
            (&bunched[4..], None, 500.0, "no mark in view: the middle"),
            (&[], None, 500.0, "no marks at all"),
            (&bunched[1..2], None, 900.0, "one mark"),
        ] {
            assert_eq!(zoom_focus(marks, &scale, selected), want, "{why}");
        }
        // Marks spread evenly put it at the middle, as before.
        let even: Vec<Mark> = (0..=10).map(|i| mark_on(f64::from(i) * 100.0)).collect();
        assert_eq!(zoom_focus(&even, &scale, None), 500.0);
    }

    #[test]
    fn zoom_focus_of_a_hostile_scale_is_finite() {
        let marks = [mark_on(f64::NAN), mark_on(f64::INFINITY), mark_on(10.0)];
        for scale in [
            TimeScale::new((0.0, 0.0), RANGE),
            TimeScale::new((0.0, 1000.0), (f64::NAN, 10.0)),
            TimeScale::new((1000.0, 0.0), RANGE),
        ] {
            assert!(zoom_focus(&marks, &scale, Some(0)).is_finite(), "{scale:?}");
        }
    }
}
