//! Force-directed graph layout for the investor network, modelled on d3-force.
//!
//! Nodes are circles, links are springs, and a simulation moves them until they rest:
//! every node repels every other (Barnes–Hut, `many_body.rs`), links pull their ends to
//! a rest length (`link.rs`), circles push apart when they overlap (`collide.rs`), and
//! the picture is kept centred (`center.rs`, `gravity.rs`). Like d3, the simulation
//! cools a "temperature", alpha, on every tick and stops when it is cold; unlike d3 it
//! never animates: [`layout`] runs to convergence before the first paint, from a start
//! that puts each node next to its neighbours (`placement.rs`), so that a 1,000-node,
//! 5,000-link graph needs 100 ticks rather than d3's 300. The same nodes, links and seed
//! give bit-identical positions, and nodes that were on screen before a filter change
//! start where they were and barely move. Everything is plain data in, plain data out.
//!
//! # Why this is hand-written
//!
//! None of the candidate crates does d3-style Barnes–Hut with seeding, pinning and warm
//! starts. `fdg-sim` 0.9.1 and `force_graph` 0.4.0 (both MIT) sum repulsion over all
//! pairs, O(n²) per tick, in `f32`, with neither Barnes–Hut nor collision; `fdg-sim`
//! places nodes at random from `quad-rand`'s process-wide generator (no per-layout
//! seed) and cannot pin them, while `force_graph` takes start positions and can pin
//! ("anchor") nodes. `forceatlas2` 0.8.0 has Barnes–Hut and takes start positions, but
//! implements the ForceAtlas2 model rather than d3's, depends on rayon, and is licensed
//! AGPL-3.0-only. No crate named `fdg` (fdg-sim's repository) is published on crates.io.
//!
//! # Choices that differ from d3-force
//!
//! Each is explained where it is made: placement in breadth-first order next to placed
//! neighbours (`placement.rs`); 100 ticks and a warm alpha of 0.05 (`params.rs`); a weak
//! pull towards the centre (`gravity.rs`); zero-length offsets are the only ones jiggled
//! (`rng.rs`); a cell containing the node itself is never summarised, and nodes share
//! tree walks in small groups (`many_body.rs`); the quadtree is built from sorted Morton
//! keys (`quadtree.rs`); links are applied in a fixed scattered order (`link.rs`);
//! leftover overlaps are removed after convergence (`overlap.rs`); and, when asked, nodes
//! are moved off links not their own (`clearance.rs`).

mod candidates;
mod center;
mod clearance;
mod collide;
mod graph;
mod gravity;
mod link;
mod many_body;
mod morton;
mod overlap;
mod params;
mod placement;
mod quadtree;
mod rng;
mod simulation;
#[cfg(test)]
mod testkit;

pub use graph::{LayoutLink, LayoutNode};
pub use params::LayoutParams;
pub use simulation::Simulation;

