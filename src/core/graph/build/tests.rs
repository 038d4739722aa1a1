use super::*;
use crate::core::dataset::EventKind;
use crate::core::money::Qualifier;
use crate::core::testkit::{self, EventExt, atlas, event};

/// The node of the entity with this id.
fn node(graph: &Graph, atlas: &Atlas, id: &str) -> usize {
    let entity = atlas
        .index
        .entity(id)
        .unwrap_or_else(|| panic!("no entity {id}"));
    graph
        .node_of(entity)
        .unwrap_or_else(|| panic!("no node for {id}"))
}

/// The edge of this kind from `a` to `b` (for relations, either way round).
fn edge<'g>(
    graph: &'g Graph,
    atlas: &Atlas,
    kind: EdgeKind,
    a: &str,
    b: &str,
) -> Option<&'g GraphEdge> {
    let (a, b) = (node(graph, atlas, a), node(graph, atlas, b));
    let ends = match kind {
        EdgeKind::Flow => (a, b),
        EdgeKind::Relation => (a.min(b), a.max(b)),
    };
    graph
        .edges
        .iter()
        .find(|e| e.kind == kind && (e.source, e.target) == ends)
}

fn ids(atlas: &Atlas, events: &[usize]) -> Vec<String> {
    events
        .iter()
        .map(|&e| atlas.dataset.events[e].id.clone())
        .collect()
}

fn names(atlas: &Atlas, graph: &Graph) -> Vec<String> {
    let id = |n: &GraphNode| atlas.dataset.entities[n.entity].id.clone();
    graph.nodes.iter().map(id).collect()
}

#[test]
fn nodes_are_the_entities_of_the_given_events_in_id_order() {
    let atlas = testkit::small();
    let graph = build(&atlas, &testkit::all(&atlas));
    assert_eq!(
        names(&atlas, &graph),
        [
            "amazon",
            "anthropic",
            "aws",
            "microsoft",
            "openai",
            "softbank"
        ]
    );
    let openai = &graph.nodes[node(&graph, &atlas, "openai")];
    // Date order: 2015, Oct 2025, Jan 2026 (round, then SoftBank, by id), 29 Jan 2026,
    // then undated.
    assert_eq!(
        ids(&atlas, &openai.events),
        [
            "openai-founded",
            "openai-valuation-2025",
            "openai-round",
            "softbank-openai",
            "amazon-openai-talks",
            "microsoft-openai-compute"
        ]
    );
    let only = atlas.index.event("amazon-anthropic").unwrap();
    assert_eq!(
        names(&atlas, &build(&atlas, &[only])),
        ["amazon", "anthropic"]
    );
}

#[test]
fn kinds_fold_into_five_colour_groups() {
    let atlas = testkit::bundled();
    let graph = build(&atlas, &testkit::all(&atlas));
    let cases = [
        ("amazon", NodeGroup::Company),
        ("softbank", NodeGroup::Investor),
        ("middle-east-sovereign-funds", NodeGroup::Investor),
        ("sam-altman", NodeGroup::Person),
        ("trainium", NodeGroup::Asset),
        ("project-rainier", NodeGroup::Asset),
        ("india", NodeGroup::Place),
        ("financial-investors", NodeGroup::Place),
    ];
    for (id, group) in cases {
        assert_eq!(graph.nodes[node(&graph, &atlas, id)].group, group, "{id}");
    }
}

#[test]
fn flows_between_the_same_pair_merge_with_an_honest_combined_range() {
    let atlas = testkit::bundled();
    let graph = build(&atlas, &testkit::all(&atlas));
    let flow = edge(&graph, &atlas, EdgeKind::Flow, "amazon", "openai").expect("a flow");
    assert_eq!(
        ids(&atlas, &flow.events),
        [
            "amazon-openai-talks-since-2025",
            "openai-round-phase-1",
            "amazon-openai-talks-50b",
            "amazon-openai-talks-10b"
        ]
    );
    // Up to $50B and exactly $10B: at least $10B, at most $60B; two amounts.
    assert_eq!(
        (flow.range.text(), flow.range.count),
        ("$10B–$60B".to_string(), 2)
    );
    assert_eq!(flow.weight, 60e9);
    assert!(flow.tentative, "every Amazon–OpenAI event is talks");
    assert!(edge(&graph, &atlas, EdgeKind::Flow, "openai", "amazon").is_none());
    let firm = edge(&graph, &atlas, EdgeKind::Flow, "amazon", "anthropic").unwrap();
    assert_eq!(
        (firm.range.text(), firm.tentative),
        ("$8B".to_string(), false)
    );
}

