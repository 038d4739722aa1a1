//! The SVG geometry of a timeline mark: its filled shape, its ring or spikes, and the
//! classes that style it. Pure string building, kept apart from the components that
//! place marks on the page.

use super::geometry::px;
use crate::core::timeline::{DIAMOND, Mark, MarkShape, RangeKind, Stroke};

/// An SVG path for a circle of radius `r` centred on the origin.
fn circle_path(r: f64) -> String {
    if r <= 0.0 {
        return String::new();
    }
    format!(
        "M{a},0a{r:.1},{r:.1} 0 1,0 {d},0a{r:.1},{r:.1} 0 1,0 {e},0",
        a = px(-r),
        d = px(2.0 * r),
        e = px(-2.0 * r)
    )
}

/// Short spikes around a circle: "at least, no ceiling reported".
fn spikes_path(r: f64) -> String {
    (0..8)
        .map(|i| {
            let angle = std::f64::consts::FRAC_PI_4 * f64::from(i) + std::f64::consts::FRAC_PI_8;
            let (s, c) = angle.sin_cos();
            format!(
                "M{},{}L{},{}",
                px(c * (r + 2.0)),
                px(s * (r + 2.0)),
                px(c * (r + 6.0)),
                px(s * (r + 6.0))
            )
        })
        .collect()
}

/// The two paths of a mark: its filled shape and its ring or spikes.
pub fn mark_paths(mark: &Mark) -> (String, String) {
    let (shape, ring) = match mark.shape {
        MarkShape::Diamond => (
            format!(
                "M0,{n}L{d},0L0,{d}L{n},0Z",
                n = px(-DIAMOND),
                d = px(DIAMOND)
            ),
            String::new(),
        ),
        MarkShape::Circle => match mark.range {
            Some(RangeKind::AtLeast) => (
                circle_path(mark.floor_radius),
                spikes_path(mark.floor_radius),
            ),
            Some(RangeKind::UpTo | RangeKind::Between) => {
                (circle_path(mark.floor_radius), circle_path(mark.radius))
            }
            None => (circle_path(mark.radius), String::new()),
        },
    };
    // A cancelled deal is struck through, corner to corner.
    let ring = if mark.stroke == Stroke::Cancelled {
        let r = mark.radius.max(DIAMOND) * 0.8;
        format!("{ring}M{},{}L{},{}", px(-r), px(r), px(r), px(-r))
    } else {
        ring
    };
    (shape, ring)
}

/// A mark's classes: its kind (colour), stroke (status) and range (fill and ring).
pub fn mark_class(mark: &Mark, kind: &str) -> String {
    let stroke = match mark.stroke {
        Stroke::Solid => "solid",
        Stroke::Dashed => "dashed",
        Stroke::Hollow => "hollow",
        Stroke::Cancelled => "cancelled",
    };
    let range = match mark.range {
        Some(RangeKind::UpTo) => "upto",
        Some(RangeKind::AtLeast) => "atleast",
        Some(RangeKind::Between) => "between",
        None => "point",
    };
    format!("mark kind-{kind} stroke-{stroke} range-{range}")
}
