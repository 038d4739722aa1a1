//! The network's legend: node shapes (the kind of entity), fill and outline (firm money
//! and money only in talks), flows and, while the picture has one, a pin, a dashed
//! line, a tie without money and the selection.

use leptos::prelude::*;

use super::Network;
use super::draw::{group_class, shape_path};
use crate::core::format;
use crate::core::graph::{NodeGroup, node_scale};

/// The largest radius of a sample circle in the size legend.
const SAMPLE_LIMIT: f64 = 16.0;

const GROUPS: [(NodeGroup, &str); 5] = [
    (NodeGroup::Company, "Company"),
    (NodeGroup::Investor, "Investor or fund"),
    (NodeGroup::Asset, "Product, chip or facility"),
    (NodeGroup::Place, "Country or group"),
    (NodeGroup::Person, "Person"),
];

#[component]
pub fn Legend(network: Network) -> impl IntoView {
    // Only the zoom, so that panning does not redraw the legend.
    let zoom = Memo::new(move |_| network.drawn.with(|t| t.k));
    let sizes = move || {
        let placed = network.placed.get()?;
        // Nodes are drawn at the picture's zoom, so the samples are too: a $20B sample
        // matches a $20B node on screen.
        let scale = node_scale(&placed.graph).zoomed(zoom.get());
        // Round amounts drawn no larger than a line of the legend allows, so the legend
        // stays compact however large the biggest node is; zoomed in, room for the
        // smallest node and a little more, up to twice that, or twice that where a
        // single sample would fit otherwise. Zoomed further, the smallest node alone
        // outgrows the legend and no sample is drawn.
        let limit = SAMPLE_LIMIT
            .max(scale.min_radius + 4.0)
            .min(2.0 * SAMPLE_LIMIT);
        let (samples, limit) = scale.legend_samples_widening(limit, 2.0 * SAMPLE_LIMIT, 2);
        (!samples.is_empty()).then(|| {
            let height = 2.0 * limit + 4.0;
            let samples = samples
                .iter()
                .map(|&value| {
                    let r = scale.radius(value);
                    view! {
                        <svg width=format!("{:.0}", 2.0 * r + 4.0) height=format!("{height:.0}") aria-hidden="true">
                            <g transform=format!("translate({:.1},{:.1})", r + 2.0, height - r - 2.0)>
                                <path d=shape_path(NodeGroup::Company, r) class="legend-node"/>
                            </g>
                        </svg>
                        <span>{format::usd(value)}</span>
                    }
                })
                .collect_view();
            view! {
                <div class="legend-item sizes">
                    <span class="legend-title">"Area: money in and out"</span>
                    {samples}
                </div>
            }
        })
    };
    view! {
        <div class="legend" aria-label="How to read the network" role="note">
            <div class="legend-item kinds">
                <span class="legend-title">"Shape: kind of entity"</span>
                {GROUPS.iter().map(|(group, label)| view! {
                    <span class="legend-kind">
                        <svg width="16" height="16" aria-hidden="true">
                            <g transform="translate(8,8)"><path d=shape_path(*group, 6.0) class=format!("legend-node {}", group_class(*group))/></g>
                        </svg>
                        {*label}
                    </span>
                }).collect_view()}
            </div>
            {sizes}
            // The stylesheet shows this key and the two lines' only while the picture has
            // a pinned node, or such a line: static markup costs far less WebAssembly
            // than a reactive item.
            <span class="legend-item key-pinned">
                <svg width="16" height="16" aria-hidden="true"><g transform="translate(8,8)"><path d=shape_path(NodeGroup::Company, 7.0) class="legend-node"/><circle r="2.5" class="legend-pin"/></g></svg>
                "Pinned by dragging"
            </span>
            <span class="legend-item">
                <svg width="30" height="30" aria-hidden="true">
                    <g transform="translate(15,15)">
                        <path d=shape_path(NodeGroup::Company, 13.0) class="legend-node ring"/>
                        <path d=shape_path(NodeGroup::Company, 7.0) class="legend-node"/>
                    </g>
                </svg>
                "Solid: completed, agreed or announced; hatched: in talks, rumoured or estimated (“up to” counts its ceiling; cancelled deals count nothing)"
            </span>
            <span class="legend-item">
                <svg width="46" height="14" aria-hidden="true"><path d="M2,7H34" class="legend-flow"/><path d="M34,2L44,7L34,12Z" class="legend-flow-head"/></svg>
                "Money: investor → recipient, width by amount"
            </span>
            <span class="legend-item key-tentative">
                <svg width="46" height="14" aria-hidden="true"><path d="M2,7H44" class="legend-flow dashed"/></svg>
                "Dashed, faint: only talks, rumours or cancelled"
            </span>
            <span class="legend-item key-relation">
                <svg width="46" height="14" aria-hidden="true"><path d="M2,7H44" class="legend-relation"/></svg>
                "A tie without money"
            </span>
            // The stylesheet shows the one that matches the selection, only while there is
            // one: static markup costs far less WebAssembly than a reactive item.
            <span class="legend-item legend-selection for-event">
                <svg width="36" height="18" aria-hidden="true"><path d="M2,9H34" class="legend-flow legend-selected"/></svg>
                "Accent: the selected event’s ties; faded: those not in it"
            </span>
            <span class="legend-item legend-selection for-company">
                <svg width="36" height="18" aria-hidden="true"><circle cx="18" cy="9" r="6.5" class="legend-node legend-selected"/></svg>
                "Outlined: the selected company; faded: those not tied to it"
            </span>
        </div>
    }
}
