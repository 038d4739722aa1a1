//! Any string is a link: parsing never panics, and formatting what it parsed is a
//! fixed point (one view, one link).
#![no_main]

use capital_atlas::core::dataset::load_json;
use capital_atlas::core::index::Atlas;
use capital_atlas::core::link::{format, parse};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| Atlas::new(load_json(include_str!("../../assets/data/atlas.json")).expect("bundled data is valid")))
}

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else { return };
    let once = format(&parse(query, atlas()).state);
    let again = parse(&once, atlas());
    assert!(again.ignored.is_empty(), "a formatted link was not accepted whole: {once}");
    assert_eq!(format(&again.state), once);
});
