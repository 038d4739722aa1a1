//! An entity's money in and out, as honest ranges.
//!
//! Sums keep what each amount states: "up to $50B" adds nothing to the floor and $50B to
//! the ceiling; "at least $8B" adds $8B to the floor and leaves the ceiling open. When
//! several investors share one amount and the split is not reported, each investor's
//! share is anywhere from nothing to the whole, and is counted that way. An event that
//! is part of another (an investor's share of a round) is folded into its whole where
//! both add to the same side and row of certainty (`parts.rs`).

use super::parts::fold;
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

/// The row of [`ByCertainty`] a status adds to, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Certainty {
    Firm,
    Announced,
    Talks,
}

impl Certainty {
    pub(super) fn of(status: Status) -> Option<Self> {
        match status {
            Status::Completed | Status::Agreed => Some(Self::Firm),
            Status::Announced => Some(Self::Announced),
            Status::Talks | Status::Rumored => Some(Self::Talks),
            // Estimates and cancelled deals are not money that moved or may move.
            Status::Estimate | Status::Cancelled => None,
        }
    }
}

impl ByCertainty {
    fn add(&mut self, status: Status, amount: &Money, shared: bool) {
        match Certainty::of(status) {
            Some(Certainty::Firm) => self.firm.add(amount, shared),
            Some(Certainty::Announced) => self.announced.add(amount, shared),
            Some(Certainty::Talks) => self.talks.add(amount, shared),
            None => {}
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
    let event = |i: usize| &atlas.dataset.events[i];
    let mut totals = Totals::default();
    // `fold` gives each range as it adds, a shared amount's floor already nothing.
    let shared = |e: &Event| e.from.len() > 1;
    for (i, amount) in fold(atlas, events, |e| e.from.iter().any(|f| f == id), shared) {
        totals.invested.add(event(i).status, &amount, false);
    }
    let receives = |e: &Event| e.to.as_deref() == Some(id.as_str());
    for (i, amount) in fold(atlas, events, receives, |_| false) {
        totals.received.add(event(i).status, &amount, false);
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
        // OpenAI's round of up to $100B holds Amazon's up to $50B, counted once; the
        // reports differ on whether SoftBank's $30B is in it, so it adds; so do the
        // earlier $10B talks.
        let openai = atlas.index.entity("openai").unwrap();
        assert_eq!(
            totals_for(&atlas, openai).received.talks.text(),
            "$10B–$140B"
        );
    }

    #[test]
    fn a_part_adds_nothing_where_its_whole_is_added_to_the_same_row() {
        use crate::core::testkit::{EventExt, atlas, event};
        let round = || {
            event("round", Some("2026-01"))
                .to("x")
                .amount(Money::up_to(100e9))
        };
        let share = || {
            event("share", Some("2026-01"))
                .from(&["a"])
                .to("x")
                .amount(Money::up_to(50e9))
        };
        let talks = Status::Talks;
        // (what the case is, the events, which of them are shown, X's rows received as
        // firm and in talks, A's invested in talks)
        type Case = (&'static str, Vec<Event>, Vec<usize>, [&'static str; 3]);
        let cases: Vec<Case> = vec![
            (
                "no part: both add",
                vec![round().status(talks), share().status(talks)],
                vec![0, 1],
                ["—", "up to $150B", "up to $50B"],
            ),
            (
                "a part of the round: the round alone adds to X; A invested it",
                vec![
                    round().status(talks),
                    share().status(talks).part_of("round"),
                ],
                vec![0, 1],
                ["—", "up to $100B", "up to $50B"],
            ),
            (
                "the round filtered out: the part adds",
                vec![
                    round().status(talks),
                    share().status(talks).part_of("round"),
                ],
                vec![1],
                ["—", "up to $50B", "up to $50B"],
            ),
            (
                "a part already completed: firm, while the round is still talks",
                vec![round().status(talks), share().part_of("round")],
                vec![0, 1],
                ["up to $50B", "up to $100B", "—"],
            ),
            (
                "a round that is only an estimate adds nothing, so the part does",
                vec![
                    round().status(Status::Estimate),
                    share().status(talks).part_of("round"),
                ],
                vec![0, 1],
                ["—", "up to $50B", "up to $50B"],
            ),
            (
                "a whole without an amount holds no money to count the part in",
                vec![
                    event("round", None).to("x").status(talks),
                    share().status(talks).part_of("round"),
                ],
                vec![0, 1],
                ["—", "up to $50B", "up to $50B"],
            ),
            (
                "a part of a part: counted in the outermost whole shown",
                vec![
                    round().status(talks),
                    event("phase", None)
                        .to("x")
                        .amount(Money::up_to(70e9))
                        .status(talks)
                        .part_of("round"),
                    share().status(talks).part_of("phase"),
                ],
                vec![0, 1, 2],
                ["—", "up to $100B", "up to $50B"],
            ),
            (
                "a whole no event has: the part adds",
                vec![share().status(talks).part_of("nowhere")],
                vec![0],
                ["—", "up to $50B", "up to $50B"],
            ),
            (
                "an exact share raises the floor of a round of up to $100B",
                vec![
                    round().status(talks),
                    share().usd(50e9).status(talks).part_of("round"),
                ],
                vec![0, 1],
                ["—", "$50B–$100B", "$50B"],
            ),
            (
                "shares stating more than their round's ceiling raise its floor to it",
                vec![
                    round().status(talks),
                    share()
                        .amount(Money::at_least(80e9))
                        .status(talks)
                        .part_of("round"),
                    event("other", None)
                        .from(&["b"])
                        .to("x")
                        .usd(30e9)
                        .status(talks)
                        .part_of("round"),
                ],
                vec![0, 1, 2],
                ["—", "$100B", "at least $80B"],
            ),
            (
                "A's own share of a round A shares with B: at least the share, up to all",
                vec![
                    round().from(&["a", "b"]).usd(100e9).status(talks),
                    share().usd(50e9).status(talks).part_of("round"),
                ],
                vec![0, 1],
                ["—", "$100B", "$50B–$100B"],
            ),
            (
                "A's own share of a shared phase of a shared round: one range, the round's",
                vec![
                    round().from(&["a", "b"]).usd(100e9).status(talks),
                    event("phase", None)
                        .from(&["a", "b"])
                        .to("x")
                        .usd(60e9)
                        .status(talks)
                        .part_of("round"),
                    share().usd(50e9).status(talks).part_of("phase"),
                ],
                vec![0, 1, 2],
                ["—", "$100B", "$50B–$100B"],
            ),
            (
                "a floor passes up a chain, each whole's capped at its ceiling",
                vec![
                    round().status(talks),
                    event("phase", None)
                        .to("x")
                        .usd(30e9)
                        .status(talks)
                        .part_of("round"),
                    share()
                        .amount(Money::at_least(80e9))
                        .status(talks)
                        .part_of("phase"),
                ],
                vec![2, 1, 0],
                ["—", "$30B–$100B", "at least $80B"],
            ),
            (
                "a round stated as at least $80B holding a $50B share",
                vec![
                    round().amount(Money::at_least(80e9)).status(talks),
                    share().usd(50e9).status(talks).part_of("round"),
                ],
                vec![0, 1],
                ["—", "at least $80B", "$50B"],
            ),
            (
                "no events",
                vec![round().status(talks), share()],
                vec![],
                ["—", "—", "—"],
            ),
        ];
        for (name, events, shown, [firm, talks_in, invested]) in cases {
            let atlas = atlas(events);
            let x = atlas.index.entity("x").unwrap();
            let a = atlas.index.entity("a").unwrap();
            let received = totals(&atlas, x, &shown).received;
            assert_eq!(
                [received.firm.text(), received.talks.text()],
                [firm, talks_in],
                "{name}"
            );
            assert_eq!(
                totals(&atlas, a, &shown).invested.talks.text(),
                invested,
                "{name}"
            );
        }
    }

    #[test]
    fn parts_that_loop_in_unchecked_data_still_end() {
        use crate::core::testkit::{EventExt, atlas, event};
        let events = vec![
            event("a", None).to("x").usd(1e9).part_of("b"),
            event("b", None).to("x").usd(2e9).part_of("a"),
        ];
        let atlas = atlas(events);
        let x = atlas.index.entity("x").unwrap();
        // Neither lies higher than the other, so both add rather than vanish into each
        // other. A file never gets here: loading refuses parts that loop.
        assert_eq!(totals(&atlas, x, &[0, 1]).received.firm.text(), "$3B");
    }

    fn totals_for(atlas: &Atlas, entity: usize) -> Totals {
        let all: Vec<usize> = (0..atlas.dataset.events.len()).collect();
        totals(atlas, entity, &all)
    }
}
