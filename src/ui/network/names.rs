//! The nodes' names: placed in screen space, so they stay readable at any zoom, beside
//! their node where there is room (`core::graph::labels`) or a little away with a
//! leader line (`core::graph::leaders`), and the dragged node's under it wherever it is
//! taken.

use leptos::prelude::*;

use super::Network;
use super::lines::Looks;
use crate::core::format::tenths as px;
use crate::core::graph::{NameAnchor, label_anchor, place_leaders, place_names};
use crate::ui::measure::{NAME_FONT, text_width};

/// Average width of a character of a name in the labels' bold 12 px type, measured on
/// the bundled names (6.8 to 8.8 px) and taken near the top: the estimate for a page
/// that cannot measure names (`ui/measure.rs`).
const LABEL_CHAR: f64 = 8.0;
/// Names longer than this are cut short with an ellipsis (the full name is in the
/// node's accessible name and, once it is selected, in the details). It fits the
/// bundled data's longest name, "Financial investors (unnamed)", and keeps a
/// 10,000-character name in hostile data from running across the drawing.
const MAX_NAME_CHARS: usize = 32;

/// The names layer's contents: every placed name and leader, and the dragged node's
/// name.
pub fn names(network: Network, looks: Memo<Looks>) -> impl IntoView {
    let state = network.state;
    let labels = move || {
        let placed = network.placed.get()?;
        let atlas = state.atlas.get()?;
        // Names are drawn for the drawn transform and travel with the layer during a
        // gesture; they are placed afresh when it ends.
        let view = network.drawn.get();
        // Where the layout put each node: a dragged node's name goes with it in
        // `dragged_name`, so a move does not place every name again.
        let dragged = network.dragged.get();
        let screen: Vec<(f64, f64)> = placed.positions.iter().map(|&p| view.apply(p)).collect();
        // The hovered or selected node first, then its neighbours, so hovering a node
        // names its whole neighbourhood wherever the names fit; with neither, the nodes
        // of a selected event.
        let centre = network.hover.get().or(network.selected_node.get());
        let mut emphasised: Vec<usize> = [network.hover.get(), network.selected_node.get()]
            .into_iter()
            .flatten()
            .collect();
        if centre.is_none() {
            emphasised = network.event_nodes.get();
        }
        if let Some(centre) = centre {
            for &n in placed.graph.neighbours(centre) {
                if !emphasised.contains(&n) {
                    emphasised.push(n);
                }
            }
        }
        let size = network.size.get();
        let name = |i: usize| {
            atlas.dataset.entities[placed.graph.nodes[i].entity]
                .name
                .as_str()
        };
        let width_of = |i: usize| {
            let shown = crate::core::format::cut(name(i), MAX_NAME_CHARS);
            text_width(NAME_FONT, &shown).unwrap_or(shown.chars().count() as f64 * LABEL_CHAR)
        };
        let beside = place_names(
            &placed.graph,
            &screen,
            &placed.radii,
            view.k,
            &emphasised,
            width_of,
            size.0,
        );
        // Nodes left unnamed where every spot beside them is taken are named a little
        // away, with a leader line (`core::graph::leaders`).
        let away = place_leaders(
            &placed.graph,
            &screen,
            &placed.radii,
            view.k,
            &beside,
            &emphasised,
            width_of,
            size,
        );
        // Names are placed again whenever the looks change, so each reads its look
        // once, here. A faded name is hidden (`.dim`), and so is its leader.
        let dim = |i: usize| {
            looks.with(|l| {
                l.as_ref()
                    .and_then(|(nodes, _)| nodes.get(i))
                    .is_some_and(|l| l.dim)
            })
        };
        let drawn = beside
            .iter()
            .enumerate()
            .filter_map(|(i, at)| at.map(|at| (i, at)))
            .chain(away.iter().map(|l| (l.node, l.name)))
            .filter(|&(i, _)| dragged != Some(i))
            .map(|(i, place)| {
                let text = crate::core::format::cut(name(i), MAX_NAME_CHARS);
                let anchor = match place.anchor {
                    NameAnchor::Start => "start",
                    NameAnchor::End => "end",
                    NameAnchor::Middle => "middle",
                };
                name_view(i, (place.x, place.y), anchor, dim(i), text)
            })
            .collect_view();
        // Every leader in one path: one element, whatever their number.
        let lines: String = away
            .iter()
            .filter(|l| dragged != Some(l.node) && !dim(l.node))
            .map(|l| {
                let [x1, y1, x2, y2] = l.line;
                format!("M{},{}L{},{}", px(x1), px(y1), px(x2), px(y2))
            })
            .collect();
        let lines = (!lines.is_empty()).then(|| view! { <path class="leaders" d=lines/> });
        Some((lines, drawn))
    };

    // The dragged node's name, under it wherever it is taken.
    let dragged_name = move || {
        let (node, at) = network.dragging.get()?;
        let placed = network.placed.get()?;
        let atlas = state.atlas.get()?;
        let view = network.drawn.get();
        let entity = placed.graph.nodes.get(node)?.entity;
        let (x, y) = label_anchor(view.apply(at), placed.radii[node] * view.k);
        let text = crate::core::format::cut(&atlas.dataset.entities[entity].name, MAX_NAME_CHARS);
        Some(name_view(node, (x, y), "middle", false, text))
    };
    (labels, dragged_name)
}

/// Node `node`'s name with its top at `at`, anchored at its start, middle or end. The
/// names and the dragged node's name share it, so the build carries one kind of name
/// element. A click on a name selects its node: on a phone a name is a far larger
/// target than a 10 px node.
fn name_view(
    node: usize,
    at: (f64, f64),
    anchor: &'static str,
    dim: bool,
    text: String,
) -> impl IntoView {
    view! {
        <text class="node-label" class:dim=dim x=px(at.0) y=px(at.1) text-anchor=anchor dominant-baseline="hanging"
            data-name-of=node.to_string()>
            {text}
        </text>
    }
}
