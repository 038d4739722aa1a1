//! Plausible names for synthetic entities, readable in screenshots and benchmarks.

use super::random::SplitMix64;
use crate::core::dataset::EntityKind;

const STEMS: [&str; 32] = [
    "Aster", "Boreal", "Cobalt", "Delta", "Ember", "Fathom", "Granite", "Helio", "Iris", "Juniper",
    "Kestrel", "Lumen", "Meridian", "Nimbus", "Onyx", "Pioneer", "Quartz", "Rook", "Sable",
    "Tidal", "Umbra", "Vector", "Willow", "Xenon", "Yarrow", "Zephyr", "Arbor", "Beacon", "Cinder",
    "Drift", "Echo", "Flint",
];
const SUFFIXES: [&str; 12] = [
    "AI", "Labs", "Systems", "Robotics", "Data", "Compute", "Bio", "Cloud", "Dynamics", "Networks",
    "Vision", "Works",
];
const INVESTOR_SUFFIXES: [&str; 6] = [
    "Capital",
    "Ventures",
    "Partners",
    "Growth",
    "Holdings",
    "Investments",
];
const FIRST_NAMES: [&str; 10] = [
    "Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas",
];
const PUBLISHERS: [&str; 8] = [
    "Example Wire",
    "Sample Times",
    "Test Daily",
    "Mock Journal",
    "Placeholder Post",
    "Demo Ledger",
    "Specimen News",
    "Model Gazette",
];

/// A name for entity number `index` of `kind`; the index keeps names unique.
pub fn name(rng: &mut SplitMix64, kind: EntityKind, index: usize) -> String {
    let stem = STEMS[rng.below(STEMS.len())];
    let number = index / STEMS.len();
    let stem = if number == 0 {
        stem.to_string()
    } else {
        format!("{stem} {}", roman(number))
    };
    match kind {
        EntityKind::Investor | EntityKind::Fund => format!(
            "{stem} {}",
            INVESTOR_SUFFIXES[rng.below(INVESTOR_SUFFIXES.len())]
        ),
        EntityKind::SovereignFund => format!("{stem} Sovereign Fund"),
        EntityKind::Person => format!("{} {stem}", FIRST_NAMES[rng.below(FIRST_NAMES.len())]),
        EntityKind::Facility => format!("Project {stem}"),
        EntityKind::Chip => format!("{stem} accelerator"),
        EntityKind::Product => format!("{stem} Assistant"),
        _ => format!("{stem} {}", SUFFIXES[rng.below(SUFFIXES.len())]),
    }
}

/// A publisher's name for source number `index`.
pub fn publisher(index: usize) -> String {
    PUBLISHERS[index % PUBLISHERS.len()].to_string()
}

fn roman(n: usize) -> String {
    const NUMERALS: [(usize, &str); 7] = [
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (5, "V"),
        (1, "I"),
    ];
    let mut n = n.min(399);
    let mut text = String::new();
    for (value, numeral) in NUMERALS {
        while n >= value {
            text.push_str(numeral);
            n -= value;
        }
    }
    // Four in a row reads oddly; IV and IX are what people expect.
    text.replace("IIII", "IV").replace("VIV", "IX")
}
