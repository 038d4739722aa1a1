//! The cue under the lanes that says how many more lie below the scrolled view.

use leptos::prelude::*;

use super::Timeline;
use super::geometry::{AXIS, ROW};

/// How many lanes lie below the scrolled view.
fn lanes_below(timeline: &Timeline) -> usize {
    let bottom =
        ((timeline.scroll_top.get() + timeline.view_height.get() - AXIS) / ROW).floor() as u32;
    timeline.offsets.with(|offsets| {
        let starts = &offsets[..offsets.len().saturating_sub(1)];
        starts.iter().filter(|&&start| start >= bottom).count()
    })
}

/// "↓ 3 more lanes below", and how to reach them with the pointer in hand: the wheel
/// with a mouse, a drag upwards on a touch screen (where one finger pans the time axis
/// and scrolls the lanes). The stylesheet shows the one that fits the device. Hidden
/// from assistive technology, which reads every lane without scrolling.
#[component]
pub fn MoreLanes(timeline: Timeline) -> impl IntoView {
    move || {
        let count = lanes_below(&timeline);
        (count > 0).then(|| {
            let lanes = if count == 1 { "lane" } else { "lanes" };
            view! {
                <p class="more-lanes" aria-hidden="true">
                    {format!("↓ {count} more {lanes} below")}
                    <span class="by-wheel">": scroll, or Shift+wheel"</span>
                    <span class="by-touch">": drag the chart up"</span>
                </p>
            }
        })
    }
}
