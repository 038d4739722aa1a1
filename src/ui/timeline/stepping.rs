//! Walking the timeline's marks from the keyboard: the arrow keys step focus through
//! time among the marks in the plot, and a mark whose centre lies outside the plot
//! (drawn for its band) is left out of Tab and the arrows alike.

use leptos::prelude::*;

use super::Timeline;
use super::glyphs::glyph_element;
use crate::core::timeline::Glyph;
use crate::ui::focus::focus_first;

/// Whether a mark's centre, `x` pixels into the plot, is inside a plot `width` wide.
pub(super) fn in_plot(x: f64, width: f64) -> bool {
    (0.0..=width).contains(&x)
}

/// Moves focus to the next or previous mark in time order among those in the plot.
pub(super) fn step_focus(timeline: Timeline, target: Option<web_sys::EventTarget>, forward: bool) {
    let Some(current) = glyph_element(target)
        .and_then(|el| el.get_attribute("data-mark"))
        .and_then(|m| m.parse::<usize>().ok())
    else {
        return;
    };
    let Some(data) = timeline.data.get_untracked() else {
        return;
    };
    let offsets = timeline.offsets.get_untracked();
    let mut drawn: Vec<usize> = timeline
        .glyphs
        .get_untracked()
        .iter()
        .filter_map(|g| match g {
            Glyph::Mark { mark, x } if in_plot(*x, timeline.width.get_untracked()) => Some(*mark),
            _ => None,
        })
        .collect();
    let key = |m: usize| {
        let mark = &data.marks[m];
        (mark.center_day, offsets[mark.lane] + u32::from(mark.stack))
    };
    crate::core::order::sort_indices(&mut drawn, &|a, b| {
        key(a)
            .partial_cmp(&key(b))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let Some(at) = drawn.iter().position(|&m| m == current) else {
        return;
    };
    let next = if forward {
        drawn.get(at + 1)
    } else {
        at.checked_sub(1).and_then(|i| drawn.get(i))
    };
    if let Some(next) = next {
        focus_first(&format!("[data-mark=\"{next}\"]"));
    }
}
