use super::*;
use crate::core::graph::build::NodeGroup;
use crate::core::graph::place_names;
use crate::core::testkit::joined_graph as joined;

/// Node 0 at (200, 200) with a neighbour 22 px away straight below, above, right and
/// left of it (nodes 1 to 4), every node of radius 6: a leader in any of those four
/// directions would graze a neighbour.
const BOXED_IN: [(f64, f64); 5] = [
    (200.0, 200.0),
    (200.0, 222.0),
    (200.0, 178.0),
    (222.0, 200.0),
    (178.0, 200.0),
];
const VIEW: (f64, f64) = (400.0, 400.0);

/// No node named yet.
fn unnamed(n: usize) -> Vec<Option<NamePlace>> {
    vec![None; n]
}

fn leaders_for(g: &Graph, screen: &[(f64, f64)], names: &[Option<NamePlace>]) -> Vec<LeaderName> {
    let radii = vec![6.0; screen.len()];
    place_leaders(g, screen, &radii, 1.0, names, &[], |_| 40.0, VIEW)
}

#[test]
fn a_node_boxed_in_on_four_sides_is_named_diagonally_at_the_end_of_a_short_leader() {
    let g = joined(5, &[]);
    // The neighbours have names of their own, far away, so only node 0 is looked at.
    let mut names = unnamed(5);
    for (i, name) in names.iter_mut().enumerate().skip(1) {
        *name = Some(NamePlace {
            x: 20.0,
            y: 20.0 * i as f64,
            anchor: NameAnchor::Start,
        });
    }
    let leaders = leaders_for(&g, &BOXED_IN, &names);
    assert_eq!(leaders.len(), 1, "{leaders:?}");
    let leader = leaders[0];
    assert_eq!(leader.node, 0);
    // Down and to the right, 10 px past the outline: the line runs from the outline to
    // the leader's end, and the name starts 2 px beyond it, its top 2 px below.
    let d = std::f64::consts::FRAC_1_SQRT_2;
    let (start, end) = (200.0 + 6.0 * d, 200.0 + 16.0 * d);
    assert_eq!(leader.line, [start, start, end, end]);
    assert_eq!(
        leader.name,
        NamePlace {
            x: end + 2.0,
            y: end + 2.0,
            anchor: NameAnchor::Start,
        }
    );
}

#[test]
fn a_leader_takes_a_spot_no_edge_runs_through_before_one_an_edge_does() {
    // An edge from the right neighbour down to node 5 runs through the name down and
    // to the right; the next diagonal, down and to the left, is clear.
    let mut screen = BOXED_IN.to_vec();
    screen.push((230.0, 330.0));
    let g = joined(6, &[(3, 5)]);
    let mut names = unnamed(6);
    for (i, name) in names.iter_mut().enumerate().skip(1) {
        *name = Some(NamePlace {
            x: 20.0,
            y: 20.0 * i as f64,
            anchor: NameAnchor::Start,
        });
    }
    let leaders = leaders_for(&g, &screen, &names);
    let leader = leaders
        .iter()
        .find(|l| l.node == 0)
        .expect("node 0 has a leader");
    assert_eq!(leader.name.anchor, NameAnchor::End);
    assert!(
        leader.line[2] < 200.0 && leader.line[3] > 200.0,
        "{leader:?}"
    );
}

