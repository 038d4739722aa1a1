//! How each node and edge looks while the reader points at, focuses on, selects or drags
//! something: at full strength or faded, selected, taking part in a selected event, or
//! moving with a dragged node.
//!
//! The interface keeps one reactive value per drawn element and sets only those whose
//! look changed. When every element read the shared selection instead, each change woke
//! all of them, and Leptos's bookkeeping made that quadratic in their number: hovering a
//! node of a 955-node, 5,867-edge network took about 600 ms.

use std::collections::HashSet;

use super::build::Graph;

/// A node's look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NodeLook {
    /// Faded: outside the neighbourhood of the node pointed at or selected, or not in
    /// the selected event.
    pub dim: bool,
    /// The selected node.
    pub selected: bool,
    /// Taking part in the selected event.
    pub related: bool,
    /// Being dragged: the one node that follows the pointer, so that a move wakes it
    /// alone and the start and end of a drag wake it alone too.
    pub dragged: bool,
}

/// An edge's look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EdgeLook {
    /// Faded: not between two nodes at full strength.
    pub dim: bool,
    /// Carrying the selected event.
    pub selected: bool,
    /// Ending at the node being dragged: while it moves, the edge is drawn with it in a
    /// layer of its own, and its place among the still edges stays empty, so a move
    /// redraws a handful of lines rather than every one.
    pub moving: bool,
}

/// What is pointed at or selected, as node and event indices.
#[derive(Debug, Clone, Copy, Default)]
pub struct Focus<'a> {
    /// The node under the pointer or keyboard focus.
    pub hovered: Option<usize>,
    /// The selected node.
    pub selected_node: Option<usize>,
    /// The selected event.
    pub selected_event: Option<usize>,
    /// The nodes taking part in the selected event.
    pub event_nodes: &'a [usize],
    /// The node being dragged.
    pub dragged: Option<usize>,
}

