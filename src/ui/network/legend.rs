//! The network's legend: node colour groups and sizes, flows and relations, and what a
//! dashed line means.

use leptos::prelude::*;

use super::Network;
use super::draw::group_class;
use crate::core::format;
use crate::core::graph::{NodeGroup, node_scale};

const GROUPS: [(NodeGroup, &str); 5] = [
    (NodeGroup::Company, "Company"),
    (NodeGroup::Investor, "Investor or fund"),
    (NodeGroup::Person, "Person"),
    (NodeGroup::Asset, "Product, chip or facility"),
    (NodeGroup::Place, "Country or group"),
];

#[component]
pub fn Legend(network: Network) -> impl IntoView {
    let sizes = move || {
        let placed = network.placed.get()?;
        let scale = node_scale(&placed.graph);
        (scale.max_value > 0.0).then(|| {
            let samples = [scale.max_value, scale.max_value / 10.0]
                .iter()
                .map(|&value| {
                    let r = scale.radius(value);
                    view! {
                        <svg width=format!("{:.0}", 2.0 * r + 4.0) height=format!("{:.0}", 2.0 * r + 4.0) aria-hidden="true">
                            <circle cx=format!("{:.1}", r + 2.0) cy=format!("{:.1}", r + 2.0) r=format!("{r:.1}") class="legend-size"/>
                        </svg>
                        <span>{format::usd(value)}</span>
                    }
                })
                .collect_view();
            view! {
                <div class="legend-item sizes">
                    <span class="legend-title">"Area: money in and out"</span>
                    {samples}
                    <span class="legend-note">"(“up to” counts its ceiling, “at least” its floor)"</span>
                </div>
            }
        })
    };
    view! {
        <div class="legend" aria-label="How to read the network" role="note">
            {GROUPS.iter().map(|(group, label)| view! {
                <span class="legend-item">
                    <svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="6" class=format!("legend-node {}", group_class(*group))/></svg>
                    {*label}
                </span>
            }).collect_view()}
            {sizes}
            <span class="legend-item">
                <svg width="46" height="14" aria-hidden="true"><path d="M2,7H34" class="legend-flow"/><path d="M34,2L44,7L34,12Z" class="legend-flow-head"/></svg>
                "Money, investor → recipient; width: amount"
            </span>
            <span class="legend-item">
                <svg width="46" height="14" aria-hidden="true"><path d="M2,7H44" class="legend-flow dashed"/></svg>
                "Dashed: only talks or rumours"
            </span>
            <span class="legend-item">
                <svg width="46" height="14" aria-hidden="true"><path d="M2,7H44" class="legend-relation"/></svg>
                "Partnership or other tie, no money"
            </span>
            <span class="legend-item">
                <svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="6" class="legend-node company"/><circle cx="7" cy="7" r="2.5" class="legend-pin"/></svg>
                "Pinned by dragging"
            </span>
        </div>
    }
}
