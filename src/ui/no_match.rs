//! What a view shows when the filters leave nothing to draw: why, and a way back.
//!
//! On phones the filters are folded away in a drawer, so the way back sits where the
//! reader is looking rather than only in the filter bar.

use leptos::prelude::*;

use crate::ui::state::use_app;

/// "`message` Reset filters", the button doing what the filter bar's Reset does.
#[component]
pub fn NoMatch(message: &'static str, class: &'static str) -> impl IntoView {
    let state = use_app();
    view! {
        <p class=class>
            {message}" "
            <button type="button" class="link" on:click=move |_| state.reset()>"Reset filters"</button>
        </p>
    }
}
