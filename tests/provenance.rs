//! The bundled dataset's promise: every number can be traced to the words that
//! reported it. Each quote must appear verbatim (whitespace folded) in its seed article,
//! read from `../shared/seeds` beside the repository.

use std::path::PathBuf;

use capital_atlas::core::dataset::{Dataset, load_json};

fn bundled() -> Dataset {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/data/atlas.json"
    ))
    .expect("assets/data/atlas.json is readable");
    load_json(&text).unwrap_or_else(|problems| {
        panic!(
            "the bundled dataset is invalid:\n{}",
            problems
                .iter()
                .map(|p| format!("  {p}\n"))
                .collect::<String>()
        )
    })
}

/// The seed articles live beside the repository, in the workplace's `shared/seeds`
/// (`../shared/seeds` from a checkout). A clone placed elsewhere finds it in the nearest
/// ancestor that has one, or at the workplace's own place; `CAPITAL_ATLAS_SEEDS`
/// overrides the search.
fn seeds_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CAPITAL_ATLAS_SEEDS") {
        return PathBuf::from(dir);
    }
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // A clone elsewhere on a workplace machine (as CI makes) still finds the workplace's
    // shared folder at its fixed place.
    let workplace = PathBuf::from("/work/shared/seeds");
    repo.ancestors()
        .skip(1)
        .map(|ancestor| ancestor.join("shared/seeds"))
        .chain(std::iter::once(workplace))
        .find(|candidate| candidate.is_dir())
        .unwrap_or_else(|| repo.join("../shared/seeds"))
}

fn fold_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_quote_is_found_verbatim_in_its_seed_article() {
    let dir = seeds_dir();
    assert!(
        dir.is_dir(),
        "the seed articles are not at {}: the provenance of the bundled data cannot be checked. \
         Set CAPITAL_ATLAS_SEEDS to the folder that holds them.",
        dir.display()
    );
    let dataset = bundled();
    let mut missing = Vec::new();
    let mut checked = 0;
    for event in &dataset.events {
        for evidence in &event.evidence {
            let source = dataset
                .sources
                .iter()
                .find(|s| s.id == evidence.source)
                .expect("validated reference");
            let file = source
                .file
                .as_deref()
                .unwrap_or_else(|| panic!("source {} names no seed file", source.id));
            let article = std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| {
                panic!(
                    "seed file {file} of source {} cannot be read: {e}",
                    source.id
                )
            });
            if !fold_whitespace(&article).contains(&fold_whitespace(&evidence.quote)) {
                missing.push(format!("{} cites {}: «{}»", event.id, file, evidence.quote));
            }
            checked += 1;
        }
    }
    assert!(
        missing.is_empty(),
        "quotes not found verbatim:\n{}",
        missing.join("\n")
    );
    assert!(checked >= 25, "only {checked} quotes were checked");
}

#[test]
fn the_bundled_dataset_is_valid_and_covers_the_seeds() {
    // load_json validates: unique ids, references resolve, min ≤ max, dates parse, and
    // every event has evidence.
    let dataset = bundled();
    assert!(
        dataset.events.len() >= 25,
        "{} events",
        dataset.events.len()
    );
    assert!(dataset.events.iter().all(|e| !e.evidence.is_empty()));
    for id in [
        "amazon",
        "openai",
        "anthropic",
        "aws",
        "microsoft",
        "nvidia",
        "softbank",
        "google",
    ] {
        assert!(
            dataset.entities.iter().any(|e| e.id == id),
            "entity {id} is missing"
        );
    }
    let aws = dataset.entities.iter().find(|e| e.id == "aws").unwrap();
    assert_eq!(aws.parent.as_deref(), Some("amazon"));
    assert!(aws.aliases.iter().any(|a| a == "Amazon Web Services"));
}

#[test]
fn conflicting_reports_are_kept_side_by_side() {
    let dataset = bundled();
    let talks = dataset
        .events
        .iter()
        .find(|e| e.id == "amazon-openai-talks-50b")
        .expect("the $50B talks");
    let qualifiers: Vec<&str> = talks
        .evidence
        .iter()
        .filter_map(|e| e.amount.map(|a| a.qualifier.id()))
        .collect();
    assert_eq!(
        qualifiers.iter().filter(|q| **q == "up_to").count(),
        3,
        "{qualifiers:?}"
    );
    assert!(
        qualifiers.contains(&"about") && qualifiers.contains(&"at_least"),
        "{qualifiers:?}"
    );
    let amount = talks.amount.expect("an amount");
    assert_eq!(
        (amount.min, amount.max),
        (None, Some(50e9)),
        "'up to' has no stated lower bound"
    );
}
