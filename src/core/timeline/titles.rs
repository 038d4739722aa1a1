//! Titles beside marks: "Amazon in talks to invest up to $50B…" written to the right of
//! its mark wherever its row has room, or before it where nothing else is.
//!
//! Zoomed in, a timeline is mostly rows of single marks with empty space beside them,
//! and identical diamonds stacked on one date say nothing until each is pointed at. An
//! annotated timeline in a newspaper writes what happened next to each mark, so this
//! one does too: a title starts just right of its mark (or of the mark's figure, when
//! the figure sits there) and runs up to the next thing drawn in its row or the plot's
//! edge, cut short at a word with an ellipsis when the room is smaller than the title.
//! A mark with less room than [`TITLE_MIN_CHARS`] goes without, so the picture never
//! fills with stubs.
//!
//! Read left to right, a label belongs to what precedes it, so a title goes left of
//! its mark only where nothing precedes it in its row: a mark near the plot's right
//! edge (the latest news, in a window that ends at the as-of date) with no room after
//! it, or on a phone with little, takes the room before it, its title ending just
//! before the mark or its figure. A mark after another mark's title, with no room after
//! it, shares that title's mostly empty room and is named just before it (or before its
//! figure, which would otherwise read as the other mark's amount; see `share_room`).

use super::figures::{FIGURE_GAP, Figure, Obstacle, mark_reach, row_spans};
use super::{Glyph, TimelineData};
use crate::core::order::sort_indices;

/// An estimate of a title's width per character, in pixels, at its 11 px regular
/// weight, for rooms (a mark needs room for [`TITLE_MIN_CHARS`]) and for a page that
/// cannot measure text: the widest of the bundled titles in DejaVu Sans, the widest of
/// the fonts the page may fall back to, measured 6.26 px a character in Chromium;
/// rounded up so that a run of capitals does not outgrow its room.
pub const TITLE_CHAR_WIDTH: f64 = 6.6;

/// The fewest characters, the ellipsis included, worth writing of a title cut short:
/// enough for a name and what it did ("Nvidia in talks…"); fewer is a stub that only
/// adds noise ("Round phase…", or a lane's own name). A whole title may be shorter.
pub const TITLE_MIN_CHARS: usize = 14;

/// Room after a mark, in characters, that keeps its title there even when the room
/// before it is larger: titles read after their marks unless that leaves them cut to
/// a stub ("Nvidia in talks…" on a phone, where the room before held twice as much).
pub const TITLE_COMFORTABLE_CHARS: usize = 24;

/// Space kept clear between a title's end and the next thing drawn in its row: wider
/// than the gap at its start, so that a title never reads as labelling the mark after.
pub const TITLE_CLEARANCE: f64 = 10.0;

/// Space kept clear between a title's end and a figure written before another mark,
/// wider than [`TITLE_CLEARANCE`]: "Microsoft in talks to join OpenAI's round" ending
/// 10 px before "up to $50B" read as one phrase, the $50B as Microsoft's.
pub const TITLE_CLEARANCE_BEFORE_FIGURE: f64 = 24.0;

/// Space between a title written before its mark and the mark.
pub const TITLE_BEFORE_GAP: f64 = 6.0;

/// Space between a title written before its mark and the mark's own figure, written
/// before the mark too: wider than [`TITLE_BEFORE_GAP`], because a figure opens with
/// an amount or a "≠", and 6 px from the title's last word they read as one phrase
/// ("…at about $830B ≠ up to $100B", even as an inequality). Narrower than
/// [`TITLE_CLEARANCE_BEFORE_FIGURE`], which keeps a title off another mark's figure.
/// Kept in the room from the plot's edge, not in a room shared with another title
/// (`share_room`).
pub const TITLE_BEFORE_OWN_FIGURE_GAP: f64 = 16.0;

/// Space between a mark's figure and its title, wider than the gap after a mark so the
/// two read as amount and caption rather than one phrase. The interface writes the
/// title as the figure's continuation, this far after its last letter.
pub const TITLE_AFTER_FIGURE: f64 = 6.0;

