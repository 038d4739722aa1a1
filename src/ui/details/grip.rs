//! The bottom sheet's grip, on phones and tablets: the handle at the sheet's head.
//! Dragging it down moves the sheet with the finger, and far enough closes it, as a
//! phone's own sheets do; let go sooner and the sheet settles back. A handle that did
//! nothing when dragged promised what the sheet did not do.
//!
//! The grip is an element of its own, not a drawing on the sheet, so that it alone can
//! refuse the browser's panning (`touch-action: none`): a drag that starts on it moves
//! the sheet, and one anywhere else still scrolls the details. Close and Escape remain
//! the ways to close it from a keyboard; the grip is hidden from assistive technology.
//!
//! The sheet is moved by setting its style directly, not through signals: a drag
//! changes nothing else on the page, and each reactive attribute costs bundle size.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, PointerEvent};

use crate::ui::state::use_app;

/// How far down, in CSS pixels, the grip must be dragged for the sheet to close: about
/// a fifth of the sheet, far enough that a tap or a wobble never closes it.
const CLOSE_AFTER: f64 = 80.0;

/// The grip, drawn first in the sheet.
pub fn grip() -> impl IntoView {
    let state = use_app();
    // The pointer dragging the grip, and where it was when the drag began. Only that
    // pointer moves the sheet: a second finger on the grip changes nothing.
    let start = StoredValue::new(None::<(i32, f64)>);
    let on_pointer = move |ev: PointerEvent| {
        let Some(grip) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<HtmlElement>().ok())
        else {
            return;
        };
        let Some(sheet) = grip
            .parent_element()
            .and_then(|p| p.dyn_into::<HtmlElement>().ok())
        else {
            return;
        };
        let style = sheet.style();
        let y = f64::from(ev.client_y());
        let dragging = start.get_value();
        let ours = dragging.filter(|&(id, _)| id == ev.pointer_id());
        match (ev.type_().as_str(), ours) {
            ("pointerdown", _) if dragging.is_none() && ev.is_primary() && ev.button() == 0 => {
                // A mouse drag would otherwise select the text above the pointer.
                ev.prevent_default();
                let _ = grip.set_pointer_capture(ev.pointer_id());
                start.set_value(Some((ev.pointer_id(), y)));
                // The sheet follows the finger at once, with no transition.
                let _ = style.set_property("transition", "none");
            }
            // A move with no button down is a release that never arrived (the window
            // lost focus mid-drag, say): it ends the drag below, without closing.
            ("pointermove", Some((_, from))) if ev.buttons() != 0 => {
                let _ = style.set_property(
                    "transform",
                    &format!("translateY({}px)", (y - from).max(0.0)),
                );
            }
            // Let go, the sheet settles back (or closes) with its usual transition. A
            // drag the browser took over or whose capture was lost never closes it.
            (end, Some((_, from))) if end != "pointerdown" => {
                start.set_value(None);
                let _ = style.remove_property("transition");
                let _ = style.remove_property("transform");
                if end == "pointerup" && y - from >= CLOSE_AFTER {
                    state.select(None);
                }
            }
            _ => {}
        }
    };
    view! {
        <div class="grip" aria-hidden="true" on:pointerdown=on_pointer on:pointermove=on_pointer
            on:pointerup=on_pointer on:lostpointercapture=on_pointer></div>
    }
}
