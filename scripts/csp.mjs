// Trunk post-build hook: pins Trunk's inline loader script in the Content-Security-Policy
// by its SHA-256 hash. The loader names hashed file names, so its hash changes with every
// build; index.html carries the placeholder 'sha256-TRUNK-LOADER' until this fills it in.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) {
  console.error("csp.mjs: no inline script found; is this Trunk's output?");
  process.exit(1);
}
const hashes = inline.map((code) => `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`);
if (!html.includes("'sha256-TRUNK-LOADER'")) {
  console.error("csp.mjs: index.html has no 'sha256-TRUNK-LOADER' placeholder in its CSP");
  process.exit(1);
}
html = html.replace("'sha256-TRUNK-LOADER'", hashes.join(" "));
writeFileSync(file, html);
console.log(`csp.mjs: pinned ${hashes.length} inline script(s) in ${file}`);
