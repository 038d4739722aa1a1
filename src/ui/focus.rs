//! Moving keyboard focus to elements found by selector, for the places where what had
//! focus goes away (a closing panel) or where arrow keys walk between marks and nodes.

use wasm_bindgen::JsCast;

/// Focuses the first element `selector` matches, HTML or SVG. True when focus is on it
/// now: an element that is hidden, or cannot take focus, leaves focus where it was.
pub fn focus_first(selector: &str) -> bool {
    let Some(element) = leptos::prelude::document()
        .query_selector(selector)
        .ok()
        .flatten()
    else {
        return false;
    };
    // Focus is defined on HTML and SVG elements alike, but web-sys gives each its own
    // binding.
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    } else if let Some(svg) = element.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus();
    }
    leptos::prelude::document().active_element().as_ref() == Some(&element)
}

/// True when keyboard focus is on an element inside the first one `selector` matches.
pub fn is_within(selector: &str) -> bool {
    leptos::prelude::document()
        .active_element()
        .is_some_and(|e| e.closest(selector).ok().flatten().is_some())
}
