//! The time axis (fixed at the top while the lanes scroll), gridlines, the as-of line,
//! and the lanes' backgrounds and labels.

use leptos::prelude::*;

use super::Timeline;
use super::geometry::{AXIS, GUTTER, RIGHT_PAD, ROW, ROW_MARGIN, px};
use crate::core::format;
use crate::core::link::{LaneGrouping, Selection};
use crate::core::scale::{Interval, TickSet, time_ticks};

/// Average width of a tick label character at 11.5 px, generously rounded up so that
/// labels never touch.
const LABEL_CHAR: f64 = 7.0;
const LABEL_GAP: f64 = 14.0;
/// Where the tick labels and the as-of label sit in the axis band.
const TICK_LABEL_Y: f64 = 17.0;
const AS_OF_Y: f64 = 39.0;

fn ticks(timeline: &Timeline) -> TickSet {
    time_ticks(
        &timeline.scale.get(),
        |label| label.chars().count() as f64 * LABEL_CHAR,
        LABEL_GAP,
    )
}

/// Bold marks a change of year, and only where ticks are finer than a year: on a year
/// axis every label is a year, and bolding decades would stress something that means
/// nothing here.
fn emphasised(set: &TickSet, major: bool) -> bool {
    major
        && matches!(
            set.interval,
            Some(
                Interval::Day
                    | Interval::Week
                    | Interval::Month
                    | Interval::Quarter
                    | Interval::HalfYear
            )
        )
}

/// The axis band: tick labels and the as-of label. It is translated by the scroll
/// offset, so it stays at the top of the scrolling lanes.
#[component]
pub fn Axis(timeline: Timeline) -> impl IntoView {
    let labels = move || {
        let scale = timeline.scale.get();
        let gutter = timeline.gutter.get();
        let width = timeline.width.get();
        let set = ticks(&timeline);
        // A label must fit in the drawing: one centred on a tick at the plot's right
        // edge (the day after the window's last) was cut in half by the drawing's end.
        // On the left the gutter is empty above the lane names, so a label may reach
        // into it.
        set.ticks
            .iter()
            .filter(|tick| {
                let x = scale.apply(f64::from(tick.day));
                let half = tick.label.chars().count() as f64 * LABEL_CHAR / 2.0;
                (0.0..=width).contains(&x) && x - half >= -gutter && x + half <= width + RIGHT_PAD
            })
            .map(|tick| {
                let x = gutter + scale.apply(f64::from(tick.day));
                let bold = emphasised(&set, tick.major);
                view! {
                    <text class="tick-label" class:major=bold x=px(x) y=px(TICK_LABEL_Y) text-anchor="middle">{tick.label.clone()}</text>
                    <line class="tick-line" class:major=bold x1=px(x) x2=px(x) y1="24" y2=px(AXIS)/>
                }
            })
            .collect_view()
    };
    let as_of = move || {
        let x = timeline.as_of_x.get()?;
        let day = timeline
            .state
            .atlas
            .with(|a| a.as_ref().map(|a| a.dataset.as_of))?;
        let label = format!("As of {}", format::date(&day));
        // Near the right edge the label opens to the left of its line.
        let left = x > timeline.width.get() - 120.0;
        let anchor_x = timeline.gutter.get() + x + if left { -5.0 } else { 5.0 };
        let text_width = label.chars().count() as f64 * 6.4 + 8.0;
        let pill_x = if left {
            anchor_x - text_width + 4.0
        } else {
            anchor_x - 4.0
        };
        Some(view! {
            <rect class="as-of-pill" x=px(pill_x) y=px(AS_OF_Y - 10.0) width=px(text_width) height="14" rx="3"/>
            <text class="as-of-label" x=px(anchor_x) y=px(AS_OF_Y) text-anchor=if left { "end" } else { "start" }>{label}</text>
        })
    };
    view! {
        <g class="axis" transform=move || format!("translate(0,{})", px(timeline.scroll_top.get()))>
            <rect class="axis-bg" x="0" y="0" width=move || px(timeline.gutter.get() + timeline.width.get() + RIGHT_PAD) height=px(AXIS)/>
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
        let set = ticks(&timeline);
        set.ticks
            .iter()
            .map(|tick| {
                let x = scale.apply(f64::from(tick.day));
                let bold = emphasised(&set, tick.major);
                view! { <line class="tick-line" class:major=bold x1=px(x) x2=px(x) y1="0" y2=px(height)/> }
            })
            .collect_view()
    }
}

/// The as-of date as a dashed line through the lanes.
#[component]
pub fn AsOfLine(timeline: Timeline) -> impl IntoView {
    move || {
        let x = timeline.as_of_x.get()?;
        let height = f64::from(timeline.offsets.with(|o| *o.last().unwrap_or(&0))) * ROW;
        Some(
            view! { <line class="as-of" x1=px(x) x2=px(x) y1="0" y2=px(height) aria-hidden="true"/> },
        )
    }
}

