//! Turning the rows of a CSV into a dataset: each row checked cell by cell and made an
//! event, its names made entities and its source cited, and the statement columns
//! (`parents`, `kinds`, `aliases`, `entity_ids`) gathered to apply once every row is read,
//! as are the `part_of` cells, which may name a row further down.

use std::collections::HashSet;

use super::aliases::{self, AliasStatement};
use super::cells;
use super::defaults::{default_kind, generated_title};
use super::entities::EntityTable;
use super::ids::{self, IdStatement};
use super::kinds::{self, KindStatement};
use super::parents::{self, ParentLink};
use super::row::Row;
use super::sources::SourceTable;
use crate::core::dataset::schema::{Dataset, Event, EventKind, Evidence, SCHEMA_ID};
use crate::core::dataset::validate::is_slug;
use crate::core::date::PartialDate;
use crate::core::money::{Money, Qualifier, Valuation};
use crate::core::problem::Problem;

/// Accumulates events, entities and sources as rows are read.
pub struct Builder {
    name: String,
    entities: EntityTable,
    sources: SourceTable,
    events: Vec<Event>,
    /// The ids the file gave its events, so each new one is checked in constant time.
    given_ids: HashSet<String>,
    /// The events that gave no usable id, with their lines, to name at the end.
    unnamed: Vec<(usize, u64)>,
    /// The events that name a whole they are part of, with their lines, to check once
    /// every row's id is known.
    parts: Vec<(usize, u64)>,
    links: Vec<ParentLink>,
    kinds: Vec<KindStatement>,
    aliases: Vec<AliasStatement>,
    ids: Vec<IdStatement>,
}

impl Builder {
    pub fn new(name: &str) -> Self {
        Self {
            name: name.to_string(),
            entities: EntityTable::default(),
            sources: SourceTable::new(name),
            events: Vec::new(),
            given_ids: HashSet::new(),
            unnamed: Vec::new(),
            parts: Vec::new(),
            links: Vec::new(),
            kinds: Vec::new(),
            aliases: Vec::new(),
            ids: Vec::new(),
        }
    }

    pub fn add(&mut self, row: &Row, raw: &str, problems: &mut Vec<Problem>) {
        let before = problems.len();
        let date = match row.cell("date") {
            "" => None,
            text => text
                .parse::<PartialDate>()
                .map_err(|e| problems.push(row.problem("date", e.0)))
                .ok(),
        };
        let status = cells::status(row.cell("status"));
        if status.is_none() {
            problems.push(row.problem(
                "status",
                "unknown status; use rumored, talks, announced, agreed, completed, cancelled or estimate (or closed, in talks, reported…)",
            ));
        }
        let amount = read_money(row, "amount_usd", "amount_qualifier", problems);
        let valuation = read_money(row, "valuation_usd", "valuation_qualifier", problems);
        let investors = cells::parties(row.cell("investor"));
        let companies = cells::parties(row.cell("company"));
        let others = cells::parties(row.cell("parties"));
        if companies.len() > 1 {
            problems.push(row.problem(
                "company",
                "one company per row; list other parties in the parties column",
            ));
        }
        if companies.is_empty() && others.is_empty() {
            problems.push(row.problem(
                "company",
                "each row needs a company, or names in the parties column",
            ));
        }
        let (links, link_problems) = parents::read_links(row.cell("parents"), row.line);
        problems.extend(link_problems);
        self.links.extend(links);
        let (kinds, kind_problems) = kinds::read_kinds(row.cell("kinds"), row.line);
        problems.extend(kind_problems);
        self.kinds.extend(kinds);
        let (aliases, alias_problems) = aliases::read_aliases(row.cell("aliases"), row.line);
        problems.extend(alias_problems);
        self.aliases.extend(aliases);
        // Before any name of the row becomes an entity, which fixes its id.
        let (ids, id_problems) = ids::declare(row.cell("entity_ids"), row.line, &mut self.entities);
        problems.extend(id_problems);
        self.ids.extend(ids);
        let part_of = match row.cell("part_of") {
            "" => None,
            id if is_slug(id) => Some(id.to_string()),
            _ => {
                problems.push(row.problem(
                    "part_of",
                    "the id of the row this one is part of: lowercase letters, digits, '-', '_' or '.'",
                ));
                None
            }
        };
        let kind = match row.cell("kind") {
            "" => default_kind(&investors, &companies, amount, valuation),
            text => cells::kind(text).unwrap_or_else(|| {
                problems.push(row.problem("kind", EventKind::unknown(text)));
                EventKind::Investment
            }),
        };
        if problems.len() > before {
            return;
        }
        let Some(status) = status else { return };

        let from: Vec<String> = investors
            .iter()
            .map(|p| self.entities.investor(&p.name))
            .collect();
        let to = companies.first().map(|p| self.entities.company(&p.name));
        let parties: Vec<String> = others
            .iter()
            .map(|p| self.entities.company(&p.name))
            .collect();
        let source = self
            .sources
            .cite(row.cell("source_url"), row.cell("publisher"), date);
        let quote = match row.cell("quote") {
            "" => raw.to_string(),
            text => text.to_string(),
        };
        let title = match row.cell("title") {
            "" => generated_title(&investors, &companies, &others, amount),
            text => text.to_string(),
        };
        let notes: Vec<String> = investors
            .iter()
            .chain(&companies)
            .chain(&others)
            .filter_map(|p| p.note.as_ref().map(|n| format!("{} ({n})", p.name)))
            .collect();
        let mut summary = row.cell("summary").to_string();
        if !notes.is_empty() {
            summary = [summary, format!("Notes: {}.", notes.join(", "))]
                .join(" ")
                .trim()
                .to_string();
        }
        let id = self.given_id(row).unwrap_or_else(|| {
            self.unnamed.push((self.events.len(), row.line));
            String::new()
        });
        if part_of.is_some() {
            self.parts.push((self.events.len(), row.line));
        }
        self.events.push(Event {
            id,
            kind,
            date,
            date_note: None,
            from,
            to,
            parties,
            amount,
            valuation: valuation.map(|m| Valuation {
                min: m.min,
                max: m.max,
                qualifier: m.qualifier,
                basis: None,
            }),
            status,
            part_of,
            title,
            summary,
            evidence: vec![Evidence {
                source,
                quote,
                amount: None,
                valuation: None,
                claim: None,
            }],
        });
    }

