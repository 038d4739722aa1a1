//! Zoom and pan: the wheel or trackpad, dragging, pinching, the keyboard and the
//! buttons all end in `Timeline::show`, which writes the window into the link.
//!
//! A continuous gesture adds one history entry at its start and replaces it after, so
//! Back undoes a whole drag or pinch, not one frame of it.

use std::time::Duration;

use leptos::ev::{KeyboardEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;

use super::Timeline;
use super::geometry::SEPARATION;
use crate::core::scale::TimeScale;
use crate::core::timeline::window::zoom_focus;
use crate::ui::pointers::Pointers;

/// How much one wheel pixel zooms: 500 px of scrolling doubles or halves the span.
const WHEEL_ZOOM_PER_PIXEL: f64 = std::f64::consts::LN_2 / 500.0;
/// A pointer that moves less than this between down and up is a click, not a drag.
const CLICK_SLOP: f64 = 4.0;
/// A wheel gesture ends after this long without a wheel event.
const WHEEL_IDLE: Duration = Duration::from_millis(250);
/// One arrow-key pan step, as a share of the plot's width.
const KEY_PAN: f64 = 0.2;

/// The state of a drag or pinch in progress.
#[derive(Clone, Copy, Debug, Default)]
struct Gesture {
    /// The pointer moved far enough to count as a drag.
    moved: bool,
    start_x: f64,
    start_y: f64,
    start_scroll: f64,
}

#[derive(Clone, Copy)]
pub(crate) struct Controls {
    timeline: Timeline,
    pointers: Pointers,
    gesture: StoredValue<Gesture>,
    wheel_generation: StoredValue<u64>,
    /// Whether the last pointer down was a finger or a pen, until a mouse moves or
    /// presses: the mouse events a browser sends for a tap show no tooltip (see
    /// `glyphs.rs`).
    pub tapped: StoredValue<bool>,
}

impl Controls {
    pub fn new(timeline: Timeline) -> Self {
        Self {
            timeline,
            pointers: Pointers::default(),
            gesture: StoredValue::new(Gesture::default()),
            wheel_generation: StoredValue::new(0),
            tapped: StoredValue::new(false),
        }
    }

    fn scale(&self) -> TimeScale {
        self.timeline.scale.get_untracked()
    }

    /// The plot's x coordinate of a pointer event (the gutter is not part of the plot).
    fn plot_x(&self, client_x: f64, target: &web_sys::Element) -> f64 {
        client_x - target.get_bounding_client_rect().left() - self.timeline.gutter.get_untracked()
    }

    /// One step of a continuous gesture: one history step for the whole gesture.
    fn gesture_step(&self, next: TimeScale) {
        self.timeline.show_gesture("timeline", next);
    }

    /// A discrete zoom (buttons and keys) around the selected mark, or else the middle
    /// of the marks in view (`zoom_focus`).
    pub fn zoom_step(&self, factor: f64) {
        let scale = self.scale();
        let selected = self.timeline.selected_mark.get_untracked();
        let focus = match self.timeline.data.get_untracked() {
            Some(data) => zoom_focus(&data.marks, &scale, selected),
            None => (scale.range.0 + scale.range.1) / 2.0,
        };
        self.timeline.show(scale.zoom_around(focus, factor));
    }

    /// A discrete pan by a share of the width (keys).
    fn pan_step(&self, share: f64) {
        let scale = self.scale();
        let width = scale.range.1 - scale.range.0;
        self.timeline.show(scale.pan_by(width * share));
    }

    /// Keys while the timeline region itself has focus: + and − zoom, arrows pan.
    pub fn on_region_key(&self, event: KeyboardEvent) {
        let on_region = event
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|t| t.get_attribute("aria-label").as_deref() == Some("Timeline"));
        if !on_region {
            return;
        }
        match event.key().as_str() {
            "+" | "=" => self.zoom_step(2.0),
            "-" | "−" | "_" => self.zoom_step(0.5),
            "ArrowLeft" => self.pan_step(KEY_PAN),
            "ArrowRight" => self.pan_step(-KEY_PAN),
            _ => return,
        }
        event.prevent_default();
    }

    /// The wheel or trackpad zooms around the pointer; horizontal scrolling pans, and
    /// Shift+wheel scrolls the lanes.
    pub fn on_wheel(&self, event: WheelEvent) {
        event.prevent_default();
        let Some(target) = event
            .current_target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        else {
            return;
        };
        // Lines and pages are turned into pixels the way browsers do.
        let unit = match event.delta_mode() {
            1 => 16.0,
            2 => 400.0,
            _ => 1.0,
        };
        let (dx, dy) = (event.delta_x() * unit, event.delta_y() * unit);
        if event.shift_key() {
            // Browsers turn Shift+wheel into a sideways scroll (Chromium on Linux and
            // Windows, with the delta left in y), which the lanes do not have: so the
            // scroll is made here, by whichever delta the wheel gave.
            let by = if dx.abs() > dy.abs() { dx } else { dy };
            // A trackpad's small steps would round to nothing: each moves a pixel at least.
            let step = if by == 0.0 {
                0.0
            } else {
                by.signum() * by.abs().round().max(1.0)
            };
            if let Some(scroller) = target.parent_element() {
                scroller.set_scroll_top(scroller.scroll_top() + step as i32);
            }
            return;
        }
        let scale = self.scale();
        let next = if dx.abs() > dy.abs() {
            scale.pan_by(-dx)
        } else {
            let x = self.plot_x(f64::from(event.client_x()), &target);
            scale.zoom_around(x, (-dy * WHEEL_ZOOM_PER_PIXEL).exp())
        };
        self.gesture_step(next);
        // The gesture ends when the wheel has been still for a moment.
        let generation = self.wheel_generation.get_value() + 1;
        self.wheel_generation.set_value(generation);
        let controls = *self;
        set_timeout(
            move || {
                // The timeline may have been closed since; then there is nothing to end.
                if controls.wheel_generation.is_disposed() || controls.pointers.is_disposed() {
                    return;
                }
                if controls.wheel_generation.get_value() == generation
                    && controls.pointers.is_empty()
                {
                    controls.gesture.set_value(Gesture::default());
                    controls.timeline.state.end_gesture();
                }
            },
            WHEEL_IDLE,
        );
    }

    pub fn on_pointer_down(&self, event: PointerEvent) {
        self.tapped.set_value(event.pointer_type() != "mouse");
        if event.button() != 0 {
            return;
        }
        if let Some(pointer) = self.pointers.press(&event) {
            self.gesture.set_value(Gesture {
                moved: false,
                start_x: pointer.x,
                start_y: pointer.y,
                start_scroll: self.timeline.scroll_top.get_untracked(),
            });
        }
    }

    pub fn on_pointer_move(&self, event: PointerEvent) {
        if event.pointer_type() == "mouse" {
            self.tapped.set_value(false);
        }
        let Some(step) = self.pointers.moved(&event) else {
            return;
        };
        let mut gesture = self.gesture.get_value();
        if !gesture.moved
            && step.travelled_from((gesture.start_x, gesture.start_y)) < CLICK_SLOP
            && step.other.is_none()
        {
            return;
        }
        let Some(target) = event
            .current_target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        else {
            return;
        };
        if !gesture.moved {
            // Capture only once this is a drag: capturing on press would send the click
            // that ends a plain press to the chart instead of the mark under it.
            let _ = target.set_pointer_capture(event.pointer_id());
        }
        gesture.moved = true;
        self.gesture.set_value(gesture);
        let scale = self.scale();
        let (previous, current) = (step.previous, step.current);
        if step.other.is_some() {
            // Two fingers: zoom by the change in their distance, around their midpoint.
            if let Some((factor, middle)) = step.pinch() {
                let middle = self.plot_x(middle.0, &target);
                self.gesture_step(scale.zoom_around(middle, factor));
            }
        } else {
            // One pointer: pan the time axis, and scroll the lanes with the vertical move.
            self.gesture_step(scale.pan_by(current.x - previous.x));
            let scroll_to = gesture.start_scroll - (current.y - gesture.start_y);
            if let Some(scroller) = target.parent_element() {
                scroller.set_scroll_top(scroll_to.max(0.0) as i32);
            }
        }
    }

    /// Ends the gesture. A pointer that did not move was a click, which the glyphs
    /// handle themselves.
    pub fn on_pointer_up(&self, event: PointerEvent) {
        if self.pointers.release(&event) {
            self.gesture.set_value(Gesture::default());
            self.timeline.state.end_gesture();
        }
    }

    /// True while a drag has moved: the click that ends it must not select anything.
    pub fn dragged(&self) -> bool {
        self.gesture.with_value(|g| g.moved)
    }

    /// Zooms so that the days `days` fill the plot, as a click on a cluster badge does.
    pub fn zoom_to(&self, days: (f64, f64)) {
        let scale = self.scale();
        let span = (days.1 - days.0).max(crate::core::scale::time::MIN_SPAN_DAYS);
        // A margin of a separation's worth of pixels on each side keeps the members
        // from sitting on the edges.
        let width = (scale.range.1 - scale.range.0).max(1.0);
        let pad = span * (SEPARATION * 2.0) / width + span * 0.1;
        let next = TimeScale::new((days.0 - pad, days.1 + pad), scale.range);
        self.timeline.show(next);
    }
}
