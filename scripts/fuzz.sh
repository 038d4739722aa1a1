#!/usr/bin/env bash
# Runs each fuzz target for SECONDS seconds, starting from the corpus kept in
# fuzz/corpus/ (never written to: new inputs go to a scratch folder), and prints the
# executions reached. Any crash fails the run and leaves its input in fuzz/artifacts/.
# Usage: scripts/fuzz.sh SECONDS TARGET...
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="$1"
shift
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cargo +nightly fuzz build -O 2>&1 | tail -n 1
for target in "$@"; do
  mkdir -p "$scratch/$target"
  log="$scratch/$target.log"
  if ! cargo +nightly fuzz run -O "$target" "$scratch/$target" "corpus/$target" -- \
      -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "fuzz $target: FAILED (the crashing input is in fuzz/artifacts/$target/)"
    exit 1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  echo "fuzz $target: $runs executions in ${seconds} s, no crash"
done
