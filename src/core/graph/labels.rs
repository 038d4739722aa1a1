//! Which node names are drawn.
//!
//! A name is a candidate when there is room to read it: the node is big on screen, or
//! the reader has zoomed in, or the reader is pointing at, focused on or has selected
//! it. Candidates are then placed greedily by priority (emphasised nodes first, then
//! larger nodes, busier nodes, and ids in alphabetical order). A name goes centred under
//! its node, or above it, or beside it, whichever of those comes first without covering
//! another node or a name already placed; a name with no such spot is hidden.

use crate::core::scale::{LabelBox, place_labels};

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

/// The margin names keep from the left and right edges of the view, in screen pixels.
const EDGE: f64 = 4.0;

/// Space between a node's circle and the top of its name, in screen pixels.
pub const LABEL_GAP: f64 = 3.0;

/// The top centre of a node's name on screen when it goes under the circle,
/// [`LABEL_GAP`] below it. The interface draws the text from a top centre with
/// `text-anchor: middle`.
pub fn label_anchor(screen: (f64, f64), screen_radius: f64) -> (f64, f64) {
    (screen.0, screen.1 + screen_radius.max(0.0) + LABEL_GAP)
}

/// The spots a name may take around its node, in order of preference: under it (where
/// readers look first), over it, then to the right and to the left. A name under or
/// over a node near the edge of the view (`0..view_width`) moves inward to stay in it;
/// a spot beside the node that would leave the view cannot be placed. Moving names here
/// rather than when drawing keeps the collision test true to where they are drawn.
fn name_spots(
    screen: (f64, f64),
    r: f64,
    width: f64,
    priority: f64,
    view_width: f64,
) -> Vec<LabelBox> {
    let (x, y) = screen;
    let r = r.max(0.0);
    let middle = y - LABEL_HEIGHT / 2.0;
    let inside = |left: f64| {
        if left >= EDGE && left + width <= view_width - EDGE {
            left
        } else {
            f64::NAN
        }
    };
    let centred = (x - width / 2.0).min(view_width - EDGE - width).max(EDGE);
    [
        (centred, y + r + LABEL_GAP),
        (centred, y - r - LABEL_GAP - LABEL_HEIGHT),
        (inside(x + r + LABEL_GAP), middle),
        (inside(x - r - LABEL_GAP - width), middle),
    ]
    .map(|(left, top)| LabelBox {
        x: left,
        y: top,
        width,
        height: LABEL_HEIGHT,
        priority,
    })
    .to_vec()
}

/// How a name's text lines up with the point it is drawn from, as SVG's `text-anchor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameAnchor {
    /// Centred on the point: names under or over their node.
    Middle,
    /// Starting at the point: names to the right of their node.
    Start,
    /// Ending at the point: names to the left of their node.
    End,
}

/// Where a name is drawn: the point its top edge is anchored at, and how it lines up.
/// A name beside its node is anchored on the side next to the node, so a name wider
/// than its estimate grows away from the node, never over it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NamePlace {
    pub x: f64,
    pub y: f64,
    pub anchor: NameAnchor,
}

/// The drawing point of spot number `spot` (in `name_spots` order) with box `b`.
fn place_of(b: &LabelBox, spot: usize) -> NamePlace {
    let (x, anchor) = match spot {
        2 => (b.x, NameAnchor::Start),
        3 => (b.x + b.width, NameAnchor::End),
        _ => (b.x + b.width / 2.0, NameAnchor::Middle),
    };
    NamePlace { x, y: b.y, anchor }
}

