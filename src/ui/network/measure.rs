//! Names' widths as the browser draws them, so each name is given exactly its room.
//!
//! An average width per character gave short names more room than they take and names
//! in capitals less, so a name could be dropped beside space it would have fitted, or
//! crowd its neighbour. A canvas measures the text in the names' own type: the page's
//! sans-serif family (its `--sans` property) at the labels' weight and size. Widths are
//! kept by name, since names are placed again on every frame of a pan or zoom.

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The type the network's names are drawn in (`.node-label` in charts.css).
const NAME_FONT: &str = "600 12px";

/// More names than any dataset the app accepts has entities; past it the widths start
/// afresh, so hostile data cannot grow the store without end.
const MOST_KEPT: usize = 20_000;

#[derive(Default)]
struct Measurer {
    context: Option<web_sys::CanvasRenderingContext2d>,
    widths: HashMap<String, f64>,
}

thread_local! {
    static MEASURER: RefCell<Measurer> = RefCell::default();
}

/// The width in pixels of the name `text` as drawn, or `None` where the page cannot
/// measure (no canvas): callers then estimate.
pub fn name_width(text: &str) -> Option<f64> {
    MEASURER.with_borrow_mut(|measurer| {
        if let Some(&width) = measurer.widths.get(text) {
            return Some(width);
        }
        if measurer.context.is_none() {
            measurer.context = context();
        }
        let width = measurer.context.as_ref()?.measure_text(text).ok()?.width();
        if measurer.widths.len() >= MOST_KEPT {
            measurer.widths.clear();
        }
        measurer.widths.insert(text.to_string(), width);
        Some(width)
    })
}

/// A canvas context set to the names' type.
fn context() -> Option<web_sys::CanvasRenderingContext2d> {
    let context: web_sys::CanvasRenderingContext2d = document()
        .create_element("canvas")
        .ok()?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .ok()?
        .get_context("2d")
        .ok()??
        .dyn_into()
        .ok()?;
    let family = document()
        .document_element()
        .and_then(|root| window().get_computed_style(&root).ok()?)
        .and_then(|style| style.get_property_value("--sans").ok())
        .filter(|family| !family.trim().is_empty())
        .unwrap_or_else(|| "sans-serif".into());
    context.set_font(&format!("{NAME_FONT} {family}"));
    Some(context)
}
