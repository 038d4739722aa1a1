//! Fitting, zooming and panning the drawing.
//!
//! The layout works in its own units (pixels at zoom 1, centred on the origin); a
//! [`ViewTransform`] maps them to the screen. The interface applies it as one SVG group
//! transform (`<g transform="translate(x, y) scale(k)">`, see
//! [`ViewTransform::svg_transform`]) around every node and edge, so a pan or zoom frame
//! changes one attribute and never re-renders a node. Only label visibility
//! (`labels.rs`) is recomputed, since it depends on on-screen sizes.

/// The most zoomed out a reader can go: a tenth of natural size.
pub const MIN_ZOOM: f64 = 0.1;

/// The most zoomed in a reader can go: eight times natural size, where the smallest
/// node is a 96 px circle and nothing is gained by going further.
pub const MAX_ZOOM: f64 = 8.0;

/// The largest zoom [`ViewTransform::fit`] picks. Node sizes and label text are
/// designed at natural size, and a two-node graph blown up eightfold to fill the
/// screen looks broken rather than fitted.
pub const FIT_MAX_ZOOM: f64 = 2.5;

/// `screen = layout × k + (x, y)`: a uniform scale, then a translation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewTransform {
    /// The scale factor, within [`MIN_ZOOM`, `MAX_ZOOM`] when made by this module.
    pub k: f64,
    /// Horizontal translation, in screen pixels.
    pub x: f64,
    /// Vertical translation, in screen pixels.
    pub y: f64,
}

impl Default for ViewTransform {
    /// Natural size, with the layout's origin at the screen's top left corner.
    fn default() -> Self {
        Self {
            k: 1.0,
            x: 0.0,
            y: 0.0,
        }
    }
}

impl ViewTransform {
    /// Where a layout point appears on screen.
    pub fn apply(&self, point: (f64, f64)) -> (f64, f64) {
        (point.0 * self.k + self.x, point.1 * self.k + self.y)
    }

    /// The layout point under a screen point: `invert(apply(p)) ≈ p`. A transform with
    /// an unusable scale (zero, negative or not finite, which this module never makes)
    /// inverts as if the scale were 1.
    pub fn invert(&self, screen: (f64, f64)) -> (f64, f64) {
        let k = usable_scale(self.k);
        ((screen.0 - self.x) / k, (screen.1 - self.y) / k)
    }

    /// The transform that shows every node whole, centred in a `width` × `height`
    /// viewport with `padding` pixels clear on every side.
    ///
    /// Each node counts as its circle (`radii[i]` around `positions[i]`; missing radii
    /// count as zero). The zoom is the largest that fits, but never above
    /// [`FIT_MAX_ZOOM`] nor below [`MIN_ZOOM`]. An empty graph, or one whose extent is a
    /// single point, gets natural size centred on that point (or on the origin).
    /// Positions that are not finite are ignored, and a viewport too small for its
    /// padding counts as having none.
    pub fn fit(
        positions: &[(f64, f64)],
        radii: &[f64],
        width: f64,
        height: f64,
        padding: f64,
    ) -> Self {
        let width = finite_or_zero(width).max(0.0);
        let height = finite_or_zero(height).max(0.0);
        let mut padding = finite_or_zero(padding).max(0.0);
        if 2.0 * padding >= width || 2.0 * padding >= height {
            padding = 0.0;
        }
        let mut bounds: Option<(f64, f64, f64, f64)> = None;
        for (i, &(px, py)) in positions.iter().enumerate() {
            if !(px.is_finite() && py.is_finite()) {
                continue;
            }
            let r = radii
                .get(i)
                .copied()
                .filter(|r| r.is_finite() && *r > 0.0)
                .unwrap_or(0.0);
            let (x0, y0, x1, y1) = bounds.unwrap_or((px, py, px, py));
            bounds = Some((
                x0.min(px - r),
                y0.min(py - r),
                x1.max(px + r),
                y1.max(py + r),
            ));
        }
        let (x0, y0, x1, y1) = bounds.unwrap_or((0.0, 0.0, 0.0, 0.0));
        let centre = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
        let (extent_x, extent_y) = (x1 - x0, y1 - y0);
        let k = if positions.len() <= 1 || (extent_x <= 0.0 && extent_y <= 0.0) {
            1.0
        } else {
            let fit = |room: f64, extent: f64| {
                if extent > 0.0 {
                    room / extent
                } else {
                    f64::INFINITY
                }
            };
            let k = fit(width - 2.0 * padding, extent_x).min(fit(height - 2.0 * padding, extent_y));
            k.clamp(MIN_ZOOM, FIT_MAX_ZOOM)
        };
        Self {
            k,
            x: width / 2.0 - centre.0 * k,
            y: height / 2.0 - centre.1 * k,
        }
    }

