// Gestures on the network: zoom by buttons and wheel, Fit, hover, dragging nodes to pin
// them, and a layout that stays put across filter changes and comes back identical.
import type { Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { TOTAL, count, countText, expected, params, settled } from "./bundled";
import {
  centre,
  drawnNodes,
  entity,
  nameOfNode,
  neighboursOf,
  network,
  nodeNamed,
  nodes,
  nodesOf,
  settledWorld,
  translateOf,
  world,
  worldScale,
} from "./graph";

const button = (page: Page, name: string) => network(page).getByRole("button", { name, exact: true });
const ALL = expected({});

/** The transform of every drawn node, by entity name. */
async function positions(page: Page) {
  return new Map((await drawnNodes(page)).map((n) => [nameOfNode(n.label), translateOf(n.transform)]));
}

/** Waits until the world group's transform differs from `before`, and returns it. */
async function nextWorld(page: Page, before: string) {
  await expect.poll(() => world(page).getAttribute("transform")).not.toBe(before);
  return (await world(page).getAttribute("transform"))!;
}

test.describe("network gestures", () => {
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

  test("dragging a node moves and pins it; Re-layout clears the pins", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?view=network");
    // The legend explains a pin while there is one.
    const pinKey = page.getByRole("note", { name: "How to read the network" }).getByText("Pinned by dragging");
    await expect(pinKey).toBeHidden();
    const node = nodeNamed(page, "SoftBank");
    await expect(node).toHaveCount(1);
    await settledWorld(page);
    const before = translateOf((await node.getAttribute("transform"))!);
    const start = await centre(node);

    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + 6 * i, start.y + 4 * i);
    // While it moves, its lines follow it in a layer of their own and their still places
    // stay empty, so a move redraws a few lines rather than every one.
    const midDrag = await node.evaluate((element) => {
      const [x, y] = element.getAttribute("transform")!.match(/-?[\d.]+/g)!.map(Number);
      const box = (element as SVGGraphicsElement).getBBox();
      const radius = Math.max(box.width, box.height) / 2;
      const ends = [...document.querySelectorAll(".moving-edges path.edge-line")].map((path) => {
        const [x1, y1, x2, y2] = path.getAttribute("d")!.match(/-?[\d.]+/g)!.map(Number);
        return Math.min(Math.hypot(x1 - x, y1 - y), Math.hypot(x2 - x, y2 - y)) - radius;
      });
      const still = [...document.querySelectorAll("g.edge.moving")];
      return {
        ends,
        still: still.length,
        shown: still.filter((e) => getComputedStyle(e).visibility !== "hidden").length,
        named: document.querySelector(".moving-edges")!.getAttribute("aria-hidden"),
      };
    });
    expect(midDrag.ends.length).toBeGreaterThan(0);
    expect(midDrag.still).toBe(midDrag.ends.length);
    expect(midDrag.shown).toBe(0);
    // Each line starts at the dragged node's edge (a parallel line a little off it).
    for (const gap of midDrag.ends) expect(Math.abs(gap)).toBeLessThan(6);
    expect(midDrag.named).toBe("true");
    // Its name goes with it, once, just under it.
    const names = network(page).locator(".labels text", { hasText: /^SoftBank$/ });
    await expect(names).toHaveCount(1);
    const [nameBox, nodeBox] = [(await names.boundingBox())!, (await node.boundingBox())!];
    expect(Math.abs(nameBox.x + nameBox.width / 2 - (nodeBox.x + nodeBox.width / 2))).toBeLessThan(2);
    expect(nameBox.y - (nodeBox.y + nodeBox.height)).toBeGreaterThan(-4);
    expect(nameBox.y - (nodeBox.y + nodeBox.height)).toBeLessThan(8);
    await page.mouse.up();
    // Dropped, every line is back among the still ones.
    await expect(network(page).locator(".moving-edges g")).toHaveCount(0);
    await expect(network(page).locator("g.edge.moving")).toHaveCount(0);

    await expect(node).toHaveClass(/\bpinned\b/);
    await expect(pinKey).toBeVisible();
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
    await expect(pinKey).toBeHidden();
  });

  // A drag holds a node by its place in the layout, and Play lays out a new picture at
  // every step, where that place may be another entity's.
  test("a node dragged while Play steps pins no other entity", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?view=network");
    await button(page, "Play").click();
    await expect.poll(() => network(page).locator("g.node[data-node]").count(), { intervals: [50] }).toBeGreaterThan(2);
    const node = network(page).locator("g.node[data-node]").last();
    const label = (await node.getAttribute("aria-label"))!;
    const start = await centre(node);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    // Long enough for Play to step several times under the pointer.
    for (let i = 1; i <= 20; i++) {
      await page.mouse.move(start.x + 3 * i, start.y + 2 * i);
      await page.waitForTimeout(100);
    }
    await page.mouse.up();
    const pinned = await network(page).locator("g.node.pinned").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label")!));
    for (const name of pinned) expect(name.split(", ")[0]).toBe(label.split(", ")[0]);
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

  // A force layout has no up or down, and the bundled one is wider than tall: fitted to
  // a phone's portrait frame it left bands empty above and below, and names without
  // room. A fresh layout there turns a quarter; one already seen keeps its turn.
  test("a fresh layout turns upright in a phone's portrait frame and keeps that turn through filter changes", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const extent = () =>
      network(page).evaluate((svg) => {
        const boxes = [...svg.querySelectorAll("g.node .ring")].map((r) => r.getBoundingClientRect());
        const [x0, x1] = [Math.min(...boxes.map((b) => b.left)), Math.max(...boxes.map((b) => b.right))];
        const [y0, y1] = [Math.min(...boxes.map((b) => b.top)), Math.max(...boxes.map((b) => b.bottom))];
        return { width: x1 - x0, height: y1 - y0 };
      });
    const [openai, amazon] = [nodeNamed(page, "OpenAI"), nodeNamed(page, "Amazon")];
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page, "./?view=network");
    await settledWorld(page);
    const wide = await extent();
    expect(wide.width).toBeGreaterThan(wide.height);
    // OpenAI is left of Amazon, at about its height.
    let [o, a] = [await centre(openai), await centre(amazon)];
    expect(a.x - o.x).toBeGreaterThan(Math.abs(a.y - o.y));

    await page.setViewportSize({ width: 375, height: 667 });
    await open(page, "./?view=network");
    await settledWorld(page);
    const upright = await extent();
    expect(upright.height).toBeGreaterThan(upright.width);
    // A quarter turn: OpenAI is now above Amazon.
    [o, a] = [await centre(openai), await centre(amazon)];
    expect(a.y - o.y).toBeGreaterThan(Math.abs(a.x - o.x));
    // Turned, the drawing fits larger than it could unturned, when its long side would
    // have had no more than the frame's width inside its padding (28 px a side).
    const frame = (await network(page).locator(".network-frame").boundingBox())!;
    expect(upright.height).toBeGreaterThan(frame.width - 2 * 28);

    // A filter change lays the picture out again from where it was: no turn.
    await page.getByRole("region", { name: "Filters" }).getByRole("button", { name: /^Filters/ }).click();
    await page.getByRole("group", { name: "Kind" }).getByRole("button", { name: /Product/ }).click();
    await expect(count(page)).not.toHaveText(countText(TOTAL, TOTAL));
    await settledWorld(page);
    [o, a] = [await centre(openai), await centre(amazon)];
    expect(a.y - o.y).toBeGreaterThan(Math.abs(a.x - o.x));
    // Re-layout starts afresh, and turns it the same way.
    await button(page, "Re-layout").click();
    await settledWorld(page);
    [o, a] = [await centre(openai), await centre(amazon)];
    expect(a.y - o.y).toBeGreaterThan(Math.abs(a.x - o.x));
  });
});