/// Where to draw node names: `result[i]` is where node `i`'s name is drawn on screen,
/// or `None` when it is not drawn.
///
/// `screen` holds node positions on screen (after the view transform), `radii` the
/// radii in layout units and `k` the zoom, so `radii[i] * k` is the radius on screen.
/// `width_of(i)` estimates the on-screen width of node `i`'s name. `emphasised` lists
/// the hovered, focused and selected nodes, most important first: each is a candidate
/// whatever its size, and the first always shows, under its node (unless it has no
/// finite position or width, so there is nowhere to draw it).
///
/// No two names overlap, and no name covers a node other than the first emphasised
/// one's. Nodes without a finite position show no name. `view_width` is the width of
/// the view on screen, which names beside their node stay within.
pub fn place_names(
    graph: &Graph,
    screen: &[(f64, f64)],
    radii: &[f64],
    k: f64,
    emphasised: &[usize],
    width_of: impl Fn(usize) -> f64,
    view_width: f64,
) -> Vec<Option<NamePlace>> {
    let n = graph.nodes.len();
    let zoomed_in = k >= LABEL_ZOOM;
    let screen_radius = |i: usize| {
        let r = radii.get(i).copied().unwrap_or(0.0) * k;
        if r.is_finite() { r.max(0.0) } else { 0.0 }
    };
    let position = |i: usize| {
        screen
            .get(i)
            .copied()
            .filter(|(x, y)| x.is_finite() && y.is_finite())
    };
    let mut placed = vec![None; n];
    // Every node is an obstacle, and the first emphasised name is one too: it shows
    // under its node whatever else is near, and everything else makes way for it.
    let mut obstacles: Vec<LabelBox> = (0..n)
        .filter_map(|i| {
            let (x, y) = position(i)?;
            let r = screen_radius(i);
            Some(LabelBox {
                x: x - r,
                y: y - r,
                width: 2.0 * r,
                height: 2.0 * r,
                priority: 0.0,
            })
        })
        .collect();
    let first = emphasised.first().copied().filter(|&i| i < n);
    if let Some(i) = first
        && let Some(at) = position(i)
    {
        let spot = name_spots(at, screen_radius(i), width_of(i), 0.0, view_width)[0];
        if spot.width.is_finite() && spot.width >= 0.0 {
            obstacles.push(spot);
            placed[i] = Some(place_of(&spot, 0));
        }
    }
    // Emphasised nodes come first in the order given; everything else by size, then
    // by how many events it has, then by id (node order is id order).
    let emphasis = |i: usize| emphasised.iter().position(|&e| e == i);
    let mut order: Vec<usize> = (0..n)
        .filter(|&i| Some(i) != first)
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
    let spots: Vec<Vec<LabelBox>> = order
        .iter()
        .enumerate()
        .map(|(place, &i)| {
            let at = screen.get(i).copied().unwrap_or((f64::NAN, f64::NAN));
            // Earlier in the order is more important; placement takes higher
            // priorities first.
            let priority = (order.len() - place) as f64;
            name_spots(at, screen_radius(i), width_of(i), priority, view_width)
        })
        .collect();
    for ((&i, chosen), spots) in order
        .iter()
        .zip(place_labels(&obstacles, &spots))
        .zip(&spots)
    {
        placed[i] = chosen.map(|c| place_of(&spots[c], c));
    }
    placed
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

    /// Which names show.
    fn shown(placed: &[Option<NamePlace>]) -> Vec<bool> {
        placed.iter().map(Option::is_some).collect()
    }

    /// The boxes of the names placed, to check for overlaps.
    fn name_boxes(placed: &[Option<NamePlace>], width_of: impl Fn(usize) -> f64) -> Vec<LabelBox> {
        placed
            .iter()
            .enumerate()
            .filter_map(|(i, at)| {
                let at = (*at)?;
                let width = width_of(i);
                let left = match at.anchor {
                    NameAnchor::Middle => at.x - width / 2.0,
                    NameAnchor::Start => at.x,
                    NameAnchor::End => at.x - width,
                };
                Some(LabelBox {
                    x: left,
                    y: at.y,
                    width,
                    height: LABEL_HEIGHT,
                    priority: 0.0,
                })
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
        let names = |k: f64| {
            shown(&place_names(
                &g,
                &screen,
                &radii,
                k,
                &[],
                |_| 50.0,
                f64::INFINITY,
            ))
        };
        assert_eq!(names(1.0), [false, true, true]);
        assert_eq!(names(0.5), [false, false, true]);
        assert_eq!(names(LABEL_ZOOM), [true; 3]);
    }

    #[test]
    fn a_name_goes_under_its_node_when_there_is_room() {
        let g = graph(&[1]);
        let placed = place_names(
            &g,
            &[(100.0, 50.0)],
            &[10.0],
            1.0,
            &[],
            |_| 40.0,
            f64::INFINITY,
        );
        let (x, y) = label_anchor((100.0, 50.0), 10.0);
        assert_eq!(
            placed,
            [Some(NamePlace {
                x,
                y,
                anchor: NameAnchor::Middle
            })]
        );
    }

    #[test]
    fn a_name_moves_over_or_beside_its_node_rather_than_cover_a_neighbour() {
        // Node 1 sits right under node 0, where node 0's name would go; node 2 sits
        // over it too, so node 0's name goes to its right.
        let g = graph(&[3, 1, 1]);
        let screen = [(100.0, 100.0), (100.0, 130.0), (100.0, 70.0)];
        let radii = [12.0, 6.0, 6.0];
        let placed = place_names(&g, &screen, &radii, 1.0, &[], |_| 40.0, f64::INFINITY);
        assert_eq!(
            placed[0],
            Some(NamePlace {
                x: 100.0 + 12.0 + LABEL_GAP,
                y: 100.0 - LABEL_HEIGHT / 2.0,
                anchor: NameAnchor::Start,
            })
        );
        // Boxed in on every side, a name is hidden rather than drawn over a node.
        let screen = [
            (0.0, 0.0),
            (0.0, 25.0),
            (0.0, -25.0),
            (40.0, 0.0),
            (-40.0, 0.0),
        ];
        let placed = place_names(
            &graph(&[5, 1, 1, 1, 1]),
            &screen,
            &[12.0, 6.0, 6.0, 6.0, 6.0],
            1.0,
            &[],
            |_| 40.0,
            f64::INFINITY,
        );
        assert_eq!(placed[0], None);
    }

    #[test]
    fn a_name_beside_its_node_stays_inside_the_view() {
        // Under and over are taken by neighbours; the left would leave the view, so the
        // name goes right.
        let g = graph(&[3, 1, 1]);
        let screen = [(30.0, 100.0), (30.0, 130.0), (30.0, 70.0)];
        let placed = place_names(&g, &screen, &[12.0, 6.0, 6.0], 1.0, &[], |_| 60.0, 400.0);
        assert_eq!(placed[0].map(|p| p.anchor), Some(NameAnchor::Start));
        // Near the right edge it goes left instead.
        let screen = [(370.0, 100.0), (370.0, 130.0), (370.0, 70.0)];
        let placed = place_names(&g, &screen, &[12.0, 6.0, 6.0], 1.0, &[], |_| 60.0, 400.0);
        assert_eq!(placed[0].map(|p| p.anchor), Some(NameAnchor::End));
    }

    #[test]
    fn a_name_under_a_node_at_the_edge_moves_inward_and_still_avoids_its_neighbours() {
        // A name 60 px wide under a node 10 px from the right edge of a 400 px view.
        let g = graph(&[1]);
        let placed = place_names(&g, &[(390.0, 50.0)], &[10.0], 1.0, &[], |_| 60.0, 400.0);
        let (_, y) = label_anchor((390.0, 50.0), 10.0);
        let x = 400.0 - EDGE - 30.0;
        assert_eq!(
            placed,
            [Some(NamePlace {
                x,
                y,
                anchor: NameAnchor::Middle
            })]
        );
        // With a big node where the moved name would go, it goes over its node instead.
        let g = graph(&[1, 9]);
        let placed = place_names(
            &g,
            &[(390.0, 50.0), (340.0, 90.0)],
            &[10.0, 20.0],
            1.0,
            &[],
            |_| 60.0,
            400.0,
        );
        assert_eq!(
            placed[0].map(|p| p.y),
            Some(50.0 - 10.0 - LABEL_GAP - LABEL_HEIGHT)
        );
    }

    #[test]
    fn larger_nodes_win_the_spot_under_a_crowd_then_busier_ones_then_earlier_ids() {
        // Three nodes on one spot: the winner's name goes under them.
        let screen = [(200.0, 0.0); 3];
        let cases: [(&[usize], &[f64], usize); 3] = [
            (&[1, 1, 1], &[20.0, 30.0, 25.0], 1),
            (&[1, 5, 3], &[20.0, 20.0, 20.0], 1),
            (&[2, 2, 2], &[20.0, 20.0, 20.0], 0),
        ];
        for (events, radii, winner) in cases {
            let placed = place_names(
                &graph(events),
                &screen,
                radii,
                1.0,
                &[],
                |_| 40.0,
                f64::INFINITY,
            );
            let (x, y) = label_anchor((200.0, 0.0), radii[winner]);
            let under = NamePlace {
                x,
                y,
                anchor: NameAnchor::Middle,
            };
            assert_eq!(placed[winner], Some(under), "{events:?} {radii:?}");
        }
    }

    #[test]
    fn the_hovered_node_always_shows_under_itself_even_when_small_and_crowded() {
        let g = graph(&[9, 9, 1]);
        // The small node sits inside the big ones' reach.
        let screen = [(200.0, 0.0), (205.0, 0.0), (202.0, 24.0)];
        let radii = [30.0, 30.0, 6.0];
        let placed = place_names(&g, &screen, &radii, 1.0, &[2, 0], |_| 60.0, f64::INFINITY);
        let (x, y) = label_anchor(screen[2], 6.0);
        assert_eq!(
            placed[2],
            Some(NamePlace {
                x,
                y,
                anchor: NameAnchor::Middle
            })
        );
        let boxes = name_boxes(&placed, |_| 60.0);
        for (i, a) in boxes.iter().enumerate() {
            assert!(boxes[i + 1..].iter().all(|b| !overlap(a, b)));
        }
    }

    #[test]
    fn no_name_overlaps_another_or_covers_another_node_in_a_crowd() {
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
        let placed = place_names(&g, &screen, &radii, 2.0, &[17], width_of, f64::INFINITY);
        assert!(placed[17].is_some());
        let boxes = name_boxes(&placed, width_of);
        assert!(boxes.len() > 10, "some names show: {}", boxes.len());
        for (i, a) in boxes.iter().enumerate() {
            assert!(boxes[i + 1..].iter().all(|b| !overlap(a, b)));
        }
        let circles: Vec<LabelBox> = screen
            .iter()
            .zip(&radii)
            .map(|(&(x, y), r)| {
                let r = r * 2.0;
                LabelBox {
                    x: x - r,
                    y: y - r,
                    width: 2.0 * r,
                    height: 2.0 * r,
                    priority: 0.0,
                }
            })
            .collect();
        // Only the hovered node's name may lie over a node.
        let unforced = name_boxes(
            &placed
                .iter()
                .enumerate()
                .map(|(i, p)| if i == 17 { None } else { *p })
                .collect::<Vec<_>>(),
            width_of,
        );
        for a in &unforced {
            assert!(circles.iter().all(|c| !overlap(a, c)), "{a:?}");
        }
    }

    #[test]
    fn hostile_input_shows_nothing_odd_and_does_not_panic() {
        let g = graph(&[1, 1, 1]);
        let screen = [(f64::NAN, 0.0), (0.0, 0.0)];
        let placed = place_names(
            &g,
            &screen,
            &[f64::INFINITY, 20.0],
            f64::NAN,
            &[99, 0],
            |_| f64::NAN,
            f64::INFINITY,
        );
        assert_eq!(shown(&placed), [false; 3]);
        assert!(
            place_names(
                &Graph::default(),
                &[],
                &[],
                1.0,
                &[],
                |_| 10.0,
                f64::INFINITY
            )
            .is_empty()
        );
        let placed = place_names(
            &g,
            &screen,
            &[20.0, 20.0],
            1.0,
            &[],
            |_| 10.0,
            f64::INFINITY,
        );
        assert_eq!(
            shown(&placed),
            [false, true, false],
            "a node without a position shows no name"
        );
    }
}
