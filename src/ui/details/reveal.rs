//! Keeps the selection in sight: on phones and tablets, where the details panel is a
//! bottom sheet that would otherwise cover the mark, node or row just chosen, and on
//! wide screens in the table, which scrolls inside its own frame.

use leptos::prelude::*;

use crate::core::reveal::{Span, scroll_to_reveal, scroll_to_reveal_with_context};
use crate::ui::timeline::AXIS;

/// When the details panel is a bottom sheet. This must match the stylesheet's
/// `max-width: 1023px` block that turns the panel into one.
const SHEET_LAYOUT: &str = "(max-width: 1023px)";

/// Scrolls the page so the active view's selected element sits in the part of the
/// screen above `sheet`. On wide screens the panel sits beside the views, and only the
/// table, which scrolls inside its own frame, may need to move (see
/// [`reveal_table_row`]). `company` says the selection is an entity rather than an
/// event.
pub fn reveal_selection(sheet: &web_sys::HtmlElement, company: bool) {
    let window = window();
    let is_sheet = window
        .match_media(SHEET_LAYOUT)
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    if !is_sheet {
        reveal_table_row();
        return;
    }
    // The selection is drawn with the class `selected`: the timeline's mark (or the
    // badge it is folded into), the network's node or its first edge carrying the
    // event, or the table's row. A company selected while the timeline shows has no
    // mark of its own, so the first of its events' marks in the drawing (`related`,
    // in lane order) stands for it. An event with a single party has no edge on the
    // network, so its party's node (`related` there) stands for it; on the timeline an
    // event's related marks are other events, and never stand for it.
    let find = |selector: &str| document().query_selector(selector).ok().flatten();
    let stand_in = if company {
        "#main .related"
    } else {
        "#main .node.related"
    };
    let found = find("#main .selected").or_else(|| find(stand_in));
    let Some(selected) = found else {
        return;
    };
    let Some(screen) = window.inner_height().ok().and_then(|h| h.as_f64()) else {
        return;
    };
    // `offset_height` ignores the sheet's rising transform, so this is where its top
    // edge will rest, even while it is still sliding up.
    let band = Span {
        top: 0.0,
        bottom: screen - f64::from(sheet.offset_height()),
    };
    let rect = selected.get_bounding_client_rect();
    let item = Span {
        top: rect.top(),
        bottom: rect.bottom(),
    };
    // On the timeline the axis (at the top of its frame, pinned there when the frame
    // scrolls itself) stays in sight too when it can, so a mark never shows without
    // its years.
    let distance = match find("#main .timeline-frame") {
        Some(frame) => {
            // The axis starts below the frame's 1 px top rule.
            let top = frame.get_bounding_client_rect().top() + 1.0;
            let axis = Span {
                top,
                bottom: top + AXIS,
            };
            scroll_to_reveal_with_context(item, axis, band)
        }
        None => scroll_to_reveal(item, band),
    };
    if let Some(distance) = distance {
        window.scroll_by_with_x_and_y(0.0, distance);
    }
}

/// On wide screens, scrolls the table's frame so the selected row shows below the
/// table's sticky header: a link, another view or a search may select an event whose
/// row is far down the table. A row already in sight does not move.
fn reveal_table_row() {
    let find = |selector: &str| document().query_selector(selector).ok().flatten();
    // The view's tab panel is the frame that scrolls the table.
    let (Some(row), Some(head), Some(frame)) = (
        find("#main tr.selected"),
        // The header's cells are what sticks to the frame's top (the row group
        // scrolls away with the table).
        find("#main table.events thead th"),
        find("#main .panel"),
    ) else {
        return;
    };
    let (row, head, sight) = (
        row.get_bounding_client_rect(),
        head.get_bounding_client_rect(),
        frame.get_bounding_client_rect(),
    );
    let band = Span {
        top: head.bottom().max(sight.top()),
        bottom: sight.bottom(),
    };
    let item = Span {
        top: row.top(),
        bottom: row.bottom(),
    };
    if let Some(distance) = scroll_to_reveal(item, band) {
        frame.scroll_by_with_x_and_y(0.0, distance);
    }
}
