//! The timeline's layout: lanes, marks and clusters, as plain data.
//!
//! The timeline draws one horizontal lane per group (recipient, investor or event kind)
//! and each dated event as a mark along a time axis. The work is split in two. [`layout`]
//! runs when the data, the filter or the grouping changes: it assigns events to lanes
//! ([`lanes()`]), sizes and styles a [`Mark`] per event in days rather than pixels, and
//! stacks events that share a date span into rows.
//! [`cluster_into`] runs on every zoom or pan frame: it turns days into pixels, merges
//! marks that would overlap into cluster badges and drops whatever is off screen, in
//! time proportional to what is drawn. Nothing here knows about the DOM; the interface
//! turns [`TimelineData`] and [`Glyph`]s into SVG.

pub mod band_titles;
mod cluster;
pub mod describe;
pub mod encodings;
pub mod figures;
mod lanes;
mod marks;
pub mod overview;
pub mod play_end;
mod popout;
pub mod preview;
mod stack;
#[cfg(test)]
mod testkit;
#[cfg(test)]
mod tests;
pub mod title_text;
pub mod titles;
pub mod window;

pub use cluster::{Glyph, Viewport, badge_radius, cluster, cluster_into, lane_rows_at};
pub use lanes::{Lane, NO_ENTITY_LABEL, NO_INVESTOR_LABEL, UNNAMED_LANE_KEY, lanes, undated};
pub use marks::{
    DIAMOND, MAX_RADIUS, MIN_RADIUS, Mark, MarkShape, RangeKind, Stroke, range_kind, stroke,
    usable_amount,
};
pub use popout::{PoppedOut, popped_out};
pub use stack::Track;

use std::collections::HashSet;

use crate::core::date::DayNumber;
use crate::core::index::Atlas;
use crate::core::link::LaneGrouping;
use crate::core::scale::SqrtScale;

/// Everything the timeline draws that does not depend on zoom or pan.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineData {
    /// The lanes, top to bottom.
    pub lanes: Vec<Lane>,
    /// One mark per placed event, sorted by lane, row and centre day. `tracks` and the
    /// glyphs of [`cluster_into`] refer to marks by position in this vector.
    pub marks: Vec<Mark>,
    /// For each lane, how many rows its stacks need (at least one).
    pub lane_rows: Vec<u16>,
    /// The runs of `marks` that share a lane and a row, in the order of `marks`.
    pub tracks: Vec<Track>,
    /// The scale that sized the marks, for drawing a legend that matches them.
    pub radius_scale: SqrtScale,
    /// The first and last day (inclusive) that any placed event covers, for
    /// `TimeScale::fit`; `None` when nothing is placed.
    pub extent: Option<(DayNumber, DayNumber)>,
    /// How many of the events asked for have no date and so are not on the timeline.
    pub undated: usize,
}

impl TimelineData {
    /// For each lane, the number of rows above it: lane `i` starts at row
    /// `lane_offsets()[i]`, and the last entry is the total number of rows.
    pub fn lane_offsets(&self) -> Vec<u32> {
        offsets_of(&self.lane_rows)
    }

    /// The positions in `marks` of the marks drawing any of `events`, in order.
    pub fn marks_of(&self, events: &HashSet<usize>) -> Vec<usize> {
        if events.is_empty() {
            return Vec::new();
        }
        (0..self.marks.len())
            .filter(|&m| events.contains(&self.marks[m].event))
            .collect()
    }

    /// The members a cluster badge must have to hold one of the marks at `positions`:
    /// each mark itself and, for a mark stacked under another, its stack's top (see
    /// [`Self::badge_holds`]). A badge over `start..end` holds one of them exactly when
    /// a position in `start..end` is in the set, which costs a badge its length rather
    /// than the number of marks asked about.
    pub fn badge_members(&self, positions: &[usize]) -> HashSet<usize> {
        positions
            .iter()
            .flat_map(|&m| [Some(m), self.stack_top(m)])
            .flatten()
            .filter(|&m| m < self.marks.len())
            .collect()
    }
}

/// The days `marks` cover, from the earliest start to the latest end. Marks are ordered
/// by their centre day, so a month- or year-long mark may start before the marks ahead
/// of it, and end after those behind it. No marks cover (∞, −∞).
pub fn days_of(marks: &[Mark]) -> (f64, f64) {
    marks
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), m| {
            (lo.min(m.day_start), hi.max(m.day_end))
        })
}

/// For lanes of `lane_rows` rows each (every stack open, or as [`lane_rows_at`] says
/// for one zoom), the number of rows above each lane, and the total at the end.
pub fn offsets_of(lane_rows: &[u16]) -> Vec<u32> {
    let mut offsets = Vec::with_capacity(lane_rows.len() + 1);
    let mut rows = 0u32;
    offsets.push(rows);
    for &count in lane_rows {
        rows = rows.saturating_add(u32::from(count));
        offsets.push(rows);
    }
    offsets
}

/// Lays out `events` (indices into the atlas's dataset, usually `Filtered::events`) in
/// lanes by `grouping`: everything the timeline needs except the per-frame clustering.
///
/// The output depends only on the inputs, never on their order beyond what the lane
/// rules say, and no input panics: bad indices are skipped and repeats count once.
pub fn layout(atlas: &Atlas, events: &[usize], grouping: LaneGrouping) -> TimelineData {
    let lanes = lanes::lanes(atlas, events, grouping);
    let (mut marks, radius_scale) = marks::marks(atlas, &lanes);
    let (lane_rows, tracks) = stack::stack(&mut marks, lanes.len());
    let extent = marks.iter().fold(None, |extent, mark| {
        // Marks are built from whole day numbers, so these casts are exact.
        let first = mark.day_start as DayNumber;
        let last = mark.day_end as DayNumber - 1;
        Some(match extent {
            None => (first, last),
            Some((a, b)) => (first.min(a), last.max(b)),
        })
    });
    TimelineData {
        lanes,
        marks,
        lane_rows,
        tracks,
        radius_scale,
        extent,
        undated: lanes::undated(atlas, events),
    }
}
