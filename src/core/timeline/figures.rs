//! Figures beside the largest marks: "up to $100B" written next to its circle.
//!
//! Area alone is hard to read exactly, and the reader should not have to point at every
//! mark to learn the amounts that matter most, so the few largest marks in view carry
//! their figure as a label, the way a newspaper's graphic labels its key values. A
//! figure goes to the right of its mark, or else to the left, only where it touches no
//! other glyph of its row (a row is 40 px tall, so rows never collide), no figure
//! placed before it and no edge of the plot; a mark with no room goes without. The
//! largest amounts are placed first, so they win the room. A badge carries the figure
//! of the largest mark it holds ([`badge_lead`]): zoomed out, the largest deals are
//! mostly inside badges, and a picture whose figures all went to the small marks left
//! standing alone would name the wrong things.

use super::marks::{DIAMOND, Mark, MarkShape, RangeKind, Stroke};
use super::{Glyph, TimelineData, badge_radius};

/// Space between a mark's edge and its figure.
pub const FIGURE_GAP: f64 = 4.0;

/// Space a figure keeps from everything else in its row at its far end, four times
/// [`FIGURE_GAP`], so that it is read as its own mark's. A badge's figure written to
/// its left, 9 px from a diamond with no amount, read as the diamond's, and at 11 px a
/// design review still found it between the two.
pub const FIGURE_CLEARANCE: f64 = 16.0;

/// The smallest amount that carries a figure, as a share of the largest amount the
/// timeline draws (its radius scale's top): a figure says "this is one of the big
/// ones", so a small deal that happens to have room does not get one.
pub const FIGURE_SHARE: f64 = 0.1;

/// Something else drawn in a row that figures must keep clear of (the selected event's
/// mark drawn out of its badge): its lane and row, and its pixel span.
pub type Obstacle = ((usize, u16), (f64, f64));

/// How far a figure may move to clear its band's edge, in pixels. Further, the figure
/// stands apart from its mark (beyond the as-of line, in a design check), which misleads
/// more than a halo across a faint edge.
pub const MAX_BAND_SHIFT: f64 = 12.0;

/// Where figures are placed: the drawable pixel range, and how many pixels a day takes
/// there, which finds the edges of a mark's month or year band.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FigurePlot {
    pub range: (f64, f64),
    pub px_per_day: f64,
}

/// A figure to write beside a drawn mark or badge.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    /// The mark whose amount it is, by its position in `TimelineData::marks`: the mark
    /// drawn, or the largest a badge holds.
    pub mark: usize,
    /// The lane and row it is written in: the mark's, or its badge's.
    pub row: (usize, u16),
    /// Where the text is anchored, in pixels: its start when `before` is false, its end
    /// when it is true.
    pub x: f64,
    /// Whether the figure sits before (left of) its mark.
    pub before: bool,
    /// Whether it is a badge's, for the largest of the events the badge holds, which
    /// the interface words as such so that it is not read as the badge's total.
    pub badge: bool,
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

