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

#[test]
fn a_name_s_box_is_the_spot_it_was_placed_from() {
    // Every spot around a node, beside, over, under and slid: the box worked out again
    // from where the name is drawn is the spot itself, so leaders keep clear of names
    // exactly where they are.
    for (at, r, width) in [((100.0, 100.0), 6.0, 40.0), ((12.0, 300.0), 20.0, 90.0)] {
        let spots = name_spots(at, r, width, 1.0, 400.0);
        for (spot, b) in spots.iter().enumerate().filter(|(_, b)| b.x.is_finite()) {
            let back = name_box(place_of(b, spot), width);
            let same = [
                back.x - b.x,
                back.y - b.y,
                back.width - b.width,
                back.height - b.height,
            ];
            assert!(
                same.iter().all(|d| d.abs() < 1e-9),
                "spot {spot}: {back:?} != {b:?}"
            );
        }
    }
}

fn overlap(a: &LabelBox, b: &LabelBox) -> bool {
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

#[test]
fn in_a_large_graph_only_big_nodes_are_named_at_natural_size_and_all_when_zoomed_in() {
    // Three nodes on screen; the rest of a graph too large to name every node is
    // elsewhere (no position, so never named).
    let g = graph(&[1; SMALL_GRAPH + 1]);
    let mut screen = vec![(f64::NAN, f64::NAN); SMALL_GRAPH + 1];
    screen[..3].copy_from_slice(&[(0.0, 0.0), (200.0, 0.0), (400.0, 0.0)]);
    let mut radii = vec![6.0; SMALL_GRAPH + 1];
    radii[..3].copy_from_slice(&[6.0, 12.0, 34.0]);
    let names = |k: f64| {
        shown(&place_names(
            &g,
            &screen,
            &radii,
            k,
            &[],
            |_| 50.0,
            f64::INFINITY,
        ))[..3]
            .to_vec()
    };
    assert_eq!(names(1.0), [false, true, true]);
    assert_eq!(names(0.5), [false, false, true]);
    assert_eq!(names(LABEL_ZOOM), [true; 3]);
}

#[test]
fn in_a_small_graph_every_node_with_room_is_named_at_any_zoom() {
    let g = graph(&[1, 1, 1]);
    let screen = [(0.0, 0.0), (200.0, 0.0), (400.0, 0.0)];
    let radii = [6.0, 12.0, 34.0];
    for k in [0.25, 0.5, 1.0, LABEL_ZOOM] {
        let placed = place_names(&g, &screen, &radii, k, &[], |_| 50.0, f64::INFINITY);
        assert_eq!(shown(&placed), [true; 3], "zoom {k}");
    }
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
fn names_end_to_end_keep_a_space_between_them() {
    // Two small nodes 40 px apart with 40 px names: under both, the names would touch
    // and read as one, so the less important one goes over its node. (The nodes are
    // small so that neither is near enough the other's name to crowd it.)
    let g = graph(&[2, 1]);
    let screen = [(100.0, 100.0), (140.0, 100.0)];
    let placed = place_names(&g, &screen, &[2.0, 2.0], 1.0, &[], |_| 40.0, f64::INFINITY);
    let under = label_anchor((100.0, 100.0), 2.0);
    assert_eq!(
        placed[0],
        Some(NamePlace {
            x: under.0,
            y: under.1,
            anchor: NameAnchor::Middle
        })
    );
    assert_eq!(
        placed[1],
        Some(NamePlace {
            x: 140.0,
            y: 100.0 - 2.0 - LABEL_GAP - LABEL_HEIGHT,
            anchor: NameAnchor::Middle
        })
    );
    // With NAME_SPACE to spare on each end, both go under.
    let apart = [(100.0, 100.0), (140.0 + 2.0 * NAME_SPACE, 100.0)];
    let placed = place_names(&g, &apart, &[2.0, 2.0], 1.0, &[], |_| 40.0, f64::INFINITY);
    assert!(placed.iter().all(|p| p.is_some_and(|p| p.y == under.1)));
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
    // Names also keep NAME_SPACE between them end to end: each box grown by half of it
    // on both sides overlaps no other.
    let boxes: Vec<LabelBox> = name_boxes(&placed, width_of)
        .into_iter()
        .map(|b| LabelBox {
            x: b.x - NAME_SPACE / 2.0,
            width: b.width + NAME_SPACE,
            ..b
        })
        .collect();
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

/// A graph of `nodes` companies joined by `edges`.
/// A node hemmed in: node 0 (radius 10) at (100, 100), with nodes 2, 3 and 4 taking
/// the spots under, over and right of it (and the slid ones), and node 1 (radius 6)
/// `gap` px under the one spot left, to its left, for a name 60 px wide. Returns the
/// positions, the radii and where node 0's name goes in that spot.
fn hemmed_in(gap: f64) -> (Vec<(f64, f64)>, Vec<f64>, NamePlace) {
    let spot_bottom = 100.0 + LABEL_HEIGHT / 2.0;
    let screen = vec![
        (100.0, 100.0),
        (60.0, spot_bottom + gap + 6.0),
        (100.0, 125.0),
        (100.0, 75.0),
        (140.0, 100.0),
    ];
    let left = NamePlace {
        x: 100.0 - 10.0 - LABEL_GAP,
        y: 100.0 - LABEL_HEIGHT / 2.0,
        anchor: NameAnchor::End,
    };
    (screen, vec![10.0, 6.0, 5.0, 5.0, 5.0], left)
}

use crate::core::testkit::joined_graph as joined;

mod crowding;
mod edges;
mod fading;
mod view;
