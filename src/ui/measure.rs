//! Text widths as the browser draws them, so each label is given exactly its room.
//!
//! An average width per character gave short labels more room than they take and
//! labels in capitals less, so a network name could be dropped beside space it would
//! have fitted, or crowd its neighbour, and a timeline title was cut shorter than its
//! room on every system whose fonts are narrower than the widest fallback. A canvas
//! measures the text in the label's own type: the page's sans-serif family (its
//! `--sans` property) at the label's weight and size. Widths are kept by type and text,
//! since labels are placed again on every frame of a pan or zoom.

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The network's names (`.node-label` in charts.css).
pub const NAME_FONT: &str = "600 12px";
/// The timeline's figures (`.mark-label`).
pub const FIGURE_FONT: &str = "600 11px";
/// The timeline's titles (`.mark-title`).
pub const TITLE_FONT: &str = "400 11px";

/// How many widths of one type are kept. A frame measures a few hundred labels at
/// most, and a title a handful of its cuts; past this the type's widths start afresh,
/// so that hostile data, or a long session of panning through 100,000 events, cannot
/// grow the store without end.
const MOST_KEPT: usize = 20_000;

/// One type's canvas and the widths measured in it.
struct Measurer {
    font: &'static str,
    context: Option<web_sys::CanvasRenderingContext2d>,
    widths: HashMap<String, f64>,
}

thread_local! {
    static MEASURERS: RefCell<Vec<Measurer>> = const { RefCell::new(Vec::new()) };
}

/// The width in pixels of `text` drawn in `font` (a CSS weight and size, such as
/// `"600 12px"`, in the page's sans-serif family), or `None` where the page cannot
/// measure (no canvas): callers then estimate.
pub fn text_width(font: &'static str, text: &str) -> Option<f64> {
    MEASURERS.with_borrow_mut(|measurers| {
        let index = match measurers.iter().position(|m| m.font == font) {
            Some(index) => index,
            None => {
                measurers.push(Measurer {
                    font,
                    context: context(font),
                    widths: HashMap::new(),
                });
                measurers.len() - 1
            }
        };
        let measurer = &mut measurers[index];
        if let Some(&width) = measurer.widths.get(text) {
            return Some(width);
        }
        let width = measurer.context.as_ref()?.measure_text(text).ok()?.width();
        if measurer.widths.len() >= MOST_KEPT {
            measurer.widths.clear();
        }
        measurer.widths.insert(text.to_string(), width);
        Some(width)
    })
}

/// A canvas context set to `font` in the page's sans-serif family.
fn context(font: &str) -> Option<web_sys::CanvasRenderingContext2d> {
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
    context.set_font(&format!("{font} {family}"));
    Some(context)
}
