#!/usr/bin/env bash
# Prepares the browser benchmark: synthetic data and the bare Leptos reference page.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
cargo build --release --bin gen-data
gen=target/release/gen-data
# Each file is made again when the generator is newer than it, so a change to the
# generator reaches the benchmarks.
fresh() { [[ -f "$1" && "$1" -nt $gen ]]; }
fresh target/bench/synth-10k.json || $gen --events 10000 --entities 1000 --seed 7 > target/bench/synth-10k.json
# 8,000 events among 1,100 entities make a network of about 1,000 nodes and 5,000 links.
fresh target/bench/graph-1k.json || $gen --events 8000 --entities 1100 --seed 7 > target/bench/graph-1k.json
fresh target/bench/graph-1k.graph.json || $gen --events 8000 --entities 1100 --seed 7 --format graph > target/bench/graph-1k.graph.json
(cd bench/hello && CARGO_TARGET_DIR=../../target/bench/hello-target trunk build --release --dist ../../target/bench/hello-dist) 2>&1 | tail -n 1
