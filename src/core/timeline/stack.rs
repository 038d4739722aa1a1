//! Stacking: events in one lane with the very same date span go into separate rows, and
//! the marks are sorted into tracks (one lane's row) for the per-frame pass.

use std::cmp::Ordering;
use std::ops::Range;

use super::marks::Mark;

/// The marks of one row of one lane: a contiguous run of `TimelineData::marks`, sorted
/// by centre day, which is what lets the per-frame pass binary-search it.
#[derive(Debug, Clone, PartialEq)]
pub struct Track {
    pub lane: usize,
    pub row: u16,
    /// The track's marks, as positions in `TimelineData::marks`.
    pub marks: Range<usize>,
    /// The largest distance in days from a mark's centre to the end of its span: how
    /// far a band may reach into view while its centre is outside it.
    pub max_half_span: f64,
}

/// Gives each mark its row and its stack's height, sorts the marks by lane, row and centre day, and returns how
/// many rows each of `lane_count` lanes needs and the tracks.
///
/// Marks in one lane with identical spans (the same day, or the same month at month
/// precision, and so on) take rows 0, 1, 2… in order of event id, so the stack reads the
/// same way every time. Marks whose spans merely overlap share a row: clustering, not
/// stacking, keeps those apart. Rows saturate at `u16::MAX`, far beyond anything
/// drawable. Marks whose lane is not below `lane_count` are dropped.
pub fn stack(marks: &mut Vec<Mark>, lane_count: usize) -> (Vec<u16>, Vec<Track>) {
    // Marks arrive lane by lane, each lane in order of date and then event id (see
    // `lanes`), and both sorts here are stable, so ties keep id order without comparing
    // ids: string comparisons were most of the cost at 10,000 events.
    marks.retain(|m| m.lane < lane_count);
    crate::core::order::sort_items(marks, &|a, b| {
        a.lane
            .cmp(&b.lane)
            .then(a.day_start.total_cmp(&b.day_start))
            .then(a.day_end.total_cmp(&b.day_end))
    });
    let mut lane_rows = vec![1u16; lane_count];
    for i in 1..marks.len() {
        let (before, here) = (marks[i - 1], &mut marks[i]);
        if before.lane == here.lane && same_span(&before, here) {
            here.stack = before.stack.saturating_add(1);
            lane_rows[here.lane] = lane_rows[here.lane].max(here.stack.saturating_add(1));
        } else {
            here.stack = 0;
        }
    }
    if let Some(first) = marks.first_mut() {
        first.stack = 0;
    }
    // Every member of a stack learns its height from the top one, walking back.
    let mut height = 1u16;
    for mark in marks.iter_mut().rev() {
        height = height.max(mark.stack.saturating_add(1));
        mark.stack_height = height;
        if mark.stack == 0 {
            height = 1;
        }
    }
    crate::core::order::sort_items(marks, &track_order);
    (lane_rows, tracks(marks))
}

/// The order of marks in `TimelineData::marks`: by lane, row, then centre, then start.
/// Within a track two marks never share both centre and start (they would share the
/// span, and so a row), so the final tie-break by id only matters for hostile input.
fn track_order(a: &Mark, b: &Mark) -> Ordering {
    a.lane
        .cmp(&b.lane)
        .then(a.stack.cmp(&b.stack))
        .then(a.center_day.total_cmp(&b.center_day))
        .then(a.day_start.total_cmp(&b.day_start))
}

/// True when two marks cover exactly the same days.
fn same_span(a: &Mark, b: &Mark) -> bool {
    a.day_start == b.day_start && a.day_end == b.day_end
}

/// The runs of marks sorted by `track_order` that share a lane and a row.
fn tracks(marks: &[Mark]) -> Vec<Track> {
    let mut tracks: Vec<Track> = Vec::new();
    for (i, mark) in marks.iter().enumerate() {
        let half_span = (mark.day_end - mark.center_day).max(mark.center_day - mark.day_start);
        match tracks.last_mut() {
            Some(track) if track.lane == mark.lane && track.row == mark.stack => {
                track.marks.end = i + 1;
                track.max_half_span = track.max_half_span.max(half_span);
            }
            _ => tracks.push(Track {
                lane: mark.lane,
                row: mark.stack,
                marks: i..i + 1,
                max_half_span: half_span,
            }),
        }
    }
    tracks
}

#[cfg(test)]
mod tests;
