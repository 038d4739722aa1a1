// Where keyboard focus goes when the details close while it is in them: back to what
// stands for the selection in the view, so a keyboard reader carries on from there.
// And how focus shows on the timeline beside a selection: apart from it, at full
// strength, and kept when the marks around the focused one are redrawn.
import type { Locator, Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { event, params, settled } from "./bundled";
import { nodeNamed, settledWorld } from "./graph";

const TALKS = event("amazon-openai-talks-50b");
/** A window in which the $50B talks are a mark of their own, not part of a badge. */
const JANUARY = "from=2025-12-01&to=2026-02-28";

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const close = (page: Page) => details(page).getByRole("button", { name: "Close details (Escape)" });
const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" });
const talksMark = (page: Page) => timeline(page).getByRole("button", { name: `${TALKS.title}, 29 Jan 2026, in talks, reports differ on the amount`, exact: true });

/** Waits until the selection is gone from the address and the panel. */
async function expectClosed(page: Page) {
  await expect.poll(() => params(page).has("sel")).toBe(false);
  await expect(close(page)).toHaveCount(0);
}

for (const size of [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 375, height: 667 },
]) {
  test.describe(`on a ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.name === "phone" });

    test("Close returns focus to the timeline mark that was chosen", async ({ page, pageErrors, offsiteRequests }) => {
      await open(page, `./?${JANUARY}`);
      await talksMark(page).focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => params(page).get("sel")).toBe(TALKS.id);
      await close(page).focus();
      await page.keyboard.press("Enter");
      await expectClosed(page);
      await expect(talksMark(page)).toBeFocused();
      await expect(talksMark(page)).toHaveAttribute("aria-pressed", "false");
    });

    test("Escape in the details returns focus to the table row's title", async ({ page, pageErrors, offsiteRequests }) => {
      await open(page, "./?view=table");
      const title = page.getByRole("rowheader").getByRole("button", { name: TALKS.title, exact: true });
      await title.focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => params(page).get("sel")).toBe(TALKS.id);
      // From a link inside the details, not the Close button.
      await details(page).getByRole("button", { name: "Amazon", exact: true }).first().focus();
      await page.keyboard.press("Escape");
      await expectClosed(page);
      await expect(title).toBeFocused();
    });
  });
}

test("Close returns focus to the chosen network node", async ({ page, pageErrors, offsiteRequests }) => {
  await open(page, "./?view=network");
  const node = nodeNamed(page, "SoftBank");
  await settledWorld(page);
  await node.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => params(page).get("sel")).toMatch(/^entity:/);
  await close(page).focus();
  await page.keyboard.press("Enter");
  await expectClosed(page);
  await expect(node).toBeFocused();
});

test("a click on Close leaves focus alone, so no node stays highlighted", async ({ page, pageErrors, offsiteRequests }) => {
  await open(page, "./?view=network&sel=entity:openai");
  await expect(page.locator("#main g.node.dim").first()).toBeAttached();
  await close(page).click();
  await expectClosed(page);
  // Focus on a node would show its neighbourhood, every other node faded.
  await settled(page);
  await expect(page.locator("#main g.node.dim")).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.closest("#main") === null)).toBe(true);
});

test("Close returns focus to the network edge that carries the chosen event", async ({
  page,
  pageErrors,
  offsiteRequests,
}) => {
  await open(page, `./?view=network&sel=${TALKS.id}`);
  // The talks join Amazon to OpenAI and tie the other parties to OpenAI: one edge each.
  const edges = page.locator("#main g.edge.selected");
  await expect(edges).not.toHaveCount(0);
  const carrying = await edges.evaluateAll((all) => all.map((e) => e.getAttribute("data-edge")));
  await close(page).focus();
  await page.keyboard.press("Enter");
  await expectClosed(page);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest("g.edge")?.getAttribute("data-edge") ?? null))
    .toBe(carrying[0]);
});

test("with nothing in the view standing for the selection, focus goes to the view", async ({
  page,
  pageErrors,
  offsiteRequests,
}) => {
  // A company has no mark of its own on the timeline.
  await open(page, "./?sel=entity:openai");
  await close(page).focus();
  await page.keyboard.press("Escape");
  await expectClosed(page);
  await expect(page.locator("main#main")).toBeFocused();
});

test("Escape from a mark closes the details and leaves focus on the mark", async ({ page, pageErrors, offsiteRequests }) => {
  await open(page, `./?${JANUARY}&sel=${TALKS.id}`);
  await talksMark(page).focus();
  await page.keyboard.press("Escape");
  await expectClosed(page);
  await settled(page);
  await expect(talksMark(page)).toBeFocused();
});

/** How an element's first shape is stroked, the element's outline and opacity, and
 *  the page's focus and accent colours, resolved the same way. */
const ring = (element: Locator) =>
  element.evaluate((el) => {
    const resolve = (value: string) => {
      const probe = document.createElement("span");
      probe.style.color = value;
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    };
    const shape = el.querySelector(".shape, .ring, circle")!;
    const style = getComputedStyle(el);
    return {
      stroke: getComputedStyle(shape).stroke,
      outline: style.outlineStyle === "none" ? "none" : style.outlineColor,
      opacity: style.opacity,
      focus: resolve("var(--focus)"),
      accent: resolve("var(--accent)"),
    };
  });

for (const scheme of ["light", "dark"] as const) {
  test(`in ${scheme}, a mark focused beside a selection is at full strength in the focus ring, apart from the selection's accent`, async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page, `./?${JANUARY}&sel=amazon-job-cuts-2026`);
    const cuts = timeline(page).getByRole("button", { name: "Amazon announces about 16,000 corporate job cuts, 28 Jan 2026, announced" });
    // OpenAI's round has no party in common with Amazon's job cuts, so it is faded.
    const round = timeline(page).getByRole("button", { name: "OpenAI seeks up to $100B at about $830B, Jan 2026, in talks, reports differ on the amount", exact: true });
    await expect(cuts).toHaveClass(/\bselected\b/);
    await expect.poll(() => ring(round).then((r) => r.opacity)).not.toBe("1");
    const marks = timeline(page).locator("g.mark[data-mark]");
    const before = await marks.count();
    // Focus from the keyboard: a key pressed first makes the browser show focus rings.
    await page.keyboard.press("Shift");
    await round.focus();
    // Focus draws more of the round's lane, inserting marks before it in the list, which
    // moved the round in the page and took its focus away; it keeps it now.
    await expect.poll(() => marks.count()).toBeGreaterThan(before);
    await expect(round).toBeFocused();
    expect(await round.evaluate((el) => el.matches(":focus-visible"))).toBe(true);
    await expect.poll(() => ring(round).then((r) => r.opacity)).toBe("1");
    // Its tooltip stands clear of the mark and its focus ring (a fixed 14 px from the
    // centre covered the side of this large mark).
    const tip = (await timeline(page).locator(".tooltip").boundingBox())!;
    const at = (await round.boundingBox())!;
    const clear = tip.x >= at.x + at.width + 3.5 || tip.x + tip.width <= at.x - 3.5;
    expect(clear, `tooltip ${JSON.stringify(tip)} beside mark ${JSON.stringify(at)}`).toBe(true);
    const [mark, selected] = [await ring(round), await ring(cuts)];
    expect(mark.focus).not.toBe(mark.accent);
    expect(mark.outline).toBe(mark.focus);
    expect(selected.stroke).toBe(selected.accent);
    expect(selected.outline).toBe("none");
    // The selected mark, focused, keeps its accent and gains the focus ring.
    await cuts.focus();
    await expect(cuts).toBeFocused();
    const both = await ring(cuts);
    expect([both.stroke, both.outline]).toEqual([both.accent, both.focus]);
  });
}

