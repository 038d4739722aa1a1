//! Datasets for the core's tests: the bundled data, the shared fixture, and atlases
//! built in code from one-line event descriptions.
//!
//! `Atlas::new` indexes whatever it is given without validating it, which lets tests
//! build hostile shapes (unknown ids, NaN amounts) that a loaded file never has but that
//! every layout must still survive.

use crate::core::dataset::{
    Dataset, Entity, EntityKind, Event, EventKind, Evidence, SCHEMA_ID, Status, load_json,
};
use crate::core::index::Atlas;
use crate::core::money::Money;

/// The bundled dataset, built from news articles.
pub(crate) fn bundled() -> Atlas {
    Atlas::new(load_json(include_str!("../../assets/data/atlas.json")).expect("valid"))
}

/// The shared fixture file: eight events about OpenAI, Anthropic, Amazon and friends.
pub(crate) fn small() -> Atlas {
    let text = include_str!("../../tests/fixtures/small.json");
    Atlas::new(load_json(text).expect("the fixture is valid"))
}

/// Every event of an atlas, in date order: what `filter::apply` returns with no filter.
pub(crate) fn all(atlas: &Atlas) -> Vec<usize> {
    atlas.index.by_date.clone()
}

/// A completed investment with the given id and date text (`None` for undated), titled
/// with its id, with no entities and no amount; the builder methods of [`EventExt`] fill
/// in the rest.
pub(crate) fn event(id: &str, date: Option<&str>) -> Event {
    Event {
        id: id.to_string(),
        kind: EventKind::Investment,
        date: date.map(|text| text.parse().expect("test dates are valid")),
        date_note: None,
        from: Vec::new(),
        to: None,
        parties: Vec::new(),
        amount: None,
        valuation: None,
        status: Status::Completed,
        part_of: None,
        title: id.to_string(),
        summary: String::new(),
        evidence: vec![Evidence {
            source: "s".to_string(),
            quote: "q".to_string(),
            amount: None,
            valuation: None,
            claim: None,
        }],
    }
}

/// Builder methods for test events, so each fixture line says only what matters.
pub(crate) trait EventExt {
    fn from(self, ids: &[&str]) -> Self;
    fn to(self, id: &str) -> Self;
    fn parties(self, ids: &[&str]) -> Self;
    fn amount(self, money: Money) -> Self;
    fn usd(self, value: f64) -> Self;
    fn status(self, status: Status) -> Self;
    fn kind(self, kind: EventKind) -> Self;
    fn part_of(self, whole: &str) -> Self;
}

impl EventExt for Event {
    fn from(mut self, ids: &[&str]) -> Self {
        self.from = ids.iter().map(ToString::to_string).collect();
        self
    }

    fn to(mut self, id: &str) -> Self {
        self.to = Some(id.to_string());
        self
    }

    fn parties(mut self, ids: &[&str]) -> Self {
        self.parties = ids.iter().map(ToString::to_string).collect();
        self
    }

    fn amount(mut self, money: Money) -> Self {
        self.amount = Some(money);
        self
    }

    fn usd(self, value: f64) -> Self {
        self.amount(Money::exact(value))
    }

    fn status(mut self, status: Status) -> Self {
        self.status = status;
        self
    }

    fn kind(mut self, kind: EventKind) -> Self {
        self.kind = kind;
        self
    }

    fn part_of(mut self, whole: &str) -> Self {
        self.part_of = Some(whole.to_string());
        self
    }
}

/// An atlas of the given events with one entity per id they mention, named after the
/// id in upper case so that tests can tell labels from keys. Ids starting with `p-` are
/// people, `f-` funds, the rest companies; ids starting with `ghost` get no entity at
/// all, as a broken file might.
pub(crate) fn atlas(events: Vec<Event>) -> Atlas {
    let mut ids: Vec<String> = events
        .iter()
        .flat_map(|e| e.participants().map(String::from).collect::<Vec<_>>())
        .filter(|id| !id.starts_with("ghost"))
        .collect();
    ids.sort();
    ids.dedup();
    let entities = ids
        .into_iter()
        .map(|id| Entity {
            name: id.to_uppercase(),
            kind: match id.get(..2) {
                Some("p-") => EntityKind::Person,
                Some("f-") => EntityKind::Fund,
                _ => EntityKind::Company,
            },
            id,
            aliases: Vec::new(),
            parent: None,
        })
        .collect();
    Atlas::new(Dataset {
        schema: SCHEMA_ID.to_string(),
        title: "test".to_string(),
        as_of: "2026".parse().expect("valid"),
        sources: Vec::new(),
        entities,
        events,
    })
}

/// A seeded stream of numbers below a bound, for synthetic atlases. Knuth's MMIX LCG:
/// plenty for test data, and the high bits it returns are the well-mixed ones.
pub(crate) fn seeded(seed: u64) -> impl FnMut(usize) -> usize {
    let mut state = seed ^ 0x2545_f491_4f6c_dd1d;
    move |below: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % below.max(1)
    }
}

/// A network graph of `nodes` companies with one event each, joined by `edges`
/// (source, target) as flows without money: the shape the name placement's tests draw.
pub(crate) fn joined_graph(nodes: usize, edges: &[(usize, usize)]) -> crate::core::graph::Graph {
    use crate::core::details::RangeSum;
    use crate::core::graph::{EdgeKind, Graph, GraphEdge, GraphNode, NodeGroup};
    let nodes = (0..nodes)
        .map(|entity| GraphNode {
            entity,
            events: vec![0],
            money: 0.0,
            firm_money: 0.0,
            group: NodeGroup::Company,
        })
        .collect();
    let edge = |&(source, target): &(usize, usize)| GraphEdge {
        source,
        target,
        kind: EdgeKind::Flow,
        events: vec![0],
        range: RangeSum::default(),
        weight: 0.0,
        tentative: false,
    };
    Graph::new(nodes, edges.iter().map(edge).collect())
}
