//! The per-frame pass: which marks and cluster badges to draw, and where, at the current
//! zoom and pan.
//!
//! Marks in one track (a lane's row) that would land closer than a minimum separation
//! merge into a cluster badge. The separation is in pixels, so a cluster splits apart as
//! the reader zooms in. A stack (marks of one lane that share their exact date span, in
//! rows below row 0) folds into the cluster its top mark joins, so a lane is only as tall
//! as the stacks drawn open at the current zoom ([`lane_rows_at`]); without this, one
//! date with many reports would make its lane fill the screen in an overview where it is
//! a single dot. Only glyphs that reach into the visible range are returned, which
//! is what keeps the page small with 10,000 events: the work is a binary search per track
//! and then proportional to what is drawn, with no allocation once the output buffer has
//! grown.

use std::ops::Range;

use crate::core::scale::TimeScale;

use super::TimelineData;
use super::marks::Mark;
use super::stack::Track;

/// A badge's radius for `count` events, in pixels: it grows slowly with the count, so a
/// badge of 100 is not much larger than one of 10.
pub fn badge_radius(count: usize) -> f64 {
    9.0 + (count.max(1) as f64).log10() * 3.5
}

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
        /// The members in this row, as a range of `TimelineData::marks` (in date order).
        marks: Range<usize>,
        /// How many marks of the rows below folded into the badge: the rest of the
        /// stacks under its members, which share their members' spans. `count`
        /// includes them.
        folded: usize,
        /// The days the members cover, from the earliest start to the latest end
        /// ([`super::days_of`]), so that a click can zoom to fit them.
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
    // Tracks come lane by lane, row 0 first, so a stacked row always finds the glyphs
    // of its lane's row 0 already in `out`.
    let mut top: Option<(&Track, Range<usize>)> = None;
    for track in &data.tracks {
        let Some(marks) = data.marks.get(track.marks.clone()) else {
            continue;
        };
        match top.as_ref() {
            Some((row0, glyphs)) if track.row > 0 && row0.lane == track.lane => {
                let (row0, glyphs) = (*row0, glyphs.clone());
                frame.stacked(data, row0, glyphs, track, marks, out);
            }
            _ => {
                let start = out.len();
                frame.track(track, marks, out);
                top = (track.row == 0).then_some((track, start..out.len()));
            }
        }
    }
}

