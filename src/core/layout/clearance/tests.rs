//! The clearance pass: where a line runs through a node, how the move is shared, and on
//! which graphs the pass runs.

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

/// One round over the single link from node 0 to node 1.
fn round(x: &mut [f64], y: &mut [f64], clearance: &[f64], inverse_mass: &[f64]) -> usize {
    clear_once(
        x,
        y,
        clearance,
        inverse_mass,
        &[(0, 1)],
        &mut ByX::default(),
    )
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
    assert_eq!(round(&mut x, &mut y, &clearance, &masses), 1);
    assert_eq!((x[0], y[0], x[1], y[1]), (0.0, 0.0, 100.0, 0.0));
    assert_eq!((x[2], x[3], y[3]), (50.0, 50.0, 40.0));
    // It lacked 9 and moves 9 × 1.25 = 11.25, past its radius of 10.
    assert!((y[2] - 12.25).abs() < 1e-12, "{}", y[2]);
    assert_eq!(round(&mut x, &mut y, &clearance, &masses), 0);
}

#[test]
fn node_and_link_share_the_move_by_inverse_mass() {
    // Equal masses: the middle of the line moves half as far as the node, because
    // each end moves by half and the node's share is larger (1 against ½ + ½ of ½).
    let (mut x, mut y, clearance) = crossed();
    assert_eq!(round(&mut x, &mut y, &clearance, &[1.0; 4]), 1);
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
    assert_eq!(round(&mut x, &mut y, &clearance, &[1.0, 1.0, 0.0, 1.0]), 1);
    assert_eq!(y[2], 1.0);
    assert!(y[0] < 0.0 && y[1] < 0.0);
    let (mut x, mut y, clearance) = crossed();
    assert_eq!(round(&mut x, &mut y, &clearance, &[0.0; 4]), 0);
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
