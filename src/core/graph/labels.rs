//! Which node names are drawn.
//!
//! A name is a candidate when there is room to read it: the node is big on screen, or
//! the reader has zoomed in, or the reader is pointing at, focused on or has selected
//! it. Candidates are then shown greedily by priority (emphasised nodes first, then
//! larger nodes, busier nodes, and ids in alphabetical order), each hidden if it would
//! overlap a name already shown. Names go centred under their node.

use crate::core::scale::{LabelBox, resolve_collisions};

use super::build::Graph;

/// A node at least this large on screen (radius in screen pixels) is a candidate for a
/// name at any zoom. At 7 px every node of natural size or larger qualifies, so a small
/// graph is fully named; in a large one the collision pass, which favours big nodes,
/// keeps the picture legible, and zooming out below natural size thins names further.
pub const LABEL_MIN_SCREEN_RADIUS: f64 = 7.0;

/// At this zoom or closer, every node is a candidate: the reader has zoomed in to read,
/// and nodes stand half as far apart again as at natural size, which leaves room for
/// most names; the collision pass still hides those that would overlap.
pub const LABEL_ZOOM: f64 = 1.5;

/// The height of a name's box, in screen pixels: a 12 px font's line.
pub const LABEL_HEIGHT: f64 = 14.0;

/// Space between a node's circle and the top of its name, in screen pixels.
pub const LABEL_GAP: f64 = 3.0;

/// The top centre of a node's name on screen: centred under the circle, [`LABEL_GAP`]
/// below it. The interface draws the text from here with `text-anchor: middle`.
pub fn label_anchor(screen: (f64, f64), screen_radius: f64) -> (f64, f64) {
    (screen.0, screen.1 + screen_radius.max(0.0) + LABEL_GAP)
}