#[test]
fn nodes_named_faded_outside_the_view_or_in_a_large_graph_at_natural_size_get_none() {
    let g = joined(5, &[]);
    let radii = [6.0; 5];
    let named = |i: usize| NamePlace {
        x: 20.0,
        y: 20.0 * i as f64,
        anchor: NameAnchor::Start,
    };
    let others_named: Vec<Option<NamePlace>> = (0..5).map(|i| (i > 0).then(|| named(i))).collect();
    let all_named: Vec<Option<NamePlace>> = (0..5).map(|i| Some(named(i))).collect();
    let leaders = |names: &[Option<NamePlace>], emphasised: &[usize], view: (f64, f64)| {
        place_leaders(
            &g,
            &BOXED_IN,
            &radii,
            1.0,
            names,
            emphasised,
            |_| 40.0,
            view,
        )
    };
    assert_eq!(
        leaders(&others_named, &[], VIEW).len(),
        1,
        "the case that gets one"
    );
    assert!(leaders(&all_named, &[], VIEW).is_empty(), "already named");
    assert!(
        leaders(&others_named, &[1], VIEW).is_empty(),
        "faded by a hover on node 1"
    );
    assert_eq!(
        leaders(&others_named, &[0, 1], VIEW).len(),
        1,
        "emphasised itself"
    );
    assert!(
        leaders(&others_named, &[], (150.0, 150.0)).is_empty(),
        "outside the view"
    );
    assert!(
        leaders(&others_named, &[], (f64::INFINITY, 400.0)).is_empty(),
        "a view of no finite size"
    );

    // The same five among a graph too large to name every node: none at natural
    // size, one zoomed in (the other nodes have no position, so none of theirs).
    let large = joined(SMALL_GRAPH + 1, &[]);
    let mut screen = vec![(f64::NAN, f64::NAN); SMALL_GRAPH + 1];
    screen[..5].copy_from_slice(&BOXED_IN);
    let mut names = vec![None; SMALL_GRAPH + 1];
    names[1..5].copy_from_slice(&others_named[1..]);
    let radii = vec![6.0; SMALL_GRAPH + 1];
    let at = |k: f64| {
        // Radii are scaled by the zoom; these are already on screen at 1.
        let radii: Vec<f64> = radii.iter().map(|r| r / k).collect();
        place_leaders(&large, &screen, &radii, k, &names, &[], |_| 40.0, VIEW)
    };
    assert!(at(1.0).is_empty());
    assert_eq!(at(LABEL_ZOOM).len(), 1);
}

#[test]
fn a_name_that_fits_nowhere_gets_no_leader() {
    let g = joined(5, &[]);
    let names = unnamed(5);
    let radii = [6.0; 5];
    // Wider than the view: no spot keeps it inside.
    let wide = place_leaders(&g, &BOXED_IN, &radii, 1.0, &names, &[], |_| 500.0, VIEW);
    assert!(wide.is_empty());
    // A width that is not a width: nothing to place.
    for width in [f64::NAN, f64::INFINITY, -1.0] {
        let none = place_leaders(&g, &BOXED_IN, &radii, 1.0, &names, &[], |_| width, VIEW);
        assert!(none.is_empty(), "{width}");
    }
}

#[test]
fn nodes_without_a_finite_place_or_size_are_skipped_and_nothing_panics() {
    let g = joined(4, &[(0, 1), (1, 2)]);
    let screen = [
        (f64::NAN, 10.0),
        (100.0, 100.0),
        (f64::INFINITY, 0.0),
        (200.0, 200.0),
    ];
    let radii = [6.0, f64::NAN, 6.0, -3.0];
    let names = unnamed(4);
    let leaders = place_leaders(&g, &screen, &radii, 1.0, &names, &[], |_| 40.0, VIEW);
    let nodes: Vec<usize> = leaders.iter().map(|l| l.node).collect();
    // Nodes 1 and 3 have room all round: a leader is drawn for them (nothing beside
    // them was taken by `place_names` here, which would name them first in practice).
    assert_eq!(nodes, [1, 3]);
    for l in &leaders {
        assert!(l.line.iter().all(|v| v.is_finite()), "{l:?}");
    }
    // Empty and mismatched inputs.
    assert!(place_leaders(&joined(0, &[]), &[], &[], 1.0, &[], &[], |_| 40.0, VIEW).is_empty());
    let short = place_leaders(&g, &screen[..1], &radii[..1], 1.0, &[], &[], |_| 40.0, VIEW);
    assert!(short.is_empty());
}

/// A small deterministic generator, so the crowded pictures below are the same on
/// every run.
fn lcg(seed: &mut u64) -> f64 {
    *seed = seed
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    (*seed >> 11) as f64 / (1u64 << 53) as f64
}

