//! Checks that hold across a dataset: ids are unique slugs, references resolve, amounts
//! are consistent and every event cites evidence. Every problem is reported, each at
//! its JSON path.

use std::collections::{HashMap, HashSet};

use super::limits::MAX_PARENT_DEPTH;
use super::schema::{Dataset, Event, SCHEMA_ID};
use crate::core::problem::Problem;

/// Where each parsed element stood in the file, and the ids of elements that failed to
/// parse, so that paths point at the file as written and a broken entity does not also
/// show up as a dangling reference everywhere it is used.
#[derive(Debug, Default)]
pub struct FileContext {
    pub source_positions: Vec<usize>,
    pub entity_positions: Vec<usize>,
    pub event_positions: Vec<usize>,
    pub unparsed_ids: HashSet<String>,
}

impl FileContext {
    fn position(positions: &[usize], index: usize) -> usize {
        positions.get(index).copied().unwrap_or(index)
    }
}

/// Validates a dataset whose elements all parsed, as built in code.
pub fn validate(dataset: &Dataset) -> Vec<Problem> {
    validate_in(dataset, &FileContext::default())
}

/// Validates a dataset read from a file described by `context`.
pub fn validate_in(dataset: &Dataset, context: &FileContext) -> Vec<Problem> {
    let mut problems = Vec::new();
    if dataset.schema != SCHEMA_ID {
        problems.push(
            Problem::new("schema", format!("this app reads '{SCHEMA_ID}'"))
                .with_value(&dataset.schema),
        );
    }
    if dataset.title.trim().is_empty() {
        problems.push(Problem::new("title", "the title is empty"));
    }

    let source_path = |i: usize| {
        format!(
            "sources[{}]",
            FileContext::position(&context.source_positions, i)
        )
    };
    let entity_path = |i: usize| {
        format!(
            "entities[{}]",
            FileContext::position(&context.entity_positions, i)
        )
    };
    let event_path = |i: usize| {
        format!(
            "events[{}]",
            FileContext::position(&context.event_positions, i)
        )
    };

    let source_ids = unique_ids(
        dataset.sources.iter().map(|s| s.id.as_str()),
        &source_path,
        &mut problems,
    );
    let entity_ids = unique_ids(
        dataset.entities.iter().map(|e| e.id.as_str()),
        &entity_path,
        &mut problems,
    );
    let event_ids = unique_ids(
        dataset.events.iter().map(|e| e.id.as_str()),
        &event_path,
        &mut problems,
    );
    let wholes: HashMap<&str, &str> = dataset
        .events
        .iter()
        .filter_map(|e| e.part_of.as_deref().map(|w| (e.id.as_str(), w)))
        .collect();
    // Each event's recipient by id, to check a part against its whole: only when there
    // are parts, so a dataset without them pays nothing. (Of the same type as `wholes`,
    // which keeps the bundle from holding another map's code.)
    let recipients: HashMap<&str, &str> = match wholes.is_empty() {
        true => HashMap::new(),
        false => dataset
            .events
            .iter()
            .filter_map(|e| Some((e.id.as_str(), e.to.as_deref()?)))
            .collect(),
    };

    let known =
        |id: &str, ids: &HashSet<&str>| ids.contains(id) || context.unparsed_ids.contains(id);

    for (i, source) in dataset.sources.iter().enumerate() {
        if source.publisher.trim().is_empty() {
            problems.push(Problem::new(
                format!("{}.publisher", source_path(i)),
                "the publisher is empty",
            ));
        }
    }

    let parents: HashMap<&str, &str> = dataset
        .entities
        .iter()
        .filter_map(|e| e.parent.as_deref().map(|p| (e.id.as_str(), p)))
        .collect();
    for (i, entity) in dataset.entities.iter().enumerate() {
        if entity.name.trim().is_empty() {
            problems.push(Problem::new(
                format!("{}.name", entity_path(i)),
                "the name is empty",
            ));
        }
        if let Some(parent) = &entity.parent {
            let at = format!("{}.parent", entity_path(i));
            if !known(parent, &entity_ids) {
                problems.push(Problem::new(at, "no entity has this id").with_value(parent));
            } else {
                match climb(&parents, &entity.id) {
                    Climb::Loop => {
                        problems.push(Problem::new(at, "parents form a loop").with_value(parent));
                    }
                    Climb::LoopAbove => problems
                        .push(Problem::new(at, "its parents lead into a loop").with_value(parent)),
                    Climb::TooDeep => problems.push(
                        Problem::new(
                            at,
                            format!("more than {MAX_PARENT_DEPTH} levels of parents above it"),
                        )
                        .with_value(parent),
                    ),
                    Climb::Top => {}
                }
            }
        }
    }

    for (i, event) in dataset.events.iter().enumerate() {
        let at = event_path(i);
        if event.title.trim().is_empty() {
            problems.push(Problem::new(format!("{at}.title"), "the title is empty"));
        }
        let references = event
            .from
            .iter()
            .enumerate()
            .map(|(j, id)| (format!("{at}.from[{j}]"), id))
            .chain(event.to.iter().map(|id| (format!("{at}.to"), id)))
            .chain(
                event
                    .parties
                    .iter()
                    .enumerate()
                    .map(|(j, id)| (format!("{at}.parties[{j}]"), id)),
            );
        let mut any_party = false;
        for (path, id) in references {
            any_party = true;
            if !known(id, &entity_ids) {
                problems.push(Problem::new(path, "no entity has this id").with_value(id));
            }
        }
        if !any_party {
            problems.push(Problem::new(
                at.clone(),
                "an event needs at least one entity in from, to or parties",
            ));
        }
        if !event.from.is_empty() && event.to.is_none() {
            problems.push(Problem::new(
                format!("{at}.to"),
                "a directed event with 'from' also needs 'to'",
            ));
        }
        if let Some(whole) = &event.part_of {
            let reason = if !known(whole, &event_ids) {
                Some("no event has this id".into())
            } else {
                part_problem(event, whole, &wholes, &recipients)
            };
            if let Some(reason) = reason {
                problems.push(Problem::new(format!("{at}.part_of"), reason).with_value(whole));
            }
        }
        if let Some(problem) = event.amount.and_then(|m| m.problem()) {
            problems.push(Problem::new(format!("{at}.amount"), problem));
        }
        if let Some(problem) = event.valuation.and_then(|v| v.money().problem()) {
            problems.push(Problem::new(format!("{at}.valuation"), problem));
        }
        if event.evidence.is_empty() {
            problems.push(Problem::new(
                format!("{at}.evidence"),
                "every event needs at least one piece of evidence",
            ));
        }
        for (j, evidence) in event.evidence.iter().enumerate() {
            let here = format!("{at}.evidence[{j}]");
            if !known(&evidence.source, &source_ids) {
                problems.push(
                    Problem::new(format!("{here}.source"), "no source has this id")
                        .with_value(&evidence.source),
                );
            }
            if evidence.quote.trim().is_empty() {
                problems.push(Problem::new(format!("{here}.quote"), "the quote is empty"));
            }
            if let Some(problem) = evidence.amount.and_then(|m| m.problem()) {
                problems.push(Problem::new(format!("{here}.amount"), problem));
            }
            if let Some(problem) = evidence.valuation.and_then(|v| v.money().problem()) {
                problems.push(Problem::new(format!("{here}.valuation"), problem));
            }
        }
    }
    problems
}

