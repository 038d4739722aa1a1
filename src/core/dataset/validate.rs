//! Checks that hold across a dataset: ids are unique slugs, references resolve, amounts
//! are consistent and every event cites evidence. Every problem is reported, each at
//! its JSON path.

use std::collections::{HashMap, HashSet};

use super::schema::{Dataset, SCHEMA_ID};
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
    unique_ids(
        dataset.events.iter().map(|e| e.id.as_str()),
        &event_path,
        &mut problems,
    );

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
            } else if leads_back_to(&parents, &entity.id) {
                problems.push(Problem::new(at, "parents form a loop").with_value(parent));
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

/// True when following parents from `start` comes back to it.
fn leads_back_to(parents: &HashMap<&str, &str>, start: &str) -> bool {
    let mut current = start;
    for _ in 0..=parents.len() {
        match parents.get(current) {
            Some(&next) if next == start => return true,
            Some(&next) => current = next,
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::schema::{Entity, EntityKind};

    #[test]
    fn slugs_are_lowercase_words() {
        for good in ["openai", "project-rainier", "e.2026_01", "3m"] {
            assert!(is_slug(good), "{good}");
        }
        for bad in ["", "OpenAI", "-x", "a b", "é", "<script>", &"a".repeat(121)] {
            assert!(!is_slug(bad), "{bad}");
        }
    }

    #[test]
    fn parent_loops_are_found() {
        let entity = |id: &str, parent: &str| Entity {
            id: id.into(),
            name: id.into(),
            kind: EntityKind::Company,
            aliases: vec![],
            parent: Some(parent.into()),
        };
        let dataset = Dataset {
            schema: SCHEMA_ID.into(),
            title: "t".into(),
            as_of: "2026".parse().unwrap(),
            sources: vec![],
            entities: vec![entity("a", "b"), entity("b", "a")],
            events: vec![],
        };
        let problems = validate(&dataset);
        assert_eq!(
            problems
                .iter()
                .filter(|p| p.reason.contains("loop"))
                .count(),
            2,
            "{problems:?}"
        );
    }
}
