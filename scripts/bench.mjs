// The browser benchmark: the release build against its references (d3-force,
// vis-timeline, a bare Leptos page), side by side in one run of headless Chromium.
// Reports medians of repeated runs, writes target/bench-report.json (the targets) and
// target/bench-details.json (everything measured), and prints a table.
//
// Expects (make bench prepares them): dist/ (the app), target/bench/hello-dist/ (the
// bare Leptos page), and in target/bench/ the synthetic data: synth-10k.json,
// graph-1k.json (a dataset whose network is about 1,000 nodes and 5,000 links) and
// graph-1k.graph.json (that graph as d3-force gets it).
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}/`;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

function serve() {
  const server = spawn("node", ["tests/e2e/serve.mjs"], {
    env: {
      ...process.env,
      PORT: String(PORT),
      EXTRA_MOUNTS: "/hello/=target/bench/hello-dist,/bench/=bench/pages,/node_modules/=node_modules,/bench-data/=target/bench",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve) => server.stdout.once("data", () => resolve(server)));
}

/** vis-timeline items and groups for the same dated events, one group per recipient. */
function visItems() {
  const data = JSON.parse(readFileSync("target/bench/synth-10k.json", "utf8"));
  const groups = new Map();
  const items = [];
  for (const event of data.events) {
    if (!event.date) continue;
    const lane = event.to ?? event.parties?.[0] ?? "none";
    if (!groups.has(lane)) groups.set(lane, { id: lane, content: lane });
    const [y, m = "01", d = "01"] = event.date.split("-");
    items.push({ id: event.id, content: event.title, start: `${y}-${m}-${d}`, group: lane });
  }
  writeFileSync("target/bench/vis-items.json", JSON.stringify({ items, groups: [...groups.values()] }));
}

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--enable-precise-memory-info",
  ],
});

/** A fresh page (its own context, so no cache is shared between runs). */
async function fresh(viewport = { width: 1440, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error("page error:", String(error)));
  return { context, page };
}

async function firstChart(path) {
  const { context, page } = await fresh();
  await page.goto(BASE + path);
  const at = await page.waitForFunction(() => performance.getEntriesByName("first-chart")[0]?.startTime, null, {
    timeout: 60_000,
  });
  const value = await at.jsonValue();
  await context.close();
  return value;
}

/** Time from a click to the frame after the DOM settled (the next paint). */
async function clickToPaint(page, selectorScript) {
  return page.evaluate(async (script) => {
    const target = new Function(`return (${script})`)();
    const start = performance.now();
    target.click();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  }, selectorScript);
}

/** Time from the pointer coming onto network node `i` to the next paint: the node's
 *  neighbourhood stays and every other node and line fades. */
async function hoverToPaint(page, i) {
  return page.evaluate(async (i) => {
    const nodes = document.querySelectorAll("g.node[data-node]");
    const target = nodes[(i * 7 + 3) % nodes.length].querySelector("path");
    const start = performance.now();
    target.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const ms = performance.now() - start;
    // The pointer leaves, and the picture comes back whole, before the next run.
    document.querySelector(".network-bg").dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return ms;
  }, i);
}

async function openWith(path) {
  const { context, page } = await fresh();
  await page.goto(BASE + path);
  await page.waitForFunction(() => performance.getEntriesByName("first-chart").length > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(200);
  return { context, page };
}

/** Frame intervals while dragging across the chart in `selector`. */
async function panFrames(page, selector) {
  const box = await page.locator(selector).boundingBox();
  await page.evaluate(() => {
    window.__frames = [];
    const tick = (t) => {
      window.__frames.push(t);
      if (window.__frames.length < 400) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const y = box.y + Math.min(box.height / 2, 200);
  await page.mouse.move(box.x + box.width * 0.7, y);
  await page.mouse.down();
  for (let i = 0; i < 40; i++) {
    await page.mouse.move(box.x + box.width * 0.7 - i * 12, y + (i % 2));
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => window.__frames);
  const intervals = frames.slice(1).map((t, i) => t - frames[i]).filter((d) => d > 0);
  return intervals;
}

/** Time from each pointer move to the next paint while a network node is dragged, in
 *  ms as this script sees it (a CDP round trip included), over 12 moves after the one
 *  that starts the drag (which fades the rest as a hover does), in the first run only.
 *  The node is the smallest one inside the drawing's visible box. */
async function dragMoves(page) {
  const start = await page.evaluate(() => {
    const frame = document.querySelector(".network-svg").getBoundingClientRect();
    const inside = [...document.querySelectorAll("g.node[data-node]")]
      .map((n) => n.getBoundingClientRect())
      .filter((b) => b.left > frame.left + 40 && b.right < frame.right - 160 && b.top > frame.top + 40 && b.bottom < frame.bottom - 160);
    const b = inside.at(-1);
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  });
  const paint = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 4, start.y + 3);
  await paint();
  const moves = [];
  for (let i = 2; i <= 13; i++) {
    const before = Date.now();
    await page.mouse.move(start.x + 4 * i, start.y + 3 * i);
    await paint();
    moves.push(Date.now() - before);
  }
  await page.mouse.up();
  await paint();
  return moves;
}

/** Memory after load, in MB: the JS heap (after a collection) and the WebAssembly
 *  module's linear memory, which the JS heap figure leaves out. Trunk's loader hands the
 *  module's exports, its memory among them, to the TrunkApplicationStarted event. */
async function memoryAfterLoad(path) {
  const { context, page } = await fresh();
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (event) => {
      window.__wasmMemory = event.detail.wasm.memory;
    });
  });
  await page.goto(BASE + path);
  await page.waitForFunction(() => performance.getEntriesByName("first-chart").length > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(200);
  const client = await context.newCDPSession(page);
  await client.send("HeapProfiler.collectGarbage");
  const { usedSize } = await client.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? NaN);
  await context.close();
  return { js: usedSize / (1024 * 1024), wasm: wasm / (1024 * 1024) };
}

const server = await serve();
visItems();
const results = {};
const details = {};
const runs = async (name, fn) => {
  const values = [];
  for (let i = 0; i < RUNS; i++) values.push(await fn(i));
  details[name] = { median: median(values), runs: values.map((v) => Math.round(v * 100) / 100) };
  return median(values);
};

try {
  // Start-up: ours with the bundled data against a bare Leptos page.
  const oursFirst = await runs("first_chart (bundled data)", () => firstChart(""));
  const helloFirst = await runs("hello-world first paint", () => firstChart("hello/"));
  results.first_chart = { ours: oursFirst, reference: helloFirst, target: 1.5 };
  await runs("first_chart with 10k events (data=)", () => firstChart("?data=bench-data/synth-10k.json"));

  // A filter change and a zoom step at 10,000 events.
  {
    const { context, page } = await openWith("?data=bench-data/synth-10k.json");
    const filter = await runs("filter_10k", async () => {
      // The same kind toggles off and on, so every run changes the filter.
      return clickToPaint(page, `document.querySelectorAll('[role=group][aria-label=Kind] button')[0]`);
    });
    results.filter_10k = { ours: filter, reference: 50, target: 1.0 };
    const zoom = await runs("timeline_zoom_10k", async (i) => {
      const label = i % 2 ? "Zoom out" : "Zoom in";
      return clickToPaint(page, `[...document.querySelectorAll('[aria-label=Timeline] button')].find(b => b.textContent === '${label}')`);
    });
    await page.getByRole("button", { name: "Fit" }).click();
    await page.waitForTimeout(200);
    const frames = await panFrames(page, ".timeline-svg");
    details["timeline pan frame (median, p95)"] = { median: median(frames), p95: percentile(frames, 0.95), frames: frames.length };
    await context.close();
    const visZoom = [];
    for (let i = 0; i < RUNS; i++) {
      const { context: c, page: p } = await fresh();
      await p.goto(BASE + "bench/vis-timeline.html");
      const draw = await p.evaluate(() => window.drawVis("../bench-data/vis-items.json"));
      visZoom.push(await p.evaluate(() => window.zoomVis()));
      (details["vis-timeline first draw, 10k"] ??= { runs: [] }).runs.push(draw);
      await c.close();
    }
    details["vis-timeline first draw, 10k"].median = median(details["vis-timeline first draw, 10k"].runs);
    details["vis-timeline zoom redraw, 10k"] = { median: median(visZoom), runs: visZoom };
    results.timeline_zoom_10k = { ours: zoom, reference: median(visZoom), target: 0.2 };
  }

  // Selecting a row of the table at 10,000 events: the row's mark moves and the details
  // panel shows the event.
  {
    const { context, page } = await openWith("?view=table&data=bench-data/synth-10k.json");
    await runs("table row selected, 10k events", (i) =>
      clickToPaint(page, `document.querySelectorAll('table.events .row-link')[${RUNS} + ${i} * 3]`),
    );
    await context.close();
  }

  // The network layout of a 1,000-node, 5,000-link graph, and d3-force on the same graph.
  {
    const layout = await runs("layout_1k_5k", async () => {
      const { context, page } = await openWith("?view=network&data=bench-data/graph-1k.json");
      const ms = await page.evaluate(() => performance.getEntriesByName("network-layout")[0].duration);
      (details["network node hovered, 1k nodes"] ??= { runs: [] }).runs.push(await hoverToPaint(page, details["network node hovered, 1k nodes"].runs.length));
      if (!details["network pan frame (median, p95)"]) {
        const frames = await panFrames(page, ".network-svg");
        details["network pan frame (median, p95)"] = { median: median(frames), p95: percentile(frames, 0.95), frames: frames.length };
        // After the pan, which it would otherwise time on a picture with a node pinned.
        const moves = await dragMoves(page);
        details["network node dragged, per move, 1k nodes"] = { median: median(moves), moves };
      }
      await context.close();
      return ms;
    });
    const d3 = await runs("d3-force 300 ticks, same graph", async () => {
      const { context, page } = await fresh();
      await page.goto(BASE + "bench/d3-force.html");
      const result = await page.evaluate(() => window.runD3("../bench-data/graph-1k.graph.json"));
      details.graph = { nodes: result.nodes, links: result.links, d3_ticks: result.ticks };
      await context.close();
      return result.ms;
    });
    const hovers = details["network node hovered, 1k nodes"];
    hovers.median = median(hovers.runs);
    results.layout_1k_5k = { ours: layout, reference: d3, target: 0.125 };
  }

  for (const [data, path] of [["bundled data", ""], ["10k events", "?data=bench-data/synth-10k.json"]]) {
    const memory = await memoryAfterLoad(path);
    details[`JS heap after load, ${data} (MB)`] = { median: memory.js };
    details[`WebAssembly memory after load, ${data} (MB)`] = { median: memory.wasm };
  }
} finally {
  await browser.close();
  server.kill();
}

const report = {};
for (const [name, r] of Object.entries(results)) {
  const round = (v) => Math.round(v * 100) / 100;
  report[name] = { ours: round(r.ours), reference: round(r.reference), ratio: round(r.ours / r.reference * 1000) / 1000, target: r.target };
}
writeFileSync("target/bench-report.json", JSON.stringify(report, null, 2) + "\n");
writeFileSync("target/bench-details.json", JSON.stringify(details, null, 2) + "\n");

const pad = (s, n) => String(s).padEnd(n);
const num = (v) => (typeof v === "number" ? v.toFixed(2) : String(v));
console.log(`\n${pad("metric", 20)}${pad("ours ms", 12)}${pad("reference ms", 15)}${pad("ratio", 9)}${pad("target", 9)}met`);
for (const [name, r] of Object.entries(report)) {
  console.log(`${pad(name, 20)}${pad(num(r.ours), 12)}${pad(num(r.reference), 15)}${pad(r.ratio.toFixed(3), 9)}${pad("≤ " + r.target, 9)}${r.ratio <= r.target ? "yes" : "NO"}`);
}
console.log("\nAlso measured (medians of " + RUNS + " runs):");
for (const [name, d] of Object.entries(details)) {
  const extra = d.p95 !== undefined ? `, p95 ${num(d.p95)} ms over ${d.frames} frames` : "";
  if (d.median !== undefined) console.log(`  ${pad(name, 42)}${num(d.median)}${extra}`);
}
if (details.graph) console.log(`  graph: ${details.graph.nodes} nodes, ${details.graph.links} links; d3 ran ${details.graph.d3_ticks} ticks`);