impl Focus<'_> {
    /// The nodes kept at full strength: the hovered or else the selected node with its
    /// neighbours, or else the nodes of the selected event; `None` when nothing fades.
    pub fn near(&self, graph: &Graph) -> Option<HashSet<usize>> {
        let Some(centre) = self.hovered.or(self.selected_node) else {
            return (!self.event_nodes.is_empty())
                .then(|| self.event_nodes.iter().copied().collect());
        };
        let mut near: HashSet<usize> = graph.neighbours(centre).iter().copied().collect();
        near.insert(centre);
        Some(near)
    }

    /// Every node's look, in node order.
    pub fn node_looks(&self, graph: &Graph, near: Option<&HashSet<usize>>) -> Vec<NodeLook> {
        (0..graph.nodes.len())
            .map(|i| NodeLook {
                dim: near.is_some_and(|near| !near.contains(&i)),
                selected: self.selected_node == Some(i),
                related: self.event_nodes.contains(&i),
                dragged: self.dragged == Some(i),
            })
            .collect()
    }

    /// Every edge's look, in edge order.
    pub fn edge_looks(&self, graph: &Graph, near: Option<&HashSet<usize>>) -> Vec<EdgeLook> {
        graph
            .edges
            .iter()
            .map(|edge| EdgeLook {
                dim: near.is_some_and(|near| {
                    !(near.contains(&edge.source) && near.contains(&edge.target))
                }),
                selected: self
                    .selected_event
                    .is_some_and(|e| edge.events.contains(&e)),
                moving: self
                    .dragged
                    .is_some_and(|n| edge.source == n || edge.target == n),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::graph::{EdgeKind, GraphEdge, GraphNode};

    /// A path 0 – 1 – 2 – 3, the middle edge carrying event 7.
    fn path() -> Graph {
        let edge =
            |source, target, events| GraphEdge::between(source, target, EdgeKind::Flow, events);
        Graph::new(
            (0..4).map(GraphNode::company).collect(),
            vec![
                edge(0, 1, vec![3]),
                edge(1, 2, vec![7, 8]),
                edge(2, 3, vec![9]),
            ],
        )
    }

    fn dims<T>(looks: &[T], dim: impl Fn(&T) -> bool) -> Vec<bool> {
        looks.iter().map(dim).collect()
    }

    #[test]
    fn with_nothing_pointed_at_or_selected_nothing_fades() {
        let graph = path();
        let focus = Focus::default();
        let near = focus.near(&graph);
        assert_eq!(near, None);
        assert!(
            focus
                .node_looks(&graph, near.as_ref())
                .iter()
                .all(|l| *l == NodeLook::default())
        );
        assert!(
            focus
                .edge_looks(&graph, near.as_ref())
                .iter()
                .all(|l| *l == EdgeLook::default())
        );
    }

    #[test]
    fn a_hovered_node_keeps_its_neighbours_and_their_edges_and_fades_the_rest() {
        let graph = path();
        let focus = Focus {
            hovered: Some(1),
            ..Focus::default()
        };
        let near = focus.near(&graph);
        let nodes = focus.node_looks(&graph, near.as_ref());
        assert_eq!(dims(&nodes, |l| l.dim), [false, false, false, true]);
        assert!(nodes.iter().all(|l| !l.selected && !l.related));
        let edges = focus.edge_looks(&graph, near.as_ref());
        assert_eq!(dims(&edges, |l| l.dim), [false, false, true]);
    }

    #[test]
    fn the_hovered_node_wins_over_the_selected_one_for_fading_but_not_for_selection() {
        let graph = path();
        let focus = Focus {
            hovered: Some(3),
            selected_node: Some(0),
            ..Focus::default()
        };
        let near = focus.near(&graph);
        let nodes = focus.node_looks(&graph, near.as_ref());
        assert_eq!(dims(&nodes, |l| l.dim), [true, true, false, false]);
        assert_eq!(dims(&nodes, |l| l.selected), [true, false, false, false]);
    }

    #[test]
    fn a_selected_event_keeps_its_nodes_and_marks_its_edge() {
        let graph = path();
        let focus = Focus {
            selected_event: Some(7),
            event_nodes: &[1, 2],
            ..Focus::default()
        };
        let near = focus.near(&graph);
        let nodes = focus.node_looks(&graph, near.as_ref());
        assert_eq!(dims(&nodes, |l| l.dim), [true, false, false, true]);
        assert_eq!(dims(&nodes, |l| l.related), [false, true, true, false]);
        let edges = focus.edge_looks(&graph, near.as_ref());
        assert_eq!(dims(&edges, |l| l.dim), [true, false, true]);
        assert_eq!(dims(&edges, |l| l.selected), [false, true, false]);
    }

    #[test]
    fn indices_outside_the_graph_fade_everything_and_select_nothing() {
        let graph = path();
        let focus = Focus {
            selected_event: Some(99),
            event_nodes: &[42],
            ..Focus::default()
        };
        let near = focus.near(&graph);
        let nodes = focus.node_looks(&graph, near.as_ref());
        assert!(nodes.iter().all(|l| l.dim && !l.related && !l.selected));
        assert!(
            focus
                .edge_looks(&graph, near.as_ref())
                .iter()
                .all(|l| l.dim && !l.selected)
        );
    }

    #[test]
    fn a_dragged_node_is_marked_and_moves_its_own_edges_and_nothing_else_changes() {
        let graph = path();
        let still = Focus {
            hovered: Some(1),
            ..Focus::default()
        };
        let dragging = Focus {
            dragged: Some(1),
            ..still
        };
        let near = dragging.near(&graph);
        let edges = dragging.edge_looks(&graph, near.as_ref());
        assert_eq!(dims(&edges, |l| l.moving), [true, true, false]);
        // Only the moving bit differs from the same focus without a drag.
        let before = still.edge_looks(&graph, near.as_ref());
        for (edge, before) in edges.iter().zip(&before) {
            assert_eq!(
                EdgeLook {
                    moving: false,
                    ..*edge
                },
                *before
            );
        }
        // The node itself is the one dragged, and no other look of a node changes.
        let nodes = dragging.node_looks(&graph, near.as_ref());
        assert_eq!(dims(&nodes, |l| l.dragged), [false, true, false, false]);
        let before = still.node_looks(&graph, near.as_ref());
        for (node, before) in nodes.iter().zip(&before) {
            assert_eq!(
                NodeLook {
                    dragged: false,
                    ..*node
                },
                *before
            );
        }
        // A node outside the graph moves nothing.
        let outside = Focus {
            dragged: Some(9),
            ..Focus::default()
        };
        assert!(outside.edge_looks(&graph, None).iter().all(|l| !l.moving));
    }
}
