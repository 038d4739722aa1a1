//! How big each node is drawn and how wide each edge.
//!
//! Both follow the money: a node's area grows with the money it gave or received, a
//! flow's width with the money along it, each on a square-root scale from a minimum, so
//! that nothing with unknown or no money vanishes and nothing large swamps the picture.
//! The scales are fitted to the largest value in the graph, so they change with the
//! filter (unless the graph is sized like another, [`Graph::size_like`]); the legend
//! should be drawn from [`node_scale`] and [`edge_scale`] to match.

use crate::core::scale::SqrtScale;

use super::build::{EdgeKind, Graph, NodeGroup};

/// The radius of a node with no money, in pixels at zoom 1.
///
/// A 12 px circle is about the smallest a pointer can hit reliably, and leaves room for
/// the focus ring around it; every node gets at least this, since a node without a
/// reported amount is still somebody in the story.
pub const NODE_MIN_RADIUS: f64 = 6.0;

/// The radius of the node with the most money in view, in pixels at zoom 1.
///
/// A 68 px circle has 32 times the area of the smallest one, enough to tell a $100B
/// player from a $1B one at a glance, while a few dozen such hubs still fit on a laptop
/// screen without the layout having to spread so far that the rest shrinks to dots.
pub const NODE_MAX_RADIUS: f64 = 34.0;

/// The width of a flow with no amount, in pixels at zoom 1: a hairline would vanish
/// under antialiasing, and this still reads as "some money, amount unknown".
pub const EDGE_MIN_WIDTH: f64 = 1.25;

/// The width of the flow with the most money in view, in pixels at zoom 1: eight times
/// the thinnest flow, and still narrower than the smallest node's 12 px circle, so that
/// a heavy flow into a small node does not bury it under the line and arrowhead.
pub const EDGE_MAX_WIDTH: f64 = 7.0;

/// The width of every relation edge. Relations carry no direction and usually no
/// amount, so they are drawn thin and uniform, behind the flows, to keep the money
/// readable.
pub const RELATION_WIDTH: f64 = 1.0;

/// What a graph's sizes are fitted to: the largest node's money and the largest flow's
/// weight. Values that are not finite are left out.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SizeBasis {
    pub node_money: f64,
    pub flow_weight: f64,
}

/// The graph's own [`SizeBasis`], raised to the one it is sized like, if any.
pub fn size_basis(graph: &Graph) -> SizeBasis {
    let flows = graph
        .edges
        .iter()
        .filter(|edge| edge.kind == EdgeKind::Flow);
    let own = SizeBasis {
        node_money: largest(graph.nodes.iter().map(|node| node.money)),
        flow_weight: largest(flows.map(|edge| edge.weight)),
    };
    match graph.sized_like() {
        Some(like) => SizeBasis {
            node_money: largest([own.node_money, like.node_money].into_iter()),
            flow_weight: largest([own.flow_weight, like.flow_weight].into_iter()),
        },
        None => own,
    }
}

/// The largest finite value, or zero.
fn largest(values: impl Iterator<Item = f64>) -> f64 {
    values.filter(|v| v.is_finite()).fold(0.0, f64::max)
}

/// The scale that sizes nodes, fitted to the largest `money` in the graph.
pub fn node_scale(graph: &Graph) -> SqrtScale {
    SqrtScale::new(
        size_basis(graph).node_money,
        NODE_MIN_RADIUS,
        NODE_MAX_RADIUS,
    )
}

/// Each node's radius, in node order. Nodes with no money get [`NODE_MIN_RADIUS`].
pub fn node_radii(graph: &Graph) -> Vec<f64> {
    let scale = node_scale(graph);
    graph
        .nodes
        .iter()
        .map(|node| scale.radius(node.money))
        .collect()
}

