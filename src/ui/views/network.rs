//! The network view.

use leptos::prelude::*;

use crate::ui::state::use_app;

#[component]
pub fn NetworkView() -> impl IntoView {
    let state = use_app();
    view! {
        <section role="region" aria-label="Network" class="chart">
            <p>{move || state.filtered.get().count_text()}</p>
        </section>
    }
}