/// Which nodes' names to draw: `result[i]` is true when node `i`'s name shows.
///
/// `screen` holds node positions on screen (after the view transform), `radii` the
/// radii in layout units and `k` the zoom, so `radii[i] * k` is the radius on screen.
/// `width_of(i)` estimates the on-screen width of node `i`'s name. `emphasised` lists
/// the hovered, focused and selected nodes, most important first: each is a candidate
/// whatever its size, and the first always shows (unless it has no finite position or
/// width, so there is nowhere to draw it).
///
/// No two names shown overlap. Nodes without a finite position show no name.
pub fn visible_labels(
    graph: &Graph,
    screen: &[(f64, f64)],
    radii: &[f64],
    k: f64,
    emphasised: &[usize],
    width_of: impl Fn(usize) -> f64,
) -> Vec<bool> {
    let n = graph.nodes.len();
    let zoomed_in = k >= LABEL_ZOOM;
    let screen_radius = |i: usize| {
        let r = radii.get(i).copied().unwrap_or(0.0) * k;
        if r.is_finite() { r.max(0.0) } else { 0.0 }
    };
    // Emphasised nodes come first in the order given; everything else by size, then
    // by how many events it has, then by id (node order is id order).
    let emphasis = |i: usize| emphasised.iter().position(|&e| e == i);
    let mut order: Vec<usize> = (0..n)
        .filter(|&i| {
            emphasis(i).is_some() || zoomed_in || screen_radius(i) >= LABEL_MIN_SCREEN_RADIUS
        })
        .collect();
    crate::core::order::sort_indices(&mut order, &|a, b| {
        let rank = |i: usize| emphasis(i).unwrap_or(usize::MAX);
        rank(a)
            .cmp(&rank(b))
            .then(screen_radius(b).total_cmp(&screen_radius(a)))
            .then(
                graph.nodes[b]
                    .events
                    .len()
                    .cmp(&graph.nodes[a].events.len()),
            )
            .then(a.cmp(&b))
    });
    let boxes: Vec<LabelBox> = order
        .iter()
        .enumerate()
        .map(|(place, &i)| {
            let (x, y) = screen.get(i).copied().unwrap_or((f64::NAN, f64::NAN));
            let width = width_of(i);
            let (cx, top) = label_anchor((x, y), screen_radius(i));
            LabelBox {
                x: cx - width / 2.0,
                y: top,
                width,
                height: LABEL_HEIGHT,
                // Earlier in the order is more important; the collision pass takes
                // higher priorities first.
                priority: (order.len() - place) as f64,
            }
        })
        .collect();
    let mut visible = vec![false; n];
    for (&i, shown) in order.iter().zip(resolve_collisions(&boxes)) {
        visible[i] = shown;
    }
    visible
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::graph::build::{GraphNode, NodeGroup};

    fn graph(events: &[usize]) -> Graph {
        let nodes = events
            .iter()
            .enumerate()
            .map(|(entity, &count)| GraphNode {
                entity,
                events: (0..count).collect(),
                money: 0.0,
                firm_money: 0.0,
                group: NodeGroup::Company,
            })
            .collect();
        Graph::new(nodes, Vec::new())
    }

    /// The boxes of the names shown, to check for overlaps.
    fn shown_boxes(
        screen: &[(f64, f64)],
        screen_radii: &[f64],
        visible: &[bool],
        width_of: impl Fn(usize) -> f64,
    ) -> Vec<LabelBox> {
        (0..screen.len())
            .filter(|&i| visible[i])
            .map(|i| {
                let (cx, top) = label_anchor(screen[i], screen_radii[i]);
                let width = width_of(i);
                LabelBox {
                    x: cx - width / 2.0,
                    y: top,
                    width,
                    height: LABEL_HEIGHT,
                    priority: 0.0,
                }
            })
            .collect()
    }

    fn overlap(a: &LabelBox, b: &LabelBox) -> bool {
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    }

    #[test]
    fn only_big_nodes_are_named_at_natural_size_and_all_when_zoomed_in() {
        let g = graph(&[1, 1, 1]);
        let screen = [(0.0, 0.0), (200.0, 0.0), (400.0, 0.0)];
        let radii = [6.0, 12.0, 34.0];
        assert_eq!(
            visible_labels(&g, &screen, &radii, 1.0, &[], |_| 50.0),
            [false, true, true]
        );
        assert_eq!(
            visible_labels(&g, &screen, &radii, 0.5, &[], |_| 50.0),
            [false, false, true]
        );
        assert_eq!(
            visible_labels(&g, &screen, &radii, LABEL_ZOOM, &[], |_| 50.0),
            [true; 3]
        );
    }

    #[test]
    fn larger_nodes_win_then_busier_ones_then_earlier_ids() {
        // Three nodes on one spot: only one name can show.
        let screen = [(0.0, 0.0); 3];
        let cases: [(&[usize], &[f64], usize); 3] = [
            (&[1, 1, 1], &[20.0, 30.0, 25.0], 1),
            (&[1, 5, 3], &[20.0, 20.0, 20.0], 1),
            (&[2, 2, 2], &[20.0, 20.0, 20.0], 0),
        ];
        for (events, radii, winner) in cases {
            let visible = visible_labels(&graph(events), &screen, radii, 1.0, &[], |_| 40.0);
            let want: Vec<bool> = (0..3).map(|i| i == winner).collect();
            assert_eq!(visible, want, "{events:?} {radii:?}");
        }
    }

    #[test]
    fn the_hovered_node_always_shows_even_when_small_and_crowded() {
        let g = graph(&[9, 9, 1]);
        // The small node sits lower, so that all three names would start at y = 33.
        let screen = [(0.0, 0.0), (5.0, 0.0), (2.0, 24.0)];
        let radii = [30.0, 30.0, 6.0];
        let visible = visible_labels(&g, &screen, &radii, 1.0, &[2, 0], |_| 60.0);
        assert_eq!(visible, [false, false, true]);
    }

    #[test]
    fn no_two_shown_names_overlap_in_a_crowd() {
        let n = 300;
        let g = graph(&vec![1; n]);
        let mut state = 7_u64;
        let mut next = move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        let screen: Vec<(f64, f64)> = (0..n).map(|_| (next() * 800.0, next() * 600.0)).collect();
        let radii: Vec<f64> = (0..n).map(|_| 6.0 + next() * 28.0).collect();
        let width_of = |i: usize| 30.0 + (i % 7) as f64 * 10.0;
        let visible = visible_labels(&g, &screen, &radii, 2.0, &[17], width_of);
        assert!(visible[17]);
        let screen_radii: Vec<f64> = radii.iter().map(|r| r * 2.0).collect();
        let boxes = shown_boxes(&screen, &screen_radii, &visible, width_of);
        assert!(boxes.len() > 20, "some names show: {}", boxes.len());
        for (i, a) in boxes.iter().enumerate() {
            assert!(boxes[i + 1..].iter().all(|b| !overlap(a, b)));
        }
    }

    #[test]
    fn hostile_input_shows_nothing_odd_and_does_not_panic() {
        let g = graph(&[1, 1, 1]);
        let screen = [(f64::NAN, 0.0), (0.0, 0.0)];
        let visible = visible_labels(
            &g,
            &screen,
            &[f64::INFINITY, 20.0],
            f64::NAN,
            &[99, 0],
            |_| f64::NAN,
        );
        assert_eq!(visible, [false; 3]);
        assert!(visible_labels(&Graph::default(), &[], &[], 1.0, &[], |_| 10.0).is_empty());
        let shown = visible_labels(&g, &screen, &[20.0, 20.0], 1.0, &[], |_| 10.0);
        assert_eq!(
            shown,
            [false, true, false],
            "a node without a position shows no name"
        );
    }
}