/// Lane backgrounds, alternating from the first lane, with each lane's name in the
/// gutter and a bracket spanning its rows when events are stacked. Only lanes near the
/// scrolled view are drawn.
#[component]
pub fn LaneBackdrop(timeline: Timeline) -> impl IntoView {
    // A selected company's own lane (by recipient or investor) has its name marked.
    // Lanes by kind are keyed by kind ids, which an entity's id may equal. A memo, so
    // that the link's every change (each step of a zoom or pan writes its window) does
    // not draw the lanes again.
    let chosen = Memo::new(move |_| {
        let by_kind = timeline.state.link.with(|l| l.group == LaneGrouping::Kind);
        timeline.state.selection.with(|s| match s {
            Some(Selection::Entity(id)) if !by_kind => Some(id.clone()),
            _ => None,
        })
    });
    move || {
        let data = timeline.data.get()?;
        let offsets = timeline.offsets.get();
        let gutter = timeline.gutter.get();
        let width = timeline.width.get();
        let chosen = chosen.get();
        let scroll_top = timeline.scroll_top.get();
        let first = ((scroll_top / ROW).floor() as u32).saturating_sub(ROW_MARGIN);
        let last = ((scroll_top + timeline.view_height.get()) / ROW).ceil() as u32 + ROW_MARGIN;
        let lanes = data
            .lanes
            .iter()
            .enumerate()
            .filter(|(i, _)| offsets[i + 1] >= first && offsets[*i] <= last)
            .map(|(i, lane)| {
                let top = AXIS + f64::from(offsets[i]) * ROW;
                let rows = offsets[i + 1] - offsets[i];
                let height = f64::from(rows) * ROW;
                // A name too long for the gutter breaks between its words, or a single
                // long word between syllables, onto a second line (a phone's gutter
                // holds about eleven characters).
                let mut lines = format::two_lines(&lane.label, ((gutter - 18.0) / LANE_CHAR).max(4.0) as usize).into_iter();
                let (first, second) = (lines.next(), lines.next());
                // The name (and the note under it) keep to the top of the part of the
                // lane in view, down to its last rows: a tall lane scrolled part way
                // still says whose rows these are.
                let name_top = named_row_top(top, height, rows, scroll_top);
                let first_y = name_top + ROW / 2.0 - if second.is_some() { LANE_LINE / 2.0 } else { 0.0 };
                view! {
                    <g class="lane">
                        {(i % 2 == 0).then(|| view! {
                            <rect class="lane-bg" x="0" y=px(top) width=px(gutter + width) height=px(height)/>
                        })}
                        {(rows > 1).then(|| view! {
                            <line class="lane-bracket" x1=px(gutter - 8.0) x2=px(gutter - 8.0) y1=px(top + 8.0) y2=px(top + height - 8.0)/>
                        })}
                        <text class="lane-label" class:selected=chosen.as_deref() == Some(lane.key.as_str())
                            x="10" y=px(first_y) dominant-baseline="central">
                            {crate::ui::svg::title(lane.label.clone())}
                            {first}
                            {second.map(|line| view! { <tspan x="10" dy=px(LANE_LINE)>{line}</tspan> })}
                        </text>
                        // Without a word, the rows under the name read as lanes with no name.
                        {(rows > 1).then(|| view! {
                            <text class="lane-stack-note" x="10" y=px(name_top + ROW * 1.5) dominant-baseline="central">
                                {if gutter >= GUTTER { "Same dates, stacked" } else { "Same dates" }}
                            </text>
                        })}
                        <line class="lane-rule" x1="0" x2=px(gutter + width) y1=px(top + height) y2=px(top + height)/>
                    </g>
                }
            })
            .collect_view();
        Some(view! { <g class="lanes" aria-hidden="true">{lanes}</g> })
    }
}

/// Where the row holding a lane's name starts: the lane's first row, or, when the lanes
/// are scrolled past it, the first row in view (just under the axis), but never so low
/// that the name, and the stack note under it in a lane of several rows, leave the lane.
fn named_row_top(top: f64, height: f64, rows: u32, scroll_top: f64) -> f64 {
    let rows_named = if rows > 1 { 2.0 } else { 1.0 };
    let lowest = top + height - rows_named * ROW;
    (AXIS + scroll_top).min(lowest).max(top)
}

/// The distance between the lines of a lane's name, for its 12.5 px type.
const LANE_LINE: f64 = 15.0;

/// Average width of a character of a lane's name in its 12.5 px type: "Partnership",
/// "Middle East" and "No investor" measure 71 to 72 px, 6.5 px a character, rounded up.
const LANE_CHAR: f64 = 6.7;
