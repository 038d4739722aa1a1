//! Moving nodes off links that are not theirs.
//!
//! A straight line that runs through a node reads as passing through it: "AWS → Microsoft
//! Azure" drawn across SoftBank's square says SoftBank is between them. Forces do not
//! prevent it (a link pulls only its own ends, and charge pushes nodes from nodes, not
//! from lines), so this pass moves each node that a link not its own runs through
//! sideways, off the line, until the line keeps the node's
//! [`clearance`](super::LayoutNode::clearance) from its centre. It runs on every tick once
//! the picture has taken shape, and then directly after convergence. It is not part of
//! d3-force: a layout asks for it by giving nodes a clearance.
//!
//! Measured on 100 layouts of the bundled data (everything, and from 2020, 2023, 2025
//! and 2026 on, each under 20 seeds): without the pass, lines ran through other nodes'
//! outlines 111 times and grazed them (within half the widest line and 3 px) 61 times;
//! with it, neither happened, and about as many names found room (781 of 1,520 at zoom 1,
//! against 774).
//!
//! Every link is tested against every node, so the pass runs only on graphs small
//! enough to read ([`MAX_CLEARANCE_TESTS`]). In a graph of thousands of links, lines
//! cross everything anyway and the reader works by selection, not by following lines.

use super::graph::Graph;

/// The most link-and-node tests one round may make: 300 nodes with 660 links. The
/// bundled network (29 nodes, 41 links) needs about 1,100.
pub(super) const MAX_CLEARANCE_TESTS: usize = 200_000;

/// Rounds of moving nodes off lines after convergence. Each round can push a node onto
/// another line or into a neighbour (the overlap pass then moves it again), so the
/// rounds repeat until one moves nothing: on the bundled network two rounds move nodes
/// and the third finds nothing left. The cap only matters where no spot is clear, such
/// as a node boxed in by a hub's links.
pub(super) const MAX_CLEARANCE_ROUNDS: usize = 12;

/// The temperature below which the pass also runs on every tick, through the
/// velocities, so that the other forces settle around it and the last, direct rounds
/// have little left to do (the direct rounds alone left 7 lines through nodes in the
/// measurement above, fighting the overlap pass). Not from the start: while the picture
/// is still forming, lines sweep across everything, and on the bundled network running
/// from the first tick gave a different picture altogether, where from 0.1 on it gave
/// the same picture with nodes moved off lines. Starting at 0.03 or 0.2 measured the
/// same. A fresh run cools to 0.1 after about a third of its ticks.
pub(super) const CLEARANCE_ALPHA: f64 = 0.1;

/// How far a line may come inside a node's clearance and be left there, in layout units
/// (pixels at zoom 1 in the network): a graze, not a line through the node. Without it
/// the rounds never ended on the bundled network, each overlap correction leaving a
/// hundredth of a pixel for the next round to correct.
const GRAZE: f64 = 0.25;

/// How far past clear a node is pushed, as a multiple of what it lacks. Pushing exactly
/// to clear leaves the node touching the line, where the next overlap correction puts it
/// back on it.
const OVER_RELAXATION: f64 = 1.25;

/// Whether a graph of `nodes` and `links` is small enough for the pass.
pub(super) fn affordable(nodes: usize, links: usize) -> bool {
    nodes.saturating_mul(links) <= MAX_CLEARANCE_TESTS
}

/// The pass over one graph, holding what it needs between ticks.
#[derive(Debug, Clone)]
pub(super) struct LinkClearance {
    /// Each link's ends, in input order.
    links: Vec<(usize, usize)>,
    /// How far links not their own keep from each node.
    clearance: Vec<f64>,
    /// How readily each node moves: one over its degree, so hubs stay and leaves swing
    /// their lines away; zero for a pinned node.
    inverse_mass: Vec<f64>,
    /// Where each node is about to be, during ticks.
    predicted_x: Vec<f64>,
    predicted_y: Vec<f64>,
}

impl LinkClearance {
    /// The pass for `graph`, or `None` when no node asks for clearance or the graph is
    /// too large ([`affordable`]).
    pub(super) fn new(graph: &Graph) -> Option<Self> {
        let n = graph.len();
        if !(graph.clearance.iter().any(|&c| c > 0.0) && affordable(n, graph.links.len())) {
            return None;
        }
        let inverse_mass = (0..n)
            .map(|i| match graph.pinned[i] {
                Some(_) => 0.0,
                None => 1.0 / graph.degree(i).max(1) as f64,
            })
            .collect();
        Some(Self {
            links: graph.links.iter().map(|&(s, t, _)| (s, t)).collect(),
            clearance: graph.clearance.clone(),
            inverse_mass,
            predicted_x: Vec::with_capacity(n),
            predicted_y: Vec::with_capacity(n),
        })
    }

