// Prints criterion's latest results (target/criterion/*/new/estimates.json) as a table.
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";

const root = "target/criterion";
const rows = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) continue;
    const estimates = join(path, "new", "estimates.json");
    const benchmark = join(path, "new", "benchmark.json");
    if (existsSync(estimates) && existsSync(benchmark)) {
      const id = JSON.parse(readFileSync(benchmark, "utf8")).full_id;
      const ns = JSON.parse(readFileSync(estimates, "utf8")).median.point_estimate;
      rows.push([id, ns]);
    } else if (name !== "report") {
      walk(path);
    }
  }
}
if (!existsSync(root)) {
  console.error("no criterion results: run cargo bench first");
  process.exit(1);
}
walk(root);
const human = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
rows.sort((a, b) => a[0].localeCompare(b[0], "en", { numeric: true }));
console.log(`\n${"benchmark (native, median)".padEnd(34)}time`);
for (const [id, ns] of rows) console.log(`${id.padEnd(34)}${human(ns)}`);
