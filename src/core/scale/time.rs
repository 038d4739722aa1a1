//! The timeline's horizontal scale: days to pixels, with zoom and pan.
//!
//! Days are `f64` so that zooming and panning move smoothly between whole days. Day `d`
//! covers `[d, d + 1)`, the convention `PartialDate::midpoint` uses, so a day's mark sits
//! at `apply(d + 0.5)` and its boundary at `apply(d)`.

use crate::core::date::DayNumber;

use super::linear::LinearScale;

/// The narrowest domain zooming allows, in days. Narrower than two days there is nothing
/// left to show: events are dated to the day at best.
pub const MIN_SPAN_DAYS: f64 = 2.0;

/// The widest domain zooming allows, in days: 400 Gregorian years, exactly 146,097 days.
/// Wider than that the data (all within a couple of centuries) shrinks to a sliver and
/// the century ticks run out.
pub const MAX_SPAN_DAYS: f64 = 146_097.0;

/// The margin `fit` adds before the first day, as a fraction of the data's span, so
/// that the first marks are not cut in half by the edge of the plot.
pub const FIT_MARGIN: f64 = 0.04;

/// The margin `fit` adds after the last day, as a fraction of the data's span: more
/// than before the first, because the latest events are the news, and their figures and
/// titles are written beside them. With the same margin as before the first, the
/// bundled data's last year left no room right of Amazon's "~$125B" for its figure,
/// nor for the titles of January's last events.
pub const FIT_MARGIN_AFTER: f64 = 0.1;

/// The narrowest window `fit` produces, in days. A single day (or a handful of days)
/// would otherwise fill the whole width and look like an error; a month around it reads
/// as "one event, on this date".
pub const FIT_MIN_SPAN_DAYS: f64 = 31.0;

/// A linear map from days (`domain`) to pixels (`range`).
///
/// The fields are public so a caller can build any scale, including degenerate ones;
/// every method copes with those. The span limits are enforced by `fit` and
/// `zoom_around`, the two ways the timeline changes its width in days.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    /// The days at the two ends of the axis. Fractional days are allowed.
    pub domain: (f64, f64),
    /// The pixel positions of the two ends of the axis.
    pub range: (f64, f64),
}

impl TimeScale {
    /// A scale mapping day `domain.0` to pixel `range.0` and `domain.1` to `range.1`,
    /// taken as given.
    pub const fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        Self { domain, range }
    }

    /// A scale showing every day from `first_day` to `last_day` inclusive with a margin
    /// of `FIT_MARGIN` of the span before and `FIT_MARGIN_AFTER` after.
    ///
    /// The window is never narrower than `FIT_MIN_SPAN_DAYS`, so a single day gets about
    /// ±15 days around it, and never wider than `MAX_SPAN_DAYS`, in which case it is
    /// centred on the data and the oldest and newest days fall outside it. The ends may
    /// come in either order. For an empty dataset, fit around today.
    pub fn fit(first_day: DayNumber, last_day: DayNumber, range: (f64, f64)) -> Self {
        let (first, last) = if first_day <= last_day {
            (first_day, last_day)
        } else {
            (last_day, first_day)
        };
        // The last day is inclusive and covers [last, last + 1).
        let start = f64::from(first);
        let end = f64::from(last) + 1.0;
        let data = end - start;
        let (before, after) = (start - FIT_MARGIN * data, end + FIT_MARGIN_AFTER * data);
        let padded = after - before;
        let span = padded.clamp(FIT_MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        // A window widened to the narrowest, or cut to the widest, centres on the data.
        let centre = if span == padded {
            before + padded / 2.0
        } else {
            start + data / 2.0
        };
        Self {
            domain: (centre - span / 2.0, centre + span / 2.0),
            range,
        }
    }

    /// The pixel position of a (possibly fractional) day. NaN gives NaN.
    pub fn apply(&self, day: f64) -> f64 {
        self.linear().apply(day)
    }

    /// Whether a (possibly fractional) day falls inside the range, edges included: the
    /// as-of line is drawn, and its legend key shown, while this holds. NaN does not.
    pub fn shows(&self, day: f64) -> bool {
        let (low, high) = (
            self.range.0.min(self.range.1),
            self.range.0.max(self.range.1),
        );
        (low..=high).contains(&self.apply(day))
    }

    /// The (fractional) day at a pixel position: `invert(apply(d)) ≈ d`.
    pub fn invert(&self, pixel: f64) -> f64 {
        self.linear().invert(pixel)
    }

    /// How many pixels one day takes, always positive for a usable scale; infinite for a
    /// zero-width domain and NaN when the domain or range is NaN.
    pub fn px_per_day(&self) -> f64 {
        (self.range.1 - self.range.0).abs() / (self.domain.1 - self.domain.0).abs()
    }

    /// The domain's width in days (positive even for a reversed domain).
    pub fn span_days(&self) -> f64 {
        (self.domain.1 - self.domain.0).abs()
    }

    /// The same map as a plain `LinearScale`.
    pub fn linear(&self) -> LinearScale {
        LinearScale::new(self.domain, self.range)
    }

    /// The scale magnified by `factor` around `pixel`: the day under `pixel` stays under
    /// it while the domain narrows (`factor > 1`, zooming in) or widens (`factor < 1`,
    /// zooming out) to `span / factor`, clamped to `MIN_SPAN_DAYS..=MAX_SPAN_DAYS`.
    ///
    /// A factor that is not a positive finite number, a NaN pixel or a non-finite domain
    /// returns the scale unchanged, so a stray wheel event can never corrupt the view.
    /// Zooming a zero-width domain opens it around its day.
    #[must_use]
    pub fn zoom_around(&self, pixel: f64, factor: f64) -> Self {
        let (d0, d1) = self.domain;
        let usable = factor.is_finite()
            && factor > 0.0
            && !pixel.is_nan()
            && d0.is_finite()
            && d1.is_finite();
        if !usable {
            return *self;
        }
        let anchor = self.invert(pixel);
        let span = d1 - d0;
        // Where the anchor sits in the domain, as a fraction; keeping it there is what
        // keeps the anchor day under the pointer.
        let t = if span == 0.0 || !span.is_finite() {
            0.5
        } else {
            (anchor - d0) / span
        };
        let width = (span.abs() / factor).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        let signed = if d1 < d0 { -width } else { width };
        let start = anchor - t * signed;
        let zoomed = Self {
            domain: (start, start + signed),
            range: self.range,
        };
        if zoomed.domain.0.is_finite() && zoomed.domain.1.is_finite() {
            zoomed
        } else {
            *self
        }
    }

    /// The scale with its content moved `pixels` to the right (left when negative), as
    /// when dragging: positive `pixels` brings earlier days into view. The span is kept.
    ///
    /// Non-finite `pixels`, a zero-width range or a non-finite domain return the scale
    /// unchanged.
    #[must_use]
    pub fn pan_by(&self, pixels: f64) -> Self {
        let days_per_px = (self.domain.1 - self.domain.0) / (self.range.1 - self.range.0);
        let shift = pixels * days_per_px;
        let domain = (self.domain.0 - shift, self.domain.1 - shift);
        if shift.is_finite() && domain.0.is_finite() && domain.1.is_finite() {
            Self { domain, ..*self }
        } else {
            *self
        }
    }
}

#[cfg(test)]
mod tests;
