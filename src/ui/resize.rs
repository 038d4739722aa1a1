//! Calling back when elements change size.
//!
//! A chart's drawing depends on the room it has, and the window's size is not the only
//! thing that changes it: on phones and tablets the timeline's frame grows and shrinks
//! with its lanes. A `ResizeObserver` reports every change after layout and before
//! paint, so a redraw it causes shows in the same frame.

use wasm_bindgen::prelude::*;

/// Watches elements' sizes until dropped.
pub struct SizeWatch {
    observer: web_sys::ResizeObserver,
    // The observer calls this closure; it must live as long as the observer does.
    _callback: Closure<dyn FnMut()>,
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `on_change` whenever one of `elements` changes size (and once when watching
/// starts). `None` where the browser has no `ResizeObserver`.
pub fn watch_size(
    elements: &[&web_sys::Element],
    on_change: impl FnMut() + 'static,
) -> Option<SizeWatch> {
    let callback = Closure::<dyn FnMut()>::new(on_change);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    for element in elements {
        observer.observe(element);
    }
    Some(SizeWatch {
        observer,
        _callback: callback,
    })
}
