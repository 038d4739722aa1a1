//! Writes a synthetic dataset to standard output, for benchmarks and tests:
//!
//! ```text
//! cargo run --release --bin gen-data -- --events 10000 --entities 1000 --seed 7 > data.json
//! cargo run --release --bin gen-data -- --events 50 --format csv > deals.csv
//! cargo run --release --bin gen-data -- --events 6000 --format graph > graph.json
//! ```
//!
//! The `graph` format is the network view's graph of all the events, as the browser
//! benchmark hands it to d3-force: `{"nodes": [{"r": radius}], "links": [{"source",
//! "target", "distance"}]}`.

use std::process::ExitCode;

use capital_atlas::core::export::to_csv;
use capital_atlas::core::graph::{LINK_GAP, build, node_radii};
use capital_atlas::core::index::Atlas;
use capital_atlas::synth::{SynthParams, generate};

const USAGE: &str =
    "usage: gen-data [--events N] [--entities N] [--seed N] [--format json|csv|graph]";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Csv,
    Graph,
}

fn main() -> ExitCode {
    let mut params = SynthParams {
        events: 10_000,
        entities: 1_000,
        seed: 7,
    };
    let mut format = Format::Json;
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
            ("--format", _, Some("json")) => format = Format::Json,
            ("--format", _, Some("csv")) => format = Format::Csv,
            ("--format", _, Some("graph")) => format = Format::Graph,
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let dataset = generate(params);
    let text = match format {
        Format::Json => serde_json::to_string(&dataset).expect("a dataset always serializes"),
        Format::Csv => {
            let atlas = Atlas::new(dataset);
            let all: Vec<usize> = atlas.index.by_date.clone();
            to_csv(&atlas, &all)
        }
        Format::Graph => graph_json(&Atlas::new(dataset)),
    };
    print!("{text}");
    ExitCode::SUCCESS
}

/// The network graph of every event, with the radii and link distances the app uses.
fn graph_json(atlas: &Atlas) -> String {
    let all: Vec<usize> = (0..atlas.dataset.events.len()).collect();
    let graph = build(atlas, &all);
    let radii = node_radii(&graph);
    let nodes: Vec<serde_json::Value> = radii
        .iter()
        .map(|r| serde_json::json!({ "r": r }))
        .collect();
    let mut pairs: Vec<(usize, usize)> = graph
        .edges
        .iter()
        .map(|e| (e.source.min(e.target), e.source.max(e.target)))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let links: Vec<serde_json::Value> = pairs
        .iter()
        .map(|&(s, t)| serde_json::json!({ "source": s, "target": t, "distance": radii[s] + radii[t] + LINK_GAP }))
        .collect();
    eprintln!("graph: {} nodes, {} links", nodes.len(), links.len());
    serde_json::json!({ "nodes": nodes, "links": links }).to_string()
}
