//! Which drawn item a pointer means when it lands beside every item rather than on one.
//!
//! On a phone a 12 px mark is hard to hit with a finger, so a tap a few pixels off still
//! reaches the nearest item. The timeline's items are boxes on screen, which it measures;
//! the network's are circles, which it knows from its layout and view.

/// How far beyond a mark, badge or node, in screen pixels, a click or tap still reaches
/// it. With the smallest items (12 px across, a node of 10 px on a phone's fitted
/// network) this makes targets of 26 to 28 px, above WCAG's 24 px minimum.
pub const TAP_REACH: f64 = 8.0;

/// Something drawn on screen that a pointer can mean: how far a point is from it.
pub trait Target {
    /// The distance in pixels from `at` to the nearest point of the item, 0 inside it,
    /// or None when the item is not a sound shape (upside down or not finite).
    fn distance(&self, at: (f64, f64)) -> Option<f64>;
}

/// A box on screen, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenBox {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Target for ScreenBox {
    fn distance(&self, at: (f64, f64)) -> Option<f64> {
        let sound = [self.left, self.top, self.right, self.bottom]
            .iter()
            .all(|v| v.is_finite())
            && self.left <= self.right
            && self.top <= self.bottom;
        let dx = (self.left - at.0).max(at.0 - self.right).max(0.0);
        let dy = (self.top - at.1).max(at.1 - self.bottom).max(0.0);
        sound.then(|| dx.hypot(dy))
    }
}

/// A circle on screen, in pixels: a network node, whatever its shape, is hit as a circle
/// of its shape's area (a triangle's point or a diamond's tip, outside it, are hit on
/// the shape itself).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenCircle {
    pub x: f64,
    pub y: f64,
    pub r: f64,
}

impl Target for ScreenCircle {
    fn distance(&self, at: (f64, f64)) -> Option<f64> {
        let sound = [self.x, self.y, self.r].iter().all(|v| v.is_finite()) && self.r >= 0.0;
        sound.then(|| ((self.x - at.0).hypot(self.y - at.1) - self.r).max(0.0))
    }
}

/// The index of the item nearest to `at`, if any is within `reach` pixels of it; the
/// first of equally near items. Items that are not sound shapes are never chosen, and
/// neither is anything when `at` or `reach` is not a finite distance.
pub fn nearest_within<T: Target>(items: &[T], at: (f64, f64), reach: f64) -> Option<usize> {
    if !(at.0.is_finite() && at.1.is_finite() && reach.is_finite() && reach >= 0.0) {
        return None;
    }
    let mut best: Option<(usize, f64)> = None;
    for (i, item) in items.iter().enumerate() {
        let Some(d) = item.distance(at) else {
            continue;
        };
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
        assert_eq!(nearest_within::<ScreenBox>(&[], (0.0, 0.0), 8.0), None);
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

    #[test]
    fn a_point_beside_small_circles_reaches_the_nearest_within_reach() {
        // Two nodes of radius 5, 40 px apart centre to centre; (point, expected) with a
        // reach of 8 px.
        let circles = [
            ScreenCircle {
                x: 0.0,
                y: 0.0,
                r: 5.0,
            },
            ScreenCircle {
                x: 40.0,
                y: 0.0,
                r: 5.0,
            },
        ];
        let diagonal = 13.0 / 2f64.sqrt();
        let cases = [
            ((1.0, 1.0), Some(0)),                    // inside the first
            ((13.0, 0.0), Some(0)),                   // 8 px right of its edge: within
            ((13.5, 0.0), None),                      // just beyond
            ((diagonal, diagonal), Some(0)),          // 8 px out diagonally: within
            ((diagonal + 0.3, diagonal + 0.3), None), // a box would still reach this
            ((28.0, 0.0), Some(1)),                   // 7 px left of the second
            ((20.0, 0.0), None),                      // 15 px from both: too far
            ((20.0, f64::NAN), None),                 // not a point
        ];
        for (at, expected) in cases {
            assert_eq!(nearest_within(&circles, at, 8.0), expected, "{at:?}");
        }
    }

    #[test]
    fn unsound_circles_are_never_chosen() {
        let good = ScreenCircle {
            x: 0.0,
            y: 0.0,
            r: 5.0,
        };
        let unsound = [
            ScreenCircle { r: -1.0, ..good },
            ScreenCircle {
                r: f64::NAN,
                ..good
            },
            ScreenCircle {
                x: f64::INFINITY,
                ..good
            },
        ];
        assert_eq!(nearest_within(&unsound, (0.0, 0.0), 8.0), None);
        let with_good: Vec<ScreenCircle> = unsound.iter().copied().chain([good]).collect();
        assert_eq!(nearest_within(&with_good, (0.0, 0.0), 8.0), Some(3));
        // A circle of no size is a point, still reached within reach.
        let dot = [ScreenCircle { r: 0.0, ..good }];
        assert_eq!(nearest_within(&dot, (6.0, 0.0), 8.0), Some(0));
    }
}
