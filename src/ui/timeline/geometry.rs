//! The timeline's fixed measures and the shared, cheaply compared handle to its layout.

use std::sync::Arc;

use crate::core::timeline::{Glyph, TimelineData};

/// Height of one lane row, in pixels: room for the largest circle and its stroke.
pub const ROW: f64 = 40.0;
/// Height of the time axis band at the top.
pub const AXIS: f64 = 46.0;
/// Width of the lane-label gutter on wide screens and on phones.
pub const GUTTER: f64 = 168.0;
pub const GUTTER_NARROW: f64 = 96.0;
/// Room the drawing keeps right of the plot, for tick labels and the strokes of marks
/// at its edge.
pub const RIGHT_PAD: f64 = 16.0;
/// Marks closer than this many pixels merge into a count badge. It is a badge's width
/// (a two-digit count's circle), so neighbouring badges never overlap.
pub const SEPARATION: f64 = 26.0;
/// Extra rows drawn above and below the scrolled view, so scrolling never shows gaps.
pub const ROW_MARGIN: u32 = 3;

/// A layout behind an `Arc`, compared by identity: a memo holding it notifies only when
/// the layout was recomputed, without comparing ten thousand marks.
#[derive(Clone)]
pub struct Shared(pub Arc<TimelineData>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Shared {
    type Target = TimelineData;
    fn deref(&self) -> &TimelineData {
        &self.0
    }
}

/// Where a lane row's centre is, in pixels from the top of the plot.
pub fn row_center(offset_rows: u32, stack: u16) -> f64 {
    (f64::from(offset_rows) + f64::from(stack)) * ROW + ROW / 2.0
}

/// The row, counted from the top of the plot, that `glyph` is drawn in; `offsets` are
/// the rows above each lane.
pub fn glyph_row(data: &TimelineData, offsets: &[u32], glyph: &Glyph) -> u32 {
    let (lane, row) = match glyph {
        Glyph::Mark { mark, .. } => (data.marks[*mark].lane, data.marks[*mark].stack),
        Glyph::Cluster { lane, row, .. } => (*lane, *row),
    };
    offsets.get(lane).copied().unwrap_or(0) + u32::from(row)
}

/// Formats a pixel coordinate compactly for SVG attributes.
pub fn px(value: f64) -> String {
    crate::core::format::tenths(value)
}
