// The network view: named, focusable nodes; keyboard paths along edges; the company
// filter; edges that say what they carry; names wherever there is room; a size legend
// at the picture's zoom; and a selected event drawn as its edges in the accent colour.
import type { Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { TOTAL, count, countText, event, expected, params } from "./bundled";
import {
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
    // The pressed state moves with the selection, and focus stays on the node chosen.
    await expect(amazon).toHaveAttribute("aria-pressed", "true");
    await expect(openai).toHaveAttribute("aria-pressed", "false");
    await expect(amazon).toBeFocused();

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
    // once they were measured (Whole Foods and Microsoft Azure on a phone). Since names
    // keep clear of other nodes (so "Amazon" is no longer drawn against Whole Foods'
    // circle, where it read as Whole Foods' name) and may slide along under or over
    // their node, it is 14 on a phone and 22 at 1280 px; 18 on a phone since the
    // picture turns upright in its portrait frame (and fits larger). 16 and 21 since
    // no name goes where another node is about as near it as its own: on a phone
    // "Anthropic" had AWS's circle 1 px under it, and at 1280 px "Google Cloud" had
    // Arm's just under its end. 18 and 22 since a node with no room beside it is named a
    // little away, with a leader line to it: Anthropic is named on a phone again.
    for (const [width, height, atLeast] of [
      [375, 667, 18],
      [1280, 800, 22],
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
      // Amazon's name is nearer its own node than any other, so it is not read as a
      // neighbour's (on a phone it used to sit against Whole Foods' circle).
      const nearest = await network(page).evaluate((svg) => {
        const name = [...svg.querySelectorAll("text.node-label")].find((t) => t.textContent === "Amazon")!.getBoundingClientRect();
        const gap = (b: DOMRect) =>
          Math.hypot(Math.max(0, name.left - b.right, b.left - name.right), Math.max(0, name.top - b.bottom, b.top - name.bottom));
        return [...svg.querySelectorAll("g.node")]
          .map((g) => [g.getAttribute("aria-label")!.split(",")[0], gap(g.querySelector(".ring")!.getBoundingClientRect())] as const)
          .sort((a, b) => a[1] - b[1])
          .map(([n, d]) => `${n} ${d.toFixed(1)}`);
      });
      expect(nearest[0], `nodes nearest Amazon's name at ${width} px: ${nearest.slice(0, 3)}`).toMatch(/^Amazon /);

      // Anthropic, a main player wedged between AWS, Trainium and SoftBank, is named.
      // Each leader line runs from the outline of the node whose name it leads to (its
      // nearest node) to within a few pixels of that name.
      const named = await network(page)
        .locator("text.node-label")
        .evaluateAll((labels) => labels.map((l) => l.textContent));
      expect(named, `names at ${width} px`).toContain("Anthropic");
      const leaders = await network(page).evaluate((region) => {
        const path = region.querySelector("path.leaders")!;
        // The names' layer is drawn in the drawing's own pixels.
        const svgBox = path.ownerSVGElement!.getBoundingClientRect();
        const segments = [...(path.getAttribute("d") ?? "").matchAll(/M([-\d.]+),([-\d.]+)L([-\d.]+),([-\d.]+)/g)];
        const names = [...region.querySelectorAll("text.node-label")];
        return segments.map((m) => {
          const [x1, y1, x2, y2] = m.slice(1).map(Number);
          const start = { x: svgBox.left + x1, y: svgBox.top + y1 };
          const end = { x: svgBox.left + x2, y: svgBox.top + y2 };
          // The name the leader ends at: the one nearest its end.
          const toBox = (t: Element) => {
            const box = t.getBoundingClientRect();
            return Math.hypot(Math.max(0, box.left - end.x, end.x - box.right), Math.max(0, box.top - end.y, end.y - box.bottom));
          };
          const name = names.reduce((a, b) => (toBox(b) < toBox(a) ? b : a));
          const of = name.getAttribute("data-name-of");
          // The leader starts on its node's outline, whatever the shape: just behind
          // its start is that node, just past it no node at all.
          const along = (t: number) => {
            const length = Math.hypot(end.x - start.x, end.y - start.y);
            return {
              x: start.x + ((end.x - start.x) * t) / length,
              y: start.y + ((end.y - start.y) * t) / length,
            };
          };
          const nodesAt = (p: { x: number; y: number }) =>
            document
              .elementsFromPoint(p.x, p.y)
              .map((e) => e.closest("g.node")?.getAttribute("data-node"))
              .filter((n) => n != null);
          return {
            name: name.textContent,
            inside: nodesAt(along(-1.5)).includes(of!),
            outside: nodesAt(along(1.5)).length === 0,
            toName: toBox(name),
          };
        });
      });
      expect(leaders.length, `leaders at ${width} px`).toBeGreaterThan(0);
      for (const l of leaders) {
        expect(l.inside, `${l.name}'s leader starts at its node at ${width} px`).toBe(true);
        expect(l.outside, `${l.name}'s leader leaves every node at ${width} px`).toBe(true);
        expect(l.toName, `${l.name}'s leader ends at its name at ${width} px`).toBeLessThan(6);
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

  // Zoomed in (a tablet's fit, or zoom steps), the smallest node is drawn so large that
  // a compact legend held one sample: a single circle shows nothing of how area grows.
  test("the size legend shows two samples at any zoom where they fit twice its usual height", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const labels = () =>
      page.getByRole("note", { name: "How to read the network" }).locator(".legend-item.sizes svg + span").allTextContents();
    for (const [width, height] of [
      [820, 1180],
      [1440, 900],
      [375, 667],
    ]) {
      await page.setViewportSize({ width, height });
      await open(page, "./?view=network");
      await settledWorld(page);
      expect(await labels(), `at ${width} px`).toHaveLength(2);
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
    // Faded nodes still show the picture's shape (at .15 they were 1.2:1 on the paper),
    // a little more in dark mode; edges, being many, fade further: every kind of line to
    // a fifth of its own opacity, by its paths' opacity rather than the group's, which
    // costs the renderer a layer per line.
    const fadedNode = network(page).locator("g.node.dim").first();
    const fadedEdges = network(page).locator("g.edge.dim");
    expect(await fadedEdges.count()).toBeGreaterThan(0);
    for (const [scheme, node] of [["light", "0.35"], ["dark", "0.5"]] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(fadedNode).toHaveCSS("opacity", node);
      const fades = await fadedEdges.evaluateAll((edges) =>
        edges.map((g) => {
          const opacities = () =>
            [...g.querySelectorAll(".edge-line, .edge-head")].map((p) => {
              const style = getComputedStyle(p);
              return Number(p.classList.contains("edge-line") ? style.strokeOpacity : style.fillOpacity);
            });
          // As drawn, and as it would be drawn carrying the selected event.
          const ratios = [false, true].flatMap((selected) => {
            const was = g.classList.contains("selected");
            g.classList.toggle("selected", selected);
            const faded = opacities();
            g.classList.remove("dim");
            const full = opacities();
            g.classList.add("dim");
            g.classList.toggle("selected", was);
            return faded.map((f, i) => f / full[i]);
          });
          return { group: getComputedStyle(g).opacity, ratios };
        }),
      );
      for (const fade of fades) {
        expect(fade.group).toBe("1");
        for (const ratio of fade.ratios) expect(ratio).toBeCloseTo(0.2, 5);
      }
    }
    // A faded line stays faded under the pointer (a line at full strength turns accent).
    const fadedLine = fadedEdges.first();
    await fadedLine.locator(".edge-hit").hover({ force: true });
    await expect(fadedLine.locator(".edge-line")).toHaveCSS("stroke-opacity", "0.2");
    await page.mouse.move(0, 0);
    await page.emulateMedia({ colorScheme: "light" });
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

  // Money in talks must not look like a node faded out of a selection, which is flat
  // and pale: it is hatched, in the drawing and in the legend's sample.
  test("money in talks is hatched, unlike a node faded by a selection", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?view=network&sel=entity:anthropic");
    const fillOf = (selector: string) =>
      network(page)
        .locator(selector)
        .first()
        .evaluate((e) => getComputedStyle(e).fill);
    // OpenAI's money is all in talks; with Anthropic selected, OpenAI is also faded.
    const openai = nodeNamed(page, "OpenAI");
    await expect(openai).toHaveClass(/\bdim\b/);
    const hatch = network(page).locator("svg[data-export=network] pattern#talks-hatch");
    await expect(hatch).toHaveCount(1);
    expect(await openai.locator(".ring").evaluate((e) => getComputedStyle(e).fill)).toBe('url("#talks-hatch")');
    expect(await fillOf(".legend-node.ring")).toBe('url("#talks-hatch")');
    // A faded node's own fill stays flat.
    expect(await fillOf("g.node.dim .fill")).toMatch(/^rgb/);
  });
});
