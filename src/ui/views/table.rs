//! The table view: every filtered event as a row.

use leptos::prelude::*;

use crate::core::format;
use crate::ui::state::use_app;

#[component]
pub fn TableView() -> impl IntoView {
    let state = use_app();
    let rows = move || {
        let filtered = state.filtered.get();
        state.atlas.with(|atlas| {
            let Some(atlas) = atlas else { return Vec::new() };
            filtered
                .events
                .iter()
                .map(|&i| {
                    let event = &atlas.dataset.events[i];
                    let date = event.date.map(|d| format::date(&d)).unwrap_or_else(|| "Undated".into());
                    let amount = event.amount.map(|m| format::money(&m)).unwrap_or_default();
                    view! {
                        <tr>
                            <td>{date}</td>
                            <th scope="row">{event.title.clone()}</th>
                            <td>{amount}</td>
                            <td>{event.status.label()}</td>
                            <td>{event.kind.label()}</td>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="table-wrap">
            <table class="events">
                <caption>"Events " <span class="caption-count">{move || state.filtered.get().count_text()}</span></caption>
                <thead>
                    <tr><th scope="col">"Date"</th><th scope="col">"Event"</th><th scope="col">"Amount"</th>
                        <th scope="col">"Status"</th><th scope="col">"Kind"</th></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
