// Hardening: hostile data stays inert text, the Content-Security-Policy holds on every
// view, axe finds nothing serious, the whole app works from the keyboard with focus
// always visible, phones get a usable layout with touch, the build runs from a
// sub-path, and a hostile data file gives a readable alert rather than a blank page.
import { join } from "node:path";
import type { CDPSession, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, open } from "./fixtures";
import { TOTAL, count, countText, event, expected, params, settled } from "./bundled";
import { entity, nodeNamed, nodes, network, settledWorld, world, worldScale } from "./graph";

const fixture = (name: string) => join(__dirname, "..", "fixtures", name);
const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const heading = (page: Page) => details(page).getByRole("heading", { level: 2 });
const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" });
const filters = (page: Page) => page.getByRole("region", { name: "Filters" });
const tab = (page: Page, name: string) => page.getByRole("tab", { name });
const escapeRegExp = (text: string) => text.replace(/[$.*+?^(){}|[\]\\]/g, "\\$&");

/** Horizontal overflow of the whole page, in pixels (0 when none). */
// Measured against the screen's width, not `innerWidth`: on a phone, content that spills
// sideways widens the layout viewport itself, so `innerWidth` grows with it.
const overflow = (page: Page) =>
  page.evaluate(
    (screenWidth) => Math.max(0, document.documentElement.scrollWidth - screenWidth, window.innerWidth - screenWidth),
    page.viewportSize()!.width,
  );

// ---------------------------------------------------------------------------------
// Hostile data
// ---------------------------------------------------------------------------------

// The strings tests/fixtures/hostile.json is built from.
const SCRIPT = "<script>alert(1)</script>";
const LONG_NAME_START = "Ｗ" + "Longname".repeat(3);
const HOSTILE_EVENT = "evil-investment";
const HOSTILE_ENTITY = "evil-long";

/** Records dialogs (dismissing them) so a test can assert that none opened. */
function watchDialogs(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * Everything that must hold on any view of hostile data: no dialog, no element made
 * from the data, no javascript: address anywhere, no inline handler, the `onerror`
 * payload never ran, and the page does not scroll sideways.
 */
async function expectInert(page: Page, dialogs: string[], where: string) {
  expect(dialogs, `${where}: dialogs`).toEqual([]);
  const found = await page.evaluate(() => {
    const scripts = [...document.querySelectorAll("script")]
      .filter((s) => !(s.src && new URL(s.src).origin === location.origin) && s.closest("body"))
      .map((s) => s.outerHTML.slice(0, 80));
    const images = [...document.querySelectorAll("img, image, iframe, object, embed")].map((e) => e.outerHTML.slice(0, 80));
    const jsLinks = document.querySelectorAll('a[href^="javascript:" i]').length;
    const urlAttributes = ["href", "src", "xlink:href", "action", "formaction", "data", "srcdoc", "poster"];
    const badUrls: string[] = [];
    const handlers: string[] = [];
    for (const el of document.querySelectorAll("*")) {
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? "";
        // Control characters and spaces are skipped by URL parsers: "java\tscript:".
        const squashed = value.replace(/[\u0000-\u0020\u200b\u202e]/g, "").toLowerCase();
        if (urlAttributes.includes(attr.toLowerCase()) && /^(javascript|vbscript|data:text\/html)/.test(squashed)) {
          badUrls.push(`${el.tagName} ${attr}=${value.slice(0, 40)}`);
        }
        if (/^on/i.test(attr)) handlers.push(`${el.tagName} ${attr}`);
      }
    }
    return {
      scripts,
      images,
      jsLinks,
      badUrls,
      handlers,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    };
  });
  expect(found.scripts, `${where}: script elements in the body`).toEqual([]);
  expect(found.images, `${where}: images or embeds`).toEqual([]);
  expect(found.jsLinks, `${where}: a[href^=javascript:]`).toBe(0);
  expect(found.badUrls, `${where}: script addresses`).toEqual([]);
  expect(found.handlers, `${where}: inline event handlers`).toEqual([]);
  expect(found.pwned, `${where}: window.__pwned`).toBeUndefined();
  expect(await overflow(page), `${where}: horizontal overflow at ${page.viewportSize()?.width}px`).toBeLessThanOrEqual(1);
}