    /// How many events the rows read so far have made.
    pub fn events(&self) -> usize {
        self.events.len()
    }

    /// Applies the statements every row gave (parents first, so kinds and aliases may
    /// name an entity only a `parents` link gives) and checks that each declared id
    /// reached a name some row gives. Returns the problems found.
    pub fn apply_statements(&mut self) -> Vec<Problem> {
        let mut problems = parents::apply(&self.links, &mut self.entities);
        problems.extend(kinds::apply(&self.kinds, &mut self.entities));
        problems.extend(aliases::apply(&self.aliases, &mut self.entities));
        problems.extend(ids::unreached(&self.ids, &self.entities));
        problems.extend(self.unknown_wholes());
        problems
    }

    /// The events that name a whole they are part of, with their lines, in the order
    /// of the events.
    pub fn take_part_lines(&mut self) -> Vec<(usize, u64)> {
        std::mem::take(&mut self.parts)
    }

    /// A problem for each `part_of` that names no row's id, or its own row's. (A row
    /// without an id gets one made from its line only at the end, which no other row
    /// can know to name.)
    fn unknown_wholes(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        for &(event, line) in &self.parts {
            let event = &self.events[event];
            let Some(whole) = event.part_of.as_deref() else {
                continue;
            };
            let reason = if whole == event.id {
                "a row cannot be part of itself"
            } else if !self.given_ids.contains(whole) {
                "no row has this id"
            } else {
                continue;
            };
            problems.push(
                Problem::new(format!("line {line}, column part_of"), reason).with_value(whole),
            );
        }
        problems
    }

    /// The row's id, if it gives one that is a valid slug and not given before.
    fn given_id(&mut self, row: &Row) -> Option<String> {
        let given = row.cell("id");
        let free = is_slug(given) && !self.given_ids.contains(given);
        free.then(|| {
            self.given_ids.insert(given.to_string());
            given.to_string()
        })
    }

    /// Gives each event without an id of its own one made from its line number, once
    /// every row is read: ids the file gives win, so a made id that one of them already
    /// holds (a file exported after an import, with a row added above, has "line-2" on
    /// line 3) takes a number, and the rows the file names keep their ids.
    fn name_unnamed(&mut self) {
        for &(event, line) in &self.unnamed {
            let base = format!("line-{line}");
            let id = (1..)
                .map(|n| match n {
                    1 => base.clone(),
                    n => format!("{base}-{n}"),
                })
                .find(|id| !self.given_ids.contains(id))
                .unwrap_or(base);
            self.events[event].id = id;
        }
    }

    pub fn finish(mut self, as_of_fallback: PartialDate) -> Dataset {
        self.name_unnamed();
        let as_of = self
            .events
            .iter()
            .filter_map(|e| e.date)
            .max_by_key(|d| d.last_day())
            .unwrap_or(as_of_fallback);
        let sources = self.sources.into_sources(as_of);
        Dataset {
            schema: SCHEMA_ID.to_string(),
            title: format!("Imported from {}", self.name),
            as_of,
            sources,
            entities: self.entities.into_entities(),
            events: self.events,
        }
    }
}

fn read_money(
    row: &Row,
    column: &str,
    qualifier_column: &str,
    problems: &mut Vec<Problem>,
) -> Option<Money> {
    let qualifier = cells::qualifier(row.cell(qualifier_column)).unwrap_or_else(|| {
        problems.push(row.problem(
            qualifier_column,
            "unknown qualifier; use exact, about, up_to or at_least",
        ));
        Qualifier::Exact
    });
    cells::amount(row.cell(column), qualifier).unwrap_or_else(|e| {
        problems.push(row.problem(column, e.0));
        None
    })
}
