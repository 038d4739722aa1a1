// The network view: named, focusable nodes; keyboard paths along edges; the company
// filter; edges that say what they carry; zoom, pan, pins and Play; and a layout that
// stays put across filter changes and comes back identical from the same link.
import type { Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { TOTAL, count, countText, event, expected, params, settled } from "./bundled";
import {
  centre,
  drawnNodes,
  edgePoint,
  entity,
  eventCount,
  eventsText,
  nameOfNode,
  neighboursOf,
  network,
  nodeNamed,
  nodes,
  nodesOf,
  participants,
  settledWorld,
  translateOf,
  world,
  worldScale,
} from "./graph";

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const button = (page: Page, name: string) => network(page).getByRole("button", { name, exact: true });
const ALL = expected({});

/** The entity names of the drawn nodes, sorted. */
async function drawnNames(page: Page) {
  return (await drawnNodes(page)).map((n) => nameOfNode(n.label)).sort();
}

/** The transform of every drawn node, by entity name. */
async function positions(page: Page) {
  return new Map((await drawnNodes(page)).map((n) => [nameOfNode(n.label), translateOf(n.transform)]));
}

/** Waits until the world group's transform differs from `before`, and returns it. */
async function nextWorld(page: Page, before: string) {
  await expect.poll(() => world(page).getAttribute("transform")).not.toBe(before);
  return (await world(page).getAttribute("transform"))!;
}

/** The entity name of the focused element, when it is a node. */
const focusedNode = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.matches("g.node[data-node]") ? el.getAttribute("aria-label") : null;
  });

