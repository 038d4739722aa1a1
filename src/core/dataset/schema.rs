//! Schema v1 (`capital-atlas/1`): the shape of a dataset file, as documented in
//! docs/DATA.md and assets/data/schema.json.

use serde::{Deserialize, Serialize};

use crate::core::date::PartialDate;
use crate::core::money::{Money, Valuation};
use crate::keyword_enum;

/// The value of the top-level `schema` field this version reads and writes.
pub const SCHEMA_ID: &str = "capital-atlas/1";

keyword_enum! {
    /// How far along a deal or plan is. Ordered from least to most certain, then the
    /// two that stand apart (cancelled and estimate).
    pub enum Status ("status") {
        Rumored => "rumored", "Rumoured",
        Talks => "talks", "In talks",
        Announced => "announced", "Announced",
        Agreed => "agreed", "Agreed",
        Completed => "completed", "Completed",
        Cancelled => "cancelled", "Cancelled",
        Estimate => "estimate", "Estimate",
    }
}

impl Status {
    /// Talks and rumours are drawn dashed: they may never happen.
    pub fn is_tentative(self) -> bool {
        matches!(self, Status::Rumored | Status::Talks)
    }

    /// Completed, agreed and announced deals count as firm in totals.
    pub fn is_firm(self) -> bool {
        matches!(self, Status::Announced | Status::Agreed | Status::Completed)
    }
}

keyword_enum! {
    /// What happened.
    pub enum EventKind ("event kind") {
        Investment => "investment", "Investment",
        FundingRound => "funding_round", "Funding round",
        Valuation => "valuation", "Valuation",
        Partnership => "partnership", "Partnership",
        Infrastructure => "infrastructure", "Infrastructure",
        Acquisition => "acquisition", "Acquisition",
        Corporate => "corporate", "Corporate",
        Founding => "founding", "Founding",
        Product => "product", "Product",
    }
}

keyword_enum! {
    /// What an entity is.
    pub enum EntityKind ("entity kind") {
        Company => "company", "Company",
        Investor => "investor", "Investor",
        Fund => "fund", "Fund",
        SovereignFund => "sovereign_fund", "Sovereign fund",
        Person => "person", "Person",
        Facility => "facility", "Facility",
        Product => "product", "Product",
        Chip => "chip", "Chip",
        Country => "country", "Country",
        Group => "group", "Group",
    }
}

/// A whole dataset file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub schema: String,
    pub title: String,
    /// The newest date the data speaks for.
    pub as_of: PartialDate,
    pub sources: Vec<Source>,
    pub entities: Vec<Entity>,
    pub events: Vec<Event>,
}

/// A published report that events cite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub publisher: String,
    pub title: String,
    /// When it was published, at the precision the report itself supports.
    pub published: PartialDate,
    /// Why `published` is what it is, when the report does not state its date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The report's address, or null when unknown. Only http(s) is ever linked.
    pub url: Option<String>,
    /// The seed file this source was transcribed from, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

/// A company, investor, person, facility… anything that takes part in events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// A lowercase slug of the common name, e.g. `openai`.
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The entity this one belongs to, e.g. `aws` → `amazon`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
}

/// Something that happened, or is reported to be happening, between entities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub kind: EventKind,
    /// Null when the sources give no date: such events appear in the table and the
    /// network but cannot be placed on the timeline.
    pub date: Option<PartialDate>,
    /// How a relative date ("last October") was resolved, or why it is missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_note: Option<String>,
    /// Who gives the money or makes the move, for directed events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub from: Vec<String>,
    /// Who receives it, for directed events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Everyone else involved: both sides of a partnership, the people who lead talks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valuation: Option<Valuation>,
    pub status: Status,
    /// The event whose money this event's is a share of: an investor's part in a
    /// funding round. Sums of money count it once, as part of the whole, wherever both
    /// are added up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    pub evidence: Vec<Evidence>,
}

/// One report's words for an event. Reports that disagree are kept side by side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub source: String,
    /// The exact words of the source, curly quotes and all.
    pub quote: String,
    /// The amount as this report states it, when it differs from or refines the event's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valuation: Option<Valuation>,
    /// A short statement of what this report claims, where reports differ in words
    /// rather than numbers ("built primarily for Anthropic").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<String>,
}

impl Event {
    /// Every entity id the event names, on any side, each once, in order of mention.
    pub fn participants(&self) -> impl Iterator<Item = &str> {
        let mut seen: Vec<&str> = Vec::new();
        self.from
            .iter()
            .chain(self.to.iter())
            .chain(self.parties.iter())
            .map(String::as_str)
            .filter(move |id| {
                if seen.contains(id) {
                    false
                } else {
                    seen.push(id);
                    true
                }
            })
    }

    /// The amount that sizes and filters the event: its own, or failing that its valuation.
    pub fn headline_money(&self) -> Option<Money> {
        self.amount.or(self.valuation.map(|v| v.money()))
    }
}
