use super::*;
use crate::core::dataset::EventKind;
use crate::core::graph::build::build;
use crate::core::testkit::{self, EventExt, event};

/// The graph of the named events of the bundled data.
fn graph_of(atlas: &Atlas, ids: &[&str]) -> Graph {
    let events: Vec<usize> = ids
        .iter()
        .map(|id| atlas.index.event(id).unwrap())
        .collect();
    build(atlas, &events)
}

fn node(graph: &Graph, atlas: &Atlas, id: &str) -> usize {
    graph.node_of(atlas.index.entity(id).unwrap()).unwrap()
}

/// The accessible name of the only edge of this kind between the two entities.
fn name_between(atlas: &Atlas, graph: &Graph, kind: EdgeKind, a: &str, b: &str) -> String {
    let (a, b) = (node(graph, atlas, a), node(graph, atlas, b));
    let at = graph
        .edges
        .iter()
        .position(|e| e.kind == kind && (e.source, e.target) == (a, b))
        .expect("the edge exists");
    edge_name(atlas, graph, at)
}

#[test]
fn node_names_start_with_the_entity_name_and_count_events() {
    let atlas = testkit::bundled();
    let graph = build(&atlas, &testkit::all(&atlas));
    let cases = [
        ("openai", "OpenAI, company, 20 events"),
        ("andy-jassy", "Andy Jassy, person, 1 event"),
        (
            "middle-east-sovereign-funds",
            "Middle East sovereign wealth funds, sovereign fund, 1 event",
        ),
        ("trainium", "Trainium, chip, 1 event"),
    ];
    for (id, want) in cases {
        assert_eq!(node_name(&atlas, &graph, node(&graph, &atlas, id)), want);
    }
    assert_eq!(node_name(&atlas, &graph, usize::MAX), "");
}

#[test]
fn a_single_event_edge_says_what_it_was() {
    let atlas = testkit::bundled();
    let cases = [
        (
            "amazon-openai-talks-50b",
            EdgeKind::Flow,
            ("amazon", "openai"),
            "Amazon → OpenAI: up to $50B, in talks, 29 Jan 2026",
        ),
        (
            "softbank-arm",
            EdgeKind::Flow,
            ("softbank", "arm"),
            "SoftBank → Arm: completed, date not reported",
        ),
        (
            "aws-anthropic-primary-cloud",
            EdgeKind::Relation,
            ("anthropic", "aws"),
            "Anthropic — AWS: partnership, 2023",
        ),
        (
            "amazon-openai-chips",
            EdgeKind::Relation,
            ("aws", "openai"),
            "AWS — OpenAI: partnership, in talks, Jan 2026",
        ),
        (
            "amazon-openai-talks-50b",
            EdgeKind::Relation,
            ("andy-jassy", "openai"),
            "Andy Jassy — OpenAI: investment, in talks, 29 Jan 2026",
        ),
    ];
    for (event, kind, (a, b), want) in cases {
        let graph = graph_of(&atlas, &[event]);
        assert_eq!(name_between(&atlas, &graph, kind, a, b), want);
    }
}

#[test]
fn a_merged_edge_gives_its_count_and_combined_range() {
    let atlas = testkit::bundled();
    let graph = build(&atlas, &testkit::all(&atlas));
    let flow = name_between(&atlas, &graph, EdgeKind::Flow, "amazon", "openai");
    assert_eq!(flow, "Amazon → OpenAI: 4 events, $10B–$60B, all in talks");
    let relation = name_between(&atlas, &graph, EdgeKind::Relation, "anthropic", "aws");
    assert_eq!(relation, "Anthropic — AWS: 3 events");
    assert_eq!(edge_name(&atlas, &graph, graph.edges.len()), "");
}

#[test]
fn mixed_tentative_statuses_are_all_named() {
    let atlas = testkit::atlas(vec![
        event("one", Some("2024"))
            .from(&["a"])
            .to("b")
            .status(Status::Talks),
        event("two", Some("2025"))
            .from(&["a"])
            .to("b")
            .status(Status::Rumored),
        event("three", Some("2026"))
            .from(&["a"])
            .to("b")
            .status(Status::Talks),
        event("pact", None)
            .kind(EventKind::Partnership)
            .parties(&["a", "b"]),
        event("pact2", None)
            .kind(EventKind::Partnership)
            .parties(&["a", "b"]),
    ]);
    let graph = build(&atlas, &testkit::all(&atlas));
    assert_eq!(
        edge_name(&atlas, &graph, 0),
        "A → B: 3 events, all rumoured or in talks"
    );
    assert_eq!(edge_name(&atlas, &graph, 1), "A — B: 2 events");
}

#[test]
fn a_tooltip_lists_every_event_with_its_date_in_date_order() {
    let atlas = testkit::bundled();
    let graph = build(&atlas, &testkit::all(&atlas));
    let (a, b) = (
        node(&graph, &atlas, "amazon"),
        node(&graph, &atlas, "openai"),
    );
    let at = graph
        .edges
        .iter()
        .position(|e| e.kind == EdgeKind::Flow && (e.source, e.target) == (a, b))
        .unwrap();
    assert_eq!(
        edge_tooltip(&atlas, &graph, at),
        [
            "Amazon → OpenAI",
            "4 events, $10B–$60B, all in talks",
            "2025 · Amazon and OpenAI discuss an investment",
            "Jan 2026 · Round phase one: strategic partners Amazon, Microsoft and Nvidia",
            "29 Jan 2026 · Amazon in talks to invest up to $50B in OpenAI",
            "Date not reported · Amazon and OpenAI in talks over a potential $10B investment",
        ]
    );
    let single = graph_of(&atlas, &["softbank-arm"]);
    assert_eq!(
        edge_tooltip(&atlas, &single, 0),
        [
            "SoftBank → Arm",
            "Date not reported · SoftBank holds a stake in Arm"
        ]
    );
    assert!(edge_tooltip(&atlas, &graph, usize::MAX).is_empty());
}
