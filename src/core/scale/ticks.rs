//! Calendar ticks that adapt to zoom: centuries out to days, always with labels that
//! fit.
//!
//! Instead of aiming for a tick count the way d3's `scaleTime().ticks(n)` does, the
//! timeline asks "what is the finest calendar interval whose labels do not collide at
//! this zoom?". That is what a graphics desk does by hand, and it makes the no-overlap
//! guarantee exact rather than statistical: each candidate interval is checked against
//! the real label widths before it is chosen.
//!
//! # Placement
//!
//! A tick sits on the boundary where its period begins (`scale.apply(day as f64)`), and
//! its label is **centred** on the tick. Two neighbouring labels of widths `a` and `b`
//! therefore fit when their ticks are at least `(a + b) / 2 + min_gap_px` apart.
//! Centring is symmetric, so the guarantee holds for reversed ranges too. Labels at the
//! very ends of the axis may overhang it by half their width; the caller clips or insets.
//!
//! # Label scheme
//!
//! Short labels, with the larger unit written out only where it changes, in the style of
//! FT and Reuters charts. The year appears on the first (earliest) tick and on every tick
//! whose year differs from the previous tick's, so every view states its year:
//!
//! | interval          | first tick    | same year | new year     |
//! |-------------------|---------------|-----------|--------------|
//! | days              | `29 Jan 2026` | `30`, `1 Feb` (month written on the 1st) | `1 Jan 2027` |
//! | weeks (Mondays)   | `5 Jan 2026`  | `12 Jan`  | `4 Jan 2027` |
//! | months            | `Nov 2025`    | `Dec`     | `Jan 2026`   |
//! | quarters          | `Q4 2025`     | `Q2`      | `Q1 2026`    |
//! | half-years        | `H2 2025`     | `H2`      | `H1 2026`    |
//! | years and longer  | `2026`        | `2027`    | `2028`       |

use std::fmt::Write;

use crate::core::date::{DayNumber, date_of};

use super::interval::{CALENDAR_END, CALENDAR_START, Interval};
use super::time::TimeScale;

/// The most ticks an interval may have in view to be chosen. It bounds the work per
/// frame whatever the caller's label widths: with zero-width labels and no gap every
/// interval "fits", and a century of day ticks would otherwise be generated.
pub const MAX_TICKS: usize = 1_000;

/// One labelled tick on the time axis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    /// The day the tick marks; it is drawn at `scale.apply(day as f64)`, the start of
    /// the day.
    pub day: DayNumber,
    /// The text under the tick, centred on it.
    pub label: String,
    /// Whether the tick begins the next coarser unit (a month for days, a year for
    /// months, quarters and half-years, a decade for years…), for a stronger gridline.
    pub major: bool,
}

/// The ticks for one view of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TickSet {
    /// The interval the ticks step by; `None` when the scale cannot be ticked (NaN,
    /// zero-width domain or range, no whole day in view, nothing inside the calendar) or
    /// when no interval's labels fit.
    pub interval: Option<Interval>,
    /// The ticks inside the domain, earliest first.
    pub ticks: Vec<Tick>,
}

/// Ticks for the finest calendar interval whose labels, measured by `label_width`
/// (pixels for a label's text) and centred on their ticks, leave at least `min_gap_px`
/// between neighbours.
///
/// Only the days inside the domain are ticked, in ascending order whatever the direction
/// of the domain or range. A negative or NaN `min_gap_px` counts as zero, and a NaN or
/// negative width as zero. When the domain holds no boundary of the chosen interval (a
/// narrow view between month starts, say) the set names the interval but has no ticks.
pub fn time_ticks(
    scale: &TimeScale,
    label_width: impl Fn(&str) -> f64,
    min_gap_px: f64,
) -> TickSet {
    let Some((start, end)) = tickable_days(scale) else {
        return TickSet::default();
    };
    let gap = if min_gap_px > 0.0 { min_gap_px } else { 0.0 };
    let width = |text: &str| {
        let w = label_width(text);
        if w > 0.0 { w } else { 0.0 }
    };
    // One buffer measures every candidate's labels, so rejected intervals cost no
    // allocations. A rejection usually costs two labels: at a zoom where an interval is
    // too fine, its very first pair of labels already collides.
    let mut text = String::new();
    for interval in Interval::ALL {
        if labels_fit(scale, interval, start, end, &width, gap, &mut text) {
            let ticks = make_ticks(interval, start, end, &mut text);
            return TickSet {
                interval: Some(interval),
                ticks,
            };
        }
    }
    TickSet::default()
}