    /// Zooms by `factor` keeping the layout point under `screen` where it is, as a
    /// wheel or pinch zoom should. The result's scale is clamped to
    /// [`MIN_ZOOM`, `MAX_ZOOM`]; a factor that is not a finite positive number, or a
    /// screen point that is not finite, changes nothing.
    #[must_use]
    pub fn zoom_around(&self, screen: (f64, f64), factor: f64) -> Self {
        let usable =
            factor.is_finite() && factor > 0.0 && screen.0.is_finite() && screen.1.is_finite();
        if !usable {
            return *self;
        }
        let k = usable_scale(self.k);
        let to = (k * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let ratio = to / k;
        Self {
            k: to,
            x: screen.0 - (screen.0 - self.x) * ratio,
            y: screen.1 - (screen.1 - self.y) * ratio,
        }
    }

    /// Moves the drawing by `(dx, dy)` screen pixels. Offsets that are not finite count
    /// as zero.
    #[must_use]
    pub fn pan_by(&self, dx: f64, dy: f64) -> Self {
        Self {
            x: self.x + finite_or_zero(dx),
            y: self.y + finite_or_zero(dy),
            ..*self
        }
    }

    /// The SVG `transform` attribute that draws layout coordinates on screen.
    pub fn svg_transform(&self) -> String {
        format!("translate({}, {}) scale({})", self.x, self.y, self.k)
    }
}

/// The scale to divide by: the transform's own, or 1 when it is unusable.
fn usable_scale(k: f64) -> f64 {
    if k.is_finite() && k > 0.0 { k } else { 1.0 }
}

fn finite_or_zero(value: f64) -> f64 {
    if value.is_finite() { value } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Node positions, for tables of cases.
    type Points = &'static [(f64, f64)];

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
    }

    #[test]
    fn invert_undoes_apply() {
        let t = ViewTransform {
            k: 2.5,
            x: -40.0,
            y: 17.0,
        };
        for p in [(0.0, 0.0), (13.0, -8.5), (-1e4, 3e3)] {
            assert!(close(t.invert(t.apply(p)), p), "{p:?}");
        }
        let broken = ViewTransform {
            k: 0.0,
            x: 1.0,
            y: 2.0,
        };
        assert_eq!(broken.invert((3.0, 4.0)), (2.0, 2.0));
    }

    #[test]
    fn fit_shows_every_circle_inside_the_padding_and_centres_them() {
        let positions = [
            (-300.0, 10.0),
            (500.0, -200.0),
            (20.0, 400.0),
            (f64::NAN, 0.0),
        ];
        let radii = [10.0, 34.0, 6.0, 99.0];
        let (width, height, padding) = (640.0, 480.0, 20.0);
        let t = ViewTransform::fit(&positions, &radii, width, height, padding);
        assert!(t.k > MIN_ZOOM && t.k < 1.0);
        let (mut lo, mut hi) = ((f64::MAX, f64::MAX), (f64::MIN, f64::MIN));
        for (p, r) in positions[..3].iter().zip(radii) {
            let (a, b) = (t.apply((p.0 - r, p.1 - r)), t.apply((p.0 + r, p.1 + r)));
            assert!(a.0 >= padding - 1e-9 && a.1 >= padding - 1e-9, "{a:?}");
            assert!(
                b.0 <= width - padding + 1e-9 && b.1 <= height - padding + 1e-9,
                "{b:?}"
            );
            lo = (lo.0.min(a.0), lo.1.min(a.1));
            hi = (hi.0.max(b.0), hi.1.max(b.1));
        }
        assert!(close(
            ((lo.0 + hi.0) / 2.0, (lo.1 + hi.1) / 2.0),
            (320.0, 240.0)
        ));
        // The tighter direction touches the padding exactly.
        assert!((hi.1 - lo.1 - (height - 2.0 * padding)).abs() < 1e-9);
    }

