//! The tooltip of the timeline's mark or badge under the pointer or focus.

use std::ops::Range;

use leptos::prelude::*;

use super::Timeline;
use super::geometry::{AXIS, px};
use crate::core::link::Selection;
use crate::core::timeline::describe::mark_tooltip;
use crate::core::timeline::preview::BadgePreview;

/// What the pointer or focus is on.
#[derive(Debug, Clone, PartialEq)]
pub enum Hovered {
    /// A mark, by its event.
    Event(usize),
    /// A cluster badge, by its members (a range of the layout's marks).
    Badge(Range<usize>),
}

/// A badge's members from its `data-cluster` attribute, "start:end"; `None` for an
/// element that is not a badge.
pub fn badge_members(element: &web_sys::Element) -> Option<Range<usize>> {
    let attribute = element.get_attribute("data-cluster")?;
    let (start, end) = attribute.split_once(':')?;
    Some(start.parse().ok()?..end.parse().ok()?)
}

/// The id of the hidden description of the badge with keyboard focus, which names it in
/// `aria-describedby` while it has focus.
pub const BADGE_PREVIEW_ID: &str = "badge-preview";

/// The tooltip of the mark or badge under the pointer or focus. A mark's says its
/// title, date, amount with its qualifier and status (the selected mark has none); a
/// badge's how many events it holds and when, and names the largest. The tooltip is for
/// the eye alone: a mark's repeats its accessible name, and a badge's events reach
/// assistive technology through [`BadgeDescription`].
#[component]
pub fn Tooltip(timeline: Timeline) -> impl IntoView {
    let state = timeline.state;
    move || {
        let (hovered, x, y, reach) = timeline.hover.get()?;
        let lines = state.atlas.with(|a| {
            let a = a.as_ref()?;
            match hovered {
                // The selected mark's details are in the panel: a tooltip beside it would
                // only say the same again, over the lanes around it.
                Hovered::Event(event) => {
                    let event = a.dataset.events.get(event)?;
                    let selected = state
                        .selection
                        .with(|s| matches!(s, Some(Selection::Event(id)) if *id == event.id));
                    (!selected).then(|| mark_tooltip(a, event))
                }
                Hovered::Badge(members) => {
                    let data = timeline.data.get()?;
                    Some(BadgePreview::of(a, &data, members)?.lines())
                }
            }
        })?;
        let left = x + timeline.gutter.get();
        let top = y + AXIS - timeline.scroll_top.get();
        // Clear of the mark and of the focus ring around it (3.5 px), with room to
        // spare: a fixed 14 px from the centre covered the side of a large mark.
        let gap = reach.max(6.0) + 8.0;
        // Past the middle of the plot the tooltip opens to the left of the mark.
        let flip = left > timeline.width.get() * 0.6;
        let (left, right) = if flip {
            (
                "auto".to_string(),
                format!("calc(100% - {}px)", px(left - gap)),
            )
        } else {
            (format!("{}px", px(left + gap)), "auto".to_string())
        };
        let mut lines = lines.into_iter();
        let title = lines.next().unwrap_or_default();
        Some(view! {
            <div class="tooltip" style:left=left style:right=right style:top=format!("{}px", px(top)) aria-hidden="true">
                <strong>{title}</strong>
                {lines.map(|line| view! { <span>{line}</span> }).collect_view()}
            </div>
        })
    }
}

/// The description of the badge with keyboard focus: the events it holds, which its
/// name does not give. It follows focus alone, never the pointer, so a badge is never
/// described by another that the pointer happens to rest on; it is hidden, and read
/// only as that description.
#[component]
pub fn BadgeDescription(timeline: Timeline) -> impl IntoView {
    let text = move || {
        let members = timeline.focused_badge.get()?;
        let data = timeline.data.get()?;
        timeline
            .state
            .atlas
            .with(|a| Some(BadgePreview::of(a.as_ref()?, &data, members)?.description()))
    };
    view! { <p id=BADGE_PREVIEW_ID hidden>{text}</p> }
}

/// Points the badge that gains focus at its description ([`BadgeDescription`]), and takes
/// the reference away from the one that loses it. Only the focused badge holds it,
/// rather than every badge setting it each time the badges are drawn again.
pub fn describe_focused_badge(
    timeline: Timeline,
    target: Option<web_sys::EventTarget>,
    focused: bool,
) {
    let badge = super::glyphs::glyph_element(target).and_then(|el| Some((badge_members(&el)?, el)));
    if let Some((_, el)) = &badge {
        let _ = if focused {
            el.set_attribute("aria-describedby", BADGE_PREVIEW_ID)
        } else {
            el.remove_attribute("aria-describedby")
        };
    }
    timeline
        .focused_badge
        .set(badge.filter(|_| focused).map(|(members, _)| members));
}