/** Imports hostile.json through the file control and waits for it. */
async function importHostile(page: Page) {
  await open(page);
  await page.getByLabel("Import data").setInputFiles(fixture("hostile.json"));
  await expect(page.getByRole("banner")).toContainText("Imported: hostile.json");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(count(page)).toHaveText(countText(4, 4));
}

/** Walks every view of the imported hostile data, in the page, checking each. */
async function walkHostile(page: Page, dialogs: string[]) {
  const width = page.viewportSize()!.width;
  await expectInert(page, dialogs, `timeline ${width}`);
  // The data's text is shown as text: the script tag is visible words, not an element.
  await expect(timeline(page)).toBeVisible();

  await tab(page, "Table").click();
  const rowButton = page.getByRole("rowheader").getByRole("button", { name: /invests in/ });
  await expect(rowButton).toContainText(SCRIPT);
  await expectInert(page, dialogs, `table ${width}`);

  await rowButton.click();
  await expect.poll(() => params(page).get("sel")).toBe(HOSTILE_EVENT);
  await expect(heading(page)).toContainText(SCRIPT);
  await expect(details(page).locator("blockquote").first()).toContainText("onerror");
  await expectInert(page, dialogs, `event details ${width}`);
  // On a phone the details are a bottom sheet over the page: close it first.
  await details(page).getByRole("button", { name: "Close details (Escape)" }).click();
  await expect.poll(() => params(page).has("sel")).toBe(false);

  await tab(page, "Network").click();
  await expect(network(page)).toBeVisible();
  await expect(nodes(page)).toHaveCount(6);
  await expectInert(page, dialogs, `network ${width}`);

  const long = network(page).locator(`g.node[aria-label^=${JSON.stringify(LONG_NAME_START)}]`);
  await long.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => params(page).get("sel")).toBe(`entity:${HOSTILE_ENTITY}`);
  await expect(heading(page)).toContainText(LONG_NAME_START);
  await expectInert(page, dialogs, `entity details ${width}`);

  const script = network(page).locator(`g.node[aria-label^=${JSON.stringify(SCRIPT)}]`);
  await script.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => params(page).get("sel")).toBe("entity:evil-script");
  await expect(heading(page)).toHaveText(`${SCRIPT} Corp`);
  await expectInert(page, dialogs, `script entity details ${width}`);
}

