//! Linear scales: a straight-line map from a numeric domain to a pixel range, with
//! d3's round-number ticks.
//!
//! The tick arithmetic follows d3-array's `ticks` and `tickIncrement` closely, including
//! the trick of representing steps below 1 as "divide by an integer" (so a step of 0.1
//! is stored as 10), because multiplying by 0.1 produces ticks like
//! 0.30000000000000004 while dividing by 10 produces 0.3.

/// The most ticks `LinearScale::ticks` and `LinearScale::nice` will aim for. A larger
/// request is treated as this many, which bounds the work and the allocation whatever
/// the caller passes.
pub const MAX_TICK_COUNT: usize = 1_000;

/// Where d3 switches between step factors. A raw step is rounded to 1, 2, 5 or 10 times a
/// power of ten; these are the geometric means of neighbouring factors, so the rounding
/// is symmetric on a logarithmic axis.
const E10: f64 = 7.071_067_811_865_476; // √50
const E5: f64 = 3.162_277_660_168_379_5; // √10
const E2: f64 = std::f64::consts::SQRT_2;

/// A linear map from `domain` to `range`. Either pair may be reversed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    /// The data values at the two ends of the axis.
    pub domain: (f64, f64),
    /// The pixel positions of the two ends of the axis.
    pub range: (f64, f64),
}

impl LinearScale {
    /// A scale mapping `domain.0` to `range.0` and `domain.1` to `range.1`.
    pub const fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        Self { domain, range }
    }

    /// The range position of a domain value. Values outside the domain extrapolate.
    ///
    /// A zero-width domain maps every value to the middle of the range, because there is
    /// no direction to extrapolate in and the middle is the least surprising place for a
    /// lone point. NaN maps to NaN.
    pub fn apply(&self, x: f64) -> f64 {
        map(x, self.domain, self.range)
    }

    /// The domain value at a range position: `invert(apply(x)) ≈ x`.
    ///
    /// With a zero-width domain every position inverts to that single domain value.
    /// NaN inverts to NaN.
    pub fn invert(&self, y: f64) -> f64 {
        map(y, self.range, self.domain)
    }

    /// The same scale with its domain widened to round numbers, so that about `count`
    /// ticks land exactly on the ends (d3's `nice`).
    ///
    /// A domain that is zero-width, non-finite or NaN, or a `count` of zero, leaves the
    /// scale unchanged: there is no round number to extend to.
    #[must_use]
    pub fn nice(self, count: usize) -> Self {
        let count = count.min(MAX_TICK_COUNT) as f64;
        let (d0, d1) = self.domain;
        if !(d0.is_finite() && d1.is_finite()) || d0 == d1 || count == 0.0 {
            return self;
        }
        let reverse = d1 < d0;
        let (mut start, mut stop) = if reverse { (d1, d0) } else { (d0, d1) };
        // Widening can change the step, which can change the widening, so d3 repeats
        // until the step settles, giving up after ten rounds; it settles within two or
        // three in practice.
        let mut previous: Option<f64> = None;
        for _ in 0..10 {
            let Some(spec) = tick_spec(start, stop, count) else {
                break;
            };
            if previous == Some(spec.inc) {
                break;
            }
            let (s, e) = if spec.inc > 0.0 {
                (
                    (start / spec.inc).floor() * spec.inc,
                    (stop / spec.inc).ceil() * spec.inc,
                )
            } else {
                (
                    (start * spec.inc).ceil() / spec.inc,
                    (stop * spec.inc).floor() / spec.inc,
                )
            };
            if !(s.is_finite() && e.is_finite()) {
                break;
            }
            (start, stop) = (s, e);
            previous = Some(spec.inc);
        }
        let domain = if reverse {
            (stop, start)
        } else {
            (start, stop)
        };
        Self { domain, ..self }
    }

    /// About `count` round-numbered values inside the domain (ends included when round),
    /// in domain order: ascending for an ascending domain, descending for a reversed one.
    ///
    /// Steps are 1, 2 or 5 times a power of ten. A zero-width domain yields its single
    /// value; `count == 0`, NaN or infinite domains yield nothing.
    pub fn ticks(&self, count: usize) -> Vec<f64> {
        let count = count.min(MAX_TICK_COUNT);
        let (d0, d1) = self.domain;
        if count == 0 || !(d0.is_finite() && d1.is_finite()) {
            return Vec::new();
        }
        if d0 == d1 {
            return vec![d0];
        }
        let reverse = d1 < d0;
        let (start, stop) = if reverse { (d1, d0) } else { (d0, d1) };
        let Some(spec) = tick_spec(start, stop, count as f64) else {
            return Vec::new();
        };
        if spec.i2 < spec.i1 {
            return Vec::new();
        }
        // Rounding shrinks the raw step (span / count) by at most a factor of about 1.6,
        // so there are at most about 1.6 × count + 1 ticks. Anything more means the
        // arithmetic broke down (values so large that neighbouring multiples of the step
        // are not representable) and no ticks is the honest answer.
        let n = spec.i2 - spec.i1 + 1.0;
        if n > (2 * MAX_TICK_COUNT) as f64 {
            return Vec::new();
        }
        let n = n as usize;
        let value = |i: f64| {
            if spec.inc < 0.0 {
                i / -spec.inc
            } else {
                i * spec.inc
            }
        };
        if reverse {
            (0..n).map(|k| value(spec.i2 - k as f64)).collect()
        } else {
            (0..n).map(|k| value(spec.i1 + k as f64)).collect()
        }
    }
}

