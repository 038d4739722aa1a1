//! The minimum amount and free-text search fields.

use leptos::prelude::*;

use crate::core::money::{format_usd_compact, parse_usd};
use crate::ui::history::HistoryMode;
use crate::ui::state::use_app;

/// "Minimum amount": accepts 500M, 10B, 1.5T or plain dollars, committed on Enter or
/// when leaving the field.
#[component]
pub fn MinimumAmount() -> impl IntoView {
    let state = use_app();
    let value = Memo::new(move |_| state.filter.with(|f| f.min_usd));
    let draft = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    // A rejected draft gives way when the filters change any other way (Reset, Back, a
    // preset), so the field never shows text the filter does not hold.
    Effect::new(move |_| {
        state.filter.track();
        draft.set(None);
        error.set(None);
    });
    let commit = move |text: String| {
        let text = text.trim().to_string();
        let parsed = if text.is_empty() {
            Some(None)
        } else {
            parse_usd(&text).map(|v| (v > 0.0).then_some(v))
        };
        match parsed {
            Some(min) => {
                error.set(None);
                draft.set(None);
                state.filter_with(|f| f.min_usd = min, HistoryMode::Push);
            }
            None => error.set(Some("Use an amount such as 500M, 10B or 1.5T".into())),
        }
    };
    view! {
        <div class="field amount-field">
            <label for="min-amount">"Minimum amount"</label>
            <input id="min-amount" type="text" inputmode="decimal" autocomplete="off" placeholder="e.g. 10B" size="8"
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby="min-amount-error"
                prop:value=move || draft.get().unwrap_or_else(|| value.get().map(format_usd_compact).unwrap_or_default())
                on:input=move |ev| draft.set(Some(event_target_value(&ev)))
                on:change=move |ev| commit(event_target_value(&ev))/>
            <span id="min-amount-error" class="field-error" aria-live="polite">{move || error.get()}</span>
        </div>
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
            <input id="search" type="search" autocomplete="off" spellcheck="false" placeholder="Titles, names, aliases…"
                prop:value=move || value.get()
                on:input=on_input
                on:change=move |_| state.end_gesture()
                on:blur=move |_| state.end_gesture()/>
        </div>
    }
}
