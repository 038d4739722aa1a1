//! The timeline view.

use leptos::prelude::*;

use crate::ui::state::use_app;

#[component]
pub fn TimelineView() -> impl IntoView {
    let state = use_app();
    view! {
        <section role="region" aria-label="Timeline" class="chart">
            <p>{move || state.filtered.get().count_text()}</p>
        </section>
    }
}
