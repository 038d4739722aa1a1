//! An entity's money in and out, as honest ranges.
//!
//! Sums keep what each amount states: "up to $50B" adds nothing to the floor and $50B to
//! the ceiling; "at least $8B" adds $8B to the floor and leaves the ceiling open. When
//! several investors share one amount and the split is not reported, each investor's
//! share is anywhere from nothing to the whole, and is counted that way.

use crate::core::dataset::{Event, Status};
use crate::core::format;
use crate::core::index::Atlas;
use crate::core::money::Money;

/// A sum of ranges: a floor, a ceiling (None when unbounded) and how many amounts.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RangeSum {
    pub min: f64,
    /// None when any amount added had no ceiling ("at least").
    pub max: Option<f64>,
    pub count: usize,
}

impl RangeSum {
    pub(crate) fn add(&mut self, amount: &Money, shared: bool) {
        let floor = if shared {
            0.0
        } else {
            amount.min.unwrap_or(0.0)
        };
        self.min += floor;
        self.max = match (self.max, amount.max) {
            (Some(total), Some(max)) if self.count > 0 => Some(total + max),
            (_, Some(max)) if self.count == 0 => Some(max),
            _ => None,
        };
        self.count += 1;
    }

    /// "$8B", "$8B–$58B", "up to $80B", "at least $8B", or "—" when nothing was added.
    pub fn text(&self) -> String {
        match (self.count, self.max) {
            (0, _) => "—".to_string(),
            (_, None) => format!("at least {}", format::usd(self.min)),
            (_, Some(max)) if self.min == 0.0 => format!("up to {}", format::usd(max)),
            (_, Some(max)) if format::usd(self.min) == format::usd(max) => format::usd(max),
            (_, Some(max)) => format!("{}–{}", format::usd(self.min), format::usd(max)),
        }
    }
}

/// The three ways a deal's money can stand.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ByCertainty {
    /// Completed or agreed.
    pub firm: RangeSum,
    pub announced: RangeSum,
    /// In talks or rumored.
    pub talks: RangeSum,
}

impl ByCertainty {
    fn add(&mut self, status: Status, amount: &Money, shared: bool) {
        match status {
            Status::Completed | Status::Agreed => self.firm.add(amount, shared),
            Status::Announced => self.announced.add(amount, shared),
            Status::Talks | Status::Rumored => self.talks.add(amount, shared),
            // Estimates and cancelled deals are not money that moved or may move.
            Status::Estimate | Status::Cancelled => {}
        }
    }

    pub fn is_empty(&self) -> bool {
        self.firm.count + self.announced.count + self.talks.count == 0
    }
}

/// What an entity invested and received, among the given events.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Totals {
    pub invested: ByCertainty,
    pub received: ByCertainty,
}

/// Totals for `entity` over `events` (indices into the dataset).
pub fn totals(atlas: &Atlas, entity: usize, events: &[usize]) -> Totals {
    let id = &atlas.dataset.entities[entity].id;
    let mut totals = Totals::default();
    for &i in events {
        let event: &Event = &atlas.dataset.events[i];
        let Some(amount) = event.amount else { continue };
        if event.from.iter().any(|f| f == id) {
            totals
                .invested
                .add(event.status, &amount, event.from.len() > 1);
        }
        if event.to.as_deref() == Some(id.as_str()) {
            totals.received.add(event.status, &amount, false);
        }
    }
    totals
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::load_json;

    fn sum(amounts: &[(Money, bool)]) -> RangeSum {
        let mut total = RangeSum::default();
        for (amount, shared) in amounts {
            total.add(amount, *shared);
        }
        total
    }

    #[test]
    fn sums_keep_what_each_amount_states() {
        let cases: &[(&[(Money, bool)], &str)] = &[
            (&[], "—"),
            (&[(Money::exact(8e9), false)], "$8B"),
            (&[(Money::up_to(50e9), false)], "up to $50B"),
            (
                &[(Money::up_to(50e9), false), (Money::about(8e9), false)],
                "$8B–$58B",
            ),
            (
                &[(Money::at_least(8e9), false), (Money::exact(2e9), false)],
                "at least $10B",
            ),
            (&[(Money::exact(9e9), true)], "up to $9B"),
        ];
        for (amounts, want) in cases {
            assert_eq!(sum(amounts).text(), *want, "{amounts:?}");
        }
    }

    #[test]
    fn amazon_invests_firm_money_and_talks_separately() {
        let atlas = Atlas::new(load_json(include_str!("../../../assets/data/atlas.json")).unwrap());
        let amazon = atlas.index.entity("amazon").unwrap();
        let all: Vec<usize> = (0..atlas.dataset.events.len()).collect();
        let totals = totals(&atlas, amazon, &all);
        // In talks: up to $50B in OpenAI, $10B in earlier talks.
        assert_eq!(totals.invested.talks.text(), "$10B–$60B");
        // Firm: ~$8B in Anthropic, $11B Project Rainier, $13.7B Whole Foods.
        assert_eq!(totals.invested.firm.text(), "$32.7B");
        assert_eq!(
            totals.invested.announced.text(),
            "$35B",
            "the India commitment"
        );
        assert!(totals.received.is_empty());
        let openai = atlas.index.entity("openai").unwrap();
        assert!(
            !totals_for(&atlas, openai)
                .received
                .talks
                .text()
                .starts_with('—')
        );
    }

    fn totals_for(atlas: &Atlas, entity: usize) -> Totals {
        let all: Vec<usize> = (0..atlas.dataset.events.len()).collect();
        totals(atlas, entity, &all)
    }
}
