//! A click or tap that lands just beside a small mark or badge still means it: on a
//! phone a 12 px diamond is hard to hit with a finger.

use wasm_bindgen::JsCast;
use web_sys::MouseEvent;

use super::Timeline;
use super::controls::Controls;
use super::glyphs;
use crate::core::hit::{ScreenBox, TAP_REACH, nearest_within};

/// Selects the mark, or zooms into the badge, nearest to a click on the drawing's empty
/// space, if one is within reach. A click on a glyph itself is the glyphs' own, and the
/// click that ends a drag selects nothing.
pub fn on_click(timeline: Timeline, controls: Controls, ev: MouseEvent) {
    if controls.dragged() || glyphs::glyph_element(ev.target()).is_some() {
        return;
    }
    let Some(svg) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(list) = svg.query_selector_all(".glyphs [data-event], .glyphs [data-cluster]") else {
        return;
    };
    let glyphs: Vec<web_sys::Element> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect();
    let boxes: Vec<ScreenBox> = glyphs
        .iter()
        .map(|g| {
            let r = g.get_bounding_client_rect();
            ScreenBox {
                left: r.left(),
                top: r.top(),
                right: r.right(),
                bottom: r.bottom(),
            }
        })
        .collect();
    let at = (f64::from(ev.client_x()), f64::from(ev.client_y()));
    if let Some(nearest) = nearest_within(&boxes, at, TAP_REACH) {
        glyphs::activate(timeline, controls, Some(glyphs[nearest].clone().into()));
    }
}