/// Lays the graph out to convergence and returns each node's position, in input order.
///
/// This is [`Simulation::new`] followed by [`Simulation::run_to_convergence`]; use the
/// simulation directly to learn how many ticks it took, or to animate.
pub fn layout(
    nodes: &[LayoutNode],
    links: &[LayoutLink],
    params: &LayoutParams,
) -> Vec<(f64, f64)> {
    let mut simulation = Simulation::new(nodes, links, params);
    simulation.run_to_convergence();
    simulation.positions()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::layout::testkit::link;

    fn largest_move(before: &[(f64, f64)], after: &[(f64, f64)]) -> f64 {
        let moves = before.iter().zip(after);
        moves
            .map(|(a, b)| (a.0 - b.0).hypot(a.1 - b.1))
            .fold(0.0, f64::max)
    }

    /// The seeded 300-node network, laid out once, with every node's result recorded as
    /// its previous position, as the interface would after showing it.
    fn shown_network(seed: u64) -> (Vec<LayoutNode>, Vec<LayoutLink>, Vec<(f64, f64)>) {
        let (mut nodes, links) = testkit::investment_network(300, 900, seed);
        let shown = layout(&nodes, &links, &LayoutParams::default());
        for (node, &position) in nodes.iter_mut().zip(&shown) {
            node.previous = Some(position);
        }
        (nodes, links, shown)
    }

    #[test]
    fn same_nodes_links_and_seed_give_bit_identical_positions() {
        let (nodes, links) = testkit::investment_network(300, 1200, 7);
        let params = LayoutParams::default();
        let bits = |p: Vec<(f64, f64)>| {
            p.iter()
                .map(|q| (q.0.to_bits(), q.1.to_bits()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            bits(layout(&nodes, &links, &params)),
            bits(layout(&nodes, &links, &params))
        );
    }

    #[test]
    fn different_seeds_give_different_layouts() {
        let (nodes, links) = testkit::investment_network(100, 300, 7);
        let one = layout(&nodes, &links, &LayoutParams::default());
        let other = layout(
            &nodes,
            &links,
            &LayoutParams {
                seed: 1,
                ..LayoutParams::default()
            },
        );
        assert!(
            one.iter()
                .zip(&other)
                .any(|(a, b)| (a.0 - b.0).hypot(a.1 - b.1) > 1.0)
        );
    }

    #[test]
    fn empty_graph_gives_no_positions() {
        assert!(layout(&[], &[], &LayoutParams::default()).is_empty());
        assert!(layout(&[], &[link(0, 1)], &LayoutParams::default()).is_empty());
    }

    #[test]
    fn single_node_sits_at_the_origin_or_where_it_was_or_was_pinned() {
        let params = LayoutParams::default();
        assert_eq!(
            layout(&[LayoutNode::new(5.0)], &[], &params),
            vec![(0.0, 0.0)]
        );
        let mut node = LayoutNode::new(5.0);
        node.previous = Some((12.5, -3.0));
        assert_eq!(layout(&[node], &[], &params), vec![(12.5, -3.0)]);
        node.pinned = Some((7.0, 8.0));
        assert_eq!(layout(&[node], &[], &params), vec![(7.0, 8.0)]);
    }

    #[test]
    fn self_loops_and_out_of_range_links_change_nothing() {
        let (nodes, links) = testkit::investment_network(40, 80, 2);
        let params = LayoutParams::default();
        let mut noisy = links.clone();
        noisy.extend([link(3, 3), link(0, 40), link(usize::MAX, 1), link(39, 39)]);
        assert_eq!(
            layout(&nodes, &links, &params),
            layout(&nodes, &noisy, &params)
        );
    }

    #[test]
    fn coincident_nodes_are_pulled_apart() {
        let mut nodes = [LayoutNode::new(4.0); 6];
        for node in &mut nodes {
            node.previous = Some((10.0, 10.0));
        }
        let p = layout(&nodes, &[link(0, 1)], &LayoutParams::default());
        for i in 0..6 {
            for j in i + 1..6 {
                assert!((p[i].0 - p[j].0).hypot(p[i].1 - p[j].1) >= 8.0 - 1e-3);
            }
        }
    }

    #[test]
    fn nan_and_infinite_inputs_give_finite_positions() {
        let nodes = [
            LayoutNode {
                radius: f64::NAN,
                previous: Some((f64::NAN, 1.0)),
                pinned: None,
                clearance: f64::INFINITY,
            },
            LayoutNode {
                radius: f64::INFINITY,
                previous: None,
                pinned: Some((f64::INFINITY, 0.0)),
                clearance: f64::NAN,
            },
            LayoutNode::new(-1.0),
        ];
        let links = [
            LayoutLink {
                source: 0,
                target: 1,
                distance: f64::NAN,
            },
            link(1, 2),
        ];
        let p = layout(&nodes, &links, &LayoutParams::default());
        assert!(
            p.iter().all(|q| q.0.is_finite() && q.1.is_finite()),
            "{p:?}"
        );
    }

    #[test]
    fn circles_do_not_overlap_after_convergence() {
        for seed in [1, 2] {
            let (nodes, links) = testkit::investment_network(400, 1600, seed);
            let p = layout(&nodes, &links, &LayoutParams::default());
            let overlap = testkit::largest_overlap(&p, &nodes);
            assert!(overlap <= 1e-3, "seed {seed}: overlap {overlap}");
        }
    }

    #[test]
    fn rerunning_a_shown_layout_barely_moves_it() {
        // Measured on seeds 1 to 6: at most 10.2 units, across a picture about 1,060
        // units wide. d3's usual reheat to alpha 0.3 moved nodes by up to 78 here.
        let (nodes, links, shown) = shown_network(3);
        let again = layout(&nodes, &links, &LayoutParams::default());
        assert!(largest_move(&shown, &again) < 15.0);
    }

    #[test]
    fn new_node_starts_and_settles_next_to_its_neighbour_without_disturbing_the_rest() {
        let (mut nodes, mut links, shown) = shown_network(4);
        nodes.push(LayoutNode::new(5.0));
        links.push(link(17, 300));
        let p = layout(&nodes, &links, &LayoutParams::default());
        let from_neighbour = (p[300].0 - p[17].0).hypot(p[300].1 - p[17].1);
        assert!(
            from_neighbour < 60.0,
            "new node {from_neighbour} from its neighbour"
        );
        assert!(largest_move(&shown, &p[..300]) < 15.0);
    }

    #[test]
    fn filtering_nodes_out_moves_the_others_only_a_little() {
        // Measured on seeds 1 to 6, dropping every tenth node: at most 30 units.
        let (nodes, links, shown) = shown_network(5);
        let kept: Vec<usize> = (0..300).filter(|i| i % 10 != 3).collect();
        let mut index = vec![usize::MAX; 300];
        for (k, &i) in kept.iter().enumerate() {
            index[i] = k;
        }
        let kept_nodes: Vec<LayoutNode> = kept.iter().map(|&i| nodes[i]).collect();
        // Links to dropped nodes get an out-of-range end, which the layout ignores.
        let kept_links: Vec<LayoutLink> = links
            .iter()
            .map(|l| link(index[l.source], index[l.target]))
            .collect();
        let p = layout(&kept_nodes, &kept_links, &LayoutParams::default());
        let before: Vec<(f64, f64)> = kept.iter().map(|&i| shown[i]).collect();
        assert!(largest_move(&before, &p) < 40.0);
    }

    #[test]
    fn fresh_run_ignores_where_nodes_were() {
        let (nodes, links, _) = shown_network(6);
        let fresh = LayoutParams {
            fresh: true,
            ..LayoutParams::default()
        };
        let cleared: Vec<LayoutNode> = nodes.iter().map(|n| LayoutNode::new(n.radius)).collect();
        assert_eq!(
            layout(&nodes, &links, &fresh),
            layout(&cleared, &links, &fresh)
        );
    }

    #[test]
    fn planted_communities_come_out_as_clusters() {
        // Of each node's ten nearest nodes, how many share its community. Measured 0.86
        // here; a random arrangement scores 0.1, and d3's spiral start after the same
        // 100 ticks about 0.4 on a 1,000-node version of this graph.
        let (nodes, links) = testkit::clustered_network(400, 2000, 10, 1);
        let p = layout(&nodes, &links, &LayoutParams::default());
        let purity = testkit::knn_purity(&p, 10);
        assert!(purity > 0.7, "purity {purity}");
    }
}
