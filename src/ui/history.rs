//! The browser's address bar and history, as the link state sees them.

use leptos::prelude::*;

/// How a link change is recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// A committed change: Back returns to the state before it.
    Push,
    /// A step of a continuous gesture (zoom, pan, typing): no new Back step.
    Replace,
}

/// The current query string, without its `?`.
pub fn current_query() -> String {
    let search = window().location().search().unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_string()
}

/// Writes `query` into the address bar, keeping the path and dropping any fragment.
pub fn write(query: &str, mode: HistoryMode) {
    let window = window();
    let path = window.location().pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    let Ok(history) = window.history() else {
        return;
    };
    let result = match mode {
        HistoryMode::Push => {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        }
        HistoryMode::Replace => {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        }
    };
    if let Err(error) = result {
        leptos::logging::warn!("could not update the address bar: {error:?}");
    }
}
