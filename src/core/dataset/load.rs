//! Reading a schema-v1 JSON file, reporting every problem rather than the first.
//!
//! serde stops at the first error, so the file is read in two passes: the top level
//! with each array element kept as raw JSON, then every element on its own. A bad
//! event therefore costs one problem for that event, with its full JSON path, and the
//! others are still checked. The semantic checks in `validate` run on what parsed.

use std::collections::HashSet;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use super::limits::{MAX_EVENTS, check_size};
use super::schema::{Dataset, Entity, Event, Source};
use super::validate::{FileContext, validate_in};
use crate::core::date::PartialDate;
use crate::core::problem::Problem;

/// The top level with its arrays unread.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDataset<'a> {
    schema: String,
    title: String,
    as_of: PartialDate,
    #[serde(borrow)]
    sources: Vec<&'a RawValue>,
    #[serde(borrow)]
    entities: Vec<&'a RawValue>,
    #[serde(borrow)]
    events: Vec<&'a RawValue>,
}

/// Parses and validates a dataset. Either the whole file is good, or every problem
/// found is returned and nothing is applied.
pub fn load_json(text: &str) -> Result<Dataset, Vec<Problem>> {
    check_size(text.len()).map_err(|p| vec![p])?;
    load_json_unlimited(text)
}

/// `load_json` without the file-size limit, for benchmarks of very large synthetic data.
/// The event-count limit still applies.
pub fn load_json_unlimited(text: &str) -> Result<Dataset, Vec<Problem>> {
    let raw: RawDataset = read(text, "").map_err(|p| vec![p])?;
    if raw.events.len() > MAX_EVENTS {
        return Err(vec![Problem::new(
            "events",
            format!(
                "{} events is more than the limit of {MAX_EVENTS}",
                raw.events.len()
            ),
        )]);
    }
    let mut problems = Vec::new();
    let mut context = FileContext::default();
    let unparsed = &mut context.unparsed_ids;
    let (sources, source_positions) =
        read_all::<Source>(&raw.sources, "sources", unparsed, &mut problems);
    let (entities, entity_positions) =
        read_all::<Entity>(&raw.entities, "entities", unparsed, &mut problems);
    let (events, event_positions) =
        read_all::<Event>(&raw.events, "events", unparsed, &mut problems);
    context.source_positions = source_positions;
    context.entity_positions = entity_positions;
    context.event_positions = event_positions;
    let dataset = Dataset {
        schema: raw.schema,
        title: raw.title,
        as_of: raw.as_of,
        sources,
        entities,
        events,
    };
    problems.extend(validate_in(&dataset, &context));
    if problems.is_empty() {
        Ok(dataset)
    } else {
        Err(problems)
    }
}

/// Just the id of an element that failed to parse, when it has a readable one.
#[derive(Deserialize)]
struct IdOnly {
    id: String,
}

/// Reads every element of one array, recording where each good one stood and the id
/// of each bad one.
fn read_all<T: DeserializeOwned>(
    raws: &[&RawValue],
    field: &str,
    unparsed_ids: &mut HashSet<String>,
    problems: &mut Vec<Problem>,
) -> (Vec<T>, Vec<usize>) {
    let mut items = Vec::with_capacity(raws.len());
    let mut positions = Vec::with_capacity(raws.len());
    for (i, raw) in raws.iter().enumerate() {
        match read(raw.get(), &format!("{field}[{i}]")) {
            Ok(item) => {
                positions.push(i);
                items.push(item);
            }
            Err(problem) => {
                problems.push(problem);
                if let Ok(IdOnly { id }) = serde_json::from_str(raw.get()) {
                    unparsed_ids.insert(id);
                }
            }
        }
    }
    (items, positions)
}

/// Deserializes `text`, turning an error into a problem located by JSON path under `prefix`.
fn read<'de, T: Deserialize<'de>>(text: &'de str, prefix: &str) -> Result<T, Problem> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let location = match (prefix.is_empty(), path.as_str()) {
            (true, ".") => "the file".to_string(),
            (true, _) => path,
            (false, ".") => prefix.to_string(),
            (false, _) => format!("{prefix}.{path}"),
        };
        let inner = error.into_inner();
        let reason = if prefix.is_empty() && inner.line() > 0 {
            format!(
                "{} (line {}, column {})",
                strip_position(&inner.to_string()),
                inner.line(),
                inner.column()
            )
        } else {
            strip_position(&inner.to_string())
        };
        Problem::new(location, reason)
    })?;
    deserializer.end().map_err(|error| {
        Problem::new(
            if prefix.is_empty() {
                "the file"
            } else {
                prefix
            },
            error.to_string(),
        )
    })?;
    Ok(value)
}

/// serde_json appends " at line L column C"; inside an element that position is
/// relative to the element, which would mislead, so it is dropped there and restated
/// for the whole file.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{
        "schema": "capital-atlas/1", "title": "T", "as_of": "2026-01-30",
        "sources": [{"id": "s1", "publisher": "P", "title": "A", "published": "2026-01-29", "url": null}],
        "entities": [
            {"id": "amazon", "name": "Amazon", "kind": "company"},
            {"id": "openai", "name": "OpenAI", "kind": "company"}
        ],
        "events": [{
            "id": "e1", "kind": "investment", "date": "2026-01-29", "from": ["amazon"], "to": "openai",
            "amount": {"min": null, "max": 50000000000, "qualifier": "up_to"},
            "status": "talks", "title": "Amazon in talks", "summary": "",
            "evidence": [{"source": "s1", "quote": "up to $50 billion"}]
        }]
    }"#;

    #[test]
    fn a_minimal_dataset_loads() {
        let dataset = load_json(MINIMAL).expect("valid");
        assert_eq!(dataset.events.len(), 1);
        assert_eq!(dataset.events[0].amount.unwrap().max, Some(50e9));
    }

    #[test]
    fn every_bad_element_is_reported_with_its_path() {
        let text = MINIMAL
            .replace(r#""kind": "investment""#, r#""kind": "gift""#)
            .replace(
                r#""kind": "company"}"#,
                r#""kind": "company", "colour": "red"}"#,
            );
        let problems = load_json(&text).unwrap_err();
        let locations: Vec<&str> = problems.iter().map(|p| p.location.as_str()).collect();
        assert!(locations.contains(&"events[0].kind"), "{problems:?}");
        assert!(
            locations.iter().any(|l| l.starts_with("entities[0]")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.reason.contains("unknown event kind 'gift'"))
        );
    }

    #[test]
    fn invalid_json_names_line_and_column() {
        let problems = load_json("{\n  \"schema\": ,\n}").unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].reason.contains("line 2"), "{:?}", problems[0]);
    }

    #[test]
    fn hostile_top_levels_are_refused_without_panicking() {
        for text in [
            "",
            "null",
            "[]",
            "42",
            "\"capital-atlas/1\"",
            "{",
            "{}",
            "\u{0}",
            "{\"schema\":1}",
        ] {
            assert!(load_json(text).is_err(), "{text:?}");
        }
    }

    #[test]
    fn a_bad_date_is_reported_where_it_is() {
        let text = MINIMAL.replace(r#""date": "2026-01-29""#, r#""date": "2025-13-45""#);
        let problems = load_json(&text).unwrap_err();
        assert_eq!(problems[0].location, "events[0].date");
        assert!(problems[0].reason.contains("month 13"), "{problems:?}");
    }
}
