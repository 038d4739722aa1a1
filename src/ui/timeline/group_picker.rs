//! The lane grouping picker: recipient, investor or kind, written into the link as
//! `group=`.

use leptos::prelude::*;

use crate::core::link::LaneGrouping;
use crate::ui::history::HistoryMode;
use crate::ui::state::use_app;

/// A select of the groupings; the link is its only state.
#[component]
pub fn GroupPicker() -> impl IntoView {
    let state = use_app();
    let current = Memo::new(move |_| state.link.with(|l| l.group));
    view! {
        <div class="field group-picker">
            <label for="lane-grouping">"Lanes by"</label>
            <select id="lane-grouping" prop:value=move || current.get().id()
                on:change=move |ev| {
                    if let Some(group) = LaneGrouping::from_id(&event_target_value(&ev)) {
                        state.navigate(|l| l.group = group, HistoryMode::Push);
                    }
                }>
                {LaneGrouping::ALL.iter().map(|g| view! { <option value=g.id()>{g.label()}</option> }).collect_view()}
            </select>
        </div>
    }
}
