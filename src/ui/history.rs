//! The browser's address bar and history, as the link state sees them.
//!
//! Writes wait until just after the next paint, merged by `core::link::record`, so a
//! redraw never waits for the browser's history (see there for why). Whatever reads the
//! address (`current_query`, `current_href`, the Reload button) makes the waiting write
//! first, and so does a page being hidden (the app listens for it).

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;

pub use crate::core::link::HistoryMode;
use crate::core::link::{HistoryWrite, PendingWrite};

thread_local! {
    static PENDING: RefCell<PendingWrite> = RefCell::default();
}

/// The current query string, without its `?`.
pub fn current_query() -> String {
    flush();
    let search = window().location().search().unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_string()
}

/// The page's full address, as a reader would copy it.
pub fn current_href() -> String {
    flush();
    window().location().href().unwrap_or_default()
}

/// Records `query` in the address bar just after the next paint, keeping the path and
/// dropping any fragment.
pub fn write(query: &str, mode: HistoryMode) {
    let path = window().location().pathname().unwrap_or_default();
    let address = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    let (now, schedule) = PENDING.with_borrow_mut(|pending| {
        let schedule = pending.is_empty();
        (pending.queue(HistoryWrite { address, mode }), schedule)
    });
    if let Some(now) = now {
        write_now(&now);
    }
    // A hidden page gets no frames, so it writes at once.
    if document().hidden() {
        flush();
    } else if schedule {
        request_animation_frame(|| set_timeout(flush, Duration::ZERO));
    }
}

/// Makes the waiting write, if any.
pub fn flush() {
    if let Some(write) = PENDING.with_borrow_mut(PendingWrite::take) {
        write_now(&write);
    }
}

/// Drops the waiting write: Back or Forward moved the history past it.
pub fn discard() {
    PENDING.with_borrow_mut(PendingWrite::take);
}

/// Writes to the browser's history at once.
fn write_now(write: &HistoryWrite) {
    let Ok(history) = window().history() else {
        return;
    };
    let url = Some(write.address.as_str());
    let result = match write.mode {
        HistoryMode::Push => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", url),
        HistoryMode::Replace => {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", url)
        }
    };
    if let Err(error) = result {
        leptos::logging::warn!("could not update the address bar: {error:?}");
    }
}