/// Places figures beside at most `max` of the drawn marks and badges, the largest first.
///
/// `rows(row)` says whether a lane's row wants figures (the interface asks for the rows
/// on screen). `label(mark, badge)` gives a mark's figure, or, with `badge` true, a
/// badge's for its [`badge_lead`], as its rank, the amount (larger is placed first;
/// under [`FIGURE_SHARE`] of the timeline's largest, none), and its width in pixels, or
/// `None` for no figure. `plot` is the drawable pixel range with its scale and
/// `obstacles` whatever else the rows hold. The result is in the order the figures were
/// placed.
///
/// A figure that would cross the edge of its own mark's band (start inside it and end
/// outside) moves just past the edge, where there is room and the edge is at most
/// [`MAX_BAND_SHIFT`] further: across the edge, its halo notched the band ("~$125B"
/// beside Amazon's 2026 estimate at 1440 px).
pub fn place_figures(
    data: &TimelineData,
    glyphs: &[Glyph],
    rows: impl Fn((usize, u16)) -> bool,
    label: impl Fn(usize, bool) -> Option<(f64, f64)>,
    plot: FigurePlot,
    max: usize,
    obstacles: &[Obstacle],
) -> Vec<Figure> {
    let (left, right) = (
        plot.range.0.min(plot.range.1),
        plot.range.0.max(plot.range.1),
    );
    // What the rows already hold, as pixel spans: the glyphs, then the figures placed.
    // A plain list rather than a map by row: a few hundred glyphs are drawn at most,
    // and a map of a new key type would add its own code to the WebAssembly.
    let mut taken = row_spans(data, glyphs, obstacles);
    let least = data.radius_scale.max_value * FIGURE_SHARE;
    let mut candidates = Vec::new();
    for glyph in glyphs {
        let (mark, row, x, reach, badge, band) = match glyph {
            Glyph::Mark { mark, x } => {
                let Some(m) = data.marks.get(*mark) else {
                    continue;
                };
                let row = (m.lane, m.stack);
                if !rows(row) {
                    continue;
                }
                (
                    *mark,
                    row,
                    *x,
                    mark_reach(m),
                    false,
                    band_edges(m, *x, plot.px_per_day),
                )
            }
            Glyph::Cluster {
                lane,
                row,
                x,
                count,
                marks,
                ..
            } => {
                // The lead is looked for only in rows that want figures: a frame at
                // 10,000 events holds many badges beyond them.
                let row = (*lane, *row);
                if !rows(row) {
                    continue;
                }
                let Some(lead) = badge_lead(data, marks.clone()) else {
                    continue;
                };
                (lead, row, *x, badge_radius(*count) + 1.0, true, None)
            }
        };
        if let Some((rank, width)) =
            label(mark, badge).filter(|(r, w)| r.is_finite() && *r >= least && *w > 0.0)
        {
            candidates.push((rank, x, mark, width, reach, row, badge, band));
        }
    }
    // The largest first; among equals, the earlier one, then the first mark.
    crate::core::order::sort_items(&mut candidates, &|a, b| {
        b.0.total_cmp(&a.0)
            .then(a.1.total_cmp(&b.1))
            .then(a.2.cmp(&b.2))
    });
    let mut placed = Vec::new();
    for (_, x, mark, width, reach, row, badge, band) in candidates {
        if placed.len() >= max {
            break;
        }
        if !x.is_finite() {
            continue;
        }
        let after = (x + reach + FIGURE_GAP, x + reach + FIGURE_GAP + width);
        let before = (x - reach - FIGURE_GAP - width, x - reach - FIGURE_GAP);
        // The same sides moved past the band's edge where they would cross it, by at
        // most MAX_BAND_SHIFT.
        let (after_clear, before_clear) = match band {
            Some((start, end)) => (
                (after.0 < end && end < after.1 && end + FIGURE_GAP - after.0 <= MAX_BAND_SHIFT)
                    .then_some((end + FIGURE_GAP, end + FIGURE_GAP + width)),
                (before.0 < start
                    && start < before.1
                    && before.1 - (start - FIGURE_GAP) <= MAX_BAND_SHIFT)
                    .then_some((start - FIGURE_GAP - width, start - FIGURE_GAP)),
            ),
            None => (None, None),
        };
        // Whether a span is free, keeping FIGURE_GAP on the side of its own mark (whose
        // span ends or starts exactly that far away) and FIGURE_CLEARANCE on the other.
        let free = |(a, b): (f64, f64), before: bool| {
            let (gap_left, gap_right) = if before {
                (FIGURE_CLEARANCE, FIGURE_GAP)
            } else {
                (FIGURE_GAP, FIGURE_CLEARANCE)
            };
            a >= left
                && b <= right
                && taken
                    .iter()
                    .filter(|(r, _)| *r == row)
                    .all(|&(_, (c, d))| b + gap_right <= c || a >= d + gap_left)
        };
        // Right, clear of the band's edge, else across it; then left alike. A figure
        // on the right is the rule in this chart, and one moved left of its mark for a
        // band's sake sat beside another mark and read as its. A figure moved past the
        // edge needs the whole stretch back to its own mark free: another mark in that
        // stretch would stand between the figure and its mark.
        let side = [
            (after_clear.map(|moved| ((after.0, moved.1), moved)), false),
            (Some((after, after)), false),
            (before_clear.map(|moved| ((moved.0, before.1), moved)), true),
            (Some((before, before)), true),
        ]
        .into_iter()
        .find_map(|(spot, before)| {
            spot.filter(|&(stretch, _)| free(stretch, before))
                .map(|(_, span)| (span, before))
        });
        if let Some((span, before)) = side {
            taken.push((row, span));
            placed.push(Figure {
                mark,
                row,
                x: if before { span.1 } else { span.0 },
                before,
                badge,
                span,
            });
        }
    }
    placed
}

/// The pixel edges of a mark's month or year band when its centre is drawn at `x`, or
/// `None` for a mark without a band or a scale that cannot place one.
fn band_edges(mark: &Mark, x: f64, px_per_day: f64) -> Option<(f64, f64)> {
    (mark.has_band() && px_per_day.is_finite() && px_per_day > 0.0).then_some((
        x - (mark.center_day - mark.day_start) * px_per_day,
        x + (mark.day_end - mark.center_day) * px_per_day,
    ))
}

/// Of the marks a badge whose members are `members` holds (the members and, in a lane's
/// first row, the stacks folded under them), the one drawn largest, the first among
/// equals; `None` when `members` holds no such mark.
///
/// Estimates and cancelled deals do not lead. A badge's figure says what money is in
/// it, and an estimate is nobody's report of a deal: Amazon's estimated "~$125B" of
/// spending in 2026 gave the Amazon lane's badge the only figure on a phone's opening
/// view, as if it were the largest deal in the data, though the details panel's
/// largest deals leave estimates out. A cancelled deal counts nothing, so it has no
/// figure to give.
///
/// `TimelineData::marks` is sorted by lane, row, centre and start, and the marks stacked
/// under a member share its span, so each is found by a binary search: a frame's badges
/// cost their members' stacks, not the whole timeline.
pub fn badge_lead(data: &TimelineData, members: std::ops::Range<usize>) -> Option<usize> {
    let marks = &data.marks;
    let mut lead: Option<usize> = None;
    let mut consider = |i: usize| {
        if matches!(marks[i].stroke, Stroke::Hollow | Stroke::Cancelled) {
            return;
        }
        if lead.is_none_or(|l| marks[i].radius.total_cmp(&marks[l].radius).is_gt()) {
            lead = Some(i);
        }
    };
    for m in members {
        let Some(top) = marks.get(m) else {
            continue;
        };
        consider(m);
        if top.stack != 0 {
            continue;
        }
        for row in 1..top.stack_height {
            let at = marks.partition_point(|x| {
                (x.lane, x.stack)
                    .cmp(&(top.lane, row))
                    .then(x.center_day.total_cmp(&top.center_day))
                    .then(x.day_start.total_cmp(&top.day_start))
                    .is_lt()
            });
            if marks.get(at).is_some_and(|below| {
                (below.lane, below.stack) == (top.lane, row)
                    && below.day_start == top.day_start
                    && below.day_end == top.day_end
            }) {
                consider(at);
            }
        }
    }
    lead
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

#[cfg(test)]
#[path = "figures_band_tests.rs"]
mod band_tests;