#[test]
fn node_money_sums_the_stated_bounds_of_directed_events() {
    let atlas = testkit::bundled();
    let graph = build(&atlas, &testkit::all(&atlas));
    let money = |id| graph.nodes[node(&graph, &atlas, id)].money;
    // $50B + $10B talks in OpenAI, ~$8B in Anthropic, $11B Rainier, $13.7B Whole Foods,
    // $35B India. The $125B capex estimate names Amazon only as a party: not a flow.
    assert!(
        (money("amazon") - 127.7e9).abs() < 1.0,
        "{}",
        money("amazon")
    );
    // Received from Amazon, SoftBank; the $100B round names no investor.
    assert_eq!(money("openai"), 90e9);
    assert_eq!(money("sam-altman"), 0.0);
}

#[test]
fn partnerships_relate_every_pair_of_their_parties() {
    let atlas = testkit::bundled();
    let chips = atlas.index.event("aws-anthropic-chips").unwrap();
    let graph = build(&atlas, &[chips]);
    assert_eq!(graph.nodes.len(), 4);
    assert_eq!(graph.edges.len(), 6, "four parties, six pairs");
    assert!(
        graph
            .edges
            .iter()
            .all(|e| e.kind == EdgeKind::Relation && e.source < e.target)
    );
    for n in 0..4 {
        assert_eq!(graph.neighbours(n).len(), 3);
    }
    let all = build(&atlas, &testkit::all(&atlas));
    let aws_anthropic = edge(&all, &atlas, EdgeKind::Relation, "anthropic", "aws").unwrap();
    assert_eq!(
        ids(&atlas, &aws_anthropic.events),
        [
            "aws-anthropic-primary-cloud",
            "aws-anthropic-primary-training",
            "aws-anthropic-chips"
        ]
    );
    assert!(!aws_anthropic.tentative);
}

#[test]
fn people_named_in_a_directed_event_are_related_to_the_recipient_only() {
    let atlas = testkit::bundled();
    let talks = atlas.index.event("amazon-openai-talks-50b").unwrap();
    let graph = build(&atlas, &[talks]);
    let relation = |a, b| edge(&graph, &atlas, EdgeKind::Relation, a, b);
    let jassy = relation("andy-jassy", "openai").expect("Jassy — OpenAI");
    assert!(relation("sam-altman", "openai").is_some());
    assert!(relation("andy-jassy", "amazon").is_none());
    assert!(relation("andy-jassy", "sam-altman").is_none());
    // The money is on the flow only.
    assert_eq!((jassy.range.count, jassy.weight), (0, 0.0));
    assert_eq!(graph.edges.len(), 3);
}

#[test]
fn a_flow_and_a_relation_between_the_same_pair_stay_two_edges() {
    let atlas = atlas(vec![
        event("deal", Some("2025")).from(&["a"]).to("b"),
        event("pact", Some("2024"))
            .kind(EventKind::Partnership)
            .parties(&["b", "a"]),
    ]);
    let graph = build(&atlas, &testkit::all(&atlas));
    let kinds: Vec<(EdgeKind, usize, usize)> = graph
        .edges
        .iter()
        .map(|e| (e.kind, e.source, e.target))
        .collect();
    assert_eq!(kinds, [(EdgeKind::Flow, 0, 1), (EdgeKind::Relation, 0, 1)]);
    assert_eq!(graph.neighbours(0), [1]);
    assert_eq!(graph.neighbours(1), [0]);
}

#[test]
fn self_loops_are_skipped() {
    let atlas = atlas(vec![
        event("buyback", None).from(&["a"]).to("a"),
        event("both", None).from(&["a", "b"]).to("a"),
        event("alone", None)
            .kind(EventKind::Founding)
            .parties(&["a", "a"]),
        event("echo", None)
            .from(&["b"])
            .to("c")
            .parties(&["c", "b"]),
    ]);
    let graph = build(&atlas, &testkit::all(&atlas));
    assert!(graph.edges.iter().all(|e| e.source != e.target));
    let pairs: Vec<(EdgeKind, usize, usize)> = graph
        .edges
        .iter()
        .map(|e| (e.kind, e.source, e.target))
        .collect();
    assert_eq!(pairs, [(EdgeKind::Flow, 1, 0), (EdgeKind::Flow, 1, 2)]);
    assert!(graph.neighbours(0).iter().all(|&n| n != 0));
}

#[test]
fn shared_amounts_count_from_nothing_to_the_whole_on_each_investor() {
    let atlas = atlas(vec![
        event("round", Some("2025"))
            .from(&["x", "y"])
            .to("z")
            .amount(Money::exact(9e9)),
        event("pact", Some("2025"))
            .kind(EventKind::Partnership)
            .parties(&["x", "y", "z"])
            .amount(Money::about(3e9)),
    ]);
    let graph = build(&atlas, &testkit::all(&atlas));
    for investor in ["x", "y"] {
        let flow = edge(&graph, &atlas, EdgeKind::Flow, investor, "z").unwrap();
        assert_eq!(
            (flow.range.text(), flow.weight),
            ("up to $9B".to_string(), 9e9)
        );
        let relation = edge(&graph, &atlas, EdgeKind::Relation, investor, "z").unwrap();
        assert_eq!(relation.range.text(), "up to $3B");
    }
    let pair = testkit::atlas(vec![
        event("pact", None)
            .kind(EventKind::Partnership)
            .parties(&["x", "y"])
            .amount(Money::exact(2e9)),
    ]);
    let graph = build(&pair, &[0]);
    assert_eq!(
        graph.edges[0].range.text(),
        "$2B",
        "two parties: no one else to share with"
    );
}

