//! Which drawn item a pointer means when it lands beside every item rather than on one.
//!
//! On a phone a 12 px mark is hard to hit with a finger, so a tap a few pixels off still
//! reaches the nearest item. The items are boxes on screen; the views measure them.

/// A box on screen, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenBox {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl ScreenBox {
    /// The distance from `at` to the nearest point of the box: 0 inside it.
    fn distance(self, at: (f64, f64)) -> f64 {
        let dx = (self.left - at.0).max(at.0 - self.right).max(0.0);
        let dy = (self.top - at.1).max(at.1 - self.bottom).max(0.0);
        dx.hypot(dy)
    }
}

/// The index of the box nearest to `at`, if any is within `reach` pixels of it; the
/// first of equally near boxes. Boxes that are upside down or not finite are never
/// chosen, and neither is anything when `at` or `reach` is not a finite distance.
pub fn nearest_within(boxes: &[ScreenBox], at: (f64, f64), reach: f64) -> Option<usize> {
    if !(at.0.is_finite() && at.1.is_finite() && reach.is_finite() && reach >= 0.0) {
        return None;
    }
    let mut best: Option<(usize, f64)> = None;
    for (i, b) in boxes.iter().enumerate() {
        let sound = [b.left, b.top, b.right, b.bottom]
            .iter()
            .all(|v| v.is_finite())
            && b.left <= b.right
            && b.top <= b.bottom;
        if !sound {
            continue;
        }
        let d = b.distance(at);
        if d <= reach && best.is_none_or(|(_, nearest)| d < nearest) {
            best = Some((i, d));
        }
    }
    best.map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x: f64, y: f64, size: f64) -> ScreenBox {
        ScreenBox {
            left: x,
            top: y,
            right: x + size,
            bottom: y + size,
        }
    }

    #[test]
    fn a_point_beside_small_boxes_reaches_the_nearest_within_reach() {
        // Two 12 px marks, 40 px apart; (point, expected) with a reach of 8 px.
        let boxes = [square(0.0, 0.0, 12.0), square(52.0, 0.0, 12.0)];
        let cases = [
            ((6.0, 6.0), Some(0)),   // inside the first
            ((18.0, 6.0), Some(0)),  // 6 px right of the first
            ((47.0, 6.0), Some(1)),  // 5 px left of the second
            ((32.0, 6.0), None),     // 20 px from both: too far
            ((6.0, 20.0), Some(0)),  // 8 px below the first: just within
            ((6.0, 20.5), None),     // just beyond
            ((17.7, 17.7), None),    // diagonally, 5.7 * √2 ≈ 8.06 px: beyond
            ((17.6, 17.6), Some(0)), // diagonally, 5.6 * √2 ≈ 7.92 px: within
        ];
        for (at, expected) in cases {
            assert_eq!(nearest_within(&boxes, at, 8.0), expected, "{at:?}");
        }
    }

    #[test]
    fn the_nearer_of_two_boxes_wins_and_a_tie_goes_to_the_first() {
        let boxes = [square(0.0, 0.0, 10.0), square(20.0, 0.0, 10.0)];
        assert_eq!(nearest_within(&boxes, (16.0, 5.0), 8.0), Some(1));
        assert_eq!(nearest_within(&boxes, (14.0, 5.0), 8.0), Some(0));
        assert_eq!(nearest_within(&boxes, (15.0, 5.0), 8.0), Some(0));
        // A box drawn over another (a badge over a band) is still found by distance.
        let nested = [square(0.0, 0.0, 100.0), square(40.0, 40.0, 10.0)];
        assert_eq!(nearest_within(&nested, (45.0, 45.0), 8.0), Some(0));
    }

    #[test]
    fn empty_degenerate_and_hostile_inputs_choose_nothing() {
        let good = square(0.0, 0.0, 10.0);
        let upside_down = ScreenBox {
            left: 10.0,
            top: 0.0,
            right: 0.0,
            bottom: 10.0,
        };
        let infinite = ScreenBox {
            right: f64::INFINITY,
            ..good
        };
        let nan = ScreenBox {
            top: f64::NAN,
            ..good
        };
        assert_eq!(nearest_within(&[], (0.0, 0.0), 8.0), None);
        assert_eq!(
            nearest_within(&[upside_down, infinite, nan], (5.0, 5.0), 8.0),
            None
        );
        assert_eq!(
            nearest_within(&[upside_down, good], (5.0, 5.0), 8.0),
            Some(1)
        );
        for (at, reach) in [
            ((f64::NAN, 5.0), 8.0),
            ((5.0, f64::INFINITY), 8.0),
            ((5.0, 5.0), -1.0),
            ((5.0, 5.0), f64::NAN),
        ] {
            assert_eq!(nearest_within(&[good], at, reach), None, "{at:?} {reach}");
        }
        // A reach of zero still takes a point inside.
        assert_eq!(nearest_within(&[good], (5.0, 5.0), 0.0), Some(0));
    }
}
