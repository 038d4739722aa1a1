//! The filter bar. Every control writes the link; the views read the one filtered
//! result. On phones the bar folds into a drawer behind a "Filters" button.

mod actions;
mod checked;
mod company;
mod fields;
pub mod toggles;
mod window;

use leptos::prelude::*;

use crate::ui::state::use_app;

#[component]
pub fn FilterBar() -> impl IntoView {
    let state = use_app();
    let open = RwSignal::new(false);
    let active = move || {
        state.filter.with(|f| {
            [
                !f.companies.is_empty(),
                f.has_window(),
                !f.statuses.is_empty(),
                !f.kinds.is_empty(),
                f.min_usd.is_some(),
                !f.query.is_empty(),
            ]
            .iter()
            .filter(|on| **on)
            .count()
        })
    };
    // On phones the drawer ends with a button that closes it and says how many events
    // the filters keep, so the reader need not scroll back up to the Filters button.
    // Focus goes back to that button, as the drawer's controls disappear.
    let toggle = NodeRef::<leptos::html::Button>::new();
    let done = move |_| {
        open.set(false);
        if let Some(button) = toggle.get() {
            let _ = button.focus();
        }
    };
    view! {
        <section class="filters" class:open=move || open.get() aria-label="Filters">
            <button type="button" class="drawer-toggle" node_ref=toggle aria-expanded=move || open.get().to_string()
                aria-controls="filter-controls" on:click=move |_| open.update(|o| *o = !*o)>
                {move || match active() {
                    0 => "Filters".to_string(),
                    n => format!("Filters ({n} on)"),
                }}
                <span class="caret" aria-hidden="true">{move || if open.get() { "▴" } else { "▾" }}</span>
            </button>
            <div id="filter-controls" class="filter-controls">
                <div class="filter-row">
                    <fields::SearchField/>
                    <company::CompanyFilter/>
                    <window::WindowFilter/>
                    <fields::MinimumAmount/>
                </div>
                // Reset and Copy link sit at the end of the statuses' line from 1024 px,
                // where there is room at every width, and at the end of a phone's drawer,
                // after the kinds. They are written in both places and the styles show
                // one (a hidden copy is out of the tab order and the accessibility tree),
                // so that the markup, and Tab, follow the screen in each layout; CSS
                // `order` would move them on screen only.
                <div class="filter-row">
                    <toggles::StatusToggles/>
                    <actions::FilterActions place="wide"/>
                    <toggles::KindToggles/>
                    <actions::FilterActions place="narrow"/>
                </div>
                <div class="drawer-foot">
                    <button type="button" class="drawer-done primary" on:click=done>
                        {move || state.filtered.with(|f| f.show_text())}
                    </button>
                </div>
            </div>
        </section>
    }
}
