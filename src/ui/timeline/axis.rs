//! The time axis (fixed at the top while the lanes scroll), gridlines, the as-of line,
//! and the lanes' backgrounds and labels.

use leptos::prelude::*;

use super::Timeline;
use super::geometry::{AXIS, ROW, ROW_MARGIN, px};
use crate::core::format;
use crate::core::scale::time_ticks;

/// Average width of a tick label character at 11.5 px, generously rounded up so that
/// labels never touch.
const LABEL_CHAR: f64 = 7.0;
const LABEL_GAP: f64 = 14.0;

fn ticks(timeline: &Timeline) -> crate::core::scale::TickSet {
    time_ticks(
        &timeline.scale.get(),
        |label| label.chars().count() as f64 * LABEL_CHAR,
        LABEL_GAP,
    )
}

/// The axis band: tick labels and the as-of label. It is translated by the scroll
/// offset, so it stays at the top of the scrolling lanes.
#[component]
pub fn Axis(timeline: Timeline) -> impl IntoView {
    let labels = move || {
        let scale = timeline.scale.get();
        let gutter = timeline.gutter.get();
        ticks(&timeline)
            .ticks
            .into_iter()
            .map(|tick| {
                let x = gutter + scale.apply(f64::from(tick.day));
                view! {
                    <text class="tick-label" class:major=tick.major x=px(x) y="20" text-anchor="middle">{tick.label}</text>
                    <line class="tick-line" class:major=tick.major x1=px(x) x2=px(x) y1="26" y2=px(AXIS)/>
                }
            })
            .collect_view()
    };
    let as_of = move || {
        let scale = timeline.scale.get();
        let day = timeline
            .state
            .atlas
            .with(|a| a.as_ref().map(|a| a.dataset.as_of))?;
        let x = scale.apply(f64::from(day.last_day()) + 1.0);
        (0.0..=timeline.width.get()).contains(&x).then(|| {
            let label = format!("As of {}", format::date(&day));
            let right = x > timeline.width.get() - 110.0;
            view! {
                <text class="as-of-label" x=px(timeline.gutter.get() + x + if right { -6.0 } else { 6.0 }) y="9"
                    text-anchor=if right { "end" } else { "start" }>{label}</text>
            }
        })
    };
    view! {
        <g class="axis" transform=move || format!("translate(0,{})", px(timeline.scroll_top.get()))>
            <rect class="axis-bg" x="0" y="0" width=move || px(timeline.gutter.get() + timeline.width.get() + 16.0) height=px(AXIS)/>
            {labels}
            {as_of}
            <line class="axis-rule" x1=move || px(timeline.gutter.get()) x2=move || px(timeline.gutter.get() + timeline.width.get())
                y1=px(AXIS) y2=px(AXIS)/>
        </g>
    }
}

/// Vertical gridlines at the ticks, through the lanes.
#[component]
pub fn Gridlines(timeline: Timeline) -> impl IntoView {
    move || {
        let scale = timeline.scale.get();
        let height = f64::from(timeline.offsets.with(|o| *o.last().unwrap_or(&0))) * ROW;
        ticks(&timeline)
            .ticks
            .into_iter()
            .map(|tick| {
                let x = scale.apply(f64::from(tick.day));
                view! { <line class="tick-line" class:major=tick.major x1=px(x) x2=px(x) y1="0" y2=px(height)/> }
            })
            .collect_view()
    }
}

/// The as-of date as a dashed line through the lanes.
#[component]
pub fn AsOfLine(timeline: Timeline) -> impl IntoView {
    move || {
        let scale = timeline.scale.get();
        let day = timeline
            .state
            .atlas
            .with(|a| a.as_ref().map(|a| a.dataset.as_of.last_day()))?;
        let x = scale.apply(f64::from(day) + 1.0);
        let height = f64::from(timeline.offsets.with(|o| *o.last().unwrap_or(&0))) * ROW;
        (0.0..=timeline.width.get()).contains(&x).then(|| {
            view! { <line class="as-of" x1=px(x) x2=px(x) y1="0" y2=px(height) aria-hidden="true"/> }
        })
    }
}

/// Alternating lane backgrounds with the lanes' names in the gutter. Only lanes near
/// the scrolled view are drawn.
#[component]
pub fn LaneBackdrop(timeline: Timeline) -> impl IntoView {
    move || {
        let data = timeline.data.get()?;
        let offsets = timeline.offsets.get();
        let gutter = timeline.gutter.get();
        let width = timeline.width.get();
        let first = ((timeline.scroll_top.get() / ROW).floor() as u32).saturating_sub(ROW_MARGIN);
        let last = ((timeline.scroll_top.get() + timeline.view_height.get()) / ROW).ceil() as u32
            + ROW_MARGIN;
        let lanes = data
            .lanes
            .iter()
            .enumerate()
            .filter(|(i, _)| offsets[i + 1] >= first && offsets[*i] <= last)
            .map(|(i, lane)| {
                let top = AXIS + f64::from(offsets[i]) * ROW;
                let height = f64::from(offsets[i + 1] - offsets[i]) * ROW;
                let max_chars = ((gutter - 16.0) / 7.0).max(4.0) as usize;
                let label = if lane.label.chars().count() > max_chars {
                    format!("{}…", lane.label.chars().take(max_chars - 1).collect::<String>())
                } else {
                    lane.label.clone()
                };
                view! {
                    <g class="lane">
                        {(i % 2 == 1).then(|| view! {
                            <rect class="lane-bg" x="0" y=px(top) width=px(gutter + width + 16.0) height=px(height)/>
                        })}
                        <text class="lane-label" x="10" y=px(top + ROW / 2.0) dominant-baseline="central">
                            <title>{lane.label.clone()}</title>
                            {label}
                        </text>
                        <line class="lane-rule" x1="0" x2=px(gutter + width + 16.0) y1=px(top + height) y2=px(top + height)/>
                    </g>
                }
            })
            .collect_view();
        Some(view! { <g class="lanes" aria-hidden="true">{lanes}</g> })
    }
}
