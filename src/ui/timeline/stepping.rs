//! Walking the timeline's marks from the keyboard: the arrow keys step focus through
//! time among the marks in the plot, and a mark whose centre lies outside the plot
//! (drawn for its band) is left out of Tab and the arrows alike.

use leptos::prelude::*;

use super::Timeline;
use super::geometry::{AXIS, ROW, glyph_row};
use super::glyphs::glyph_element;
use crate::core::timeline::Glyph;
use crate::ui::focus::focus_first;

/// Whether a mark's centre, `x` pixels into the plot, is inside a plot `width` wide.
pub(super) fn in_plot(x: f64, width: f64) -> bool {
    (0.0..=width).contains(&x)
}

/// Moves focus to the next or previous mark in time order among those in the plot, in
/// every lane: one in a row scrolled far out of view (and so not drawn) is scrolled
/// into view first and takes focus once it is drawn.
pub(super) fn step_focus(timeline: Timeline, target: Option<web_sys::EventTarget>, forward: bool) {
    let Some(element) = glyph_element(target) else {
        return;
    };
    let Some(current) = element
        .get_attribute("data-mark")
        .and_then(|m| m.parse::<usize>().ok())
    else {
        return;
    };
    let Some(data) = timeline.data.get_untracked() else {
        return;
    };
    let offsets = timeline.offsets.get_untracked();
    let width = timeline.width.get_untracked();
    // Each mark in the plot with its row, in time order and top to bottom.
    let marks: Vec<(usize, u32)> = timeline.placed.with_untracked(|placed| {
        placed
            .iter()
            .filter_map(|glyph| match glyph {
                Glyph::Mark { mark, x } if in_plot(*x, width) => {
                    Some((*mark, glyph_row(&data, &offsets, glyph)))
                }
                _ => None,
            })
            .collect()
    });
    let key = |i: usize| (data.marks[marks[i].0].center_day, marks[i].1);
    let mut order: Vec<usize> = (0..marks.len()).collect();
    crate::core::order::sort_indices(&mut order, &|a, b| {
        key(a)
            .partial_cmp(&key(b))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let Some(at) = order.iter().position(|&i| marks[i].0 == current) else {
        return;
    };
    let next = if forward {
        order.get(at + 1)
    } else {
        at.checked_sub(1).and_then(|i| order.get(i))
    };
    let Some(&(next, row)) = next.map(|&i| &marks[i]) else {
        return;
    };
    // The row is brought into sight below the axis first: the browser's own scroll to
    // a focused element put a row just above the view at the scroller's top, under the
    // axis drawn over the lanes.
    let selector = format!("[data-mark=\"{next}\"]");
    if let Some(scroller) = element.closest(".timeline-scroll").ok().flatten() {
        bring_row_into_view(timeline, &scroller, row);
    }
    if !focus_first(&selector) {
        // A row too far from the view to have been drawn is drawn when the scroll
        // reaches the signals, before the next frame is painted.
        request_animation_frame(move || {
            focus_first(&selector);
        });
    }
}

/// Scrolls the lanes so that `row` is in sight below the axis, a third of the way
/// down, unless it is in sight already.
pub(super) fn bring_row_into_view(timeline: Timeline, scroller: &web_sys::Element, row: u32) {
    let top = f64::from(row) * ROW;
    // The scroller's own offset: the signal follows it a scroll event later, after a
    // scroll the browser made to show a focused mark.
    let shown_from = f64::from(scroller.scroll_top());
    let shown_to = shown_from + timeline.view_height.get_untracked() - AXIS;
    // A row flush against the axis or the frame's foot is in sight, but its mark's
    // outline and focus ring touch the edge: such a row is brought in too.
    let margin = ROW / 4.0;
    if top < shown_from + margin || top + ROW > shown_to - margin {
        let to = (top - timeline.view_height.get_untracked() / 3.0).max(0.0);
        scroller.set_scroll_top(to as i32);
        // The scroll event would say so a frame later; the marks are wanted sooner.
        timeline.scroll_top.set(f64::from(scroller.scroll_top()));
    }
}
