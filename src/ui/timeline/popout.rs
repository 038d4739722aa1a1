//! The selected event drawn out of the badge that holds it (see `core::timeline::popout`).

use leptos::prelude::*;

use super::Timeline;
use super::geometry::{px, row_center};
use super::shapes::{mark_class, mark_paths};
use crate::core::timeline::popped_out;
use crate::ui::class_list::class_list;

/// The selected event's mark, on top of the badge that hides it, and the badge's count
/// above both, so the mark never covers it. It only shows where the selection is: the
/// badge under it stays the thing to click or focus, and its accessible name already
/// says it holds the selection, so this copy is hidden from assistive technology and
/// lets the pointer through.
#[component]
pub fn PoppedOut(timeline: Timeline) -> impl IntoView {
    let mark = timeline.selected_mark;
    move || {
        let data = timeline.data.get()?;
        let popped = timeline
            .glyphs
            .with(|glyphs| popped_out(&data, glyphs, &timeline.scale.get(), mark.get()))?;
        let at = data.marks[popped.mark];
        let kind = timeline.state.atlas.with(|a| {
            a.as_ref()
                .map_or("", |a| a.dataset.events[at.event].kind.id())
        });
        let y = timeline
            .offsets
            .with(|o| row_center(o.get(popped.lane).copied().unwrap_or(0), popped.row));
        let (shape, ring) = mark_paths(&at);
        // A copy clipped away (its badge only reaches in) leaves the badge the
        // selection's outline; see the styles. One class string: see `class_list`.
        let clipped = popped.clipped(&data, timeline.width.get());
        Some(view! {
            <g class=class_list(&format!("{} selected popped", mark_class(&at, kind)), &[(clipped, "clipped")]) aria-hidden="true"
                transform=format!("translate({},{})", px(popped.x), px(y))>
                {(!ring.is_empty()).then(|| view! { <path class="ring" d=ring/> })}
                <path class="shape" d=shape/>
                <text class="popped-count" x=px(popped.badge_x - popped.x)>{popped.count.to_string()}</text>
            </g>
        })
    }
}
