//! The overview strip: the density of the whole dataset, with the current window
//! highlighted. Dragging across it sets the window; a click centres the window there.

use leptos::ev::PointerEvent;
use leptos::prelude::*;

use super::Timeline;
use super::controls::Controls;
use super::geometry::px;
use crate::core::date::{DayNumber, PartialDate};
use crate::core::scale::TimeScale;
use crate::core::timeline::overview::density;

const HEIGHT: f64 = 36.0;
/// One histogram bar per this many pixels.
const BAR: f64 = 4.0;

#[component]
pub fn Overview(timeline: Timeline, controls: Controls) -> impl IntoView {
    let _ = controls;
    // The whole extent across the plot's width, independent of zoom.
    let full = Memo::new(move |_| {
        let (first, last) = timeline.extent.get().unwrap_or((0, 0));
        TimeScale::fit(first, last, (0.0, timeline.width.get()))
    });
    let brush = StoredValue::new(None::<(f64, bool)>);
    let bars = move || {
        let data = timeline.data.get()?;
        let scale = full.get();
        let bins = (timeline.width.get() / BAR).floor().max(1.0) as usize;
        let counts = density(&data, scale.domain, bins);
        let max = f64::from(*counts.iter().max().unwrap_or(&1)).max(1.0);
        Some(
            counts
                .into_iter()
                .enumerate()
                .filter(|(_, c)| *c > 0)
                .map(|(i, c)| {
                    let h = (f64::from(c) / max).sqrt() * (HEIGHT - 6.0) + 2.0;
                    view! { <rect class="density" x=px(i as f64 * BAR) y=px(HEIGHT - h) width=px(BAR - 1.0) height=px(h)/> }
                })
                .collect_view(),
        )
    };
    let window = move || {
        let full = full.get();
        let shown = timeline.scale.get();
        let x0 = full.apply(shown.domain.0).clamp(0.0, timeline.width.get());
        let x1 = full.apply(shown.domain.1).clamp(0.0, timeline.width.get());
        (x0, (x1 - x0).max(2.0))
    };
    // The years the strip spans, beside it in the gutter: zoomed in, the window's
    // highlight is a few pixels wide, and without them it could not be placed in time.
    let years = move || {
        let (start, end) = full.get().domain;
        if !(start.is_finite() && end.is_finite()) {
            return String::new();
        }
        let year = |day: f64| PartialDate::from_day_number(day.floor() as DayNumber).year_number();
        let (first, last) = (year(start), year(end - 1.0));
        if first >= last {
            first.to_string()
        } else {
            format!("{first}–{last}")
        }
    };
    let plot_x = move |ev: &PointerEvent| {
        let target: web_sys::Element = event_target(ev);
        let svg = target.closest("svg").ok().flatten().unwrap_or(target);
        f64::from(ev.client_x()) - svg.get_bounding_client_rect().left()
    };
    let on_down = move |ev: PointerEvent| {
        let x = plot_x(&ev);
        brush.set_value(Some((x, false)));
        if let Some(target) = ev
            .current_target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        {
            let _ = target.set_pointer_capture(ev.pointer_id());
        }
    };
    let on_move = move |ev: PointerEvent| {
        let Some((start, _)) = brush.get_value() else {
            return;
        };
        let x = plot_x(&ev);
        if (x - start).abs() < 3.0 {
            return;
        }
        let full = full.get_untracked();
        let (a, b) = (start.min(x), start.max(x));
        let next = TimeScale::new(
            (full.invert(a), full.invert(b)),
            timeline.scale.get_untracked().range,
        );
        timeline.show_gesture("overview", next);
        brush.set_value(Some((start, true)));
    };
    let on_up = move |ev: PointerEvent| {
        let Some((_, moved)) = brush.get_value() else {
            return;
        };
        brush.set_value(None);
        timeline.state.end_gesture();
        if moved {
            return;
        }
        // A click: centre the current window on the clicked day.
        let shown = timeline.scale.get_untracked();
        let half = (shown.domain.1 - shown.domain.0) / 2.0;
        let day = full.get_untracked().invert(plot_x(&ev));
        timeline.show(TimeScale::new((day - half, day + half), shown.range));
    };
    view! {
        <div class="overview" style:margin-left=move || format!("{}px", px(timeline.gutter.get()))>
            <span class="overview-years" aria-hidden="true">{years}</span>
            <svg class="overview-svg" width=move || px(timeline.width.get()) height=px(HEIGHT)
                role="img" aria-label="Overview of all dates; drag to choose the window"
                on:pointerdown=on_down on:pointermove=on_move on:pointerup=on_up on:pointercancel=move |_| brush.set_value(None)>
                <rect class="overview-bg" x="0" y="0" width=move || px(timeline.width.get()) height=px(HEIGHT)/>
                {bars}
                <rect class="overview-window" x=move || px(window().0) y="1" width=move || px(window().1) height=px(HEIGHT - 2.0)/>
            </svg>
        </div>
    }
}
