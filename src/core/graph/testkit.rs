//! Datasets for the graph's tests: the bundled data, the shared fixture, and small or
//! synthetic atlases built in code.
//!
//! `Atlas::new` indexes whatever it is given without validating it, which lets tests
//! build hostile shapes (unknown ids, invalid amounts) that a loaded file never has.

use crate::core::dataset::{
    Dataset, Entity, EntityKind, Event, EventKind, Evidence, SCHEMA_ID, Status, load_json,
};
use crate::core::index::Atlas;
use crate::core::money::Money;

/// The bundled dataset, built from news articles.
pub(super) fn bundled() -> Atlas {
    Atlas::new(load_json(include_str!("../../../assets/data/atlas.json")).expect("valid"))
}

/// The shared fixture file: eight events about OpenAI, Anthropic, Amazon and friends.
pub(super) fn small() -> Atlas {
    let text = include_str!("../../../tests/fixtures/small.json");
    Atlas::new(load_json(text).expect("the fixture is valid"))
}

/// Every event of an atlas, in date order: what the filter returns with no filter.
pub(super) fn all(atlas: &Atlas) -> Vec<usize> {
    atlas.index.by_date.clone()
}

/// A completed investment with the given id and date and nothing else; the builder
/// methods of [`EventExt`] fill in the rest.
pub(super) fn event(id: &str, date: Option<&str>) -> Event {
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
        title: format!("Title of {id}"),
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
pub(super) trait EventExt {
    fn from(self, ids: &[&str]) -> Self;
    fn to(self, id: &str) -> Self;
    fn parties(self, ids: &[&str]) -> Self;
    fn amount(self, money: Money) -> Self;
    fn status(self, status: Status) -> Self;
    fn kind(self, kind: EventKind) -> Self;
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

    fn status(mut self, status: Status) -> Self {
        self.status = status;
        self
    }

    fn kind(mut self, kind: EventKind) -> Self {
        self.kind = kind;
        self
    }
}

/// An atlas of the given events with one entity per id they mention, named after the
/// id in upper case. Ids starting with `p-` are people, `f-` funds, the rest companies;
/// ids starting with `ghost` get no entity at all, as a broken file might.
pub(super) fn atlas(events: Vec<Event>) -> Atlas {
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

/// A seeded synthetic atlas whose graph has `nodes` nodes and exactly `edges` flow
/// edges, each from its own event, shaped like an investment network: most edges attach
/// preferentially to well-connected nodes, which gives a few heavy hubs.
pub(super) fn synthetic(nodes: usize, edges: usize, seed: u64) -> Atlas {
    let mut state = seed ^ 0x2545_f491_4f6c_dd1d;
    let mut next = move |below: usize| {
        // Knuth's MMIX LCG; the high bits are the well-mixed ones.
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % below.max(1)
    };
    let mut pairs = std::collections::BTreeSet::new();
    let mut ends: Vec<usize> = Vec::new();
    // A chain first, so every node takes part; then the rest, half by degree.
    for v in 1..nodes.min(edges + 1) {
        let u = next(v);
        pairs.insert((u, v));
        ends.extend([u, v]);
    }
    while pairs.len() < edges.min(nodes * nodes.saturating_sub(1)) {
        let u = if next(2) == 0 {
            next(nodes)
        } else {
            ends[next(ends.len())]
        };
        let v = next(nodes);
        if u != v && pairs.insert((u, v)) {
            ends.extend([u, v]);
        }
    }
    let events = pairs
        .into_iter()
        .enumerate()
        .map(|(i, (u, v))| {
            let day = 16_000 + next(3_650) as i32;
            let date = crate::core::date::PartialDate::from_day_number(day).to_string();
            let amount = 1e6 * 10f64.powi(next(5) as i32) * (1 + next(9)) as f64;
            event(&format!("e{i:05}"), Some(&date))
                .from(&[&format!("n{u:04}")])
                .to(&format!("n{v:04}"))
                .amount(Money::exact(amount))
        })
        .collect();
    atlas(events)
}