/// For each lane, how many rows it needs at `view`'s zoom: the height of its tallest
/// stack that is drawn open, because its top mark stands alone rather than in a
/// cluster; one row when every stack is folded. An unusable view needs one row per lane.
///
/// Stacks whose band or circle reaches within a view's width of the view count too, so
/// a lane grows before its stack comes into sight; further ones do not, or a window
/// years from a lane's one tall stack showed that lane as a tall empty band.
pub fn lane_rows_at(data: &TimelineData, view: &Viewport) -> Vec<u16> {
    let mut rows = vec![1u16; data.lanes.len()];
    let Some(frame) = Frame::new(data, view) else {
        return rows;
    };
    let (from, to) = frame.days;
    let (near_from, near_to) = (2.0 * from - to, 2.0 * to - from);
    let near = |mark: &Mark| {
        let (first, last) = frame.extent(mark);
        last >= near_from && first <= near_to
    };
    for track in data.tracks.iter().filter(|t| t.row == 0) {
        let Some(marks) = data.marks.get(track.marks.clone()) else {
            continue;
        };
        let mut i = 0;
        while i < marks.len() {
            let (end, _) = frame.run(marks, i, frame.x(&marks[i]));
            if end - i == 1
                && near(&marks[i])
                && let Some(lane) = rows.get_mut(track.lane)
            {
                *lane = (*lane).max(marks[i].stack_height);
            }
            i = end;
        }
    }
    rows
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
            let (end, centre) = self.run(marks, i, first_x);
            if let Some(next) = marks.get(end) {
                x = self.x(next);
            }
            let members = &marks[i..end];
            let extent = members
                .iter()
                .map(|m| self.extent(m))
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), (a, b)| {
                    (lo.min(a), hi.max(b))
                });
            if self.shows(extent) {
                let start = track.marks.start;
                out.push(if end - i == 1 {
                    Glyph::Mark {
                        mark: start + i,
                        x: first_x,
                    }
                } else {
                    let days = super::days_of(members);
                    // Stacks hang only under row 0, and each member's stack folds in.
                    let folded = if track.row == 0 {
                        members
                            .iter()
                            .map(|m| usize::from(m.stack_height.saturating_sub(1)))
                            .sum()
                    } else {
                        0
                    };
                    Glyph::Cluster {
                        lane: track.lane,
                        row: track.row,
                        x: centre,
                        count: end - i + folded,
                        marks: start + i..start + end,
                        folded,
                        days,
                    }
                });
            }
            i = end;
        }
    }

    /// The greedy step: the end (exclusive) of the run of marks that merge with
    /// `marks[i]`, which sits at pixel `first_x`, and the run's centre.
    fn run(&self, marks: &[Mark], i: usize, first_x: f64) -> (usize, f64) {
        let mut centre = first_x;
        let mut end = i + 1;
        while let Some(next) = marks.get(end) {
            let x = self.x(next);
            if (x - centre).abs() >= self.separation {
                break;
            }
            centre = (first_x + x) / 2.0;
            end += 1;
        }
        (end, centre)
    }

    /// Appends the visible marks of a stacked row (row 1 and below) of the lane whose
    /// row 0 is `row0`, drawn as `out[row0_glyphs]`. A mark whose stack's top mark is in
    /// a cluster is left out, being counted in that badge (see `track`); the others are
    /// drawn. A stacked mark and its top mark cover the same days, so they are in view
    /// together. They never need
    /// clustering among themselves: open stacks have lone top marks, which are at least
    /// the separation apart, and a stack's marks share its top mark's centre.
    fn stacked(
        &self,
        data: &TimelineData,
        row0: &Track,
        row0_glyphs: Range<usize>,
        track: &Track,
        marks: &[Mark],
        out: &mut Vec<Glyph>,
    ) {
        let reach = self.margin_days.max(track.max_half_span);
        let (low, high) = (self.days.0 - reach, self.days.1 + reach);
        let first = marks.partition_point(|m| m.center_day < low);
        let tops = data.marks.get(row0.marks.clone()).unwrap_or(&[]);
        for (offset, mark) in marks.iter().enumerate().skip(first) {
            if mark.center_day > high {
                break;
            }
            if !self.shows(self.extent(mark)) {
                continue;
            }
            let top = top_among(tops, mark).map(|at| row0.marks.start + at);
            let glyph = top.and_then(|top| {
                let glyphs = out.get(row0_glyphs.clone())?;
                let at = glyphs
                    .partition_point(|g| first_mark(g) <= top)
                    .checked_sub(1)?;
                Some(row0_glyphs.start + at)
            });
            let folded = match glyph.and_then(|at| out.get(at)) {
                Some(Glyph::Cluster { marks: members, .. }) => {
                    top.is_some_and(|top| members.contains(&top))
                }
                _ => false,
            };
            if !folded {
                out.push(Glyph::Mark {
                    mark: track.marks.start + offset,
                    x: self.x(mark),
                });
            }
        }
    }

    /// True when a glyph covering the days `extent` reaches into the visible range.
    fn shows(&self, extent: (f64, f64)) -> bool {
        extent.1 >= self.days.0 && extent.0 <= self.days.1
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

/// Where in `tops` (a lane's row 0, in track order) the top of `mark`'s stack is: the
/// mark with the same span.
fn top_among(tops: &[Mark], mark: &Mark) -> Option<usize> {
    let at =
        tops.partition_point(|t| (t.center_day, t.day_start) < (mark.center_day, mark.day_start));
    tops.get(at)
        .filter(|t| t.day_start == mark.day_start && t.day_end == mark.day_end)
        .map(|_| at)
}

/// The first member of a glyph, as a position in `TimelineData::marks`.
fn first_mark(glyph: &Glyph) -> usize {
    match glyph {
        Glyph::Mark { mark, .. } => *mark,
        Glyph::Cluster { marks, .. } => marks.start,
    }
}

mod holds;

#[cfg(test)]
mod tests;
