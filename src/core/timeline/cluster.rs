//! The per-frame pass: which marks and cluster badges to draw, and where, at the current
//! zoom and pan.
//!
//! Marks in one track (a lane's row) that would land closer than a minimum separation
//! merge into a cluster badge. The separation is in pixels, so a cluster splits apart as
//! the reader zooms in. Only glyphs that reach into the visible range are returned, which
//! is what keeps the page small with 10,000 events: the work is a binary search per track
//! and then proportional to what is drawn, with no allocation once the output buffer has
//! grown.

use std::ops::Range;

use crate::core::scale::TimeScale;

use super::TimelineData;
use super::marks::Mark;
use super::stack::Track;

/// What the reader is looking at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// Days to pixels at the current zoom and pan.
    pub scale: TimeScale,
    /// The pixel range on screen, in either order.
    pub visible: (f64, f64),
    /// Marks closer than this many pixels merge into a cluster. Zero, negative or NaN
    /// turns clustering off.
    pub min_separation: f64,
}

/// One thing to draw on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub enum Glyph {
    /// A single mark, `TimelineData::marks[mark]`, centred at pixel `x`.
    Mark { mark: usize, x: f64 },
    /// Several marks of one lane's row drawn as one badge with a count.
    Cluster {
        lane: usize,
        row: u16,
        /// The badge's centre: halfway between its first and last member.
        x: f64,
        count: usize,
        /// The members, as a range of `TimelineData::marks` (in date order).
        marks: Range<usize>,
        /// The days the members cover, from the first start to the last end, so that a
        /// click can zoom to fit them.
        days: (f64, f64),
    },
}

impl Glyph {
    /// The glyph's centre in pixels.
    pub fn x(&self) -> f64 {
        match self {
            Glyph::Mark { x, .. } | Glyph::Cluster { x, .. } => *x,
        }
    }
}

/// The glyphs to draw at `view`; see [`cluster_into`].
pub fn cluster(data: &TimelineData, view: &Viewport) -> Vec<Glyph> {
    let mut out = Vec::new();
    cluster_into(data, view, &mut out);
    out
}

/// Replaces the contents of `out` with the glyphs to draw at `view`, track by track
/// (lane, then row) and in date order within a track. Reusing `out` from frame to frame
/// avoids allocating.
///
/// Clustering is greedy in date order, which is left to right on an ordinary axis: a
/// mark joins the open cluster when it lies closer than `min_separation` to the
/// cluster's centre, and the centre is kept halfway between the first and last members.
/// Consecutive glyphs in a track are therefore always at least `min_separation` apart,
/// and a cluster is never wider than twice it.
///
/// A glyph is returned when any of its members reaches into the visible range: its
/// circle (with a margin of one maximum radius, so that marks slide in rather than pop)
/// or its date band. Which marks merge never depends on the pan: the pass starts from
/// a mark far enough from its predecessor that it must open a cluster whatever came
/// before, so badges do not reshuffle while dragging. That walk back is the only work
/// beyond what is drawn, and it is long only inside an unbroken dense run.
///
/// A scale that maps no day to a finite pixel, or a visible range that is not finite,
/// yields nothing.
pub fn cluster_into(data: &TimelineData, view: &Viewport, out: &mut Vec<Glyph>) {
    out.clear();
    let Some(frame) = Frame::new(data, view) else {
        return;
    };
    for track in &data.tracks {
        if let Some(marks) = data.marks.get(track.marks.clone()) {
            frame.track(track, marks, out);
        }
    }
}

/// A viewport turned into the numbers the inner loop needs.
struct Frame {
    scale: TimeScale,
    separation: f64,
    /// The margin around each mark's centre, in days.
    margin_days: f64,
    /// The visible days, ascending.
    days: (f64, f64),
}

impl Frame {
    fn new(data: &TimelineData, view: &Viewport) -> Option<Self> {
        let px_per_day = view.scale.px_per_day();
        let (v0, v1) = view.visible;
        if !(px_per_day.is_finite() && px_per_day > 0.0 && v0.is_finite() && v1.is_finite()) {
            return None;
        }
        let (d0, d1) = (view.scale.invert(v0), view.scale.invert(v1));
        if !(d0.is_finite() && d1.is_finite()) {
            return None;
        }
        let margin = data.radius_scale.max_radius;
        let margin = if margin.is_finite() {
            margin.max(0.0)
        } else {
            0.0
        };
        let separation = view.min_separation;
        Some(Self {
            scale: view.scale,
            separation: if separation > 0.0 { separation } else { 0.0 },
            margin_days: margin / px_per_day,
            days: (d0.min(d1), d0.max(d1)),
        })
    }

    /// Appends the visible glyphs of one track.
    fn track(&self, track: &Track, marks: &[Mark], out: &mut Vec<Glyph>) {
        let reach = self.margin_days.max(track.max_half_span);
        let (low, high) = (self.days.0 - reach, self.days.1 + reach);
        let mut i = marks.partition_point(|m| m.center_day < low);
        if i == marks.len() {
            return;
        }
        // Back up to a mark that opens a cluster whatever precedes it; see `cluster_into`.
        let mut x = self.x(&marks[i]);
        while i > 0 {
            let before = self.x(&marks[i - 1]);
            if (x - before).abs() >= self.separation {
                break;
            }
            i -= 1;
            x = before;
        }
        while i < marks.len() && marks[i].center_day <= high {
            let first_x = x;
            let mut centre = first_x;
            let mut extent = self.extent(&marks[i]);
            let mut days = (marks[i].day_start, marks[i].day_end);
            let mut end = i + 1;
            while let Some(next) = marks.get(end) {
                x = self.x(next);
                if (x - centre).abs() >= self.separation {
                    break;
                }
                centre = (first_x + x) / 2.0;
                let (lo, hi) = self.extent(next);
                extent = (extent.0.min(lo), extent.1.max(hi));
                days = (days.0.min(next.day_start), days.1.max(next.day_end));
                end += 1;
            }
            if extent.1 >= self.days.0 && extent.0 <= self.days.1 {
                let start = track.marks.start;
                out.push(if end - i == 1 {
                    Glyph::Mark {
                        mark: start + i,
                        x: first_x,
                    }
                } else {
                    Glyph::Cluster {
                        lane: track.lane,
                        row: track.row,
                        x: centre,
                        count: end - i,
                        marks: start + i..start + end,
                        days,
                    }
                });
            }
            i = end;
        }
    }

    fn x(&self, mark: &Mark) -> f64 {
        self.scale.apply(mark.center_day)
    }

    /// The days a mark covers on screen: its band, or its circle plus margin if wider.
    fn extent(&self, mark: &Mark) -> (f64, f64) {
        (
            mark.day_start.min(mark.center_day - self.margin_days),
            mark.day_end.max(mark.center_day + self.margin_days),
        )
    }
}

#[cfg(test)]
mod tests;