    #[test]
    fn degenerate_graphs_fit_at_natural_size_centred() {
        let cases: [(Points, (f64, f64)); 4] = [
            (&[], (0.0, 0.0)),
            (&[(50.0, -20.0)], (50.0, -20.0)),
            (&[(7.0, 7.0), (7.0, 7.0)], (7.0, 7.0)),
            (&[(f64::INFINITY, 1.0)], (0.0, 0.0)),
        ];
        for (positions, centre) in cases {
            let t = ViewTransform::fit(positions, &[], 800.0, 600.0, 10.0);
            assert_eq!(t.k, 1.0, "{positions:?}");
            assert!(close(t.apply(centre), (400.0, 300.0)), "{positions:?}");
        }
    }

    #[test]
    fn small_graphs_are_not_blown_up_and_huge_ones_stop_at_the_minimum_zoom() {
        let small = ViewTransform::fit(&[(0.0, 0.0), (10.0, 0.0)], &[], 800.0, 600.0, 0.0);
        assert_eq!(small.k, FIT_MAX_ZOOM);
        let huge = ViewTransform::fit(&[(0.0, 0.0), (1e7, 0.0)], &[], 800.0, 600.0, 0.0);
        assert_eq!(huge.k, MIN_ZOOM);
    }

    #[test]
    fn hostile_viewports_give_finite_transforms() {
        for (w, h, pad) in [
            (0.0, 0.0, 0.0),
            (-5.0, 100.0, 3.0),
            (f64::NAN, f64::INFINITY, f64::NAN),
            (100.0, 100.0, 500.0),
        ] {
            let t = ViewTransform::fit(&[(0.0, 0.0), (100.0, 50.0)], &[5.0, 5.0], w, h, pad);
            assert!(
                t.k.is_finite() && t.x.is_finite() && t.y.is_finite(),
                "{w} {h} {pad}: {t:?}"
            );
            assert!((MIN_ZOOM..=FIT_MAX_ZOOM).contains(&t.k));
        }
    }

    #[test]
    fn zoom_keeps_the_point_under_the_pointer_and_clamps() {
        let t = ViewTransform {
            k: 1.0,
            x: 100.0,
            y: 50.0,
        };
        let pointer = (300.0, 200.0);
        let under = t.invert(pointer);
        let zoomed = t.zoom_around(pointer, 2.0);
        assert_eq!(zoomed.k, 2.0);
        assert!(close(zoomed.apply(under), pointer));
        let cases = [
            (1e6, MAX_ZOOM),
            (1e-6, MIN_ZOOM),
            (f64::NAN, 1.0),
            (0.0, 1.0),
            (-2.0, 1.0),
        ];
        for (factor, k) in cases {
            let z = t.zoom_around(pointer, factor);
            assert_eq!(z.k, k, "{factor}");
            assert!(close(z.apply(under), pointer), "{factor}");
        }
        let mut wheel = t;
        for _ in 0..100 {
            wheel = wheel.zoom_around(pointer, 1.1);
        }
        assert_eq!(wheel.k, MAX_ZOOM);
        assert_eq!(t.zoom_around((f64::NAN, 0.0), 2.0), t);
    }

    #[test]
    fn pan_moves_by_screen_pixels_and_ignores_non_finite_offsets() {
        let t = ViewTransform {
            k: 3.0,
            x: 1.0,
            y: 2.0,
        };
        let p = t.pan_by(10.0, -5.0);
        assert_eq!((p.k, p.x, p.y), (3.0, 11.0, -3.0));
        assert_eq!(t.pan_by(f64::NAN, f64::INFINITY), t);
    }

    #[test]
    fn svg_transform_translates_then_scales() {
        let t = ViewTransform {
            k: 0.5,
            x: 12.0,
            y: -3.25,
        };
        assert_eq!(t.svg_transform(), "translate(12, -3.25) scale(0.5)");
    }
}