    /// One round on the positions themselves ([`clear_once`]); returns the moves made.
    pub(super) fn clear(&self, x: &mut [f64], y: &mut [f64]) -> usize {
        clear_once(x, y, &self.clearance, &self.inverse_mass, &self.links)
    }

    /// One round during a tick. Like collision, the correction goes into the
    /// velocities, aimed at where the nodes are about to be, so the other forces settle
    /// around it.
    pub(super) fn nudge(&mut self, x: &[f64], y: &[f64], vx: &mut [f64], vy: &mut [f64]) {
        let (px, py) = (&mut self.predicted_x, &mut self.predicted_y);
        px.clear();
        px.extend(x.iter().zip(vx.iter()).map(|(x, v)| x + v));
        py.clear();
        py.extend(y.iter().zip(vy.iter()).map(|(y, v)| y + v));
        clear_once(px, py, &self.clearance, &self.inverse_mass, &self.links);
        for i in 0..x.len() {
            vx[i] = px[i] - x[i];
            vy[i] = py[i] - y[i];
        }
    }
}

/// One round: wherever a link runs through a node not its own (the line passes closer
/// to the node's centre than its `clearance`, by more than [`GRAZE`], between the
/// link's ends), the node and the link are moved apart, at right angles to the line,
/// until it clears.
///
/// The move is shared like a position-based-dynamics constraint: each of the three
/// nodes moves in proportion to its `inverse_mass` (zero for a pinned node), and a
/// link's end in proportion to how near it is to where the line meets the node, so a
/// leaf swings its line off a hub rather than pushing the hub aside, and the least
/// total motion does it. Moves are made one after another, each test seeing the
/// positions earlier moves left, which settles in fewer rounds. Returns how many moves
/// were made.
pub(super) fn clear_once(
    x: &mut [f64],
    y: &mut [f64],
    clearance: &[f64],
    inverse_mass: &[f64],
    links: &[(usize, usize)],
) -> usize {
    let mut moves = 0;
    for &(s, t) in links {
        for k in 0..x.len() {
            if k == s || k == t {
                continue;
            }
            let Some(cut) = intrusion((x[s], y[s]), (x[t], y[t]), (x[k], y[k]), clearance[k])
                .filter(|cut| cut.lack > GRAZE)
            else {
                continue;
            };
            let (ws, wt) = (1.0 - cut.along, cut.along);
            let (mk, ms, mt) = (inverse_mass[k], inverse_mass[s], inverse_mass[t]);
            let weight = mk + ws * ws * ms + wt * wt * mt;
            if weight <= 0.0 {
                continue;
            }
            let step = cut.lack * OVER_RELAXATION / weight;
            let (nx, ny) = cut.away;
            x[k] += nx * step * mk;
            y[k] += ny * step * mk;
            x[s] -= nx * step * ws * ms;
            y[s] -= ny * step * ws * ms;
            x[t] -= nx * step * wt * mt;
            y[t] -= ny * step * wt * mt;
            moves += 1;
        }
    }
    moves
}

/// Where a line runs through a node's circle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Intrusion {
    /// The unit direction from the line to the node's centre.
    pub away: (f64, f64),
    /// How much further apart the two must be for the line to clear the circle.
    pub lack: f64,
    /// Where along the line, from 0 at its start to 1 at its end, it comes nearest.
    pub along: f64,
}

