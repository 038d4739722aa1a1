//! Moving between nodes with the arrow keys.
//!
//! Focus moves along edges only, so that every step answers "who is this connected to"
//! and a keyboard user explores the same network a pointer user sees. The arrow picks
//! the neighbour that lies most nearly in its direction on screen.

use super::build::Graph;

/// The neighbour of `from` whose direction from it is closest in angle to `direction`,
/// in the coordinates of `positions` (screen-like: right is (1, 0), up is (0, -1)).
///
/// Only neighbours strictly within 90° of `direction` count, so that pressing right
/// never moves left. Ties in angle go to the nearer neighbour, then to the lower node
/// index. Returns `None` when there is no such neighbour, when `direction` is zero or
/// not finite, or when `from` has no finite position; neighbours without one, or on
/// the very same spot, are skipped.
pub fn neighbour_in_direction(
    graph: &Graph,
    positions: &[(f64, f64)],
    from: usize,
    direction: (f64, f64),
) -> Option<usize> {
    let finite = |p: (f64, f64)| p.0.is_finite() && p.1.is_finite();
    let origin = positions.get(from).copied().filter(|&p| finite(p))?;
    if !finite(direction) || (direction.0 == 0.0 && direction.1 == 0.0) {
        return None;
    }
    let mut best: Option<(f64, f64, usize)> = None;
    for &neighbour in graph.neighbours(from) {
        let Some(p) = positions.get(neighbour).copied().filter(|&p| finite(p)) else {
            continue;
        };
        let offset = (p.0 - origin.0, p.1 - origin.1);
        let distance = offset.0.hypot(offset.1);
        if distance == 0.0 || !distance.is_finite() {
            continue;
        }
        // atan2 of the cross and dot products is the angle between the two vectors,
        // accurate near 0 where an arccosine of the dot product is not.
        let dot = offset.0 * direction.0 + offset.1 * direction.1;
        let cross = offset.0 * direction.1 - offset.1 * direction.0;
        if dot <= 0.0 {
            continue;
        }
        let angle = cross.atan2(dot).abs();
        let better = best.is_none_or(|(a, d, i)| {
            angle
                .total_cmp(&a)
                .then(distance.total_cmp(&d))
                .then(neighbour.cmp(&i))
                .is_lt()
        });
        if better {
            best = Some((angle, distance, neighbour));
        }
    }
    best.map(|(_, _, node)| node)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::details::RangeSum;
    use crate::core::graph::build::{EdgeKind, GraphEdge, GraphNode, NodeGroup};

    /// A hub (node 0) at the origin joined to every other node, plus one node (the last)
    /// joined to nothing.
    fn star(positions: &[(f64, f64)]) -> Graph {
        let nodes = (0..positions.len())
            .map(|entity| GraphNode {
                entity,
                events: vec![entity],
                money: 0.0,
                firm_money: 0.0,
                group: NodeGroup::Company,
            })
            .collect();
        let edges = (1..positions.len() - 1)
            .map(|leaf| GraphEdge {
                source: 0,
                target: leaf,
                kind: EdgeKind::Flow,
                events: vec![leaf],
                range: RangeSum::default(),
                weight: 0.0,
                tentative: false,
            })
            .collect();
        Graph::new(nodes, edges)
    }

    const RIGHT: (f64, f64) = (1.0, 0.0);
    const LEFT: (f64, f64) = (-1.0, 0.0);
    const UP: (f64, f64) = (0.0, -1.0);
    const DOWN: (f64, f64) = (0.0, 1.0);

    #[test]
    fn arrows_pick_the_neighbour_most_in_their_direction() {
        let positions = [
            (0.0, 0.0),
            (100.0, 10.0),  // 1: right, slightly down
            (-50.0, -60.0), // 2: up and left
            (10.0, -200.0), // 3: up
            (30.0, 80.0),   // 4: down
            (1000.0, 0.0),  // 5: exactly right, but not a neighbour
        ];
        let g = star(&positions);
        let cases = [
            (RIGHT, Some(1)),
            (UP, Some(3)),
            (DOWN, Some(4)),
            (LEFT, Some(2)),
            ((-1.0, -1.0), Some(2)),
            ((1.0, 1.0), Some(4)),
        ];
        for (direction, want) in cases {
            assert_eq!(
                neighbour_in_direction(&g, &positions, 0, direction),
                want,
                "{direction:?}"
            );
        }
        // From a leaf, the only neighbour is the hub.
        assert_eq!(neighbour_in_direction(&g, &positions, 1, LEFT), Some(0));
        assert_eq!(neighbour_in_direction(&g, &positions, 1, RIGHT), None);
    }

    #[test]
    fn nothing_within_ninety_degrees_gives_none() {
        let positions = [(0.0, 0.0), (0.0, 50.0), (0.0, -50.0), (500.0, 0.0)];
        let g = star(&positions);
        // Straight up and down are exactly 90° from right: neither counts.
        assert_eq!(neighbour_in_direction(&g, &positions, 0, RIGHT), None);
        assert_eq!(neighbour_in_direction(&g, &positions, 0, UP), Some(2));
    }

    #[test]
    fn ties_go_to_the_nearer_then_the_lower_index() {
        let positions = [
            (0.0, 0.0),
            (80.0, 0.0),
            (40.0, 0.0),
            (40.0, 0.0),
            (0.0, 0.0),
        ];
        let g = star(&positions);
        assert_eq!(neighbour_in_direction(&g, &positions, 0, RIGHT), Some(2));
        let mirrored = [(0.0, 0.0), (50.0, 50.0), (50.0, -50.0), (9.0, 9.0)];
        let g = star(&mirrored);
        assert_eq!(neighbour_in_direction(&g, &mirrored, 0, RIGHT), Some(1));
    }

    #[test]
    fn degenerate_input_gives_none_without_panicking() {
        let positions = [(0.0, 0.0), (0.0, 0.0), (f64::NAN, 1.0), (9.0, 9.0)];
        let g = star(&positions);
        for (from, direction, p) in [
            (0, RIGHT, &positions[..]),
            (0, (0.0, 0.0), &positions[..]),
            (0, (f64::NAN, 1.0), &positions[..]),
            (99, RIGHT, &positions[..]),
            (0, RIGHT, &[][..]),
            (2, LEFT, &positions[..]),
        ] {
            assert_eq!(
                neighbour_in_direction(&g, p, from, direction),
                None,
                "{from} {direction:?}"
            );
        }
        assert_eq!(
            neighbour_in_direction(&Graph::default(), &[], 0, RIGHT),
            None
        );
    }
}
