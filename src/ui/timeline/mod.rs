//! The timeline view: lanes of events along a zoomable time axis.
//!
//! Geometry comes from `core::timeline` (lanes, marks, clusters) and `core::scale`
//! (ticks). This module holds the view's signals and lays out its parts; drawing and
//! gestures live in the submodules.

mod axis;
mod controls;
mod figures;
mod foot;
mod geometry;
mod glyphs;
mod group_picker;
mod legend;
mod more_lanes;
mod near;
mod overview;
mod popout;
mod shapes;
mod stepping;
mod tooltip;

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::link::Selection;
use crate::core::scale::TimeScale;
use crate::core::timeline::window::{scale_for_window, window_of};
use crate::core::timeline::{Glyph, Viewport, cluster, lane_rows_at, layout, offsets_of};
use crate::ui::history::HistoryMode;
use crate::ui::no_match::NoMatch;
use crate::ui::resize::{SizeWatch, watch_size};
use crate::ui::state::{AppState, use_app};
use controls::Controls;
/// The axis's height at the top of the frame; the details sheet keeps it in sight.
pub use geometry::AXIS;
use geometry::{GUTTER, GUTTER_NARROW, ROW, ROW_MARGIN, SEPARATION, Shared};

/// Everything the timeline's parts share.
#[derive(Clone, Copy)]
pub(crate) struct Timeline {
    pub state: AppState,
    pub data: Memo<Option<Shared>>,
    /// Rows above each lane, and the total at the end.
    pub offsets: Memo<Vec<u32>>,
    pub scale: Memo<TimeScale>,
    /// The full extent of the laid-out data and the as-of date, for Fit and the overview.
    pub extent: Memo<Option<(i32, i32)>>,
    /// Where the as-of line is drawn, in plot pixels, while it is in view: the line, its
    /// label on the axis and its legend key all follow this one answer.
    pub as_of_x: Memo<Option<f64>>,
    pub gutter: Memo<f64>,
    /// Plot width in pixels, right of the gutter.
    pub width: RwSignal<f64>,
    pub scroll_top: RwSignal<f64>,
    pub view_height: RwSignal<f64>,
    /// The exact domain during and after a gesture; the link holds it rounded to days.
    pub exact_domain: RwSignal<Option<(f64, f64)>>,
    /// Every glyph at the current zoom, in rows drawn or not.
    pub placed: Memo<Vec<Glyph>>,
    /// The glyphs drawn: those in the rows in and near the scrolled view.
    pub glyphs: Memo<Vec<Glyph>>,
    /// The selected event, and the events brought forward with the selection: those
    /// that share a party with the selected event, or a selected entity's own events.
    pub selected: Memo<Option<usize>>,
    pub related: Memo<HashSet<usize>>,
    /// The selected event's mark, as a position in the layout's marks, if it has one.
    pub selected_mark: Memo<Option<usize>>,
    /// The mark or badge under the pointer or focus, for the tooltip, with its anchor
    /// point and how far it reaches from there.
    pub hover: RwSignal<Option<(tooltip::Hovered, f64, f64, f64)>>,
    /// The members of the badge with keyboard focus, which its description names.
    pub focused_badge: RwSignal<Option<std::ops::Range<usize>>>,
    /// The events whose reports disagree on their amount, in order.
    pub disputed: Memo<Vec<usize>>,
}

impl Timeline {
    /// Shows `scale`'s domain and writes it into the link as the date window, as one
    /// history step.
    pub fn show(&self, scale: TimeScale) {
        self.exact_domain.set(Some(scale.domain));
        let (from, to) = window_of(&scale);
        self.state.filter_with(
            |f| {
                f.from = Some(from);
                f.to = Some(to);
            },
            HistoryMode::Push,
        );
    }

    /// Shows `scale` as one step of the continuous gesture `key` (a drag, a pinch, the
    /// wheel, brushing the overview), which adds one history step in all.
    pub fn show_gesture(&self, key: &'static str, scale: TimeScale) {
        self.exact_domain.set(Some(scale.domain));
        let (from, to) = window_of(&scale);
        self.state.gesture_step(key, |link| {
            link.filter.from = Some(from);
            link.filter.to = Some(to);
        });
    }