/// If the line from `a` to `b` passes within `radius` of `centre` at a point strictly
/// between its ends, where and by how much. A centre exactly on the line is taken to be
/// on its left, so the result depends on nothing but the input.
///
/// A closest point at an end means the centre lies beyond that end, where the line is
/// inside the end's own circle and not drawn; that is the overlap pass's business. A
/// link of zero length, or any coordinate that is not finite, gives `None`.
pub(super) fn intrusion(
    a: (f64, f64),
    b: (f64, f64),
    centre: (f64, f64),
    radius: f64,
) -> Option<Intrusion> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length2 = dx * dx + dy * dy;
    if !(length2.is_finite() && length2 > 0.0 && radius > 0.0) {
        return None;
    }
    let along = ((centre.0 - a.0) * dx + (centre.1 - a.1) * dy) / length2;
    if !(along > 0.0 && along < 1.0) {
        return None;
    }
    let (ox, oy) = (centre.0 - (a.0 + along * dx), centre.1 - (a.1 + along * dy));
    let distance = ox.hypot(oy);
    if distance >= radius {
        return None;
    }
    let away = if distance > 1e-9 {
        (ox / distance, oy / distance)
    } else {
        let length = length2.sqrt();
        (-dy / length, dx / length)
    };
    Some(Intrusion {
        away,
        lack: radius - distance,
        along,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::layout::testkit;
    use crate::core::layout::{LayoutLink, LayoutNode, LayoutParams, layout};

    #[test]
    fn intrusion_is_measured_only_between_the_ends_and_inside_the_radius() {
        let (a, b) = ((0.0, 0.0), (10.0, 0.0));
        let cut = |away, lack, along| Some(Intrusion { away, lack, along });
        // (centre, radius, expected)
        let cases: [((f64, f64), f64, Option<Intrusion>); 8] = [
            ((5.0, 1.0), 3.0, cut((0.0, 1.0), 2.0, 0.5)),
            ((2.5, -2.5), 3.0, cut((0.0, -1.0), 0.5, 0.25)),
            // Exactly on the line: taken to be on its left (y up from a rightward line).
            ((5.0, 0.0), 3.0, cut((0.0, 1.0), 3.0, 0.5)),
            // Clear of the line, or just touching it.
            ((5.0, 4.0), 3.0, None),
            ((5.0, 3.0), 3.0, None),
            // Beyond either end: the ends' own circles, not this pass.
            ((-1.0, 0.5), 3.0, None),
            ((11.0, 0.5), 3.0, None),
            // No radius.
            ((5.0, 0.0), 0.0, None),
        ];
        for (centre, radius, expected) in cases {
            assert_eq!(
                intrusion(a, b, centre, radius),
                expected,
                "{centre:?} r {radius}"
            );
        }
    }

    #[test]
    fn degenerate_and_hostile_lines_intrude_on_nothing() {
        let centre = (0.0, 0.0);
        assert_eq!(intrusion((0.0, 0.0), (0.0, 0.0), centre, 5.0), None);
        assert_eq!(intrusion((f64::NAN, 0.0), (1.0, 0.0), centre, 5.0), None);
        assert_eq!(
            intrusion((0.0, 0.0), (f64::INFINITY, 0.0), centre, 5.0),
            None
        );
        assert_eq!(
            intrusion((-1.0, 0.0), (1.0, 0.0), (f64::NAN, 0.0), 5.0),
            None
        );
        assert_eq!(intrusion((-1.0, 0.0), (1.0, 0.0), centre, f64::NAN), None);
    }

    /// Nodes 0 and 1 are linked; node 2 sits just above the middle of their line, node 3
    /// well clear of it. Returns positions and clearances.
    fn crossed() -> (Vec<f64>, Vec<f64>, [f64; 4]) {
        (
            vec![0.0, 100.0, 50.0, 50.0],
            vec![0.0, 0.0, 1.0, 40.0],
            [5.0, 5.0, 10.0, 10.0],
        )
    }

    #[test]
    fn a_node_on_a_link_of_pinned_ends_moves_clear_alone() {
        let (mut x, mut y, clearance) = crossed();
        let masses = [0.0, 0.0, 1.0, 1.0];
        assert_eq!(
            clear_once(&mut x, &mut y, &clearance, &masses, &[(0, 1)]),
            1
        );
        assert_eq!((x[0], y[0], x[1], y[1]), (0.0, 0.0, 100.0, 0.0));
        assert_eq!((x[2], x[3], y[3]), (50.0, 50.0, 40.0));
        // It lacked 9 and moves 9 × 1.25 = 11.25, past its radius of 10.
        assert!((y[2] - 12.25).abs() < 1e-12, "{}", y[2]);
        assert_eq!(
            clear_once(&mut x, &mut y, &clearance, &masses, &[(0, 1)]),
            0
        );
    }

    #[test]
    fn node_and_link_share_the_move_by_inverse_mass() {
        // Equal masses: the middle of the line moves half as far as the node, because
        // each end moves by half and the node's share is larger (1 against ½ + ½ of ½).
        let (mut x, mut y, clearance) = crossed();
        assert_eq!(
            clear_once(&mut x, &mut y, &clearance, &[1.0; 4], &[(0, 1)]),
            1
        );
        let step = 9.0 * OVER_RELAXATION / 1.5;
        assert!((y[2] - (1.0 + step)).abs() < 1e-12, "{}", y[2]);
        assert!((y[0] + step / 2.0).abs() < 1e-12 && (y[1] + step / 2.0).abs() < 1e-12);
        let middle = (y[0] + y[1]) / 2.0;
        assert!((y[2] - middle - 1.0 - 9.0 * OVER_RELAXATION).abs() < 1e-9);
        assert_eq!(x, vec![0.0, 100.0, 50.0, 50.0]);
    }

    #[test]
    fn a_pinned_node_on_a_line_moves_the_line_and_an_all_pinned_one_moves_nothing() {
        let (mut x, mut y, clearance) = crossed();
        assert_eq!(
            clear_once(&mut x, &mut y, &clearance, &[1.0, 1.0, 0.0, 1.0], &[(0, 1)]),
            1
        );
        assert_eq!(y[2], 1.0);
        assert!(y[0] < 0.0 && y[1] < 0.0);
        let (mut x, mut y, clearance) = crossed();
        assert_eq!(
            clear_once(&mut x, &mut y, &clearance, &[0.0; 4], &[(0, 1)]),
            0
        );
        assert_eq!((x, y), crossed().0.into_iter().zip(crossed().1).unzip());
    }

    #[test]
    fn only_graphs_small_enough_to_read_are_cleared() {
        assert!(affordable(0, 0));
        assert!(affordable(29, 41));
        assert!(affordable(300, 660));
        assert!(!affordable(1_000, 5_000));
        assert!(!affordable(usize::MAX, 2));
    }

    /// How many times a link runs more than half a unit into a node not its own. The
    /// half unit forgives what the last overlap correction leaves: a graze, not a line
    /// through a node.
    fn intrusions(positions: &[(f64, f64)], nodes: &[LayoutNode], links: &[LayoutLink]) -> usize {
        let mut count = 0;
        for l in links {
            let (a, b) = (positions[l.source], positions[l.target]);
            for (k, node) in nodes.iter().enumerate() {
                if k != l.source && k != l.target {
                    let cut = intrusion(a, b, positions[k], node.radius - 0.5);
                    count += usize::from(cut.is_some());
                }
            }
        }
        count
    }

    /// The nodes, each asking links to clear its collision radius.
    fn with_clearance(nodes: &[LayoutNode]) -> Vec<LayoutNode> {
        let clear = |node: &LayoutNode| LayoutNode {
            clearance: node.radius,
            ..*node
        };
        nodes.iter().map(clear).collect()
    }

    #[test]
    fn link_clearance_moves_nodes_off_links_not_their_own() {
        // Measured over these six seeded networks of 40 nodes and 60 links: 69 lines
        // through nodes without the pass, 1 with it (a node boxed in by a hub's links).
        let (mut plain, mut cleared) = (0, 0);
        for seed in 0..6 {
            let (nodes, links) = testkit::investment_network(40, 60, seed);
            let positions = layout(&nodes, &links, &LayoutParams::default());
            plain += intrusions(&positions, &nodes, &links);
            let nodes = with_clearance(&nodes);
            let positions = layout(&nodes, &links, &LayoutParams::default());
            cleared += intrusions(&positions, &nodes, &links);
            assert!(
                testkit::largest_overlap(&positions, &nodes) < 1e-2,
                "seed {seed}"
            );
        }
        assert!(plain >= 40, "{plain} lines through nodes without the pass");
        assert!(cleared <= 2, "{cleared} lines through nodes with it");
    }

    #[test]
    fn link_clearance_is_skipped_on_graphs_too_large_to_read() {
        // 1,000 nodes and 5,000 links is past `MAX_CLEARANCE_TESTS`: the same positions,
        // bit for bit, as without the pass.
        let (nodes, links) = testkit::investment_network(1_000, 5_000, 3);
        let plain = layout(&nodes, &links, &LayoutParams::default());
        let asked = layout(&with_clearance(&nodes), &links, &LayoutParams::default());
        let bits = |p: &[(f64, f64)]| {
            p.iter()
                .map(|q| (q.0.to_bits(), q.1.to_bits()))
                .collect::<Vec<_>>()
        };
        assert_eq!(bits(&plain), bits(&asked));
    }
}
