//! Square-root scales for sizing circular marks by area.
//!
//! Readers judge a circle by its area, not its radius: a circle with twice the radius
//! looks four times as big. Sizing radius linearly by amount would make a $20B round look
//! four times a $10B one, so marks are sized so that area tracks the amount.

/// Maps an amount in `[0, max_value]` to a circle radius in `[min_radius, max_radius]`
/// so that the area beyond the smallest circle is proportional to the amount.
///
/// The formula is
///
/// ```text
/// π·r² = π·min_radius² + (π·max_radius² − π·min_radius²) · value / max_value
/// r    = √(min_radius² + (max_radius² − min_radius²) · value / max_value)
/// ```
///
/// The minimum radius keeps the smallest amounts visible and clickable; it costs
/// strict proportionality of total area, which is why the formula makes the *extra*
/// area proportional instead of silently distorting it some other way. With
/// `min_radius = 0` this is d3's `scaleSqrt` with the domain `[0, max_value]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SqrtScale {
    /// The amount drawn at `max_radius`, usually the largest amount in view.
    pub max_value: f64,
    /// The radius of a zero (or unknown) amount.
    pub min_radius: f64,
    /// The radius of `max_value` and of anything larger.
    pub max_radius: f64,
}

impl SqrtScale {
    /// A scale from `[0, max_value]` to radii `[min_radius, max_radius]`.
    pub const fn new(max_value: f64, min_radius: f64, max_radius: f64) -> Self {
        Self {
            max_value,
            min_radius,
            max_radius,
        }
    }

    /// The radius for an amount; always finite and never negative.
    ///
    /// Amounts are clamped to `[0, max_value]`, because a mark larger than the legend's
    /// largest circle, or a negative area, would misstate the data. Inputs that carry no
    /// usable size get the minimum radius so that the mark is still drawn and can be
    /// inspected: NaN amounts, and every amount when `max_value` is zero, negative,
    /// NaN or infinite (nothing can be proportional to an infinite maximum). Radii that
    /// are negative or not finite count as zero, and a `max_radius` below `min_radius`
    /// counts as `min_radius`.
    pub fn radius(&self, value: f64) -> f64 {
        let low = sanitize_radius(self.min_radius);
        let high = sanitize_radius(self.max_radius).max(low);
        let max = self.max_value;
        let fraction = if max.is_finite() && max > 0.0 && !value.is_nan() {
            value.clamp(0.0, max) / max
        } else {
            0.0
        };
        // hypot(low·√(1−f), high·√f)² = low²·(1−f) + high²·f, the formula above, without
        // squaring the radii first (which would overflow for absurdly large radii) and
        // exact at both ends.
        (low * (1.0 - fraction).sqrt()).hypot(high * fraction.sqrt())
    }

    /// The same scale seen at zoom `k`: every radius multiplied by `k`, which the
    /// formula allows because it is homogeneous in the radii. A legend drawn beside a
    /// zoomed picture uses this, so that its sample circles match the marks on screen. A
    /// zoom that is not a positive finite number counts as 1.
    pub fn zoomed(&self, k: f64) -> Self {
        let k = if k.is_finite() && k > 0.0 { k } else { 1.0 };
        Self::new(self.max_value, self.min_radius * k, self.max_radius * k)
    }

    /// Round amounts (1, 2 or 5 times a power of ten) for a size legend, largest first:
    /// the largest such amount, at most `max_value`, whose circle fits in `limit`
    /// pixels of radius, then amounts ten and a hundred times smaller, while each is
    /// still drawn visibly larger than the minimum radius. At most `count` amounts;
    /// none when the scale sizes nothing.
    ///
    /// A legend of round amounts reads at a glance ("$20B", "$2B") where fractions of
    /// the largest amount do not ("$31.2B"), and the limit keeps the legend compact
    /// however large the largest mark is drawn.
    pub fn legend_samples(&self, limit: f64, count: usize) -> Vec<f64> {
        let max = self.max_value;
        if !(max.is_finite() && max > 0.0) || count == 0 {
            return Vec::new();
        }
        let visible = sanitize_radius(self.min_radius) + 0.75;
        let top = max.log10().floor() as i32;
        let first = (top - 24..=top)
            .rev()
            .flat_map(|power| [5.0, 2.0, 1.0].map(|m| m * 10f64.powi(power)))
            .find(|&v| v <= max && self.radius(v) <= limit);
        let Some(first) = first else {
            return Vec::new();
        };
        [1.0, 10.0, 100.0]
            .iter()
            .map(|d| first / d)
            .enumerate()
            .take_while(|&(i, v)| i == 0 || self.radius(v) > visible)
            .map(|(_, v)| v)
            .take(count)
            .collect()
    }
}

impl SqrtScale {
    /// [`Self::legend_samples`] within `limit`, or within `wider` where that draws more
    /// of them, with the limit used. Zoomed in, the smallest mark is drawn so large that
    /// only one round amount may fit a compact legend, and one circle alone does not
    /// show how area grows with the amount.
    pub fn legend_samples_widening(&self, limit: f64, wider: f64, count: usize) -> (Vec<f64>, f64) {
        let samples = self.legend_samples(limit, count);
        if samples.len() < count.min(2) && wider > limit {
            let more = self.legend_samples(wider, count);
            if more.len() > samples.len() {
                return (more, wider);
            }
        }
        (samples, limit)
    }
}

/// A radius that can be drawn: negative or non-finite radii become zero.
fn sanitize_radius(r: f64) -> f64 {
    if r.is_finite() && r > 0.0 { r } else { 0.0 }
}

#[cfg(test)]
mod tests;
