//! Writes a synthetic dataset to standard output, for benchmarks and tests:
//!
//! ```text
//! cargo run --release --bin gen-data -- --events 10000 --entities 1000 --seed 7 > data.json
//! cargo run --release --bin gen-data -- --events 50 --format csv > deals.csv
//! ```

use std::process::ExitCode;

use capital_atlas::core::export::to_csv;
use capital_atlas::core::index::Atlas;
use capital_atlas::synth::{SynthParams, generate};

const USAGE: &str = "usage: gen-data [--events N] [--entities N] [--seed N] [--format json|csv]";

fn main() -> ExitCode {
    let mut params = SynthParams {
        events: 10_000,
        entities: 1_000,
        seed: 7,
    };
    let mut csv = false;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next();
        let number = value.as_deref().and_then(|v| v.parse::<u64>().ok());
        match (flag.as_str(), number, value.as_deref()) {
            ("--events", Some(n), _) if n <= 100_000 => params.events = n as usize,
            ("--entities", Some(n), _) if (2..=100_000).contains(&n) => {
                params.entities = n as usize
            }
            ("--seed", Some(n), _) => params.seed = n,
            ("--format", _, Some("json")) => csv = false,
            ("--format", _, Some("csv")) => csv = true,
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let dataset = generate(params);
    let text = if csv {
        let atlas = Atlas::new(dataset);
        let all: Vec<usize> = atlas.index.by_date.clone();
        to_csv(&atlas, &all)
    } else {
        serde_json::to_string(&dataset).expect("a dataset always serializes")
    };
    print!("{text}");
    ExitCode::SUCCESS
}