// Amazon's capital spending is dated 2026 only: in a window of its January its band
// shows, but its mark sits at mid-year, far right of the plot, where focus on it showed
// nothing at all.
test("a mark whose centre is outside the plot is passed by Tab and the arrow keys", async ({ page, pageErrors, offsiteRequests }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, `./?${JANUARY}`);
  const capex = timeline(page).locator("g.mark[aria-label^='Amazon expects about $125B']");
  await expect(capex).toHaveAttribute("tabindex", "-1");
  // The talks are the latest event in the plot: the arrow passes the spending by (and
  // the March estimate beyond the plot's edge), so it has nowhere to go.
  await talksMark(page).focus();
  await page.keyboard.press("ArrowRight");
  await expect(talksMark(page)).toBeFocused();
  await expect(capex).not.toBeFocused();
  // With the whole timeline in view, the mark is in the plot and reachable.
  await timeline(page).getByRole("button", { name: "Fit" }).click();
  await expect(timeline(page).locator("g.mark[aria-label^='Amazon expects about $125B']")).toHaveAttribute("tabindex", "0");
});

// Lanes scrolled far out of view are not drawn at all, and the arrows used to stop at
// the last drawn row. Thirty companies, one event each a month apart, make thirty lanes
// in time order: stepping right walks down them all, and left walks back up.
test("the arrow keys step to marks in lanes scrolled out of view, and back", async ({ page, pageErrors, offsiteRequests }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, "./");
  const rows = Array.from({ length: 30 }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    const month = String((i % 12) + 1).padStart(2, "0");
    return `${2020 + Math.floor(i / 12)}-${month}-10,Backer,Lane ${n},1B,,completed,`;
  });
  const csv = `date,investor,company,amount_usd,valuation_usd,status,source_url\n${rows.join("\n")}\n`;
  await page.getByLabel("Import data").setInputFiles({ name: "lanes.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByRole("banner")).toContainText("Imported: lanes.csv");
  const mark = (n: string) => timeline(page).locator(`g.mark[aria-label*='Lane ${n}']`);
  // Too many lanes to draw at once: the last is not in the page until it is reached.
  await expect(mark("01")).toHaveCount(1);
  await expect(mark("30")).toHaveCount(0);
  // Each step lands on the next lane's mark, in sight (a reader waits to see it; the
  // arrival may take a frame, as the lane is drawn first).
  const lane = (i: number) => String(i).padStart(2, "0");
  await mark("01").focus();
  for (let i = 2; i <= 30; i++) {
    await page.keyboard.press("ArrowRight");
    await expect(mark(lane(i))).toBeFocused();
  }
  await expect(mark("30")).toBeInViewport();
  await expect(mark("01")).toHaveCount(0);
  // Walking back up, each mark shows below the axis, which is drawn over the lanes'
  // top: the browser's own scroll to focus put a row just above the view under it.
  const axis = timeline(page).locator(".axis-bg");
  for (let i = 29; i >= 1; i--) {
    await page.keyboard.press("ArrowLeft");
    await expect(mark(lane(i))).toBeFocused();
    const [box, band] = [(await mark(lane(i)).boundingBox())!, (await axis.boundingBox())!];
    // Its centre is a quarter of a row clear of the axis at least (the marks here are
    // the largest size, nearly a row tall).
    expect(box.y + box.height / 2, `Lane ${lane(i)}`).toBeGreaterThanOrEqual(band.y + band.height + 10);
  }
  await expect(mark("01")).toBeInViewport();
});

