use super::*;
use crate::core::dataset::EventKind;
use crate::core::graph::build::build;
use crate::core::testkit::{self, EventExt, event};

fn none() -> HashMap<String, (f64, f64)> {
    HashMap::new()
}

fn bits(positions: &[(f64, f64)]) -> Vec<(u64, u64)> {
    positions
        .iter()
        .map(|p| (p.0.to_bits(), p.1.to_bits()))
        .collect()
}

fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    (a.0 - b.0).hypot(a.1 - b.1)
}

/// The bundled data, all events, laid out fresh.
fn shown() -> (Atlas, Graph, Vec<(f64, f64)>) {
    let atlas = testkit::bundled();
    let graph = build(&atlas, &testkit::all(&atlas));
    let positions = place(&graph, &atlas, &none(), &none(), true, 0);
    (atlas, graph, positions)
}

#[test]
fn same_graph_and_seed_give_bit_identical_positions_and_other_seeds_differ() {
    let (atlas, graph, positions) = shown();
    assert_eq!(positions.len(), graph.nodes.len());
    assert!(positions.iter().all(|p| p.0.is_finite() && p.1.is_finite()));
    let again = place(
        &build(&atlas, &testkit::all(&atlas)),
        &atlas,
        &none(),
        &none(),
        true,
        0,
    );
    assert_eq!(bits(&positions), bits(&again));
    let other = place(&graph, &atlas, &none(), &none(), true, 1);
    assert!(
        positions
            .iter()
            .zip(&other)
            .any(|(a, b)| distance(*a, *b) > 1.0)
    );
}

#[test]
fn circles_do_not_overlap_and_linked_nodes_keep_a_gap() {
    let (_, graph, p) = shown();
    let radii = node_radii(&graph);
    for i in 0..p.len() {
        for j in i + 1..p.len() {
            let room = radii[i] + radii[j] + 2.0 * LABEL_PADDING;
            assert!(distance(p[i], p[j]) >= room - 1e-3, "{i} {j}");
        }
    }
}

#[test]
fn nodes_stay_put_across_a_filter_and_come_back_next_to_their_neighbours() {
    let (atlas, graph, all_positions) = shown();
    let remembered = by_entity_id(&graph, &atlas, &all_positions);
    // Filter to what happened in 2026: OpenAI's round, Amazon's talks and job cuts.
    let recent: Vec<usize> = testkit::all(&atlas)
        .into_iter()
        .filter(|&e| {
            atlas.dataset.events[e]
                .date
                .is_some_and(|d| d.year_number() >= 2026)
        })
        .collect();
    let subset = build(&atlas, &recent);
    assert!(subset.nodes.len() < graph.nodes.len() && subset.nodes.len() > 5);
    let kept = place(&subset, &atlas, &remembered, &none(), false, 0);
    let mut largest = 0.0_f64;
    for (node, &p) in subset.nodes.iter().zip(&kept) {
        let before = all_positions[graph.node_of(node.entity).unwrap()];
        largest = largest.max(distance(before, p));
    }
    // Measured: 35.3 units, in a picture about 225 units across (centre to centre).
    // Thirteen of the 24 nodes leave, so the rest do shift a little to close ranks.
    // Over seeds 0 to 29 the median is 31 and the most 40: a layout that moves nodes off
    // lines not theirs (`core::layout::clearance`) leaves them off the forces' rest, and
    // the next run relaxes them (without it: 19 and 21).
    assert!(largest < 45.0, "shared nodes moved up to {largest}");

    // Back to everything, remembering only the filtered view: the nodes that return
    // start next to a neighbour that stayed, rather than anywhere.
    let seen = by_entity_id(&subset, &atlas, &kept);
    let back = place(&graph, &atlas, &seen, &none(), false, 0);
    let radii = node_radii(&graph);
    let mut returned = 0;
    for (n, node) in graph.nodes.iter().enumerate() {
        let id = &atlas.dataset.entities[node.entity].id;
        if seen.contains_key(id) || graph.neighbours(n).is_empty() {
            continue;
        }
        returned += 1;
        let nearest = graph
            .neighbours(n)
            .iter()
            .map(|&m| distance(back[n], back[m]) - radii[n] - radii[m])
            .fold(f64::INFINITY, f64::min);
        // Measured: at most 72 units between circles; a link's rest gap is 40. Over
        // seeds 0 to 29 the median of the most is 59 (61 without clearing lines), but
        // a tenth of the seeds reach 74 and one 93 (65 without).
        assert!(
            nearest < 80.0,
            "{id} is {nearest} from its nearest neighbour"
        );
    }
    assert!(returned > 5, "{returned} nodes came back");
}

#[test]
fn pinned_nodes_stay_exactly_where_they_were_pinned() {
    let (atlas, graph, positions) = shown();
    let pins: HashMap<String, (f64, f64)> = [
        ("openai".to_string(), (123.25, -45.5)),
        ("amazon".to_string(), (-300.0, 0.0)),
    ]
    .into();
    let remembered = by_entity_id(&graph, &atlas, &positions);
    for fresh in [true, false] {
        let p = place(&graph, &atlas, &remembered, &pins, fresh, 9);
        for (id, &pin) in &pins {
            let n = graph.node_of(atlas.index.entity(id).unwrap()).unwrap();
            assert_eq!(p[n], pin, "{id} fresh={fresh}");
        }
    }
}