/// How far each node is filled, in node order: its firm money on the same scale as its
/// outline, so the outline beyond the fill is money only in talks or rumoured. A node
/// with no money at all is filled whole at [`NODE_MIN_RADIUS`]; one whose money is all
/// in talks is an outline with no fill.
pub fn node_fill_radii(graph: &Graph) -> Vec<f64> {
    let scale = node_scale(graph);
    graph
        .nodes
        .iter()
        .map(|node| match (node.money > 0.0, node.firm_money > 0.0) {
            (false, _) => NODE_MIN_RADIUS,
            (true, false) => 0.0,
            (true, true) => scale.radius(node.firm_money.min(node.money)),
        })
        .collect()
}

/// The scale that sizes flows, fitted to the largest flow `weight` in the graph.
///
/// [`SqrtScale`] is written for radii, but the same rule suits widths: the extra width
/// above the minimum grows with the square root of the amount, which keeps a $100B flow
/// from being a hundred times as heavy as a $1B one and hiding everything under it.
pub fn edge_scale(graph: &Graph) -> SqrtScale {
    SqrtScale::new(
        size_basis(graph).flow_weight,
        EDGE_MIN_WIDTH,
        EDGE_MAX_WIDTH,
    )
}

/// Each edge's stroke width, in edge order: flows by weight, relations
/// [`RELATION_WIDTH`].
pub fn edge_widths(graph: &Graph) -> Vec<f64> {
    let scale = edge_scale(graph);
    graph
        .edges
        .iter()
        .map(|edge| match edge.kind {
            EdgeKind::Flow => scale.radius(edge.weight),
            EdgeKind::Relation => RELATION_WIDTH,
        })
        .collect()
}

