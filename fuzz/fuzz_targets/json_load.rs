//! Any bytes as a dataset file: loading never panics, finishes in bounded time, and
//! whatever it accepts is valid and indexes.
#![no_main]

use capital_atlas::core::dataset::load_json;
use capital_atlas::core::dataset::validate::validate;
use capital_atlas::core::filter::{FilterState, apply};
use capital_atlas::core::index::Atlas;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(dataset) = load_json(text) {
        assert!(validate(&dataset).is_empty());
        let atlas = Atlas::new(dataset);
        let all = apply(&atlas, &FilterState::default());
        assert_eq!(all.events.len(), atlas.dataset.events.len());
    }
});
