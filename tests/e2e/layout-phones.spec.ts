// The page's layout on phones: lane names fit the gutter, the timeline's frame asks for
// no more height than its lanes need, the table becomes cards, and the more-lanes cue.
import type { Locator, Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";

const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" });
const filters = (page: Page) => page.getByRole("region", { name: "Filters" });
const laneLabels = (page: Page) => timeline(page).locator("text.lane-label");

/** The frame's height and the drawing's (all its lanes, drawn or not). */
const frameFit = (page: Page) =>
  page.evaluate(() => ({
    height: document.querySelector(".timeline-frame")!.getBoundingClientRect().height,
    drawing: document.querySelector(".timeline-svg")!.getBoundingClientRect().height,
  }));

test.describe("phones", () => {
  test.use({ viewport: { width: 375, height: 667 } });

  // Beside the titles, the import status and both buttons left the titles a column a few
  // letters wide, and the file's name ran over "Capital Atlas".
  test("with imported data, the masthead's titles keep the width and its controls overlap nothing", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?data=fixtures/small.json");
    await expect(page.locator(".imported")).toContainText("small.json");
    const boxes = await page.evaluate(() =>
      [
        ".masthead h1",
        ".dataset-title",
        ".imported span",
        ".imported button",
        ".masthead .import label",
      ].map((selector) => {
        const box = document.querySelector(selector)!.getBoundingClientRect();
        return { selector, left: box.left, right: box.right, top: box.top, bottom: box.bottom, width: box.width };
      }),
    );
    const [title, datasetTitle] = boxes;
    expect(datasetTitle.width).toBeGreaterThan(300);
    expect(title.width).toBeGreaterThan(100);
    for (const a of boxes) {
      expect(a.right, a.selector).toBeLessThanOrEqual(375);
      for (const b of boxes) {
        if (a === b) continue;
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `${a.selector} and ${b.selector} overlap`).toBe(true);
      }
    }
  });

  // The phone's gutter holds about ten characters: "Project Rainier" read "Project R…".
  test("a lane name too long for the gutter breaks onto two lines inside its lane", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    const rainier = laneLabels(page).filter({ has: page.locator("title", { hasText: /^Project Rainier$/ }) });
    await expect(rainier.locator("tspan")).toHaveCount(1);
    const shown = await rainier.evaluate((t) =>
      [...t.childNodes].filter((n) => n.nodeName !== "title").map((n) => n.textContent),
    );
    expect(shown).toEqual(["Project", "Rainier"]);
    // Both lines sit inside the lane's 40-px row and in the 96-px gutter left of the plot.
    const { name, svg, rule } = await rainier.evaluate((t) => ({
      name: t.getBoundingClientRect().toJSON(),
      svg: t.closest("svg")!.getBoundingClientRect().toJSON(),
      rule: t.closest("g.lane")!.querySelector("line.lane-rule")!.getBoundingClientRect().top,
    }));
    expect(name.right).toBeLessThanOrEqual(svg.left + 96);
    expect(name.bottom).toBeLessThanOrEqual(rule);
    expect(name.top).toBeGreaterThanOrEqual(rule - 40);
    expect(name.height).toBeGreaterThan(24);
  });

  // One word too long for the gutter breaks between syllables with a hyphen, where it
  // was cut short ("Infrastruc…").
  test("a one-word lane name too long for the gutter is hyphenated onto two lines", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?group=kind");
    const lane = laneLabels(page).filter({ has: page.locator("title", { hasText: /^Infrastructure$/ }) });
    const shown = await lane.evaluate((t) =>
      [...t.childNodes].filter((n) => n.nodeName !== "title").map((n) => n.textContent),
    );
    expect(shown).toEqual(["Infrastruc-", "ture"]);
    const { name, svg } = await lane.evaluate((t) => ({
      name: t.getBoundingClientRect().toJSON(),
      svg: t.closest("svg")!.getBoundingClientRect().toJSON(),
    }));
    expect(name.right).toBeLessThanOrEqual(svg.left + 96);
  });

  test("the timeline's frame is as tall as its lanes, and grows to draw every lane when a filter is cleared", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?group=investor&company=anthropic");
    const few = await laneLabels(page).count();
    // Two lanes: the frame keeps its minimum height (room for a message when nothing
    // matches), and is no taller.
    const before = await frameFit(page);
    expect(before.height).toBeLessThanOrEqual(Math.max(before.drawing + 4, 220));

    await filters(page).getByRole("button", { name: /^Filters/ }).click();
    await filters(page).getByRole("button", { name: "Reset" }).click();
    await expect.poll(() => laneLabels(page).count()).toBeGreaterThan(few);
    const after = await frameFit(page);
    expect(after.height).toBeGreaterThan(before.height);
    expect(Math.abs(after.height - after.drawing)).toBeLessThanOrEqual(4);
    // Every lane is drawn with its marks, down to the last one.
    const lanes = await laneLabels(page).allTextContents();
    expect(lanes.at(-1)).toMatch(/^No invest/);
  });

  test("zoom shows as + and − beside the lanes picker, still named Zoom in and Zoom out", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    const zoomIn = timeline(page).getByRole("button", { name: "Zoom in", exact: true });
    const zoomOut = timeline(page).getByRole("button", { name: "Zoom out", exact: true });
    const picker = timeline(page).getByLabel("Lanes by");
    const [a, b, c] = [(await zoomIn.boundingBox())!, (await zoomOut.boundingBox())!, (await picker.boundingBox())!];
    // One row: the picker's middle is level with the buttons'.
    expect(Math.abs(a.y + a.height / 2 - (c.y + c.height / 2))).toBeLessThanOrEqual(4);
    expect(c.x + c.width).toBeLessThanOrEqual(375);
    // Big enough to tap.
    for (const box of [a, b]) expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(32);
    await page.getByRole("tab", { name: "Network" }).click();
    const network = page.getByRole("region", { name: "Network" });
    const plus = (await network.getByRole("button", { name: "Zoom in", exact: true }).boundingBox())!;
    const relayout = (await network.getByRole("button", { name: "Re-layout" }).boundingBox())!;
    expect(Math.abs(plus.y - relayout.y)).toBeLessThanOrEqual(4);
  });

  test("the table shows each event as a card: every figure on screen, labelled, and still a table", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?view=table");
    const wrap = page.locator(".table-wrap");
    // Nothing scrolls sideways, and no cell runs past the screen's edge.
    expect(await wrap.evaluate((w) => w.scrollWidth - w.clientWidth)).toBeLessThanOrEqual(1);
    // So no sideways-scroll shadow is drawn: its edge showed as a hairline down the cards.
    await expect(wrap).toHaveCSS("background-image", "none");
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll("table.events th, table.events td")]
        .filter((cell) => cell.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((cell) => cell.textContent),
    );
    expect(outside).toEqual([]);

    // Project Rainier's card: its amount is on screen under a label, beside its title.
    const row = page.getByRole("row", { name: /Amazon unveils Project Rainier/ });
    const amount = row.getByRole("cell", { name: "$11B" });
    await row.scrollIntoViewIfNeeded();
    await expect(amount).toBeInViewport({ ratio: 1 });
    const label = (cell: string) =>
      row.locator(`td.${cell}`).evaluate((el) => getComputedStyle(el, "::before").content);
    expect(await label("col-amount")).toContain('"Amount"');
    expect(await label("col-to")).toContain('"To"');
    // An empty figure has no label; a card with no recipient and no figures has no
    // blank lines between its sender and its kind.
    expect(await label("col-valuation")).toBe("none");
    const cuts = page.getByRole("row", { name: /first large round of corporate job cuts/ });
    const from = (await cuts.getByRole("cell", { name: "Amazon" }).boundingBox())!;
    const kind = (await cuts.getByRole("cell", { name: "Corporate" }).boundingBox())!;
    expect(kind.y - (from.y + from.height)).toBeLessThanOrEqual(8);
    const title = (await row.getByRole("rowheader").boundingBox())!;
    const box = (await amount.boundingBox())!;
    expect(box.y).toBeGreaterThan(title.y + title.height - 1);

    // It is still a table: every row keeps all eight cells under their column headers,
    // and the headers still sort.
    await expect(row.getByRole("cell")).toHaveCount(7);
    await expect(row.getByRole("rowheader")).toHaveCount(1);
    const header = (name: string) => page.getByRole("columnheader", { name });
    await header("Amount").getByRole("button").click();
    await expect(header("Amount")).toHaveAttribute("aria-sort", "descending");
    const sortButtons = await page.locator("table.events thead th .sort").evaluateAll((buttons) =>
      buttons.map((b) => {
        const r = b.getBoundingClientRect();
        return r.right <= window.innerWidth && r.height >= 32;
      }),
    );
    expect(sortButtons).toEqual(Array(8).fill(true));
    // The header row has one rule, under the row: no line under each button (the
    // stuck header's rule of the wide table drew one).
    const underlined = await page
      .locator("table.events thead th")
      .evaluateAll((cells) => cells.filter((c) => getComputedStyle(c).boxShadow !== "none").length);
    expect(underlined).toBe(0);
  });

  test("a card with no sender or no amount moves the recipient or valuation into its place", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?view=table&q=830");
    const left = async (row: Locator, cell: string) =>
      (await row.locator(`td.${cell}`).boundingBox())!.x;
    const title = async (row: Locator) => (await row.getByRole("rowheader").boundingBox())!.x;
    // "OpenAI seeks up to $100B at about $830B": no sender, so To sits on the left
    // under the title, labelled; Amount and Valuation keep their two columns.
    const round = page.getByRole("row", { name: /OpenAI seeks up to \$100B/ });
    expect(await left(round, "col-to")).toBeCloseTo(await title(round), 0);
    expect(await round.locator("td.col-to").evaluate((el) => getComputedStyle(el, "::before").content)).toContain('"To"');
    expect(await left(round, "col-valuation")).toBeGreaterThan((await left(round, "col-amount")) + 100);
    // "OpenAI targets a valuation of about $830B": no amount either, so Valuation
    // moves left too.
    const valuation = page.getByRole("row", { name: /OpenAI targets a valuation/ });
    expect(await left(valuation, "col-to")).toBeCloseTo(await title(valuation), 0);
    expect(await left(valuation, "col-valuation")).toBeCloseTo(await title(valuation), 0);
  });

  test("with more lanes than fit, the frame stops at 62% of the screen and scrolls", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await page.setViewportSize({ width: 375, height: 480 });
    await open(page, "./?group=kind");
    const { height, drawing } = await frameFit(page);
    expect(height).toBeLessThanOrEqual(0.62 * 480 + 1);
    expect(drawing).toBeGreaterThan(height);
  });
});

// The cue under a frame of more lanes than fit says how to reach them with the pointer
// in hand: Shift+wheel means nothing on a touch screen, where one finger drags the
// lanes.
for (const [device, touch, how, not] of [
  ["with a mouse", false, /^↓ \d+ more lanes below: scroll, or Shift\+wheel$/, "drag"],
  ["on a touch screen", true, /^↓ \d+ more lanes below: drag the chart up$/, "wheel"],
] as const) {
  test.describe(device, () => {
    test.use({ viewport: { width: 375, height: 480 }, hasTouch: touch });

    test("the more-lanes cue says how to reach the lanes below", async ({ page, pageErrors, offsiteRequests }) => {
      await open(page, "./?group=kind");
      const cue = timeline(page).locator(".more-lanes");
      await expect(cue).toBeVisible();
      expect(await cue.innerText()).toMatch(how);
      await expect(cue.getByText(not)).toBeHidden();
      // Hidden from assistive technology, which reads every lane without scrolling.
      await expect(cue).toHaveAttribute("aria-hidden", "true");
    });
  });
}
