//! The minimum amount and free-text search fields.

use leptos::prelude::*;

use super::checked::CheckedField;
use crate::core::filter::FilterState;
use crate::core::money::{format_usd_compact, parse_usd};
use crate::ui::state::use_app;

/// "Minimum amount": accepts 500M, 10B, 1.5T or plain dollars; zero means no minimum.
#[component]
pub fn MinimumAmount() -> impl IntoView {
    let state = use_app();
    let value = Memo::new(move |_| state.filter.with(|f| f.min_usd));
    let shown = move || value.get().map(format_usd_compact).unwrap_or_default();
    let apply = |f: &mut FilterState, min: Option<f64>| f.min_usd = min.filter(|&v| v > 0.0);
    view! {
        <CheckedField id="min-amount" label="Minimum amount" class="field amount-field"
            placeholder="e.g. 10B" inputmode="decimal" size=8
            hint="Use an amount such as 500M, 10B or 1.5T"
            shown=shown parse=parse_usd apply=apply/>
    }
}

/// "Search": filters as you type. Typing is one gesture: its first keystroke adds a
/// history entry and the rest replace it, so Back undoes a whole search, not one letter.
#[component]
pub fn SearchField() -> impl IntoView {
    let state = use_app();
    let value = Memo::new(move |_| state.filter.with(|f| f.query.clone()));
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let limited: String = text
            .chars()
            .take(crate::core::link::parse::MAX_QUERY_CHARS)
            .collect();
        state.gesture_step("search", |link| {
            link.filter.query = limited.trim().to_string()
        });
    };
    view! {
        <div class="field search-field">
            <label for="search">"Search"</label>
            <input id="search" type="search" autocomplete="off" spellcheck="false" placeholder="Titles or names…"
                prop:value=move || value.get()
                on:input=on_input
                on:change=move |_| state.end_gesture()
                on:blur=move |_| state.end_gesture()/>
        </div>
    }
}
