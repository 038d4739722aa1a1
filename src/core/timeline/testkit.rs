//! Small datasets built in code, for the timeline's tests and its timing test.
//!
//! `Atlas::new` indexes whatever it is given without validating it, which lets the tests
//! build the hostile shapes (events with no entity, NaN amounts) that a loaded file could
//! never contain but that the layout must still survive.

use crate::core::dataset::{
    Dataset, Entity, EntityKind, Event, EventKind, Evidence, SCHEMA_ID, Status, load_json,
};
use crate::core::index::Atlas;
use crate::core::money::Money;

/// The shared fixture file: eight events about OpenAI, Anthropic, Amazon and friends.
pub(super) fn small_atlas() -> Atlas {
    let text = include_str!("../../../tests/fixtures/small.json");
    Atlas::new(load_json(text).expect("the fixture is valid"))
}

/// An event with the given id, kind and date text (`None` for undated), completed, with
/// no entities and no amount; the builder methods below fill in the rest.
pub(super) fn event(id: &str, kind: EventKind, date: Option<&str>) -> Event {
    Event {
        id: id.to_string(),
        kind,
        date: date.map(|text| text.parse().expect("test dates are valid")),
        date_note: None,
        from: Vec::new(),
        to: None,
        parties: Vec::new(),
        amount: None,
        valuation: None,
        status: Status::Completed,
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
pub(super) trait EventExt {
    fn from(self, ids: &[&str]) -> Self;
    fn to(self, id: &str) -> Self;
    fn parties(self, ids: &[&str]) -> Self;
    fn amount(self, money: Money) -> Self;
    fn usd(self, value: f64) -> Self;
    fn status(self, status: Status) -> Self;
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
}

/// An atlas of the given events, with one company per entity id they mention, named
/// after the id in upper case so that tests can tell labels from keys.
pub(super) fn atlas(events: Vec<Event>) -> Atlas {
    let mut ids: Vec<String> = events
        .iter()
        .flat_map(|e| e.participants().map(String::from).collect::<Vec<_>>())
        .collect();
    ids.sort();
    ids.dedup();
    let entities = ids
        .into_iter()
        .map(|id| Entity {
            name: id.to_uppercase(),
            id,
            kind: EntityKind::Company,
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

/// Every event of an atlas, in date order: what `filter::apply` returns with no filter.
pub(super) fn all(atlas: &Atlas) -> Vec<usize> {
    atlas.index.by_date.clone()
}

/// A seeded synthetic atlas: `n` day-precision events spread over ten years across
/// `lanes` recipients, with amounts spanning five orders of magnitude. A few events share
/// a day in the same lane, as real data does.
pub(super) fn synthetic_atlas(n: usize, lanes: usize) -> Atlas {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |below: u64| {
        // Knuth's MMIX LCG; the high bits are the well-mixed ones.
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % below.max(1)
    };
    let events = (0..n)
        .map(|i| {
            let day = 16_000 + next(3_650) as i32;
            let date = crate::core::date::PartialDate::from_day_number(day).to_string();
            let recipient = format!("co{}", next(lanes as u64));
            let investor = format!("inv{}", next(40));
            let amount = 1e6 * 10f64.powi(next(5) as i32) * (1 + next(9)) as f64;
            event(&format!("e{i:05}"), EventKind::Investment, Some(&date))
                .from(&[&investor])
                .to(&recipient)
                .usd(amount)
        })
        .collect();
    atlas(events)
}