/// How far the outline of a node of radius `r` reaches from its centre. Outlines have the
/// area of a circle of radius `r`, so that size reads as money whatever the shape (see
/// `outline.rs`), and so a square's corners, a diamond's tips and a
/// triangle's corners reach further than `r`: by √(π/2) ≈ 1.25 for the first two, and
/// by √(4π/√3)/√3 ≈ 1.56 for the triangle.
pub fn outline_reach(group: NodeGroup, r: f64) -> f64 {
    let factor = match group {
        NodeGroup::Company | NodeGroup::Person => 1.0,
        // A square of half-side r·√π/2 has its corners √2 times as far.
        NodeGroup::Investor | NodeGroup::Asset => (std::f64::consts::PI / 2.0).sqrt(),
        // An equilateral triangle's corners are side/√3 from its centroid.
        NodeGroup::Place => (4.0 * std::f64::consts::PI / 3f64.sqrt()).sqrt() / 3f64.sqrt(),
    };
    r * factor
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::graph::build::{GraphEdge, GraphNode, NodeGroup};

    fn node(money: f64) -> GraphNode {
        GraphNode {
            money,
            firm_money: money,
            ..GraphNode::company(0)
        }
    }

    fn edge(kind: EdgeKind, weight: f64) -> GraphEdge {
        GraphEdge {
            weight,
            ..GraphEdge::between(0, 1, kind, Vec::new())
        }
    }

    #[test]
    fn node_area_above_the_minimum_grows_with_money() {
        let graph = Graph::new(
            vec![node(0.0), node(25e9), node(100e9), node(f64::NAN)],
            Vec::new(),
        );
        let r = node_radii(&graph);
        assert_eq!(r[0], NODE_MIN_RADIUS);
        assert_eq!(r[2], NODE_MAX_RADIUS);
        assert_eq!(r[3], NODE_MIN_RADIUS, "unusable money gets the minimum");
        let extra = |r: f64| r * r - NODE_MIN_RADIUS * NODE_MIN_RADIUS;
        assert!((extra(r[1]) / extra(r[2]) - 0.25).abs() < 1e-12);
    }

    #[test]
    fn graph_without_money_draws_every_node_at_the_minimum() {
        for graph in [
            Graph::default(),
            Graph::new(vec![node(0.0), node(0.0)], Vec::new()),
            Graph::new(vec![node(f64::INFINITY)], Vec::new()),
        ] {
            assert!(node_radii(&graph).iter().all(|&r| r == NODE_MIN_RADIUS));
        }
    }

    #[test]
    fn flows_widen_with_weight_and_relations_stay_thin() {
        let graph = Graph::new(
            vec![node(0.0), node(0.0)],
            vec![
                edge(EdgeKind::Flow, 0.0),
                edge(EdgeKind::Flow, 50e9),
                edge(EdgeKind::Relation, 500e9),
                edge(EdgeKind::Flow, -3.0),
            ],
        );
        assert_eq!(
            edge_widths(&graph),
            [
                EDGE_MIN_WIDTH,
                EDGE_MAX_WIDTH,
                RELATION_WIDTH,
                EDGE_MIN_WIDTH
            ]
        );
    }

    #[test]
    fn fill_shows_only_firm_money() {
        let mut talks_only = node(10e9);
        talks_only.firm_money = 0.0;
        let mut half = node(40e9);
        half.firm_money = 10e9;
        let graph = Graph::new(vec![node(40e9), talks_only, half, node(0.0)], Vec::new());
        let radii = node_radii(&graph);
        let fill = node_fill_radii(&graph);
        assert_eq!(fill[0], radii[0], "all firm: filled whole");
        assert_eq!(fill[1], 0.0, "all in talks: an outline only");
        assert!(fill[2] > NODE_MIN_RADIUS && fill[2] < radii[2]);
        assert_eq!(
            (fill[3], radii[3]),
            (NODE_MIN_RADIUS, NODE_MIN_RADIUS),
            "no money: a small solid node"
        );
    }

    #[test]
    fn outline_reach_is_where_each_shape_of_a_circles_area_ends() {
        let r = 10.0;
        let area = std::f64::consts::PI * r * r;
        // A square and a diamond of that area: half their diagonal.
        let square_reach = area.sqrt() * 2f64.sqrt() / 2.0;
        // An equilateral triangle of that area: side s with area s²·√3/4.
        let side = (4.0 * area / 3f64.sqrt()).sqrt();
        let cases = [
            (NodeGroup::Company, r),
            (NodeGroup::Person, r),
            (NodeGroup::Investor, square_reach),
            (NodeGroup::Asset, square_reach),
            (NodeGroup::Place, side / 3f64.sqrt()),
        ];
        for (group, reach) in cases {
            assert!((outline_reach(group, r) - reach).abs() < 1e-12, "{group:?}");
        }
        assert_eq!(outline_reach(NodeGroup::Place, 0.0), 0.0);
    }

    #[test]
    fn a_graph_sized_like_a_larger_one_draws_the_same_money_the_same_size() {
        // A frame of Play holds $10B of a whole whose largest node has $40B: its node is
        // drawn as it is in the whole, not as the largest.
        let whole = Graph::new(vec![node(40e9), node(10e9)], Vec::new());
        let mut frame = Graph::new(vec![node(10e9)], Vec::new());
        assert_eq!(node_radii(&frame), vec![NODE_MAX_RADIUS]);
        frame.size_like(size_basis(&whole));
        assert_eq!(node_radii(&frame), vec![node_radii(&whole)[1]]);
        assert_eq!(node_scale(&frame), node_scale(&whole));
    }

    #[test]
    fn a_smaller_or_unusable_basis_never_shrinks_a_graphs_own_scale() {
        let own = Graph::new(vec![node(40e9), node(10e9)], Vec::new());
        let cases = [
            SizeBasis::default(),
            SizeBasis {
                node_money: 1e9,
                flow_weight: 0.0,
            },
            SizeBasis {
                node_money: f64::NAN,
                flow_weight: f64::INFINITY,
            },
        ];
        for basis in cases {
            let mut graph = Graph::new(vec![node(40e9), node(10e9)], Vec::new());
            graph.size_like(basis);
            assert_eq!(size_basis(&graph), size_basis(&own), "{basis:?}");
        }
    }
}
