//! Titles inside bands whose marks are out of view.
//!
//! A report dated only to January is drawn as a mark at mid-month with a band across the
//! month. Zoomed in on the month's last ten days, the mark is off the plot and only its
//! band shows: seven tinted rows with nothing to say what they are. So a band whose
//! mark is out of view is named inside the part of it that shows, from its visible
//! start, in whatever room the marks in view and their titles leave in its row.

use super::figures::{Obstacle, mark_reach, row_spans};
use super::titles::{
    TITLE_CHAR_WIDTH, TITLE_CLEARANCE, TITLE_MIN_CHARS, TITLE_SHARED_GAP, TitleRoom, split,
};
use super::{Glyph, TimelineData};
use crate::core::order::sort_indices;

/// Space between the start of a band that begins inside the plot and its title, so the
/// title reads as inside the band rather than as running on from what precedes it.
pub const BAND_TITLE_INSET: f64 = 6.0;

/// Adds to `rooms`, the titles of the marks in view (from
/// [`super::titles::title_rooms`]), which come first, the room inside the visible band
/// of each drawn mark whose own circle or diamond is out of `plot` (and for which
/// `title_width(mark)` gives its whole title's width, `None` for none); `obstacles`
/// are the spans of the figures and anything else drawn in a row. A band at
/// `px_per_day` pixels a day (its mark's centre at the glyph's `x`) is named from where
/// it enters the plot ([`TITLE_CLEARANCE`] clear of the plot's left edge, where the
/// lanes' names end, or [`BAND_TITLE_INSET`] inside a band that starts in the plot) up
/// to the first of: its end, the plot's edge, or [`TITLE_SHARED_GAP`] before the next
/// glyph, figure, obstacle or title of its row. A band with less room than
/// [`TITLE_MIN_CHARS`] there, or whose start is taken (something reaches within
/// [`TITLE_CLEARANCE`] of it), goes without. A title written before its mark takes its
/// room from the plot's edge, mostly empty since its words end at the mark: over the
/// band's start, it gives the band the first share of that room ([`split`] by what each
/// title needs whole) if each share holds [`TITLE_MIN_CHARS`] ([`TITLE_SHARED_GAP`]
/// between them), and keeps the second. The bands' rooms are added in the order of
/// `glyphs`.
pub fn band_title_rooms(
    data: &TimelineData,
    glyphs: &[Glyph],
    obstacles: &[Obstacle],
    rooms: &mut Vec<TitleRoom>,
    plot: (f64, f64),
    px_per_day: f64,
    title_width: impl Fn(usize) -> Option<f64>,
) {
    let (left, right) = (plot.0.min(plot.1), plot.0.max(plot.1));
    let min_width = TITLE_MIN_CHARS as f64 * TITLE_CHAR_WIDTH;
    if !(px_per_day.is_finite() && px_per_day > 0.0) {
        return;
    }
    // The marks out of view with a band (a day's mark has none drawn, however wide its
    // day is zoomed in), each with where its title would start and its band end. Most
    // frames have none, and cost no more than this look.
    let out_of_view: Vec<(usize, f64, f64, f64)> = glyphs
        .iter()
        .filter_map(|glyph| {
            let Glyph::Mark { mark, x } = *glyph else {
                return None;
            };
            let m = data.marks.get(mark)?;
            let reach = mark_reach(m);
            let in_view = x + reach >= left && x - reach <= right;
            if !x.is_finite() || in_view || !m.has_band() {
                return None;
            }
            let need = title_width(mark)?;
            let band_start = x + (m.day_start - m.center_day) * px_per_day;
            let band_end = x + (m.day_end - m.center_day) * px_per_day;
            let start = if band_start > left + TITLE_CLEARANCE {
                band_start + BAND_TITLE_INSET
            } else {
                left + TITLE_CLEARANCE
            };
            Some((mark, start, band_end.min(right), need))
        })
        .collect();
    if out_of_view.is_empty() {
        return;
    }
    // What a band's title keeps clear of: the glyphs, figures, obstacles and titles of
    // its row, sorted by row so that each band looks only at its own (by index: the
    // shared index sort adds no code, a sort of a new type would). Titles written
    // before their marks are not among them: they take their room from the plot's edge,
    // most of it empty (their words end at their mark), and share it below.
    let row_of = |mark: usize| data.marks.get(mark).map(|m| (m.lane, m.stack));
    let mut unsorted = row_spans(data, glyphs, obstacles);
    unsorted.extend(
        rooms
            .iter()
            .filter(|r| !r.before)
            .filter_map(|r| Some((row_of(r.mark)?, (r.x, r.x + r.width)))),
    );
    let mut order: Vec<usize> = (0..unsorted.len()).collect();
    sort_indices(&mut order, &|a, b| unsorted[a].0.cmp(&unsorted[b].0));
    let spans: Vec<Obstacle> = order.iter().map(|&i| unsorted[i]).collect();
    let mut out = Vec::new();
    for (mark, start, band_end, need) in out_of_view {
        let m = data.marks[mark];
        let row = (m.lane, m.stack);
        let first = spans.partition_point(|s| s.0 < row);
        let last = spans.partition_point(|s| s.0 <= row);
        // Band titles placed so far in this row count too: out of view, two bands of
        // one row are rare, so they are few.
        let others = out
            .iter()
            .filter(|r: &&TitleRoom| row_of(r.mark) == Some(row))
            .map(|r| (row, (r.x, r.x + r.width)));
        let mut end = band_end;
        for (_, (from, to)) in spans[first..last].iter().copied().chain(others) {
            // Something drawn over the title's start (the mark's own glyph, out of
            // view, never is) takes it. The first thing after the start ends it, well
            // before: a title ending just before a mark reads as that mark's.
            if from <= start && to > start - TITLE_CLEARANCE {
                end = f64::NEG_INFINITY;
            } else if from > start {
                end = end.min(from - TITLE_SHARED_GAP);
            }
        }
        // A title written before its mark, over the band's start, gives the band the
        // first share of its room if each share holds a title (and only once the band's
        // title is sure to be written); one starting after the band's start ends the
        // band's title like anything else.
        let mut shared = None;
        for (at, before) in rooms.iter().enumerate() {
            if !before.before || row_of(before.mark) != Some(row) {
                continue;
            }
            let before_end = before.x + before.width;
            if before_end <= start - TITLE_CLEARANCE {
                continue;
            }
            if before.x > start {
                end = end.min(before.x - TITLE_SHARED_GAP);
                continue;
            }
            let available = before_end - start - TITLE_SHARED_GAP;
            let need = need.min(end - start);
            match split(available, Some(need), title_width(before.mark)) {
                Some((share, _)) if end - start >= min_width => {
                    end = start + share.min(end - start);
                    shared = Some((at, end + TITLE_SHARED_GAP, before_end));
                }
                _ => end = f64::NEG_INFINITY,
            }
        }
        let width = end - start;
        if width >= min_width {
            if let Some((at, x, before_end)) = shared {
                rooms[at].x = x;
                rooms[at].width = before_end - x;
            }
            out.push(TitleRoom {
                mark,
                x: start,
                width,
                before: false,
            });
        }
    }
    rooms.extend(out);
}

#[cfg(test)]
#[path = "band_titles_tests.rs"]
mod tests;
