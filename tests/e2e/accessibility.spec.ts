// Accessibility: axe finds nothing serious in any view or theme, and the whole app
// works from the keyboard with focus always visible.
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, open } from "./fixtures";
import { TOTAL, count, countText, event, expected, params } from "./bundled";
import { entity, nodes, network } from "./graph";

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const heading = (page: Page) => details(page).getByRole("heading", { level: 2 });
const filters = (page: Page) => page.getByRole("region", { name: "Filters" });
const tab = (page: Page, name: string) => page.getByRole("tab", { name });

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
 * `.combobox:focus-within`, the hidden file input on its label). SVG marks, badges and
 * selected nodes draw an outline around themselves; other nodes draw the ring as a
 * stroke on their shape: for those the check is that the shape's computed stroke is the
 * theme's focus colour (var(--focus), resolved through a probe element) with a width of
 * at least 2.
 * The timeline's section rings its frame instead of itself (a `::after` over its edge).
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
    // The timeline's section draws its ring over the edge of the frame its keys move.
    const frame = el.querySelector(":scope > .timeline-frame");
    if (frame) {
      const after = getComputedStyle(frame, "::after");
      if (after.content !== "none" && after.borderTopStyle !== "none" && parseFloat(after.borderTopWidth) > 0) {
        return { what: `${what} (ring on its frame)`, visible: true };
      }
    }
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