/// Room for a mark's title: where its text starts, in pixels, and how wide it may be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TitleRoom {
    /// The mark, by its position in `TimelineData::marks`.
    pub mark: usize,
    /// The left end of the text, or of the room for a title written before its mark.
    pub x: f64,
    /// The most the text may take, in pixels.
    pub width: f64,
    /// Whether the title is written before (left of) its mark, ending at `x + width`.
    pub before: bool,
}

/// The room beside each drawn mark for which `title_width(mark)` gives the width its
/// whole title would take (`None` for marks that want none), by row and then from left
/// to right; marks with room neither for their whole title nor for [`TITLE_MIN_CHARS`]
/// are left out.
///
/// A title starts [`FIGURE_GAP`] after its mark, or [`TITLE_AFTER_FIGURE`] after the
/// mark's figure, and ends [`TITLE_CLEARANCE`] before the next glyph, figure or
/// obstacle of its row (`figures` are placed beforehand by `place_figures`; a figure
/// written before its mark is kept [`TITLE_CLEARANCE_BEFORE_FIGURE`] clear), or at the
/// edge of `plot`. A mark with nothing before it in its row may take the room from the
/// plot's left edge to just before it (or before its figure) instead: when its whole
/// title fits there and not after it, or when the room after it is too small, or short
/// of [`TITLE_COMFORTABLE_CHARS`] and smaller than the room before (when nothing follows
/// it in its row). A mark left without room just after another mark's title shares that
/// title's room instead ([`share_room`]). Rows are 40 px tall, so titles of different
/// rows never meet.
pub fn title_rooms(
    data: &TimelineData,
    glyphs: &[Glyph],
    figures: &[Figure],
    obstacles: &[Obstacle],
    plot: (f64, f64),
    title_width: impl Fn(usize) -> Option<f64>,
) -> Vec<TitleRoom> {
    let (left, right) = (plot.0.min(plot.1), plot.0.max(plot.1));
    let mut unsorted = row_spans(data, glyphs, obstacles);
    let glyphs_and_obstacles = unsorted.len();
    unsorted.extend(figures.iter().map(|f| (f.row, f.span)));
    // How far a title keeps from each span's start.
    let clearance = |i: usize| match i
        .checked_sub(glyphs_and_obstacles)
        .map(|f| figures[f].before)
    {
        Some(true) => TITLE_CLEARANCE_BEFORE_FIGURE,
        _ => TITLE_CLEARANCE,
    };
    // Sorted by row, then by left end, with the furthest right that any span of the
    // row reaches up to each one: a mark's room is then two binary searches away, so a
    // frame of thousands of glyphs at 10,000 events costs no more than its sort. (By
    // index: the shared index sort adds no code, a sort of a new type would.)
    let mut order: Vec<usize> = (0..unsorted.len()).collect();
    sort_indices(&mut order, &|a, b| {
        let (a, b) = (unsorted[a], unsorted[b]);
        a.0.cmp(&b.0).then(a.1.0.total_cmp(&b.1.0))
    });
    let spans: Vec<Obstacle> = order.iter().map(|&i| unsorted[i]).collect();
    let clearances: Vec<f64> = order.iter().map(|&i| clearance(i)).collect();
    let mut reached = Vec::with_capacity(spans.len());
    for (i, (row, (_, end))) in spans.iter().enumerate() {
        let before = match i.checked_sub(1) {
            Some(p) if spans[p].0 == *row => reached[p],
            _ => f64::NEG_INFINITY,
        };
        reached.push(end.max(before));
    }
    let min_width = TITLE_MIN_CHARS as f64 * TITLE_CHAR_WIDTH;
    let comfortable = TITLE_COMFORTABLE_CHARS as f64 * TITLE_CHAR_WIDTH;
    let mut rooms = Vec::new();
    // Marks in the plot that found no room for a title with something before them in
    // their row: where they (or their figures) start, and how far what comes before
    // them reaches.
    let mut squeezed = Vec::new();
    for glyph in glyphs {
        let Glyph::Mark { mark, x } = *glyph else {
            continue;
        };
        let Some(m) = data.marks.get(mark) else {
            continue;
        };
        if !x.is_finite() {
            continue;
        }
        let row = (m.lane, m.stack);
        // Where the mark (or its figure) ends, kept as computed: derived again from the
        // title's start, rounding could put it a hair inside the title, and the mark
        // would then block its own title at some positions and not at others.
        let figure_after = figures.iter().find(|f| f.mark == mark && !f.before);
        let (edge, start) = match figure_after {
            Some(figure) => (figure.span.1, figure.span.1 + TITLE_AFTER_FIGURE),
            None => {
                let edge = x + mark_reach(m);
                (edge, edge + FIGURE_GAP)
            }
        };
        if start < left {
            continue;
        }
        let Some(need) = title_width(mark) else {
            continue;
        };
        let first = spans.partition_point(|s| s.0 < row);
        let last = spans.partition_point(|s| s.0 <= row);
        let next = first + spans[first..last].partition_point(|s| s.1.0 < start);
        // Something that began before the title would start reaches past the mark.
        if next > first && reached[next - 1] > edge {
            continue;
        }
        let end = match spans.get(next).filter(|_| next < last) {
            Some(s) => s.1.0 - clearances[next],
            None => right,
        }
        .min(right);
        let after = end - start;
        // Whether anything follows the mark in its row: a mark there left without room
        // shares this title's (`share_room`), so the title stays after its mark.
        let followed = next < last;
        // The room before the mark, if nothing precedes it in its row (a span that
        // starts before the mark, or its figure, and reaches into the plot). The mark's
        // own glyph and figure start there, not before.
        let (own_start, gap_before) = match figures.iter().find(|f| f.mark == mark && f.before) {
            Some(figure) => (figure.span.0, TITLE_BEFORE_OWN_FIGURE_GAP),
            None => (x - mark_reach(m), TITLE_BEFORE_GAP),
        };
        let ahead = first + spans[first..last].partition_point(|s| s.1.0 < own_start);
        let preceded = ahead > first && reached[ahead - 1] > left;
        // A mark beyond the plot's right edge, drawn for its band, has no room before
        // it that shows. One whose figure is after it keeps its title there too, lest
        // the two read as two marks' labels, unless there is too little room there for
        // a title, or for the whole title where the room before holds it: a figure
        // without a title beside it is read as the amount of the nearest title in its
        // row, another mark's ("up to $50B" as Microsoft's), and a title cut to a stub
        // says nothing. The room starts clear of the plot's edge, since the lanes'
        // names end just before it.
        let before = own_start - gap_before - (left + TITLE_CLEARANCE);
        let title_stays_after =
            figure_after.is_some() && after >= min_width && (after >= need || before < need);
        let room_before = if preceded || x > right || title_stays_after {
            0.0
        } else {
            before
        };
        // After the mark where the whole title fits there; else before it where it fits
        // there (unless something follows in its row, which may need to share this
        // title's room: see `share_room`); else on the side that keeps more of it, after
        // unless that is short. A whole title may be shorter than a cut one may.
        let (fits_after, fits_before) = (after >= need, room_before >= need && !followed);
        let after_is_better = after >= comfortable || (after >= min_width && after >= room_before);
        let room = if fits_after || (!fits_before && after_is_better) {
            Some(TitleRoom {
                mark,
                x: start,
                width: after,
                before: false,
            })
        } else {
            (room_before >= min_width || fits_before).then_some(TitleRoom {
                mark,
                x: left + TITLE_CLEARANCE,
                width: room_before,
                before: true,
            })
        };
        match room {
            Some(room) => rooms.push((row, room)),
            None if preceded && x >= left && x <= right => {
                squeezed.push((row, mark, own_start, reached[ahead - 1]));
            }
            None => {}
        }
    }
    // Marks drawn over one another in a row (which clustering avoids, but an obstacle
    // or hostile input may not) would write their titles over one another: the first
    // keeps its room.
    let mut order: Vec<usize> = (0..rooms.len()).collect();
    sort_indices(&mut order, &|a, b| {
        let (a, b) = (&rooms[a], &rooms[b]);
        a.0.cmp(&b.0).then(a.1.x.total_cmp(&b.1.x))
    });
    let mut kept: Vec<((usize, u16), TitleRoom)> = Vec::with_capacity(rooms.len());
    for &i in &order {
        let room = rooms[i];
        if let Some((row, previous)) = kept.last()
            && *row == room.0
            && room.1.x < previous.x + previous.width
        {
            continue;
        }
        kept.push(room);
    }
    for (row, mark, own_start, reached) in squeezed {
        share_room(&mut kept, (row, mark), own_start, reached, &title_width);
    }
    kept.into_iter().map(|(_, room)| room).collect()
}

