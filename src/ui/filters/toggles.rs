//! Status and kind as toggle groups. Each toggle carries the swatch its charts use, so
//! the filter doubles as the legend for colour (kind) and line style (status).

use leptos::prelude::*;

use crate::core::dataset::{EventKind, Status};
use crate::core::filter::is_shown;
use crate::ui::history::HistoryMode;
use crate::ui::state::use_app;

#[component]
pub fn StatusToggles() -> impl IntoView {
    let state = use_app();
    let shown = Memo::new(move |_| state.filter.with(|f| f.statuses.clone()));
    view! {
        <div role="group" aria-label="Status" class="field toggles statuses">
            <span class="toggles-label" aria-hidden="true">"Status"</span>
            {Status::ALL.iter().map(|&status| view! {
                <button type="button" class="toggle"
                    aria-pressed=move || shown.with(|s| is_shown(s, &status)).to_string()
                    on:click=move |_| state.filter_with(|f| *f = std::mem::take(f).toggle_status(status), HistoryMode::Push)>
                    <span class=format!("swatch line {}", line_style(status)) aria-hidden="true"></span>
                    {status.label()}
                </button>
            }).collect_view()}
        </div>
    }
}

#[component]
pub fn KindToggles() -> impl IntoView {
    let state = use_app();
    let shown = Memo::new(move |_| state.filter.with(|f| f.kinds.clone()));
    view! {
        <div role="group" aria-label="Kind" class="field toggles kinds">
            <span class="toggles-label" aria-hidden="true">"Kind"</span>
            {EventKind::ALL.iter().map(|&kind| view! {
                <button type="button" class="toggle"
                    aria-pressed=move || shown.with(|s| is_shown(s, &kind)).to_string()
                    on:click=move |_| state.filter_with(|f| *f = std::mem::take(f).toggle_kind(kind), HistoryMode::Push)>
                    <span class=format!("swatch dot kind-{}", kind.id()) aria-hidden="true"></span>
                    {kind.label()}
                </button>
            }).collect_view()}
        </div>
    }
}

/// A status as the table, the details and the largest deals write it: its name in an
/// outline of its line style, as on its filter chip.
pub fn status_badge(status: Status) -> impl IntoView {
    view! { <span class=format!("status-badge {}", line_style(status))>{status.label()}</span> }
}

/// The CSS class of a status's line style: solid, dashed, hollow or cancelled.
pub fn line_style(status: Status) -> &'static str {
    match status {
        Status::Rumored | Status::Talks => "dashed",
        Status::Cancelled => "cancelled",
        Status::Estimate => "hollow",
        Status::Announced | Status::Agreed | Status::Completed => "solid",
    }
}