#[test]
fn fresh_ignores_where_nodes_were_and_unknown_ids_are_ignored() {
    let (atlas, graph, positions) = shown();
    let mut remembered = by_entity_id(&graph, &atlas, &positions);
    let nudged: HashMap<String, (f64, f64)> = remembered
        .iter()
        .map(|(k, p)| (k.clone(), (p.0 + 50.0, p.1)))
        .collect();
    assert_eq!(
        bits(&place(&graph, &atlas, &nudged, &none(), true, 0)),
        bits(&positions)
    );
    remembered.insert("no-such-entity".to_string(), (1e6, 1e6));
    remembered.insert("nan".to_string(), (f64::NAN, 0.0));
    let warm = place(&graph, &atlas, &remembered, &none(), false, 0);
    assert!(warm.iter().all(|p| p.0.abs() < 1e4 && p.1.abs() < 1e4));
}

#[test]
fn one_spring_per_linked_pair_long_enough_for_both_circles() {
    let atlas = testkit::atlas(vec![
        event("ab", None)
            .from(&["a"])
            .to("b")
            .amount(crate::core::money::Money::exact(1e9)),
        event("ba", None).from(&["b"]).to("a"),
        event("pact", None)
            .kind(EventKind::Partnership)
            .parties(&["a", "b", "c"]),
    ]);
    let graph = build(&atlas, &testkit::all(&atlas));
    assert_eq!(graph.edges.len(), 5);
    let radii = node_radii(&graph);
    let springs = links(&graph, &radii);
    let ends: Vec<(usize, usize)> = springs.iter().map(|l| (l.source, l.target)).collect();
    assert_eq!(ends, [(0, 1), (0, 2), (1, 2)]);
    assert_eq!(springs[0].distance, radii[0] + radii[1] + LINK_GAP);
}

#[test]
fn empty_graph_has_no_positions() {
    let atlas = testkit::small();
    assert!(place(&Graph::default(), &atlas, &none(), &none(), false, 0).is_empty());
    assert!(by_entity_id(&Graph::default(), &atlas, &[]).is_empty());
}

#[test]
fn no_link_runs_through_a_node_not_its_own() {
    // Laid out by forces alone, four lines of the bundled network ran through other
    // nodes' shapes: AWS to OpenAI through Project Rainier's diamond, and three through
    // SoftBank's square. The half-pixel forgives what the last overlap correction moves.
    let (atlas, graph, p) = shown();
    let radii = node_radii(&graph);
    let name = |i: usize| &atlas.dataset.entities[graph.nodes[i].entity].name;
    for edge in &graph.edges {
        let (a, b) = (p[edge.source], p[edge.target]);
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        for (k, &centre) in p.iter().enumerate() {
            if k == edge.source || k == edge.target {
                continue;
            }
            let along = ((centre.0 - a.0) * dx + (centre.1 - a.1) * dy) / (dx * dx + dy * dy);
            let along = along.clamp(0.0, 1.0);
            let nearest = (a.0 + along * dx, a.1 + along * dy);
            let gap = distance(nearest, centre) - outline_reach(graph.nodes[k].group, radii[k]);
            assert!(
                gap >= LINE_CLEARANCE - 0.5,
                "{} to {} passes {gap:.1} from {}",
                name(edge.source),
                name(edge.target),
                name(k)
            );
        }
    }
}

#[test]
fn remembered_positions_come_back_exactly_with_pins_first() {
    let (atlas, graph, positions) = shown();
    let remembered = by_entity_id(&graph, &atlas, &positions);
    let back = as_remembered(&graph, &atlas, &remembered, &none()).expect("all remembered");
    assert_eq!(bits(&back), bits(&positions));
    // A pin wins over where its node was remembered.
    let first = &atlas.dataset.entities[graph.nodes[0].entity].id;
    let pins = HashMap::from([(first.clone(), (-5.0, 7.0))]);
    let back = as_remembered(&graph, &atlas, &remembered, &pins).expect("all remembered");
    assert_eq!(back[0], (-5.0, 7.0));
    assert_eq!(bits(&back[1..]), bits(&positions[1..]));
}

#[test]
fn a_node_without_a_usable_remembered_position_needs_a_layout() {
    let (atlas, graph, positions) = shown();
    let mut remembered = by_entity_id(&graph, &atlas, &positions);
    let first = atlas.dataset.entities[graph.nodes[0].entity].id.clone();
    remembered.remove(&first);
    assert_eq!(as_remembered(&graph, &atlas, &remembered, &none()), None);
    // Nor does a position that is not finite stand.
    remembered.insert(first, (f64::NAN, 0.0));
    assert_eq!(as_remembered(&graph, &atlas, &remembered, &none()), None);
    // An empty graph has every (no) position.
    let empty = build(&atlas, &[]);
    assert_eq!(
        as_remembered(&empty, &atlas, &none(), &none()),
        Some(Vec::new())
    );
}