#[test]
fn leaders_and_their_names_cover_no_node_name_or_other_leader_in_crowded_pictures() {
    let width_of = |i: usize| 30.0 + (i % 5) as f64 * 12.0;
    let mut total = 0;
    for seed in 1..=40u64 {
        let mut s = seed;
        let n = 30;
        let screen: Vec<(f64, f64)> = (0..n)
            .map(|_| (20.0 + lcg(&mut s) * 260.0, 20.0 + lcg(&mut s) * 260.0))
            .collect();
        let radii: Vec<f64> = (0..n).map(|_| 4.0 + lcg(&mut s) * 10.0).collect();
        let edges: Vec<(usize, usize)> = (1..n)
            .map(|i| (i, (lcg(&mut s) * i as f64) as usize))
            .collect();
        let g = joined(n, &edges);
        let view = (300.0, 300.0);
        let names = place_names(&g, &screen, &radii, 1.0, &[], width_of, view.0);
        let leaders = place_leaders(&g, &screen, &radii, 1.0, &names, &[], width_of, view);
        total += leaders.len();
        let boxes: Vec<LabelBox> = names
            .iter()
            .enumerate()
            .filter_map(|(i, p)| Some(name_box((*p)?, width_of(i))))
            .collect();
        for (at, l) in leaders.iter().enumerate() {
            assert!(
                names[l.node].is_none(),
                "seed {seed}: a named node got a leader"
            );
            let b = name_box(l.name, width_of(l.node));
            assert!(
                b.x >= 0.0 && b.x + b.width <= view.0 && b.y >= 0.0 && b.y + b.height <= view.1
            );
            for (i, &(x, y)) in screen.iter().enumerate() {
                let c = Circle { x, y, r: radii[i] };
                assert!(
                    !square(c).overlaps(&b),
                    "seed {seed}: leader name over node {i}"
                );
                if i != l.node {
                    assert!(
                        segment_gap(&l.line, c) >= LEADER_CLEARANCE,
                        "seed {seed}: line by node {i}"
                    );
                }
            }
            for other in &boxes {
                assert!(!other.overlaps(&b), "seed {seed}: leader name over a name");
                assert!(
                    !crosses(&l.line, other),
                    "seed {seed}: leader through a name"
                );
            }
            for m in &leaders[..at] {
                assert!(!name_box(m.name, width_of(m.node)).overlaps(&b));
                assert!(!segments_cross(&m.line, &l.line));
                assert!(
                    !crosses(&m.line, &b) && !crosses(&l.line, &name_box(m.name, width_of(m.node)))
                );
            }
        }
        // The same picture gives the same leaders.
        assert_eq!(
            leaders,
            place_leaders(&g, &screen, &radii, 1.0, &names, &[], width_of, view)
        );
    }
    // The pictures are crowded enough that some names need a leader.
    assert!(total > 10, "{total} leaders in 40 pictures");
}

#[test]
fn at_most_a_dozen_nodes_get_leaders_the_largest_first() {
    // Twenty nodes in a row, each with its own room, none named yet: the twelve
    // largest get leaders.
    let n = 20;
    let g = joined(n, &[]);
    let screen: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            (
                60.0 + 100.0 * (i % 10) as f64,
                100.0 + 200.0 * (i / 10) as f64,
            )
        })
        .collect();
    let radii: Vec<f64> = (0..n).map(|i| 4.0 + i as f64 * 0.1).collect();
    let leaders = place_leaders(
        &g,
        &screen,
        &radii,
        1.0,
        &unnamed(n),
        &[],
        |_| 40.0,
        (1100.0, 400.0),
    );
    let mut nodes: Vec<usize> = leaders.iter().map(|l| l.node).collect();
    nodes.sort_unstable();
    assert_eq!(nodes, (8..20).collect::<Vec<_>>());
}

#[test]
fn a_leader_starts_on_its_node_s_outline_whatever_the_shape() {
    // A lone triangle (a country) with room all round: its leader goes straight down,
    // from the middle of its base, a third of its height below the centroid.
    let mut g = joined(1, &[]);
    g.nodes[0].group = NodeGroup::Place;
    let leaders = place_leaders(
        &g,
        &[(200.0, 200.0)],
        &[10.0],
        1.0,
        &unnamed(1),
        &[],
        |_| 40.0,
        VIEW,
    );
    let base = outline(NodeGroup::Place, 10.0).reach((0.0, 1.0));
    assert!(
        (base - 10.0 * (4.0 * std::f64::consts::PI / 3f64.sqrt()).sqrt() / 2.0 / 3f64.sqrt()).abs()
            < 1e-9
    );
    assert_eq!(leaders[0].line, [200.0, 200.0 + base, 200.0, 210.0 + base]);
}

#[test]
fn nothing_is_looked_at_when_no_node_needs_a_leader() {
    // Every node named: no leader, whatever else the picture holds (edges off screen,
    // names of no finite width).
    let g = joined(3, &[(0, 1), (1, 2)]);
    let names = vec![
        Some(NamePlace {
            x: 0.0,
            y: 0.0,
            anchor: NameAnchor::Start,
        });
        3
    ];
    let screen = [(10.0, 10.0), (-500.0, 10.0), (10.0, 900.0)];
    assert!(place_leaders(&g, &screen, &[6.0; 3], 1.0, &names, &[], |_| f64::NAN, VIEW).is_empty());
}
