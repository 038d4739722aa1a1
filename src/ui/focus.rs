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
    focus(&element);
    leptos::prelude::document().active_element().as_ref() == Some(&element)
}

/// Focuses `element`, HTML or SVG: focus is defined on both alike, but web-sys gives
/// each its own binding.
fn focus(element: &web_sys::Element) {
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    } else if let Some(svg) = element.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus();
    }
}

/// True when keyboard focus is on an element inside the first one `selector` matches.
pub fn is_within(selector: &str) -> bool {
    leptos::prelude::document()
        .active_element()
        .is_some_and(|e| e.closest(selector).ok().flatten().is_some())
}

/// Keeps keyboard focus on a chart element that a keyed list is about to redraw.
///
/// Leptos's keyed list (`<For>`) moves the elements it keeps in the DOM when items are
/// inserted before them (its diff counts only the insertions it has passed so far), and
/// a browser takes focus from an element that moves: a mark focused beside a selection,
/// as more of its lane was drawn before it, left focus on the page's body.
///
/// Called as the list's keys are computed, just before the DOM changes: if focus is on
/// an element inside `within`, that same element gets focus back before the next frame
/// is painted, if it is still in the page and nothing else has taken focus meanwhile.
/// (The element itself, not one found again by its attributes: a mark's number names
/// another event in another layout.) A microtask would do as well as the frame, but
/// `queueMicrotask`'s binding made the WebAssembly 1.4 KB larger, gzipped; the
/// animation frame's is there already.
pub fn keep_through_redraw(within: &'static str) {
    let Some(active) = leptos::prelude::document().active_element() else {
        return;
    };
    if active.closest(within).ok().flatten().is_none() {
        return;
    }
    leptos::prelude::request_animation_frame(move || {
        let document = leptos::prelude::document();
        let now = document.active_element();
        let lost = now.is_none() || now == document.body().map(web_sys::Element::from);
        if lost && active.is_connected() {
            focus(&active);
        }
    });
}
