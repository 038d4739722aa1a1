//! Checks that hold across a dataset: ids are unique slugs, references resolve, amounts
//! are consistent and every event cites evidence. Every problem is reported, each at
//! its JSON path.

use std::collections::{HashMap, HashSet};

use super::limits::MAX_PARENT_DEPTH;
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

/// Where following parents up from an entity ends.
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

    /// A dataset of one chain: entity `e0` is the parent of `e1`, `e1` of `e2`, and so on.
    fn chain(length: usize) -> Dataset {
        let entities = (0..length)
            .map(|i| Entity {
                id: format!("e{i}"),
                name: format!("E{i}"),
                kind: EntityKind::Company,
                aliases: vec![],
                parent: i.checked_sub(1).map(|p| format!("e{p}")),
            })
            .collect();
        Dataset {
            schema: SCHEMA_ID.into(),
            title: "t".into(),
            as_of: "2026".parse().unwrap(),
            sources: vec![],
            entities,
            events: vec![],
        }
    }

    #[test]
    fn families_deeper_than_the_limit_are_refused_at_each_entity_too_deep() {
        // The last entity of a chain of MAX + 1 has MAX parents above it.
        assert_eq!(validate(&chain(MAX_PARENT_DEPTH + 1)), []);
        let problems = validate(&chain(MAX_PARENT_DEPTH + 2));
        let locations: Vec<&str> = problems.iter().map(|p| p.location.as_str()).collect();
        assert_eq!(
            locations,
            [format!("entities[{}].parent", MAX_PARENT_DEPTH + 1)]
        );
        assert!(
            problems[0].reason.contains("levels of parents"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_chain_of_ten_thousand_entities_is_refused_quickly() {
        // Each entity is climbed at most MAX_PARENT_DEPTH steps: without the bound this
        // takes fifty million steps.
        let problems = validate(&chain(10_000));
        assert_eq!(problems.len(), 10_000 - MAX_PARENT_DEPTH - 1);
    }

    #[test]
    fn an_entity_below_a_loop_is_refused_without_hanging() {
        let mut dataset = chain(3);
        // e0 and e1 now form a loop; e2 hangs below it.
        dataset.entities[0].parent = Some("e1".into());
        let problems = validate(&dataset);
        let reasons: Vec<(&str, &str)> = problems
            .iter()
            .map(|p| (p.location.as_str(), p.reason.as_str()))
            .collect();
        assert_eq!(reasons.len(), 3, "{reasons:?}");
        assert!(reasons[..2].iter().all(|(_, r)| r.contains("loop")));
        assert_eq!(
            reasons[2],
            ("entities[2].parent", "its parents lead into a loop")
        );
    }
}
