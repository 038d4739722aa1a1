//! Any bytes as a CSV of deals: importing never panics, and whatever it accepts is a
//! valid dataset that exports and imports back to the same number of events.
#![no_main]

use capital_atlas::core::dataset::validate::validate;
use capital_atlas::core::export::to_csv;
use capital_atlas::core::import::csv::import_csv;
use capital_atlas::core::index::Atlas;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let today = "2026-01-30".parse().expect("a valid date");
    if let Ok(dataset) = import_csv("fuzz.csv", text, today) {
        assert!(validate(&dataset).is_empty());
        let atlas = Atlas::new(dataset);
        let all: Vec<usize> = atlas.index.by_date.clone();
        let back = import_csv("again.csv", &to_csv(&atlas, &all), today).expect("an export imports back");
        assert_eq!(back.events.len(), all.len());
    }
});
