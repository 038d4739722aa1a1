//! The details panel: what is selected, with its sources.

use leptos::prelude::*;

use crate::core::format;
use crate::core::link::Selection;
use crate::ui::state::use_app;

#[component]
pub fn DetailsPanel() -> impl IntoView {
    let state = use_app();
    let content = move || {
        let selection = state.link.with(|l| l.selection.clone());
        state.atlas.with(|atlas| {
            let atlas = atlas.as_ref()?;
            match selection? {
                Selection::Event(id) => {
                    let event = &atlas.dataset.events[atlas.index.event(&id)?];
                    let date = event.date.map(|d| format::date(&d)).unwrap_or_else(|| "Date not reported".into());
                    Some(view! {
                        <h2>{event.title.clone()}</h2>
                        <p class="meta">{date} " · " {event.status.label()}</p>
                        <p>{event.summary.clone()}</p>
                    }.into_any())
                }
                Selection::Entity(id) => {
                    let entity = &atlas.dataset.entities[atlas.index.entity(&id)?];
                    Some(view! {
                        <h2>{entity.name.clone()}</h2>
                        <p class="meta">{entity.kind.label()}</p>
                    }.into_any())
                }
            }
        })
    };
    view! {
        <aside aria-label="Details" class="details">
            {move || content().unwrap_or_else(|| view! {
                <p class="placeholder">"Select an event or a company to see its details and sources."</p>
            }.into_any())}
        </aside>
    }
}
