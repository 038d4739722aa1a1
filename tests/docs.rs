//! The documents that describe the data stay true: docs/DATA.md's examples load, and
//! the JSON Schema lists exactly the vocabularies the app accepts.

use capital_atlas::core::dataset::{EntityKind, EventKind, Status, load_json};
use capital_atlas::core::import::csv::import_csv;
use capital_atlas::core::money::{Qualifier, ValuationBasis};
use serde_json::Value;

const DATA_MD: &str = include_str!("../docs/DATA.md");
const SCHEMA: &str = include_str!("../assets/data/schema.json");

/// The first fenced block of `language` after `heading` in docs/DATA.md.
fn example(heading: &str, language: &str) -> &'static str {
    let after = &DATA_MD[DATA_MD
        .find(heading)
        .unwrap_or_else(|| panic!("no heading {heading}"))..];
    let fence = format!("```{language}\n");
    let start = after.find(&fence).expect("a fenced example") + fence.len();
    &after[start..start + after[start..].find("```").expect("a closing fence")]
}

#[test]
fn the_json_example_in_the_docs_loads() {
    let dataset = load_json(example("### Example", "json")).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(dataset.events.len(), 1);
}

#[test]
fn the_csv_example_in_the_docs_imports() {
    let text = example("## CSV of deals", "csv");
    let dataset = import_csv("example.csv", text, "2026-01-30".parse().unwrap())
        .unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(dataset.events.len(), 3);
}

fn schema_enum(pointer: &str) -> Vec<String> {
    let schema: Value = serde_json::from_str(SCHEMA).expect("schema.json is JSON");
    schema
        .pointer(pointer)
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("no enum at {pointer}"))
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

fn ids<T: Copy>(all: &[T], id: fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|v| id(*v).to_string()).collect()
}

#[test]
fn the_json_schema_lists_the_vocabularies_the_app_accepts() {
    assert_eq!(
        schema_enum("/$defs/event/properties/status/enum"),
        ids(Status::ALL, Status::id)
    );
    assert_eq!(
        schema_enum("/$defs/event/properties/kind/enum"),
        ids(EventKind::ALL, EventKind::id)
    );
    assert_eq!(
        schema_enum("/$defs/entity/properties/kind/enum"),
        ids(EntityKind::ALL, EntityKind::id)
    );
    assert_eq!(
        schema_enum("/$defs/money/properties/qualifier/enum"),
        ids(Qualifier::ALL, Qualifier::id)
    );
    assert_eq!(
        schema_enum("/$defs/valuation/properties/basis/enum"),
        ids(ValuationBasis::ALL, ValuationBasis::id)
    );
}
