//! Figures beside the largest marks: "up to $100B" written next to its circle.
//!
//! Area alone is hard to read exactly, and the reader should not have to point at every
//! mark to learn the amounts that matter most, so the few largest marks in view carry
//! their figure as a label, the way a newspaper's graphic labels its key values. A
//! figure goes to the right of its mark, or else to the left, only where it touches no
//! other glyph of its row (a row is 40 px tall, so rows never collide), no figure
//! placed before it and no edge of the plot; a mark with no room goes without. The
//! largest amounts are placed first, so they win the room.

use super::marks::{DIAMOND, Mark, MarkShape, RangeKind};
use super::{Glyph, TimelineData, badge_radius};

/// Space between a mark's edge and its figure, and kept clear after the figure.
pub const FIGURE_GAP: f64 = 4.0;

/// The smallest amount that carries a figure, as a share of the largest amount the
/// timeline draws (its radius scale's top): a figure says "this is one of the big
/// ones", so a small deal that happens to have room does not get one.
pub const FIGURE_SHARE: f64 = 0.1;

/// Something else drawn in a row that figures must keep clear of (the selected event's
/// mark drawn out of its badge): its lane and row, and its pixel span.
pub type Obstacle = ((usize, u16), (f64, f64));

/// A figure to write beside a drawn mark.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    /// The mark, by its position in `TimelineData::marks`.
    pub mark: usize,
    /// Where the text is anchored, in pixels: its start when `before` is false, its end
    /// when it is true.
    pub x: f64,
    /// Whether the figure sits before (left of) its mark.
    pub before: bool,
    /// The pixels it takes, from its left end to its right.
    pub span: (f64, f64),
}

/// How far a mark reaches either side of its centre, with its ring, spikes and outline.
pub fn mark_reach(mark: &Mark) -> f64 {
    match (mark.shape, mark.range) {
        (MarkShape::Diamond, _) => DIAMOND + 1.0,
        (MarkShape::Circle, Some(RangeKind::AtLeast)) => mark.floor_radius + 6.0 + 1.0,
        (MarkShape::Circle, _) => mark.radius + 1.0,
    }
}

/// Places figures beside at most `max` of the drawn marks, the largest first.
///
/// `label(mark)` gives a mark's figure as its rank, the amount (larger is placed first;
/// under [`FIGURE_SHARE`] of the timeline's largest, none), and its width in pixels, or
/// `None` for a mark that has no figure. `plot` is the drawable pixel range and
/// `obstacles` whatever else the rows hold. The result is in the order the figures
/// were placed.
pub fn place_figures(
    data: &TimelineData,
    glyphs: &[Glyph],
    label: impl Fn(usize) -> Option<(f64, f64)>,
    plot: (f64, f64),
    max: usize,
    obstacles: &[Obstacle],
) -> Vec<Figure> {
    let (left, right) = (plot.0.min(plot.1), plot.0.max(plot.1));
    // What the rows already hold, as pixel spans: the glyphs, then the figures placed.
    // A plain list rather than a map by row: a few hundred glyphs are drawn at most,
    // and a map of a new key type would add its own code to the WebAssembly.
    let mut taken = row_spans(data, glyphs, obstacles);
    let least = data.radius_scale.max_value * FIGURE_SHARE;
    let mut candidates = Vec::new();
    for glyph in glyphs {
        if let Glyph::Mark { mark, x } = glyph
            && let Some(m) = data.marks.get(*mark)
            && let Some((rank, width)) =
                label(*mark).filter(|(r, w)| r.is_finite() && *r >= least && *w > 0.0)
        {
            candidates.push((rank, *x, *mark, width, mark_reach(m)));
        }
    }
    // The largest first; among equals, the earlier one, then the first mark.
    crate::core::order::sort_items(&mut candidates, &|a, b| {
        b.0.total_cmp(&a.0)
            .then(a.1.total_cmp(&b.1))
            .then(a.2.cmp(&b.2))
    });
    let mut placed = Vec::new();
    for (_, x, mark, width, reach) in candidates {
        if placed.len() >= max {
            break;
        }
        if !x.is_finite() {
            continue;
        }
        let m = &data.marks[mark];
        let row = (m.lane, m.stack);
        let after = (x + reach + FIGURE_GAP, x + reach + FIGURE_GAP + width);
        let before = (x - reach - FIGURE_GAP - width, x - reach - FIGURE_GAP);
        let free = |(a, b): (f64, f64)| {
            a >= left
                && b <= right
                && taken
                    .iter()
                    .filter(|(r, _)| *r == row)
                    .all(|&(_, (c, d))| b + FIGURE_GAP <= c || a >= d + FIGURE_GAP)
        };
        let side = if free(after) {
            Some((after, false))
        } else if free(before) {
            Some((before, true))
        } else {
            None
        };
        if let Some((span, before)) = side {
            taken.push((row, span));
            placed.push(Figure {
                mark,
                x: if before { span.1 } else { span.0 },
                before,
                span,
            });
        }
    }
    placed
}

/// What each row already holds, as pixel spans: `obstacles`, then every drawn glyph
/// with its full reach (a mark's ring and spikes, a badge's circle). Glyphs at no
/// finite position and marks that do not exist are left out.
pub fn row_spans(data: &TimelineData, glyphs: &[Glyph], obstacles: &[Obstacle]) -> Vec<Obstacle> {
    let mut spans = obstacles.to_vec();
    for glyph in glyphs {
        let (row, x, reach) = match glyph {
            Glyph::Mark { mark, x } => {
                let Some(m) = data.marks.get(*mark) else {
                    continue;
                };
                ((m.lane, m.stack), *x, mark_reach(m))
            }
            Glyph::Cluster {
                lane,
                row,
                x,
                count,
                ..
            } => ((*lane, *row), *x, badge_radius(*count) + 1.0),
        };
        if x.is_finite() {
            spans.push((row, (x - reach, x + reach)));
        }
    }
    spans
}

#[cfg(test)]
#[path = "figures_tests.rs"]
mod tests;
