#!/usr/bin/env bash
# Prepares the browser benchmark: synthetic data and the bare Leptos reference page.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
cargo build --release --bin gen-data
gen=target/release/gen-data
# Each file is made again when the generator is newer than it (it links the whole
# core, so any change there makes them again, in a second or two), and written under
# another name first, so an interrupted run leaves no cut-off file that looks fresh.
make_data() {
  local file=$1
  shift
  [[ -f "$file" && "$file" -nt $gen ]] && return
  $gen "$@" > "$file.part" && mv "$file.part" "$file"
}
make_data target/bench/synth-10k.json --events 10000 --entities 1000 --seed 7
# 8,000 events among 1,100 entities make a network of about 1,000 nodes and 5,000 links.
make_data target/bench/graph-1k.json --events 8000 --entities 1100 --seed 7
make_data target/bench/graph-1k.graph.json --events 8000 --entities 1100 --seed 7 --format graph
(cd bench/hello && CARGO_TARGET_DIR=../../target/bench/hello-target trunk build --release --dist ../../target/bench/hello-dist) 2>&1 | tail -n 1
