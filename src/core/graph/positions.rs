//! Where each node goes: the force layout, fed with the graph's sizes and with where
//! nodes were before.
//!
//! Positions are remembered by entity id rather than node index, because node indices
//! change with every filter while an entity is the same thing on screen before and
//! after. A node that was shown starts where it was and barely moves; a node that is new
//! starts next to its placed neighbours (see `core::layout`).

use std::collections::HashMap;

use crate::core::index::Atlas;
use crate::core::layout::{LayoutLink, LayoutNode, LayoutParams, layout};

use super::build::Graph;
use super::size::{EDGE_MAX_WIDTH, node_radii, outline_reach};

/// Room between the circles of two linked nodes at rest, in pixels at zoom 1.
///
/// Links pull their ends to the sum of the two radii plus this gap, so that the line
/// between two big nodes is as visible as between two small ones rather than hidden
/// under overlapping circles. It was thirty, d3's default link length, which its charge
/// and this layout's tuning were measured with; it became forty when the network view
/// came to draw names under its nodes (d2d1165).
pub const LINK_GAP: f64 = 40.0;

/// Each node's repulsion. Stronger than d3's default of -30 because these nodes are
/// large (up to 34 px) and carry names: at -30 the hubs' neighbourhoods crowd into a
/// knot of crossing edges, while -120 leaves room to read them.
pub const CHARGE: f64 = -120.0;

/// Extra collision radius around each node, in pixels at zoom 1, so that neighbours
/// leave room for the name drawn under a node and for its focus ring.
pub const LABEL_PADDING: f64 = 8.0;

/// How far a line's middle keeps from the outline of a node it does not join, in pixels
/// at zoom 1: half the widest line ([`EDGE_MAX_WIDTH`]) and a gap of 3 that shows. The
/// layout moves nodes off such lines (see `core::layout`), because a line drawn through
/// a node reads as passing through it. Names need no room here: they keep off lines by
/// themselves (`labels.rs`).
pub const LINE_CLEARANCE: f64 = EDGE_MAX_WIDTH / 2.0 + 3.0;

/// Lays the graph out and returns one position per node, in node order.
///
/// `previous` and `pinned` map entity ids to positions: a node found in `pinned` is
/// fixed there, a node found in `previous` starts there unless `fresh` is true (the
/// reader asked for a new layout). The same graph, maps, `fresh` and `seed` give
/// bit-identical positions.
pub fn place(
    graph: &Graph,
    atlas: &Atlas,
    previous: &HashMap<String, (f64, f64)>,
    pinned: &HashMap<String, (f64, f64)>,
    fresh: bool,
    seed: u64,
) -> Vec<(f64, f64)> {
    let radii = node_radii(graph);
    let id = |entity: usize| atlas.dataset.entities.get(entity).map(|e| e.id.as_str());
    let nodes: Vec<LayoutNode> = graph
        .nodes
        .iter()
        .zip(&radii)
        .map(|(node, &radius)| {
            let key = id(node.entity);
            LayoutNode {
                radius: radius + LABEL_PADDING,
                previous: key.and_then(|k| previous.get(k).copied()),
                pinned: key.and_then(|k| pinned.get(k).copied()),
                clearance: outline_reach(node.group, radius) + LINE_CLEARANCE,
            }
        })
        .collect();
    let params = LayoutParams {
        seed,
        fresh,
        charge: CHARGE,
        ..LayoutParams::default()
    };
    layout(&nodes, &links(graph, &radii), &params)
}

/// One spring per linked pair of nodes. A pair joined by a flow each way and a
/// relation would otherwise be pulled three times as hard as any other pair, and
/// crushed together.
fn links(graph: &Graph, radii: &[f64]) -> Vec<LayoutLink> {
    let n = graph.nodes.len();
    let mut pairs: Vec<(usize, usize)> = graph
        .edges
        .iter()
        .filter(|edge| edge.source < n && edge.target < n && edge.source != edge.target)
        .map(|edge| (edge.source.min(edge.target), edge.source.max(edge.target)))
        .collect();
    crate::core::order::sort_dedup(&mut pairs);
    pairs
        .into_iter()
        .map(|(source, target)| LayoutLink {
            source,
            target,
            distance: radii[source] + radii[target] + LINK_GAP,
        })
        .collect()
}

/// One position per node taken as it was, without a layout: each node's pin, else its
/// remembered position. `None` when some node has neither, or any position is not
/// finite; then the graph needs [`place`].
///
/// Play's last frame gives back the picture the reader left. Laid out from the same
/// positions, the simulation's few settling ticks still moved its nodes up to 10 px.
pub fn as_remembered(
    graph: &Graph,
    atlas: &Atlas,
    previous: &HashMap<String, (f64, f64)>,
    pinned: &HashMap<String, (f64, f64)>,
) -> Option<Vec<(f64, f64)>> {
    graph
        .nodes
        .iter()
        .map(|node| {
            let id = atlas.dataset.entities.get(node.entity)?.id.as_str();
            let position = pinned.get(id).or_else(|| previous.get(id)).copied()?;
            (position.0.is_finite() && position.1.is_finite()).then_some(position)
        })
        .collect()
}

/// The positions keyed by entity id, to pass back to [`place`] as `previous` after the
/// next filter change. Merge it into what was remembered before, so that a node
/// filtered out and later brought back returns to where it was.
pub fn by_entity_id(
    graph: &Graph,
    atlas: &Atlas,
    positions: &[(f64, f64)],
) -> HashMap<String, (f64, f64)> {
    graph
        .nodes
        .iter()
        .zip(positions)
        .filter_map(|(node, &position)| {
            let entity = atlas.dataset.entities.get(node.entity)?;
            Some((entity.id.clone(), position))
        })
        .collect()
}

#[cfg(test)]
mod tests;