// The timeline's own focus (its keys zoom and pan) was an outline round the section:
// the scrolling panel clipped it outside, and inside it ran under the lanes and over the
// text at the edges. It rings the frame the keys move, over the frame's edge.
test("the timeline's focus rings its frame, in the focus colour, over everything in it", async ({ page, pageErrors, offsiteRequests }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page);
  await page.keyboard.press("Shift");
  await timeline(page).focus();
  await expect(timeline(page)).toBeFocused();
  const ring = await page.evaluate(() => {
    const probe = document.createElement("span");
    probe.style.color = "var(--focus)";
    document.body.append(probe);
    const focus = getComputedStyle(probe).color;
    probe.remove();
    const section = document.querySelector("section.chart.timeline")!;
    const after = getComputedStyle(section.querySelector(".timeline-frame")!, "::after");
    return { focus, color: after.borderTopColor, width: after.borderLeftWidth, outline: getComputedStyle(section).outlineStyle };
  });
  expect(ring.color).toBe(ring.focus);
  expect(ring.width).toBe("3px");
  expect(ring.outline).toBe("none");
  // Without focus there is no ring.
  await page.keyboard.press("Tab");
  await expect(timeline(page)).not.toBeFocused();
  const after = await page.evaluate(() => getComputedStyle(document.querySelector(".timeline-frame")!, "::after").content);
  expect(after).toBe("none");
});
