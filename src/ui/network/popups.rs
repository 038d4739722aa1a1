//! What opens over the network drawing at an edge: the tooltip naming its events, and
//! the chooser that picks one of the events a merged edge stands for.

use leptos::prelude::*;

use super::Network;
use crate::core::format::tenths as px;
use crate::core::graph::describe::{edge_name, edge_tooltip};
use crate::core::link::Selection;

/// The events behind the edge under the pointer.
#[component]
pub fn EdgeTooltip(network: Network) -> impl IntoView {
    move || {
        let edge = network.hover_edge.get()?;
        let placed = network.placed.get()?;
        let lines = network
            .state
            .atlas
            .with(|a| a.as_ref().map(|a| edge_tooltip(a, &placed.graph, edge)))?;
        let (x, y) = network.view.get().apply(placed.lines.get(edge)?.middle());
        let mut lines = lines.into_iter();
        let title = lines.next().unwrap_or_default();
        Some(view! {
            <div class="tooltip" style:left=format!("{}px", px(x + 12.0)) style:top=format!("{}px", px(y)) aria-hidden="true">
                <strong>{title}</strong>
                {lines.map(|line| view! { <span>{line}</span> }).collect_view()}
            </div>
        })
    }
}

/// For a merged edge: its events, to choose which to select.
#[component]
pub fn EdgeChooser(network: Network) -> impl IntoView {
    move || {
        let edge = network.chooser.get()?;
        let placed = network.placed.get()?;
        let atlas = network.state.atlas.get()?;
        let (x, y) = network.view.get().apply(placed.lines.get(edge)?.middle());
        let choices = placed
            .graph
            .edges
            .get(edge)?
            .events
            .iter()
            .map(|&i| {
                let event = &atlas.dataset.events[i];
                let id = event.id.clone();
                let date = event
                    .date
                    .map(|d| crate::core::format::date(&d))
                    .unwrap_or_else(|| "Undated".into());
                view! {
                    <li><button type="button" class="link" on:click=move |_| {
                        network.chooser.set(None);
                        network.state.select(Some(Selection::Event(id.clone())));
                    }>{format!("{date}: {}", event.title)}</button></li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="chooser" role="dialog" aria-label=edge_name(&atlas, &placed.graph, edge)
                style:left=format!("{}px", px(x)) style:top=format!("{}px", px(y))>
                <p class="chooser-title">{edge_name(&atlas, &placed.graph, edge)}</p>
                <ul>{choices}</ul>
                <button type="button" class="quiet" on:click=move |_| network.chooser.set(None)>"Close"</button>
            </div>
        })
    }
}