/// The signed distance between round-number ticks for about `count` ticks from `start` to
/// `stop` (d3's `tickStep`): 1, 2 or 5 times a power of ten, negative when
/// `stop < start`. NaN when there is no step: equal or non-finite ends, or `count == 0`.
pub fn tick_step(start: f64, stop: f64, count: usize) -> f64 {
    let count = count.min(MAX_TICK_COUNT) as f64;
    let reverse = stop < start;
    let (lo, hi) = if reverse {
        (stop, start)
    } else {
        (start, stop)
    };
    match tick_spec(lo, hi, count) {
        Some(spec) => {
            let step = if spec.inc < 0.0 {
                1.0 / -spec.inc
            } else {
                spec.inc
            };
            if reverse { -step } else { step }
        }
        None => f64::NAN,
    }
}

/// Ticks as d3 represents them: the values are `i × inc` for integers `i1 ..= i2` when
/// `inc > 0`, or `i / -inc` when `inc < 0` (steps below one, kept as integer divisors so
/// that decimal ticks are exact).
struct TickSpec {
    i1: f64,
    i2: f64,
    inc: f64,
}

/// d3-array's `tickSpec` for `start < stop`. `None` whenever the arithmetic would leave
/// finite numbers, which is how hostile inputs (NaN, infinities, subnormal spans, a zero
/// count) are turned away without special cases at every step.
fn tick_spec(start: f64, stop: f64, count: f64) -> Option<TickSpec> {
    let step = (stop - start) / count.max(0.0);
    if !(step.is_finite() && step > 0.0) {
        return None;
    }
    let power = step.log10().floor();
    let error = step / 10f64.powf(power);
    let factor = if error >= E10 {
        10.0
    } else if error >= E5 {
        5.0
    } else if error >= E2 {
        2.0
    } else {
        1.0
    };
    let (mut i1, mut i2, inc);
    if power < 0.0 {
        let divisor = 10f64.powf(-power) / factor;
        i1 = (start * divisor).round();
        i2 = (stop * divisor).round();
        if i1 / divisor < start {
            i1 += 1.0;
        }
        if i2 / divisor > stop {
            i2 -= 1.0;
        }
        inc = -divisor;
    } else {
        let multiple = 10f64.powf(power) * factor;
        i1 = (start / multiple).round();
        i2 = (stop / multiple).round();
        if i1 * multiple < start {
            i1 += 1.0;
        }
        if i2 * multiple > stop {
            i2 -= 1.0;
        }
        inc = multiple;
    }
    if !(i1.is_finite() && i2.is_finite() && inc.is_finite() && inc != 0.0) {
        return None;
    }
    // With a count below two the rounded step can overshoot the whole span and leave no
    // tick at all; d3 retries with twice the count so that one tick still appears.
    if i2 < i1 && (0.5..2.0).contains(&count) {
        return tick_spec(start, stop, count * 2.0);
    }
    Some(TickSpec { i1, i2, inc })
}

/// Maps `x` from the interval `from` to the interval `to`.
fn map(x: f64, from: (f64, f64), to: (f64, f64)) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    interpolate(to.0, to.1, normalize(x, from.0, from.1))
}

/// Where `x` lies between `a` (0) and `b` (1). A zero-width interval puts everything at
/// one half.
fn normalize(x: f64, a: f64, b: f64) -> f64 {
    let span = b - a;
    if span == 0.0 {
        return 0.5;
    }
    if span.is_finite() {
        (x - a) / span
    } else {
        // Both ends are finite but so far apart that their difference overflows; halving
        // everything first keeps the numbers representable. Infinite ends still give NaN.
        (x * 0.5 - a * 0.5) / (b * 0.5 - a * 0.5)
    }
}

/// The value a fraction `t` of the way from `a` to `b`.
///
/// Computed from whichever end is nearer so that `t = 0` gives exactly `a` and `t = 1`
/// exactly `b` (the ends of an axis must land on the ends of the range, not a rounding
/// error away), and infinite `t` extrapolates to the right infinity instead of NaN.
fn interpolate(a: f64, b: f64, t: f64) -> f64 {
    if a == b && !t.is_nan() {
        return a;
    }
    let span = b - a;
    let (step, stretch) = if span.is_finite() {
        (span, 1.0)
    } else {
        (b * 0.5 - a * 0.5, 2.0)
    };
    if t <= 0.5 {
        a + step * (t * stretch)
    } else {
        b - step * ((1.0 - t) * stretch)
    }
}

#[cfg(test)]
mod tests;