/// The whole days inside the scale's domain, clamped to the calendar, or `None` when the
/// scale cannot be drawn on.
fn tickable_days(scale: &TimeScale) -> Option<(DayNumber, DayNumber)> {
    let (d0, d1) = scale.domain;
    let (r0, r1) = scale.range;
    let usable = d0.is_finite() && d1.is_finite() && r0.is_finite() && r1.is_finite();
    if !usable || d0 == d1 || r0 == r1 {
        return None;
    }
    let lo = d0.min(d1).max(f64::from(CALENDAR_START));
    let hi = d0.max(d1).min(f64::from(CALENDAR_END));
    // Both are within the calendar now, so the casts are exact.
    let (start, end) = (lo.ceil() as DayNumber, hi.floor() as DayNumber);
    (start <= end).then_some((start, end))
}

/// Whether every pair of neighbouring labels of `interval` in `[start, end]` keeps `gap`
/// pixels apart; stops at the first collision.
fn labels_fit(
    scale: &TimeScale,
    interval: Interval,
    start: DayNumber,
    end: DayNumber,
    width: &impl Fn(&str) -> f64,
    gap: f64,
    text: &mut String,
) -> bool {
    let mut previous: Option<(DayNumber, f64, f64)> = None;
    for (count, day) in interval.boundaries(start, end).enumerate() {
        if count >= MAX_TICKS {
            return false;
        }
        text.clear();
        write_label(text, interval, day, previous.map(|p| p.0));
        let w = width(text);
        let x = scale.apply(f64::from(day));
        if let Some((_, px, pw)) = previous {
            // A NaN distance (a NaN label width, say) fails the comparison, so it counts
            // as a collision rather than slipping through.
            let clear = (x - px).abs() >= (pw + w) / 2.0 + gap;
            if !clear {
                return false;
            }
        }
        previous = Some((day, x, w));
    }
    true
}

/// The ticks of `interval` in `[start, end]`, already known to fit.
fn make_ticks(
    interval: Interval,
    start: DayNumber,
    end: DayNumber,
    text: &mut String,
) -> Vec<Tick> {
    let mut ticks: Vec<Tick> = Vec::new();
    for day in interval.boundaries(start, end) {
        text.clear();
        write_label(text, interval, day, ticks.last().map(|t| t.day));
        ticks.push(Tick {
            day,
            label: text.clone(),
            major: is_major(interval, day),
        });
    }
    ticks
}

/// Short English month names, as FT and Reuters charts print them.
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Appends the label of the tick at `day` to `out`; `previous` is the tick before it, if
/// any, which decides whether the year (and for days, the month) is written out.
fn write_label(out: &mut String, interval: Interval, day: DayNumber, previous: Option<DayNumber>) {
    let date = date_of(day);
    let (year, month) = (date.year(), u8::from(date.month()));
    let before = previous.map(date_of);
    let new_year = before.is_none_or(|b| b.year() != year);
    let new_month = new_year || before.is_some_and(|b| u8::from(b.month()) != month);
    let month_name = MONTHS[usize::from(month - 1) % 12];
    // Writing to a String cannot fail, so the results are ignored.
    let _ = match interval {
        Interval::Day if new_month => write!(out, "{} {month_name}", date.day()),
        Interval::Day => write!(out, "{}", date.day()),
        Interval::Week => write!(out, "{} {month_name}", date.day()),
        Interval::Month => write!(out, "{month_name}"),
        Interval::Quarter => write!(out, "Q{}", (month - 1) / 3 + 1),
        Interval::HalfYear => write!(out, "H{}", (month - 1) / 6 + 1),
        _ => write!(out, "{year}"),
    };
    let yearly = interval >= Interval::Year;
    if new_year && !yearly {
        let _ = write!(out, " {year}");
    }
}

/// Whether the tick at `day` also begins the next coarser unit.
fn is_major(interval: Interval, day: DayNumber) -> bool {
    let date = date_of(day);
    let (year, month) = (date.year(), u8::from(date.month()));
    match interval {
        Interval::Day => date.day() == 1,
        // The first Monday of a month: weeks rarely start on the 1st.
        Interval::Week => date.day() <= 7,
        Interval::Month | Interval::Quarter | Interval::HalfYear => month == 1,
        Interval::Year | Interval::TwoYears | Interval::FiveYears => year.rem_euclid(10) == 0,
        Interval::Decade | Interval::TwoDecades | Interval::HalfCentury => {
            year.rem_euclid(100) == 0
        }
        Interval::Century => year.rem_euclid(1000) == 0,
    }
}

#[cfg(test)]
mod tests;