test.describe("hostile data", () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 375, height: 667 },
  ]) {
    test(`imported hostile text stays inert on every view at ${viewport.width}×${viewport.height}`, async ({
      page,
      pageErrors,
      offsiteRequests,
    }) => {
      await page.setViewportSize(viewport);
      const dialogs = watchDialogs(page);
      await importHostile(page);
      await walkHostile(page, dialogs);
    });
  }

  test("hostile data from a data= link stays inert, with a selection in the link", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const dialogs = watchDialogs(page);
    for (const query of [
      `view=table&sel=${HOSTILE_EVENT}`,
      `view=network&sel=entity:${HOSTILE_ENTITY}`,
      "sel=entity:evil-img",
      "sel=evil-child-launch",
    ]) {
      await open(page, `./?data=fixtures/hostile.json&${query}`);
      await expect(count(page)).toHaveText(countText(4, 4));
      await expect(heading(page)).toBeVisible();
      await expectInert(page, dialogs, query);
    }
    // The source's javascript: address is shown as no link at all.
    await open(page, `./?data=fixtures/hostile.json&sel=${HOSTILE_EVENT}`);
    await expect(details(page).getByRole("figure")).not.toHaveCount(0);
    await expect(details(page).getByRole("figure").getByRole("link")).toHaveCount(0);
    // In the sources list, only the https address is a link; the headlines of the others
    // are plain text.
    await open(page, "./?data=fixtures/hostile.json");
    await expect(details(page).getByText("javascript:alert(1) second")).toBeVisible();
    await expect(details(page).getByRole("link")).toHaveCount(2);
    await expect(details(page).getByRole("link", { name: "Plain" })).toHaveAttribute("href", "https://example.org/ok");
    // A source with an address but no headline still gets a link with a name.
    await expect(details(page).getByRole("link", { name: "Open the article" })).toHaveAttribute(
      "href",
      "https://example.org/untitled",
    );
  });

  test("long names are cut short where they are drawn, and the full name is kept for readers", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    // Labels that do not fit are left out, but the selected node's always shows.
    await open(page, `./?data=fixtures/hostile.json&view=network&sel=entity:${HOSTILE_ENTITY}`);
    const full = await page.evaluate(async () => {
      const data = await (await fetch("fixtures/hostile.json")).json();
      return data.entities.find((e: { id: string }) => e.id === "evil-long").name as string;
    });
    expect(full).toHaveLength(10_000);
    // The network's label: a few characters and an ellipsis; the full name is in the
    // node's accessible name (below).
    const label = network(page).locator("text.node-label", { hasText: LONG_NAME_START });
    await expect(label).toHaveCount(1);
    const shown = (await label.evaluate((t) => [...t.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("")))!;
    expect(shown.length).toBeLessThan(40);
    expect(shown.endsWith("…")).toBe(true);
    // The timeline's lane: likewise, with the full name in an SVG title, which the
    // browser shows on hover (view! made an HTML one, which it does not).
    await open(page, "./?data=fixtures/hostile.json");
    const lane = timeline(page).locator(".lane-label", { hasText: LONG_NAME_START.slice(0, 6) });
    await expect(lane).toHaveCount(1);
    await expect(lane.locator("title")).toHaveText(full);
    expect(await lane.locator("title").evaluate((t) => t.namespaceURI)).toBe("http://www.w3.org/2000/svg");
    expect((await lane.boundingBox())!.width).toBeLessThan(400);
    // The node's accessible name carries the whole name too.
    await open(page, "./?data=fixtures/hostile.json&view=network");
    await expect(network(page).locator(`g.node[aria-label^=${JSON.stringify(full + ", ")}]`)).toHaveCount(1);
  });

  test(
    "no text from the data runs wider than the window: long unbroken names wrap or are cut short",
    async ({ page, pageErrors, offsiteRequests }) => {
      for (const size of [
        { width: 1440, height: 900 },
        { width: 375, height: 667 },
      ]) {
        await page.setViewportSize(size);
        for (const query of ["view=table", `sel=entity:${HOSTILE_ENTITY}`, "sel=entity:evil-script", "sel=evil-long-event"]) {
          await open(page, `./?data=fixtures/hostile.json&${query}`);
          if (query.includes("sel=")) await expect(heading(page)).toBeVisible();
          if (query.includes("table")) await expect(page.getByRole("rowheader").first()).toBeVisible();
          // The rendered extent of each run of text (a Range), not its element's box:
          // text can spill out of a box that keeps its width.
          const wide = await page.evaluate((start) => {
            const out: string[] = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              if (!n.textContent?.includes(start)) continue;
              const el = n.parentElement!;
              if (el.closest("title, [hidden], .visually-hidden") || !el.getClientRects().length) continue;
              const range = document.createRange();
              range.selectNodeContents(n);
              const width = range.getBoundingClientRect().width;
              if (width > window.innerWidth) out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(width)}px`);
            }
            return out;
          }, LONG_NAME_START);
          expect.soft(wide, `${query} at ${size.width}px`).toEqual([]);
        }
      }
    },
  );
});

// ---------------------------------------------------------------------------------
// Content-Security-Policy
// ---------------------------------------------------------------------------------

/** Collects securitypolicyviolation events from the very start of every document. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = list;
    document.addEventListener("securitypolicyviolation", (e) => {
      list.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text());
  });
  return {
    expectNone: async (where: string) => {
      const list = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      expect(list, `${where}: securitypolicyviolation events`).toEqual([]);
      expect(console, `${where}: CSP console messages`).toEqual([]);
    },
  };
}

test.describe("content security policy", () => {
  test("the policy allows no eval and no inline script", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content"))!;
    const directives = new Map(
      policy
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values] as const),
    );
    const script = directives.get("script-src") ?? directives.get("default-src")!;
    expect(script, policy).toBeDefined();
    expect(script).not.toContain("'unsafe-eval'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("*");
    expect(script).not.toContain("data:");
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'none'"]);
    // The loader's hash was filled in at build time (not the placeholder).
    expect(policy).not.toContain("TRUNK-LOADER");
    // Every inline script in the page is the one the policy pins.
    const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
    expect(inline).toBeLessThanOrEqual(1);
  });

  test("no view and no interaction triggers a policy violation", async ({ page, pageErrors, offsiteRequests }) => {
    const csp = await watchViolations(page);
    await open(page);
    await expect(timeline(page)).toBeVisible();
    await csp.expectNone("timeline");

    // A selection, from the timeline.
    await open(page, "./?sel=amazon-openai-talks-50b");
    await expect(heading(page)).toHaveText(event("amazon-openai-talks-50b").title);
    await csp.expectNone("timeline with a selection");

    // The filter bar: search, a company, a preset, a minimum, toggles, Reset.
    const search = filters(page).getByLabel("Search", { exact: true });
    await search.fill("openai");
    await expect.poll(() => params(page).get("q")).toBe("openai");
    const box = filters(page).getByRole("combobox", { name: "Company" });
    await box.fill("anthr");
    await expect(page.getByRole("listbox", { name: "Companies" })).toBeVisible();
    await box.press("ArrowDown");
    await box.press("Enter");
    await expect.poll(() => params(page).get("company")).toBe("anthropic");
    await filters(page).getByLabel("Period").selectOption({ index: 2 });
    await filters(page).getByLabel("Minimum amount").fill("1B");
    await filters(page).getByLabel("Minimum amount").press("Enter");
    await filters(page).getByRole("group", { name: "Status" }).getByRole("button", { name: "Completed" }).click();
    await filters(page).getByRole("group", { name: "Kind" }).getByRole("button", { name: "Product" }).click();
    await expect(count(page)).toBeVisible();
    await csp.expectNone("filter bar");
    await filters(page).getByRole("button", { name: "Reset" }).click();
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));

    // The network: a node, the edge tooltip, the chooser, zoom, Play.
    await tab(page, "Network").click();
    await expect(network(page)).toBeVisible();
    await nodeNamed(page, "OpenAI").click();
    await expect(heading(page)).toHaveText("OpenAI");
    await nodeNamed(page, "Amazon").hover();
    await network(page).getByRole("button", { name: "Zoom in", exact: true }).click();
    await network(page).getByRole("button", { name: "Play", exact: true }).click();
    await expect.poll(() => params(page).has("to")).toBe(true);
    await network(page).getByRole("button", { name: "Pause", exact: true }).click();
    await csp.expectNone("network");

    await tab(page, "Table").click();
    await page.getByRole("rowheader").getByRole("button").first().click();
    await expect(heading(page)).toBeVisible();
    await expect(count(page)).toBeVisible();
    await csp.expectNone("table with a selection");

    // An import and the phone layout.
    await page.getByLabel("Import data").setInputFiles(fixture("small.json"));
    await expect(page.getByRole("banner")).toContainText("Imported: small.json");
    await page.setViewportSize({ width: 375, height: 667 });
    await filters(page).getByRole("button", { name: /^Filters/ }).click();
    await expect(filters(page).getByLabel("Search", { exact: true })).toBeVisible();
    await csp.expectNone("import and phone layout");
  });
});

// ---------------------------------------------------------------------------------
// Accessibility (axe)
// ---------------------------------------------------------------------------------

type AxeState = { name: string; path: string; phone?: boolean; then?: (page: Page) => Promise<void> };
const axeStates: AxeState[] = [
  { name: "timeline", path: "./" },
  { name: "network", path: "./?view=network" },
  { name: "table", path: "./?view=table" },
  {
    name: "an event selected",
    path: "./?sel=amazon-openai-talks-50b",
    then: async (page) => {
      await expect(heading(page)).toHaveText(event("amazon-openai-talks-50b").title);
    },
  },
  {
    name: "an entity selected in the network",
    path: "./?view=network&sel=entity:openai",
    then: async (page) => {
      await expect(heading(page)).toHaveText("OpenAI");
    },
  },
  {
    name: "the table as cards on a phone",
    path: "./?view=table&sel=openai-valuation-500b",
    phone: true,
  },
  {
    name: "the phone filter drawer open",
    path: "./",
    phone: true,
    then: async (page) => {
      const toggle = filters(page).getByRole("button", { name: /^Filters/ });
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      await expect(filters(page).getByLabel("Search", { exact: true })).toBeVisible();
    },
  },
];

test.describe("accessibility", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const state of axeStates) {
      test(`axe finds no serious or critical violation: ${state.name}, ${scheme}`, async ({
        page,
        pageErrors,
        offsiteRequests,
      }) => {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
        if (state.phone) await page.setViewportSize({ width: 375, height: 667 });
        await open(page, state.path);
        await state.then?.(page);
        // Let transitions (opacity, the bottom sheet) settle before colours are measured.
        await page.waitForTimeout(300);
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.slice(0, 6).map((n) => `${n.target.join(" ")}${n.failureSummary ? ` — ${n.failureSummary.split("\n").slice(1, 2).join("").trim()}` : ""}`),
          }));
        expect(serious, `${state.name} (${scheme}):\n${JSON.stringify(serious, null, 2)}`).toEqual([]);
      });
    }
  }
});

// ---------------------------------------------------------------------------------
// Keyboard journey
// ---------------------------------------------------------------------------------

/**
 * Whether the focused element shows a focus indicator, and a description of it.
 *
 * HTML controls: the element's own computed outline (style not "none", width > 0), or
 * that of its wrapper when the control delegates its ring (the combobox draws it on
 * `.combobox:focus-within`, the hidden file input on its label). SVG marks and nodes
 * cannot show an outline reliably, so they draw the ring as a stroke on their shape:
 * for those the check is that the shape's computed stroke is the theme's focus colour
 * (var(--focus), resolved through a probe element) with a width of at least 2.
 * `main`, the skip link's target, is a container rather than a control and is exempt.
 */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | SVGElement | null;
    if (!el || el === document.body) return { what: "body", visible: false };
    const label = el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 40) ?? "";
    const what = `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""} "${label}"`;
    if (el.tagName === "MAIN") return { what, visible: true };
    const ring = (e: Element) => {
      const cs = getComputedStyle(e);
      return cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0;
    };
    if (el instanceof SVGElement) {
      const probe = document.createElement("span");
      probe.style.color = "var(--focus)";
      document.body.append(probe);
      const focus = getComputedStyle(probe).color;
      probe.remove();
      const shape = el.querySelector("circle, .shape, .ring, rect, path");
      const cs = shape ? getComputedStyle(shape) : null;
      const visible = !!cs && cs.stroke === focus && parseFloat(cs.strokeWidth) >= 2;
      return { what: `${what} stroke=${cs?.stroke} ${cs?.strokeWidth}`, visible: visible || ring(el) };
    }
    if (ring(el)) return { what, visible: true };
    // A control that delegates its ring: a wrapper up to three levels up (or a label in
    // it) draws the outline while the control has focus.
    for (let up: Element | null = el.parentElement, i = 0; up && i < 3; up = up.parentElement, i++) {
      if (ring(up) || [...up.querySelectorAll("label")].some(ring)) return { what: `${what} (ring on its wrapper)`, visible: true };
    }
    return { what: `${what} outline=${getComputedStyle(el).outlineStyle}`, visible: false };
  });
}

test.describe("keyboard", () => {
  test("a keyboard-only journey: skip link, tabs, a table row, the company filter and a network node", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    test.setTimeout(30_000);
    await open(page);
    const path: string[] = [];
    const invisible: string[] = [];
    const record = async () => {
      const state = await focusState(page);
      path.push(state.what);
      if (!state.visible) invisible.push(state.what);
    };
    /** Presses `key` until `done` holds for the focused element (at most `limit` times). */
    const pressUntil = async (key: string, done: () => Promise<boolean>, limit = 60) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press(key);
        await record();
        if (await done()) return;
      }
      throw new Error(`${key} ×${limit} did not get there; path: ${path.slice(-8).join(" → ")}`);
    };
    const focused = (selector: string) => () => page.evaluate((s) => !!document.activeElement?.matches(s), selector);

    // The skip link is the first stop, and Enter moves focus into main.
    await page.keyboard.press("Tab");
    await record();
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest("main#main"))).toBe(true);
    await record();

    // Into the tab list, then the arrows to Table.
    await pressUntil("Tab", focused('[role="tab"]'), 10);
    await expect(tab(page, "Timeline")).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await record();
    await page.keyboard.press("ArrowRight");
    await record();
    await expect(tab(page, "Table")).toBeFocused();
    await expect(tab(page, "Table")).toHaveAttribute("aria-selected", "true");
    await expect(page.locator("table caption")).toHaveText(/^Events/);

    // Down to the first row's title, and Enter selects its event.
    await pressUntil("Tab", focused('[role="rowheader"] button, th button.row-link'), 20);
    const title = await page.evaluate(() => document.activeElement!.textContent!.trim());
    const chosen = expected({}).find((id) => event(id).title === title);
    expect(chosen, title).toBeDefined();
    await page.keyboard.press("Enter");
    await expect.poll(() => params(page).get("sel")).toBe(chosen!);
    await expect(heading(page)).toHaveText(title);
    await record();
    await page.keyboard.press("Escape");
    await expect.poll(() => params(page).has("sel")).toBe(false);
    await expect(heading(page)).toHaveCount(0);
    await record();

    // Back up to the Company combobox, and choose Anthropic from its list.
    await pressUntil("Shift+Tab", focused('[role="combobox"]'), 60);
    await page.keyboard.type("anthr");
    await expect(page.getByRole("listbox", { name: "Companies" })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => params(page).get("company")).toBe("anthropic");
    const anthropic = expected({ companies: ["anthropic"] });
    await expect(count(page)).toHaveText(countText(anthropic.length, TOTAL));
    await record();

    // On to the tab list again, the arrow to Network, and into the graph.
    await pressUntil("Tab", focused('[role="tab"]'), 40);
    await expect(tab(page, "Table")).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await record();
    await expect(network(page)).toBeVisible();
    await pressUntil("Tab", focused("g.node[data-node]"), 20);
    const label = (await page.evaluate(() => document.activeElement!.getAttribute("aria-label")))!;
    await page.keyboard.press("Enter");
    await expect.poll(() => params(page).get("sel") ?? "").toMatch(/^entity:/);
    const id = params(page).get("sel")!.slice("entity:".length);
    expect(label.startsWith(`${entity(id).name}, `)).toBe(true);
    await expect(heading(page)).toHaveText(entity(id).name);
    await record();

    expect(invisible, `focus without a visible indicator; path:\n${path.join("\n")}`).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------
// Phones
// ---------------------------------------------------------------------------------

/** Two fingers down at `a` and `b`, moved apart to `a2` and `b2` in steps, and lifted. */
async function pinch(
  cdp: CDPSession,
  [a, b]: [{ x: number; y: number }, { x: number; y: number }],
  [a2, b2]: [{ x: number; y: number }, { x: number; y: number }],
  steps = 8,
) {
  const points = (t: number) => [
    { x: a.x + (a2.x - a.x) * t, y: a.y + (a2.y - a.y) * t, id: 0 },
    { x: b.x + (b2.x - b.x) * t, y: b.y + (b2.y - b.y) * t, id: 1 },
  ];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(0) });
  for (let i = 1; i <= steps; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: points(i / steps) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

test.describe("phones", () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test("no view scrolls sideways", async ({ page, pageErrors, offsiteRequests }) => {
    for (const path of ["./", "./?view=network", "./?view=table", "./?sel=amazon-openai-talks-50b", "./?view=network&sel=entity:openai"]) {
      await open(page, path);
      await page.waitForTimeout(200);
      expect(await overflow(page), path).toBeLessThanOrEqual(1);
    }
  });

  test("the filter bar folds behind a Filters button that opens on tap", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    const toggle = filters(page).getByRole("button", { name: /^Filters/ });
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    const search = filters(page).getByLabel("Search", { exact: true });
    await expect(search).toBeHidden();
    await expect(filters(page).getByRole("combobox", { name: "Company" })).toBeHidden();

    await toggle.tap();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    for (const control of [
      search,
      filters(page).getByRole("combobox", { name: "Company" }),
      filters(page).getByLabel("From", { exact: true }),
      filters(page).getByLabel("Minimum amount"),
      filters(page).getByRole("group", { name: "Status" }),
      filters(page).getByRole("group", { name: "Kind" }),
    ]) {
      await expect(control).toBeVisible();
    }
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    await toggle.tap();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(search).toBeHidden();
  });

  test("tapping a timeline mark opens the details as a bottom sheet", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    await expect(details(page)).toBeHidden();
    const mark = timeline(page).locator("g.mark[role=button]").first();
    await expect(mark).toBeVisible();
    const name = (await mark.getAttribute("aria-label"))!;
    const id = expected({}).find((e) => name.startsWith(`${event(e).title}, `));
    expect(id, name).toBeDefined();
    await mark.tap();
    await expect.poll(() => params(page).get("sel")).toBe(id!);
    await expect(details(page)).toBeVisible();
    await expect(heading(page)).toHaveText(event(id!).title);
    // A bottom sheet: full width, its bottom edge on the bottom of the screen.
    await expect
      .poll(async () => {
        const box = (await details(page).boundingBox())!;
        return Math.round(box.y + box.height);
      })
      .toBe(667);
    const box = (await details(page).boundingBox())!;
    expect(box.x).toBeLessThanOrEqual(1);
    expect(box.width).toBeGreaterThanOrEqual(373);
    expect(box.y).toBeGreaterThan(100);

    await details(page).getByRole("button", { name: "Close details (Escape)" }).tap();
    await expect.poll(() => params(page).has("sel")).toBe(false);
    await expect(details(page)).toBeHidden();
  });

  test("tapping a network node selects it", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?view=network");
    const openai = nodeNamed(page, "OpenAI");
    await expect(openai).toBeVisible();
    await openai.tap();
    await expect.poll(() => params(page).get("sel")).toBe("entity:openai");
    await expect(details(page)).toBeVisible();
    await expect(heading(page)).toHaveText("OpenAI");
  });

  test("pinching the timeline narrows the window", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    const svg = timeline(page).locator("svg.timeline-svg").first();
    const box = (await svg.boundingBox())!;
    const y = box.y + Math.min(box.height / 2, 120);
    const mid = box.x + box.width * 0.6;
    const cdp = await page.context().newCDPSession(page);
    await pinch(cdp, [{ x: mid - 30, y }, { x: mid + 30, y }], [{ x: mid - 120, y }, { x: mid + 120, y }]);
    await expect.poll(() => params(page).has("from") && params(page).has("to")).toBe(true);
    // The pinch's last step may still be waiting for its frame to reach the address.
    await settled(page);
    const from = params(page).get("from")!;
    const to = params(page).get("to")!;
    // The whole data spans years; the pinched window (fingers four times apart) is
    // well under half of it.
    const dated = expected({}).map((id) => event(id).date).filter((d): d is string => !!d).sort();
    const whole = (Date.parse(`${dated.at(-1)!.slice(0, 4)}-12-31`) - Date.parse(`${dated[0].slice(0, 4)}-01-01`)) / 864e5;
    const span = (Date.parse(to) - Date.parse(from)) / 864e5;
    expect(span).toBeGreaterThan(0);
    expect(span).toBeLessThan(whole / 2);
    await expect(count(page)).toHaveText(countText(expected({ from, to }).length, TOTAL));
  });

  test("pinching the network zooms it in", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?view=network");
    await expect(nodes(page).first()).toBeVisible();
    await settledWorld(page);
    const before = await worldScale(page);
    const box = (await network(page).locator("svg.network-svg").boundingBox())!;
    const y = box.y + box.height / 2;
    const mid = box.x + box.width / 2;
    const cdp = await page.context().newCDPSession(page);
    await pinch(cdp, [{ x: mid - 30, y }, { x: mid + 30, y }], [{ x: mid - 120, y: y - 10 }, { x: mid + 120, y: y + 10 }]);
    await expect.poll(() => worldScale(page)).toBeGreaterThan(before * 2);
    // A pinch is not a selection.
    await settled(page);
    expect(params(page).has("sel")).toBe(false);
    await expect(world(page)).toHaveAttribute("transform", /scale/);
  });
});

// ---------------------------------------------------------------------------------
// Sub-path
// ---------------------------------------------------------------------------------

test.describe("served from a sub-path", () => {
  test("under /atlas/ the app loads, switches views and reloads links, and asks only for /atlas/ addresses", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await open(page, "./atlas/");
    const base = new URL("/atlas/", page.url()).href;
    expect(page.url().startsWith(base)).toBe(true);
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));

    await tab(page, "Network").click();
    await expect(page).toHaveURL(`${base}?view=network`);
    await expect(network(page)).toBeVisible();
    await nodeNamed(page, "OpenAI").click();
    await expect(heading(page)).toHaveText("OpenAI");
    await tab(page, "Table").click();
    await expect(page).toHaveURL(new RegExp(`^${escapeRegExp(base)}\\?view=table`));
    await page.goBack();
    await expect(network(page)).toBeVisible();

    await open(page, "./atlas/?view=network");
    await expect(network(page)).toBeVisible();
    await expect(tab(page, "Network")).toHaveAttribute("aria-selected", "true");
    await page.reload();
    await expect(network(page)).toBeVisible();
    await open(page, "./atlas/?view=table&company=anthropic");
    await expect(count(page)).toHaveText(countText(expected({ companies: ["anthropic"] }).length, TOTAL));

    expect(requests.length).toBeGreaterThan(5);
    const outside = requests.filter((url) => !url.startsWith(base));
    expect(outside, "requests outside /atlas/").toEqual([]);
  });
});

// ---------------------------------------------------------------------------------
// Failure notices
// ---------------------------------------------------------------------------------

test.describe("failure notices", () => {
  test("a data file of hostile non-JSON text gives a readable alert, not a blank page", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const dialogs = watchDialogs(page);
    const body = `<!doctype html><html><body><script>alert(1)</script><img src=x onerror="window.__pwned=1;alert(2)">\u202e\u0000${"\uFFFD".repeat(50)}`;
    await page.route("**/data/atlas.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body }),
    );
    await page.goto("./");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The data could not be loaded");
    // It says which file and why, in words.
    await expect(alert).toContainText("data/atlas.json");
    await expect(alert.getByRole("button", { name: "Reload" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Capital Atlas" })).toBeVisible();
    const text = await alert.innerText();
    expect(text.length).toBeLessThan(2_000);
    await expectInert(page, dialogs, "failed load");
  });
});
