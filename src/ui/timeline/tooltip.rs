//! The tooltip of the timeline's mark under the pointer or focus.

use leptos::prelude::*;

use super::Timeline;
use super::geometry::{AXIS, px};
use crate::core::timeline::describe::mark_tooltip;

/// The tooltip of the mark under the pointer or focus: title, date, amount with its
/// qualifier, status. It repeats the accessible name, so it is hidden from assistive
/// technology.
#[component]
pub fn Tooltip(timeline: Timeline) -> impl IntoView {
    let state = timeline.state;
    move || {
        let (event, x, y) = timeline.hover.get()?;
        let lines = state.atlas.with(|a| {
            a.as_ref()
                .map(|a| mark_tooltip(a, &a.dataset.events[event]))
        })?;
        let left = x + timeline.gutter.get();
        let top = y + AXIS - timeline.scroll_top.get();
        // Past the middle of the plot the tooltip opens to the left of the mark.
        let flip = left > timeline.width.get() * 0.6;
        let (left, right) = if flip {
            (
                "auto".to_string(),
                format!("calc(100% - {}px)", px(left - 14.0)),
            )
        } else {
            (format!("{}px", px(left + 14.0)), "auto".to_string())
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