#[test]
fn an_edge_is_tentative_only_when_every_event_is_talks_rumored_or_cancelled() {
    let flow = |statuses: &[Status]| {
        let events = statuses
            .iter()
            .enumerate()
            .map(|(i, &s)| event(&format!("e{i}"), None).from(&["a"]).to("b").status(s))
            .collect();
        let atlas = atlas(events);
        build(&atlas, &testkit::all(&atlas)).edges[0].tentative
    };
    let cases: [(&[Status], bool); 6] = [
        (&[Status::Talks], true),
        (&[Status::Talks, Status::Rumored, Status::Cancelled], true),
        (&[Status::Talks, Status::Completed], false),
        (&[Status::Announced], false),
        (&[Status::Estimate], false),
        (&[Status::Rumored, Status::Agreed], false),
    ];
    for (statuses, want) in cases {
        assert_eq!(flow(statuses), want, "{statuses:?}");
    }
}

#[test]
fn the_graph_depends_only_on_the_set_of_events() {
    let atlas = testkit::bundled();
    let all = testkit::all(&atlas);
    let once = build(&atlas, &all);
    assert_eq!(once, build(&atlas, &all));
    let mut scrambled: Vec<usize> = all.iter().rev().copied().collect();
    scrambled.extend([3, 3, 0, usize::MAX, all.len()]);
    assert_eq!(once, build(&atlas, &scrambled));
    for (i, e) in once.edges.iter().enumerate().skip(1) {
        let before = &once.edges[i - 1];
        assert!((before.kind, before.source, before.target) < (e.kind, e.source, e.target));
    }
    for n in 0..once.nodes.len() {
        let list = once.neighbours(n);
        assert!(
            list.windows(2).all(|w| w[0] < w[1]) && !list.contains(&n),
            "{n}: {list:?}"
        );
    }
}

#[test]
fn a_company_filter_shows_the_company_and_its_counterparts_only() {
    let atlas = testkit::bundled();
    let anthropic = atlas.index.entity("anthropic").unwrap();
    let events = &atlas.index.events_of_entity[anthropic];
    let graph = build(&atlas, events);
    let centre = graph.node_of(anthropic).unwrap();
    let mut counterparts: Vec<usize> = events
        .iter()
        .flat_map(|&e| atlas.index.participants[e].iter().copied())
        .collect();
    counterparts.sort_unstable();
    counterparts.dedup();
    let mut shown: Vec<usize> = graph.nodes.iter().map(|n| n.entity).collect();
    shown.sort_unstable();
    assert_eq!(shown, counterparts);
    for n in (0..graph.nodes.len()).filter(|&n| n != centre) {
        assert!(
            graph.neighbours(centre).contains(&n),
            "{}",
            names(&atlas, &graph)[n]
        );
    }
    assert!(!names(&atlas, &graph).contains(&"openai".to_string()));
}

#[test]
fn empty_and_hostile_input_give_a_small_sane_graph() {
    let atlas = testkit::bundled();
    assert_eq!(build(&atlas, &[]), Graph::default());
    assert!(build(&atlas, &[usize::MAX, 10_000]).is_empty());
    assert_eq!(Graph::default().neighbours(3), [] as [usize; 0]);
    assert_eq!(Graph::default().node_of(0), None);

    let nan = Money {
        min: Some(f64::NAN),
        max: Some(1.0),
        qualifier: Qualifier::Exact,
    };
    let hostile = testkit::atlas(vec![
        event("ghostly", None)
            .from(&["ghost"])
            .to("a")
            .amount(Money::exact(5.0)),
        event("nan", None).from(&["b"]).to("a").amount(nan),
        event("to-ghost", None).from(&["b"]).to("ghost"),
        event("round", None).to("a").amount(Money::up_to(7.0)),
    ]);
    let graph = build(&hostile, &testkit::all(&hostile));
    assert_eq!(names(&hostile, &graph), ["a", "b"]);
    assert_eq!(graph.edges.len(), 1, "b → a only");
    let flow = &graph.edges[0];
    assert_eq!(
        (flow.range.count, flow.weight, flow.events.len()),
        (0, 0.0, 1)
    );
    // The ghost investor's $5 still reached `a`; the invalid amount and the round with
    // no investor did not count.
    assert_eq!(graph.nodes[0].money, 5.0);
}