    /// Clears the window: the whole data, fitted.
    pub fn fit(&self) {
        self.exact_domain.set(None);
        self.state.filter_with(
            |f| {
                f.from = None;
                f.to = None;
            },
            HistoryMode::Push,
        );
    }
}

#[component]
pub fn TimelineView() -> impl IntoView {
    let state = use_app();
    let before_window = Memo::new(move |_| state.filtered.with(|f| f.before_window.clone()));
    let group = Memo::new(move |_| state.link.with(|l| l.group));
    let data = Memo::new(move |_| {
        let events = before_window.get();
        let group = group.get();
        state.atlas.with(|atlas| {
            atlas
                .as_ref()
                .map(|a| Shared(Arc::new(layout(a, &events, group))))
        })
    });
    let as_of = Memo::new(move |_| {
        state
            .atlas
            .with(|a| a.as_ref().map(|a| a.dataset.as_of.last_day()))
    });
    let extent = Memo::new(move |_| {
        let laid_out = data.with(|d| d.as_ref().and_then(|d| d.extent));
        match (laid_out, as_of.get()) {
            (Some((a, b)), Some(day)) => Some((a.min(day), b.max(day))),
            (extent, None) => extent,
            (None, Some(day)) => Some((day, day)),
        }
    });
    let width = RwSignal::new(900.0);
    let container_width = RwSignal::new(1100.0);
    let gutter = Memo::new(move |_| {
        if container_width.get() < 560.0 {
            GUTTER_NARROW
        } else {
            GUTTER
        }
    });
    let exact_domain = RwSignal::new(None::<(f64, f64)>);
    let window = Memo::new(move |_| state.filter.with(|f| (f.from, f.to)));
    let scale = Memo::new(move |_| {
        let (from, to) = window.get();
        let range = (0.0, width.get());
        // The exact domain of the last gesture stands while the link still holds what
        // it rounds to; a link edited any other way wins.
        if let (Some(domain), Some(from), Some(to)) = (exact_domain.get(), from, to) {
            let exact = TimeScale::new(domain, range);
            if window_of(&exact) == (from, to) {
                return exact;
            }
        }
        scale_for_window(from, to, extent.get(), range)
    });
    // Lanes are as tall as the stacks drawn open at this zoom and near the view (see
    // `lane_rows_at`); the memo keeps its value through a pan that brings no stack
    // nearer or further than a view's width.
    let offsets = Memo::new(move |_| {
        let view = Viewport {
            scale: scale.get(),
            visible: (0.0, width.get()),
            min_separation: SEPARATION,
        };
        data.with(|d| {
            d.as_ref()
                .map(|d| offsets_of(&lane_rows_at(d, &view)))
                .unwrap_or_else(|| vec![0])
        })
    });
    let scroll_top = RwSignal::new(0.0);
    let view_height = RwSignal::new(480.0);
    // Nothing is drawn before the plot's width is known: a first draw at a guessed
    // width would be thrown away by the measurement a moment later, doubling the work
    // of the first chart.
    let measured = RwSignal::new(false);
    // Every glyph at this zoom, drawn or not: the arrow keys step through all of them
    // (`stepping`), and scrolling the lanes only picks among them, never re-clusters.
    let placed = Memo::new(move |_| {
        if !measured.get() {
            return Vec::new();
        }
        let view = Viewport {
            scale: scale.get(),
            visible: (0.0, width.get()),
            min_separation: SEPARATION,
        };
        data.with(|d| d.as_ref().map(|d| cluster(d, &view)).unwrap_or_default())
    });
    // Only the rows in and near the scrolled view are drawn.
    let glyphs = Memo::new(move |_| {
        let first_row = (scroll_top.get() / ROW).floor().max(0.0) as u32;
        let last_row = ((scroll_top.get() + view_height.get()) / ROW).ceil() as u32 + ROW_MARGIN;
        let first_row = first_row.saturating_sub(ROW_MARGIN);
        data.with(|data| {
            let Some(data) = data else { return Vec::new() };
            offsets.with(|offsets| {
                placed.with(|placed| {
                    placed
                        .iter()
                        .filter(|glyph| {
                            let at = geometry::glyph_row(data, offsets, glyph);
                            (first_row..=last_row).contains(&at)
                        })
                        .cloned()
                        .collect()
                })
            })
        })
    });
    let selected = Memo::new(move |_| match state.selection.get() {
        Some(Selection::Event(id)) => state
            .atlas
            .with(|a| a.as_ref().and_then(|a| a.index.event(&id))),
        _ => None,
    });
    // Found once per selection or layout, not on every frame of a pan.
    let selected_mark = Memo::new(move |_| {
        let event = selected.get()?;
        data.with(|d| d.as_ref()?.marks.iter().position(|m| m.event == event))
    });
    let related = Memo::new(move |_| {
        state.atlas.with(|atlas| {
            let Some(atlas) = atlas else {
                return HashSet::new();
            };
            state
                .selection
                .with(|s| crate::core::related::related_events(atlas, s.as_ref()))
        })
    });
    Effect::new(move |_| {
        if glyphs.with(|g| !g.is_empty()) {
            crate::ui::perf::first_chart_drawn();
        }
    });
    let as_of_x = Memo::new(move |_| {
        let end = f64::from(as_of.get()?) + 1.0;
        let scale = scale.get();
        scale.shows(end).then(|| scale.apply(end))
    });
    let timeline = Timeline {
        state,
        data,
        offsets,
        scale,
        extent,
        as_of_x,
        gutter,
        width,
        scroll_top,
        view_height,
        exact_domain,
        placed,
        glyphs,
        selected,
        selected_mark,
        related,
        hover: RwSignal::new(None),
        focused_badge: RwSignal::new(None),
        disputed: figures::disputed_amounts(state),
    };
    let controls = Controls::new(timeline);
    let frame = NodeRef::<leptos::html::Div>::new();
    let scroller = NodeRef::<leptos::html::Div>::new();
    // Measure on mount and whenever the frame or the scroller changes size (the window,
    // or on phones and tablets the frame following its lanes' height). Measuring may be
    // scheduled (an animation frame) and run after the view is gone. Only a change is
    // set, so a measurement that finds the same room redraws nothing.
    let measure = move || {
        if width.is_disposed() {
            return;
        }
        if let (Some(frame), Some(scroller)) = (frame.get_untracked(), scroller.get_untracked()) {
            let outer = f64::from(frame.client_width());
            let plot = (outer - gutter.get_untracked() - geometry::RIGHT_PAD).max(120.0);
            let height = f64::from(scroller.client_height()).max(ROW);
            set_changed(container_width, outer);
            set_changed(width, plot);
            set_changed(view_height, height);
            set_changed(measured, true);
        }
    };
    let watch = StoredValue::new_local(None::<SizeWatch>);
    request_animation_frame(move || {
        // The view may be gone by now (a quick switch to another tab): reading its
        // disposed nodes would panic.
        if watch.is_disposed() {
            return;
        }
        measure();
        if let (Some(frame), Some(scroller)) = (frame.get_untracked(), scroller.get_untracked()) {
            watch.set_value(watch_size(&[&frame, &scroller], measure));
        }
    });
    Effect::new(move |_| {
        gutter.track();
        measure();
    });

    let total_height =
        move || AXIS + f64::from(offsets.with(|o| *o.last().unwrap_or(&0))) * ROW + 8.0;
    let empty = move || data.with(|d| d.as_ref().is_none_or(|d| d.marks.is_empty()));
    // A window between the events: the lanes stay (they are the data's, so a pan keeps
    // them still), but nothing in them says why they are empty.
    let empty_window = move || !empty() && state.filtered.with(|f| f.events.is_empty());

    // A selection made elsewhere (a link, the table, the details panel) scrolls its lane
    // into view, so the selected mark is never hidden below the fold.
    Effect::new(move |_| {
        let Some(event) = selected.get() else { return };
        let row = data.with_untracked(|d| {
            let d = d.as_ref()?;
            let mark = d.marks.iter().find(|m| m.event == event)?;
            Some(offsets.with_untracked(|o| o[mark.lane]) + u32::from(mark.stack))
        });
        if let (Some(row), Some(scroller)) = (row, scroller.get_untracked()) {
            stepping::bring_row_into_view(timeline, &scroller, row);
        }
    });

    view! {
        <section role="region" aria-label="Timeline" class="chart timeline" tabindex="0"
            aria-describedby="timeline-help" on:keydown=move |ev| controls.on_region_key(ev)>
            <div class="chart-toolbar">
                <div class="zoom-buttons" role="group" aria-label="Zoom">
                    <button type="button" class="zoom-in" aria-label="Zoom in" on:click=move |_| controls.zoom_step(2.0)>"Zoom in"</button>
                    <button type="button" class="zoom-out" aria-label="Zoom out" on:click=move |_| controls.zoom_step(0.5)>"Zoom out"</button>
                    <button type="button" on:click=move |_| timeline.fit()>"Fit"</button>
                </div>
                <group_picker::GroupPicker/>
                <p id="timeline-help" class="chart-help">
                    "Scroll or pinch to zoom, drag to pan, Shift+scroll for more lanes. Keys: + and − zoom, arrows pan; on a mark, arrows step through time and Enter selects."
                </p>
            </div>
            <div class="timeline-frame" node_ref=frame
                style:--drawing-height=move || format!("{}px", geometry::px(total_height()))>
                <div class="timeline-scroll" node_ref=scroller
                    on:scroll=move |ev| {
                        let target: web_sys::Element = event_target(&ev);
                        scroll_top.set(f64::from(target.scroll_top()));
                    }>
                    <svg class="timeline-svg" data-export="timeline" role="group" aria-label="Timeline drawing"
                        width=move || geometry::px(gutter.get() + width.get() + geometry::RIGHT_PAD) height=move || geometry::px(total_height())
                        on:click=move |ev| near::on_click(timeline, controls, ev)
                        on:wheel=move |ev| controls.on_wheel(ev)
                        on:pointerdown=move |ev| controls.on_pointer_down(ev)
                        on:pointermove=move |ev| controls.on_pointer_move(ev)
                        on:pointerup=move |ev| controls.on_pointer_up(ev)
                        on:pointercancel=move |ev| controls.on_pointer_up(ev)>
                        <defs>
                            // Marks and bands stop at the plot's edges, never over the
                            // lane names or past the axis's end.
                            <clipPath id="timeline-plot">
                                <rect x="-1" y="0" width=move || geometry::px(width.get() + 2.0) height=move || geometry::px(total_height())/>
                            </clipPath>
                        </defs>
                        <axis::LaneBackdrop timeline/>
                        <g transform=move || format!("translate({},{})", geometry::px(gutter.get()), AXIS) clip-path="url(#timeline-plot)">
                            <axis::Gridlines timeline/>
                            <glyphs::Bands timeline/>
                            <axis::AsOfLine timeline/>
                            <glyphs::Glyphs timeline controls/>
                            <figures::Figures timeline/>
                            <popout::PoppedOut timeline/>
                        </g>
                        <axis::Axis timeline/>
                    </svg>
                </div>
                <tooltip::Tooltip timeline/>
                <tooltip::BadgeDescription timeline/>
                <more_lanes::MoreLanes timeline/>
                {move || empty().then(|| view! {
                    <NoMatch class="chart-empty" message="No dated events match these filters."/>
                })}
                // Over the plot, clear of the lanes' names. Static markup, hidden while
                // the window holds events: it costs less WebAssembly than a view made
                // and dropped.
                <p class="chart-gap" hidden=move || !empty_window() style:left=move || format!("{}px", gutter.get())>
                    <span>
                        "No events between these dates. "
                        <button type="button" class="link" on:click=move |_| timeline.fit()>"Show every date"</button>
                    </span>
                </p>
            </div>
            <overview::Overview timeline controls/>
            <foot::Foot timeline/>
        </section>
    }
}

/// Sets `signal` only when `value` differs, so its readers rerun only on a change.
fn set_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|current| *current != value) {
        signal.set(value);
    }
}