/// Space kept between a title shortened by [`share_room`] and the title written after
/// it, before the next mark: as wide as a title keeps from a figure written before
/// another mark, so that the two titles read as two.
pub const TITLE_SHARED_GAP: f64 = TITLE_CLEARANCE_BEFORE_FIGURE;

/// Gives `mark` in `row`, which starts (with its figure, if that is before it) at
/// `figure_start` and found no room for a title, a share of the room of the title that
/// runs up to it ([`split`] by what each title needs whole), if each share still holds
/// its whole title or [`TITLE_MIN_CHARS`]: the title keeps the first, the mark's title
/// takes the second, written before the mark or its figure. Otherwise the mark goes
/// without. `reached` is how far the glyphs, figures and obstacles that start before the
/// mark reach: nothing but the title may lie between the title's start and the mark.
///
/// A title runs up to the next thing in its row, most of that room often empty, and
/// leaves the mark there unnamed ("OpenAI launches ChatGPT" between the founding and the
/// latest round). Worse, a figure after another mark's title reads as that mark's
/// amount ("Jan 2026 · Microsoft in talks to join OpenAI's round ≠ up to $50B ●", the
/// $50B Amazon's): naming the mark just before it says whose it is.
fn share_room(
    kept: &mut Vec<((usize, u16), TitleRoom)>,
    (row, mark): ((usize, u16), usize),
    figure_start: f64,
    reached: f64,
    title_width: &impl Fn(usize) -> Option<f64>,
) {
    // The title that runs up to the mark: the last one of the row written after its
    // mark that ends before this one, if it ends where this mark stopped it and only
    // its own mark and figure come before it. `kept` is sorted by row and start, and
    // stays so (a shared room goes right after the title it shares), so the title is
    // found by a binary search.
    let Some(at) = kept
        .partition_point(|(r, room)| *r < row || (*r == row && room.x < figure_start))
        .checked_sub(1)
        .filter(|&at| {
            let (r, room) = &kept[at];
            *r == row && !room.before && room.x + room.width <= figure_start
        })
    else {
        return;
    };
    let runs_up_to = kept[at].1.x + kept[at].1.width;
    if runs_up_to < figure_start - TITLE_CLEARANCE_BEFORE_FIGURE - 0.5 || reached > kept[at].1.x {
        return;
    }
    let start = kept[at].1.x;
    // The mark's title ends [`TITLE_BEFORE_GAP`] before it or its figure, not the wider
    // gap kept from a figure in the room before: a shared room is small, its titles
    // mostly cut (and their ellipses set them apart from what follows), and 10 px less
    // of it took "Microsoft in talks…" away at 1440 px on January alone.
    let available = figure_start - TITLE_BEFORE_GAP - start - TITLE_SHARED_GAP;
    let needs = (title_width(kept[at].1.mark), title_width(mark));
    let Some((first, second)) = split(available, needs.0, needs.1) else {
        return;
    };
    kept[at].1.width = first;
    let room = TitleRoom {
        mark,
        x: start + first + TITLE_SHARED_GAP,
        width: second,
        before: true,
    };
    kept.insert(at + 1, (row, room));
}

/// Two titles' shares of `available` pixels, given what each needs whole (`None` as
/// much as there is): each gets what it needs where both fit; else the one that needs
/// no more than half gets that and the other the rest; else half each. `None` when a
/// share would hold neither its whole title nor [`TITLE_MIN_CHARS`].
pub(super) fn split(available: f64, first: Option<f64>, second: Option<f64>) -> Option<(f64, f64)> {
    let half = available / 2.0;
    let (first, second) = (first.unwrap_or(available), second.unwrap_or(available));
    let needs = (first, second);
    let second = if first + second <= available || first > half && second <= half {
        second
    } else if first <= half {
        available - first
    } else {
        half
    };
    let first = available - second;
    // A share holds a cut title, or the whole title where that is shorter.
    let least = TITLE_MIN_CHARS as f64 * TITLE_CHAR_WIDTH;
    (first >= least.min(needs.0) && second >= least.min(needs.1)).then_some((first, second))
}

#[cfg(test)]
#[path = "titles_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "titles_before_tests.rs"]
mod before_tests;