/// What is wrong with `event` being part of the event `whole`, an id some event has:
/// a part of itself, parts that loop or nest too deep (followed as entities' parents
/// are), or a part whose money goes to someone other than the recipient of its nearest
/// whole that names one, which no sum could count once.
fn part_problem(
    event: &Event,
    whole: &str,
    wholes: &HashMap<&str, &str>,
    recipients: &HashMap<&str, &str>,
) -> Option<String> {
    if whole == event.id {
        return Some("an event cannot be part of itself".into());
    }
    match climb(wholes, &event.id) {
        Climb::Loop => return Some("parts form a loop".into()),
        Climb::LoopAbove => return Some("the events it is part of lead into a loop".into()),
        Climb::TooDeep => {
            return Some(format!(
                "more than {MAX_PARENT_DEPTH} levels of events it is part of"
            ));
        }
        Climb::Top => {}
    }
    // The nearest whole that names a recipient: one that names none (a partnership's
    // phase) says nothing either way.
    let whole_to = std::iter::successors(Some(whole), |w| wholes.get(w).copied())
        .take(MAX_PARENT_DEPTH)
        .find_map(|w| recipients.get(w).copied());
    match (event.to.as_deref(), whole_to) {
        (Some(to), Some(whole_to)) if to != whole_to => Some(format!(
            "a part goes to the recipient of the event it is part of, {whole_to}"
        )),
        _ => None,
    }
}

/// Reports ids that are not slugs or that repeat; returns the set of ids seen.
fn unique_ids<'a>(
    ids: impl Iterator<Item = &'a str>,
    path: &dyn Fn(usize) -> String,
    problems: &mut Vec<Problem>,
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if !is_slug(id) {
            problems.push(
                Problem::new(format!("{}.id", path(i)), "ids are lowercase letters, digits, '-', '_' or '.', starting with a letter or digit")
                    .with_value(id),
            );
        }
        if !seen.insert(id) {
            problems.push(
                Problem::new(format!("{}.id", path(i)), "this id is used twice").with_value(id),
            );
        }
    }
    seen
}

/// True for ids such as `openai`, `project-rainier` or `e.2026_01`.
pub fn is_slug(id: &str) -> bool {
    let bytes = id.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= 120
        && bytes[0].is_ascii_alphanumeric()
        && bytes.iter().all(|&b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.')
        })
}

/// Where following parents up from an entity (or wholes up from an event) ends.
#[derive(Debug, PartialEq)]
enum Climb {
    /// At an entity with no parent, within `MAX_PARENT_DEPTH` steps.
    Top,
    /// Back at the entity it started from.
    Loop,
    /// In a loop above the entity, which the loop's own members report.
    LoopAbove,
    /// Still climbing after `MAX_PARENT_DEPTH` steps.
    TooDeep,
}

/// Follows parents up from `start`, at most `MAX_PARENT_DEPTH` steps, so checking every
/// entity costs the number of entities times that bound, whatever the data.
fn climb(parents: &HashMap<&str, &str>, start: &str) -> Climb {
    let mut path = Vec::with_capacity(MAX_PARENT_DEPTH + 1);
    let mut current = start;
    while let Some(&next) = parents.get(current) {
        if next == start {
            return Climb::Loop;
        }
        if path.len() == MAX_PARENT_DEPTH {
            // Only a climb this long can have met a loop above the start.
            let distinct: HashSet<&str> = path.iter().copied().collect();
            return if distinct.len() < path.len() {
                Climb::LoopAbove
            } else {
                Climb::TooDeep
            };
        }
        path.push(next);
        current = next;
    }
    Climb::Top
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