test.describe("network", () => {
  test("nodes are named, focusable buttons, and Tab from Play reaches one", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?view=network");
    const openai = nodeNamed(page, "OpenAI");
    await expect(openai).toHaveCount(1);
    await expect(openai).toHaveAttribute("role", "button");
    await expect(openai).toHaveAttribute("tabindex", "0");
    // Name, lowercase kind, and the number of events it takes part in.
    await expect(openai).toHaveAttribute("aria-label", `OpenAI, company, ${eventsText(eventCount("openai", ALL))}`);
    await expect(network(page).getByRole("button", { name: /^OpenAI, company, / })).toHaveCount(1);

    // Every entity that takes part in an event is a node, with its own count.
    const wanted = [...nodesOf(ALL)].map((id) => entity(id).name).sort();
    expect(await drawnNames(page)).toEqual(wanted);
    for (const n of await drawnNodes(page)) {
      const id = [...nodesOf(ALL)].find((e) => entity(e).name === nameOfNode(n.label))!;
      expect(n.label).toMatch(new RegExp(`, ${eventsText(eventCount(id, ALL))}$`));
    }

    // Tab from Play goes to a node (the largest first), with no unnamed stop between.
    await button(page, "Play").focus();
    await page.keyboard.press("Tab");
    const focused = await focusedNode(page);
    expect(focused, "Tab from Play should land on a node").not.toBeNull();
    expect(wanted).toContain(nameOfNode(focused!));
  });

  test("Enter on a node selects its entity, arrows move to a neighbour, Escape clears", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?view=network");
    const openai = nodeNamed(page, "OpenAI");
    await openai.focus();
    await expect(openai).toBeFocused();
    await page.keyboard.press("Enter");
    await expect.poll(() => params(page).get("sel")).toBe("entity:openai");
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("OpenAI");
    await expect(openai).toHaveAttribute("aria-pressed", "true");

    // Space selects too: on another node, from the keyboard.
    const amazon = nodeNamed(page, "Amazon");
    await amazon.focus();
    await page.keyboard.press(" ");
    await expect.poll(() => params(page).get("sel")).toBe("entity:amazon");
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Amazon");

    // An arrow key moves focus to a node joined to OpenAI by an edge. Not every
    // direction has a neighbour, so the first arrow that moves focus is the one tested.
    const near = [...neighboursOf("openai", ALL)].map((id) => entity(id).name);
    expect(near.length).toBeGreaterThan(1);
    let moved: string | null = null;
    for (const key of ["ArrowRight", "ArrowLeft", "ArrowDown", "ArrowUp"]) {
      await openai.focus();
      await page.keyboard.press(key);
      const label = await focusedNode(page);
      if (label && !label.startsWith("OpenAI, ")) {
        moved = nameOfNode(label);
        break;
      }
    }
    expect(moved, "no arrow key moved focus away from OpenAI").not.toBeNull();
    expect(near).toContain(moved);

    await page.keyboard.press("Escape");
    await expect.poll(() => params(page).has("sel")).toBe(false);
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveCount(0);
    await expect(nodeNamed(page, "Amazon")).toHaveAttribute("aria-pressed", "false");
  });

  test("company=anthropic draws exactly Anthropic's counterparties, subsidiaries included", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const events = expected({ companies: ["anthropic"] });
    const wanted = [...nodesOf(events)].map((id) => entity(id).name).sort();
    // Claude is Anthropic's product (parent anthropic); its events count too.
    expect(entity("claude").parent).toBe("anthropic");
    expect(events).toContain("bedrock-claude");
    expect(wanted).toContain(entity("bedrock").name);

    await open(page, "./?view=network&company=anthropic");
    await expect(count(page)).toHaveText(countText(events.length, TOTAL));
    await expect.poll(() => drawnNames(page)).toEqual(wanted);
    for (const n of await drawnNodes(page)) {
      const id = [...nodesOf(events)].find((e) => entity(e).name === nameOfNode(n.label))!;
      expect(n.label, n.label).toMatch(new RegExp(`, ${eventsText(eventCount(id, events))}$`));
    }
    expect(wanted.length).toBeLessThan(nodesOf(ALL).size);

    await open(page, "./?view=network");
    await expect(nodes(page)).toHaveCount(nodesOf(ALL).size);
  });

  test("edges carry descriptions; a single-event edge selects its event, a merged one offers a chooser", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?view=network");
    const edges = network(page).locator("g.edge[data-edge]");
    await expect(edges.first()).toBeAttached();
    for (const label of await edges.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""))) {
      expect(label).toMatch(/^.+ (→|—) .+: .+$/);
    }
    await expect(edges.first()).toHaveAttribute("role", "button");
    await expect(edges.first()).toHaveAttribute("tabindex", "-1");

    // Amazon → OpenAI merges every directed event from Amazon to OpenAI.
    const merged = expected({}).filter((id) => event(id).from?.includes("amazon") && event(id).to === "openai");
    expect(merged.length).toBeGreaterThan(1);
    const mergedEdge = network(page).locator('g.edge[aria-label^="Amazon → OpenAI: "]');
    await expect(mergedEdge).toHaveCount(1);
    await expect(mergedEdge).toHaveAttribute("aria-label", new RegExp(`^Amazon → OpenAI: ${merged.length} events, `));

    // SoftBank → Arm is one completed investment.
    const single = expected({}).filter((id) => event(id).from?.includes("softbank") && event(id).to === "arm");
    expect(single).toHaveLength(1);
    const singleLabel = await network(page).locator('g.edge[aria-label^="SoftBank → Arm: "]').getAttribute("aria-label");
    expect(singleLabel).not.toMatch(/events/);

    // A real mouse click, at a point along the edge where nothing else is on top of it.
    const point = await edgePoint(page, singleLabel!);
    expect(point, "SoftBank → Arm has a clickable point").not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => params(page).get("sel")).toBe(single[0]);
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(event(single[0]).title);

    const mergedLabel = (await mergedEdge.getAttribute("aria-label"))!;
    const at = await edgePoint(page, mergedLabel);
    expect(at, "Amazon → OpenAI has a clickable point").not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    const chooser = page.getByRole("dialog", { name: mergedLabel });
    await expect(chooser).toBeVisible();
    const choices = chooser.getByRole("listitem").getByRole("button");
    await expect(choices).toHaveCount(merged.length);
    const texts = await choices.allInnerTexts();
    for (const id of merged) expect(texts.some((t) => t.endsWith(`: ${event(id).title}`)), id).toBe(true);

    const pick = merged.find((id) => id === "amazon-openai-talks-50b") ?? merged[0];
    await chooser.getByRole("button", { name: new RegExp(`: ${event(pick).title.replace(/[$.*+?^(){}|[\]\\]/g, "\\$&")}$`) }).click();
    await expect.poll(() => params(page).get("sel")).toBe(pick);
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(event(pick).title);
    await expect(chooser).toBeHidden();
  });

  test("a small graph is named wherever there is room, even zoomed out to fit a phone or a small laptop", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    // The bundled data draws about two dozen nodes. Zoomed out to fit, small nodes used
    // to go unnamed even where nothing was near them: 4 names on a phone, 7 at 1280 px;
    // then 14 and 19 while names' widths were estimated per character, and 16 and 20
    // once they were measured (Whole Foods and Microsoft Azure on a phone).
    for (const [width, height, atLeast] of [
      [375, 667, 16],
      [1280, 800, 20],
    ] as const) {
      await page.setViewportSize({ width, height });
      await open(page, "./?view=network");
      await settledWorld(page);
      const boxes = await network(page)
        .locator("text.node-label:not(.dim)")
        .evaluateAll((labels) =>
          labels
            .filter((l) => getComputedStyle(l).visibility !== "hidden")
            .map((l) => l.getBoundingClientRect())
            .map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })),
        );
      expect(boxes.length, `names at ${width} px`).toBeGreaterThanOrEqual(atLeast);
      // Room still decides: no two names overlap.
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const apart = a.x + a.w <= b.x + 1 || b.x + b.w <= a.x + 1 || a.y + a.h <= b.y + 1 || b.y + b.h <= a.y + 1;
          expect(apart, `names ${i} and ${j} at ${width} px`).toBe(true);
        }
      }
    }
  });

  // The picture is drawn at a zoom that fits its frame, and the size legend is drawn at
  // the same zoom: a $10B sample is as big as a $10B node on screen, on any screen.
  test("the size legend's samples are drawn at the picture's zoom, so they match the nodes", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    /** Each sample's diameter in the picture's own units (screen pixels over the zoom), by label. */
    const samples = async () => {
      const k = await worldScale(page);
      const items = await page
        .getByRole("note", { name: "How to read the network" })
        .locator(".legend-item.sizes svg")
        .evaluateAll((svgs) => svgs.map((s) => [s.nextElementSibling?.textContent ?? "", s.querySelector("path")!.getBoundingClientRect().width] as const));
      return { k, sizes: new Map(items.map(([label, width]) => [label, width / k])) };
    };
    // Several zooms: this screen's fit, a phone's, and the phone zoomed in twice. Every
    // label seen at two zooms must have one size in the picture's units.
    const seen = new Map<string, { k: number; size: number }[]>();
    const record = async () => {
      const { k, sizes } = await samples();
      for (const [label, size] of sizes) seen.set(label, [...(seen.get(label) ?? []), { k, size }]);
    };
    await open(page, "./?view=network");
    await settledWorld(page);
    await record();
    await page.setViewportSize({ width: 375, height: 667 });
    await open(page, "./?view=network");
    await settledWorld(page);
    await record();
    for (let i = 0; i < 2; i++) {
      const before = await world(page).getAttribute("transform");
      await button(page, "Zoom in").click();
      await expect.poll(() => world(page).getAttribute("transform")).not.toBe(before);
      await settledWorld(page);
      await record();
    }
    const compared = [...seen].filter(([, at]) => new Set(at.map((a) => a.k.toFixed(2))).size > 1);
    expect(compared.length, `labels at each zoom: ${JSON.stringify([...seen])}`).toBeGreaterThan(0);
    for (const [label, at] of compared) {
      for (const { size } of at) expect(size, label).toBeCloseTo(at[0].size, 0);
    }
  });

  // An event chosen in the table, the timeline or a link has no node of its own: its
  // edges turn the accent colour, and only the entities taking part stay at full strength.
  test("a selected event shows as its edges in the accent colour, with only its parties at full strength and named", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const talks = event("amazon-openai-talks-50b");
    const parties = participants(talks.id).map((id) => entity(id).name);
    expect(parties.length).toBeGreaterThan(2);
    await open(page, `./?view=network&sel=${talks.id}`);
    await expect
      .poll(async () => (await drawnNodes(page)).filter((n) => !n.dim).map((n) => nameOfNode(n.label)).sort())
      .toEqual([...parties].sort());
    await expect(network(page).locator('g.edge.selected[aria-label^="Amazon → OpenAI: "]')).toHaveCount(1);
    // Every edge in the accent joins two of the event's parties.
    for (const label of await network(page).locator("g.edge.selected").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""))) {
      const ends = label.slice(0, label.indexOf(": ")).split(/ → | — /);
      expect(ends.every((name) => parties.includes(name)), label).toBe(true);
    }
    // Each party is named (these names are short enough to be drawn in full).
    const names = await network(page).locator("text.node-label:not(.dim)").allTextContents();
    for (const name of parties) expect(names, name).toContain(name);

    // The legend explains the accent while it is drawn, and names on faded nodes go.
    const key = page.getByRole("note", { name: "How to read the network" }).getByText("Accent: the selected event’s ties; faded: those not in it");
    await expect(key).toBeVisible();
    const fadedNames = network(page).locator("text.node-label.dim");
    expect(await fadedNames.count()).toBeGreaterThan(0);
    await expect(fadedNames.first()).toBeHidden();
    // Filtered out of the picture, the event changes nothing there, and the key goes.
    await open(page, `./?view=network&sel=${talks.id}&company=nvidia`);
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(talks.title);
    await expect(network(page).locator("g.edge.selected")).toHaveCount(0);
    await expect(key).toBeHidden();
    await open(page, `./?view=network&sel=${talks.id}`);
    await expect(key).toBeVisible();

    await details(page).getByRole("button", { name: "Close details (Escape)" }).click();
    await expect(key).toBeHidden();
    await expect(network(page).locator("g.edge.selected")).toHaveCount(0);
    await expect(network(page).locator("g.node.dim")).toHaveCount(0);
  });

  test("zoom buttons and the wheel change the world transform; Fit fits; hovering a node dims the rest", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?view=network");
    await expect(nodes(page).first()).toBeAttached();
    const svg = network(page).locator("svg.network-svg");
    // The first fit happens once the frame is measured.
    const fitted = await settledWorld(page);
    const k0 = await worldScale(page);

    await button(page, "Zoom in").click();
    const zoomedIn = await nextWorld(page, fitted);
    expect(await worldScale(page)).toBeCloseTo(k0 * 1.5, 3);
    await button(page, "Zoom out").click();
    await nextWorld(page, zoomedIn);
    expect(await worldScale(page)).toBeCloseTo(k0, 3);

    // The wheel zooms around the pointer: scrolling up grows the scale.
    const frame = (await svg.boundingBox())!;
    await page.mouse.move(frame.x + frame.width * 0.3, frame.y + frame.height * 0.3);
    const beforeWheel = (await world(page).getAttribute("transform"))!;
    await page.mouse.wheel(0, -300);
    await nextWorld(page, beforeWheel);
    await expect.poll(() => worldScale(page)).toBeGreaterThan(k0 * 1.2);

    // Fit brings back the fitted transform, and every node is inside the drawing.
    await button(page, "Fit").click();
    await expect.poll(() => world(page).getAttribute("transform")).toBe(fitted);
    const bounds = (await svg.boundingBox())!;
    for (const box of await nodes(page).evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, name: e.getAttribute("aria-label") };
      }),
    )) {
      expect(box.left, box.name!).toBeGreaterThanOrEqual(bounds.x - 1);
      expect(box.top, box.name!).toBeGreaterThanOrEqual(bounds.y - 1);
      expect(box.right, box.name!).toBeLessThanOrEqual(bounds.x + bounds.width + 1);
      expect(box.bottom, box.name!).toBeLessThanOrEqual(bounds.y + bounds.height + 1);
    }

    // Hover: exactly the node and its neighbours stay at full strength.
    await expect(network(page).locator("g.node.dim")).toHaveCount(0);
    const target = nodeNamed(page, "Anthropic");
    await target.hover();
    const keep = new Set(["Anthropic", ...[...neighboursOf("anthropic", ALL)].map((id) => entity(id).name)]);
    await expect.poll(async () => (await drawnNodes(page)).filter((n) => !n.dim).map((n) => nameOfNode(n.label)).sort()).toEqual(
      [...keep].sort(),
    );
    const dimmed = (await drawnNodes(page)).filter((n) => n.dim).length;
    expect(dimmed).toBe(nodesOf(ALL).size - keep.size);
    expect(dimmed).toBeGreaterThan(0);
    // Leaving the drawing undims.
    await page.mouse.move(1, 1);
    await expect(network(page).locator("g.node.dim")).toHaveCount(0);
  });

  test("Pause keeps the window Play reached in the link, and the count follows it", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?view=network");
    await button(page, "Play").click();
    const pause = button(page, "Pause");
    await expect(pause).toHaveAttribute("aria-pressed", "true");

    // Each step writes a window that starts where the data starts and ends later.
    const seen: { from: string; to: string }[] = [];
    await expect
      .poll(
        () => {
          const from = params(page).get("from");
          const to = params(page).get("to");
          if (from && to && !seen.some((s) => s.to === to)) seen.push({ from, to });
          return seen.length;
        },
        { intervals: [100], timeout: 6_000 },
      )
      .toBeGreaterThanOrEqual(3);
    await pause.click();
    await expect(button(page, "Play")).toHaveAttribute("aria-pressed", "false");
    await settled(page);
    const stopped = page.url();

    expect(new Set(seen.map((s) => s.from)).size).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i].to > seen[i - 1].to, JSON.stringify(seen)).toBe(true);

    // After Pause the window stays, and the count is what the window keeps.
    await page.waitForTimeout(1_200);
    expect(page.url()).toBe(stopped);
    const from = params(page).get("from")!;
    const to = params(page).get("to")!;
    await expect(count(page)).toHaveText(countText(expected({ from, to }).length, TOTAL));
    await page.reload();
    await expect(count(page)).toHaveText(countText(expected({ from, to }).length, TOTAL));
    await expect(network(page)).toBeVisible();
    // The whole play was one history step: Back returns to before it.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe("?view=network");
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
  });

  test("Play stops by itself at the end of the data and leaves that window in the link", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    // Valuations span a few months, so Play has only a few steps.
    const kinds = ["valuation"];
    const dated = expected({ kinds }).filter((id) => event(id).date);
    const lastDay = dated.map((id) => event(id).date!).sort().at(-1)!;
    expect(dated.length).toBeGreaterThan(1);

    await open(page, "./?view=network&kind=valuation");
    const seen: string[] = [];
    const counts = new Map<string, string>();
    await button(page, "Play").click();
    await expect
      .poll(
        async () => {
          // The window is read from the date fields, painted with the count; the
          // address is written just after the paint, so it can lag them by a frame.
          const snapshot = await page.evaluate(() => ({
            from: (document.getElementById("date-from") as HTMLInputElement).value,
            to: (document.getElementById("date-to") as HTMLInputElement).value,
            text: document.querySelector(".count")?.textContent ?? "",
            playing: document.querySelector("button.play")?.getAttribute("aria-pressed"),
          }));
          const to = snapshot.to;
          if (to && !seen.includes(to)) seen.push(to);
          if (to) counts.set(snapshot.from + "|" + to, snapshot.text);
          return snapshot.playing;
        },
        { intervals: [100], timeout: 12_000 },
      )
      .toBe("false");
    await expect(button(page, "Play")).toBeVisible();

    // It stepped forward and stopped at a window holding the last dated valuation.
    expect(seen.length).toBeGreaterThan(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i] > seen[i - 1]).toBe(true);
    await expect.poll(() => params(page).get("to")).toBe(seen.at(-1));
    const from = params(page).get("from")!;
    const to = params(page).get("to")!;
    expect(to >= lastDay).toBe(true);
    expect(params(page).get("kind")).toBe("valuation");
    await expect(count(page)).toHaveText(countText(expected({ kinds, from, to }).length, TOTAL));
    // The count followed every step it was sampled at.
    for (const [window, text] of counts) {
      const [f, t] = window.split("|");
      const ok = [countText(expected({ kinds, from: f, to: t }).length, TOTAL)];
      expect(ok, `count at ${window}`).toContain(text);
    }
    await page.waitForTimeout(1_000);
    expect(params(page).get("to")).toBe(to);
  });

  test("dragging a node moves and pins it; Re-layout clears the pins", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?view=network");
    const node = nodeNamed(page, "SoftBank");
    await expect(node).toHaveCount(1);
    await settledWorld(page);
    const before = translateOf((await node.getAttribute("transform"))!);
    const start = await centre(node);

    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + 6 * i, start.y + 4 * i);
    await page.mouse.up();

    await expect(node).toHaveClass(/\bpinned\b/);
    const after = translateOf((await node.getAttribute("transform"))!);
    const k = await worldScale(page);
    // It moved by about the drag (60, 40) screen pixels, in world units.
    expect(Math.abs(after[0] - before[0] - 60 / k)).toBeLessThan(8 / k);
    expect(Math.abs(after[1] - before[1] - 40 / k)).toBeLessThan(8 / k);
    // The drag did not select it.
    await settled(page);
    expect(params(page).has("sel")).toBe(false);

    // It stays where it was dropped while the rest settles around it.
    await page.waitForTimeout(500);
    expect(translateOf((await node.getAttribute("transform"))!)).toEqual(after);
    const landed = await centre(node);
    expect(Math.abs(landed.x - (start.x + 60))).toBeLessThan(6);
    expect(Math.abs(landed.y - (start.y + 40))).toBeLessThan(6);

    await button(page, "Re-layout").click();
    await expect(network(page).locator("g.node.pinned")).toHaveCount(0);
    await expect(node).not.toHaveClass(/\bpinned\b/);
  });

  test("positions stay put across a filter change, and the same link lays out identically", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?view=network");
    await expect(nodes(page)).toHaveCount(nodesOf(ALL).size);
    await settledWorld(page);
    const before = await positions(page);
    const k = await worldScale(page);

    // Products out: two events and the ChatGPT node go, everything else stays.
    const kinds = ["investment", "funding_round", "valuation", "partnership", "infrastructure", "acquisition", "corporate", "founding"];
    const without = expected({ kinds });
    expect(without.length).toBeLessThan(TOTAL);
    const product = page.getByRole("region", { name: "Filters" }).getByRole("group", { name: "Kind" }).getByRole("button", { name: "Product" });
    await product.click();
    await expect(product).toHaveAttribute("aria-pressed", "false");
    await expect(count(page)).toHaveText(countText(without.length, TOTAL));
    await expect(nodes(page)).toHaveCount(nodesOf(without).size);
    expect(nodesOf(without).size).toBeLessThan(nodesOf(ALL).size);

    const after = await positions(page);
    const moves: string[] = [];
    for (const [name, [x, y]] of after) {
      const [x0, y0] = before.get(name)!;
      // World units times the unchanged view scale: screen pixels.
      const moved = Math.hypot(x - x0, y - y0) * k;
      if (moved > 80) moves.push(`${name} moved ${moved.toFixed(0)} px`);
    }
    expect(moves).toEqual([]);

    // The same link twice gives the same picture.
    const link = page.url();
    await open(page, link);
    await expect(nodes(page)).toHaveCount(nodesOf(without).size);
    const first = await drawnNodes(page);
    await page.reload();
    await expect(nodes(page)).toHaveCount(nodesOf(without).size);
    const second = await drawnNodes(page);
    expect(second.map((n) => [n.label, n.transform])).toEqual(first.map((n) => [n.label, n.transform]));
  });
});
