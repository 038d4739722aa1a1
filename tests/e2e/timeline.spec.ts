// The timeline: zoom through the buttons, the keys and the link; keyboard selection of
// marks; lane grouping.
import type { Locator, Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { TOTAL, atlas, count, countText, event, expectQuery, expected, nextWindow, params, settled, windowOf } from "./bundled";
import { participants } from "./graph";

const TALKS = event("amazon-openai-talks-50b");
/** The talks' mark's name; the reports differ on its amount, and the name says so. */
const TALKS_MARK = `${TALKS.title}, 29 Jan 2026, in talks, reports differ on the amount`;
/** A window around late January 2026 in which the $50B talks are a mark of their own. */
const JANUARY = "from=2025-12-01&to=2026-02-28";

const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" });
const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const zoom = (page: Page, name: "Zoom in" | "Zoom out" | "Fit") =>
  timeline(page).getByRole("button", { name, exact: true });

/** The marks and cluster badges drawn (SVG elements with role=button), by name and x. */
async function glyphs(region: Locator) {
  return region.getByRole("button").evaluateAll((elements) =>
    elements
      .filter((e) => e instanceof SVGElement)
      .map((e) => ({ name: e.getAttribute("aria-label") ?? "", x: Number(e.getAttribute("transform")?.match(/translate\(([-\d.]+)/)?.[1]) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  );
}

test.describe("timeline", () => {
  test("Zoom in narrows the window written into the link, Zoom out widens it, and Fit removes it", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
    expect(params(page).has("from")).toBe(false);

    await zoom(page, "Zoom in").click();
    const narrow = await nextWindow(page, null);
    // The window is a filter like any other: the count and the date fields follow it.
    const inside = expected({ from: narrow.from, to: narrow.to }).length;
    expect(inside).toBeLessThan(TOTAL);
    await expect(count(page)).toHaveText(countText(inside, TOTAL));
    await expect(page.getByLabel("From", { exact: true })).toHaveValue(narrow.from);
    await expect(page.getByLabel("To", { exact: true })).toHaveValue(narrow.to);

    await zoom(page, "Zoom out").click();
    const wide = await nextWindow(page, `?from=${narrow.from}&to=${narrow.to}`);
    expect(wide.span / narrow.span).toBeGreaterThan(1.9);
    expect(wide.span / narrow.span).toBeLessThan(2.1);
    expect(wide.from < narrow.from && wide.to > narrow.to).toBe(true);
    await expect(count(page)).toHaveText(countText(expected({ from: wide.from, to: wide.to }).length, TOTAL));

    await zoom(page, "Fit").click();
    await expectQuery(page, "");
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
    await expect(page.getByLabel("From", { exact: true })).toHaveValue("");
  });

  test("Enter on a focused mark opens its details, arrows step through marks in time, and Escape clears", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, `./?${JANUARY}`);
    const mark = timeline(page).getByRole("button", { name: TALKS_MARK, exact: true });
    await mark.focus();
    await expect(mark).toBeFocused();

    await page.keyboard.press("Enter");
    await expectQuery(page, `${JANUARY}&sel=${TALKS.id}`);
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(TALKS.title);
    await expect(mark).toHaveAttribute("aria-pressed", "true");

    await page.keyboard.press("Escape");
    await expectQuery(page, JANUARY);
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveCount(0);
    await expect(details(page)).toContainText("Select an event or a company");
    await expect(mark).toHaveAttribute("aria-pressed", "false");

    // The talks are the latest in the plot: the March 2026 estimate, drawn beyond its
    // right edge, is passed by, as focus on it would show nothing. The previous mark in
    // time order is the job cuts of the day before.
    await page.keyboard.press("ArrowRight");
    await expect(mark).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(timeline(page).getByRole("button", { name: /^Amazon announces about 16,000 corporate job cuts, 28 Jan 2026/ })).toBeFocused();
  });

  test("a selected company's lane has its name marked, by recipient and by investor", async ({ page, pageErrors, offsiteRequests }) => {
    const marked = () => timeline(page).locator("text.lane-label.selected");
    await open(page, "./?sel=entity:openai");
    await expect(marked()).toHaveCount(1);
    await expect(marked()).toContainText("OpenAI");
    await expect(marked()).toHaveCSS("font-weight", "600");
    await open(page, "./?sel=entity:amazon&group=investor");
    await expect(marked()).toHaveCount(1);
    await expect(marked()).toContainText("Amazon");
    // An event's selection marks no lane.
    await open(page, `./?sel=${TALKS.id}`);
    await expect(timeline(page).locator("text.lane-label").first()).toBeVisible();
    await expect(marked()).toHaveCount(0);
    // Lanes by kind are keyed by kind ids: a company whose id is one ("Product" is
    // `product`) marks no kind's lane.
    const csv = "date,investor,company,amount_usd,valuation_usd,status,source_url,kind\n2026-01,Acme,Product,1B,,completed,,product\n";
    await page.getByLabel("Import data").setInputFiles({ name: "product.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect(page.getByRole("banner")).toContainText("Imported: product.csv");
    await page.getByRole("tab", { name: "Table" }).click();
    await page.getByRole("table").getByRole("row").nth(1).getByRole("cell").first().click();
    await details(page).getByRole("button", { name: "Product", exact: true }).click();
    await expect.poll(() => params(page).get("sel")).toBe("entity:product");
    await page.getByRole("tab", { name: "Timeline" }).click();
    await page.getByRole("combobox", { name: "Lanes by" }).selectOption("kind");
    await expect.poll(() => params(page).get("group")).toBe("kind");
    await expect(timeline(page).locator("text.lane-label", { hasText: "Product" })).toHaveCount(1);
    await expect(marked()).toHaveCount(0);
  });

  // A company chosen in the network, the table or a link has no mark of its own: its
  // events (and the badges holding any of them) stay at full strength and the rest fade.
  test("a selected company keeps its own events at full strength and fades the rest", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const own = atlas.events.filter((e) => e.date && participants(e.id).includes("anthropic")).map((e) => e.title);
    expect(own.length).toBeGreaterThan(1);
    await open(page, "./?sel=entity:anthropic");
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Anthropic");
    const drawn = () =>
      timeline(page)
        .locator("g.mark[role=button]")
        .evaluateAll((els) =>
          els.map((e) => ({ name: e.getAttribute("aria-label") ?? "", related: e.classList.contains("related"), opacity: getComputedStyle(e).opacity })),
        );
    await expect.poll(async () => (await drawn()).some((m) => m.related)).toBe(true);
    const marks = await drawn();
    for (const mark of marks) {
      const isOwn = own.some((title) => mark.name.startsWith(`${title}, `));
      expect({ name: mark.name, related: mark.related, opacity: mark.opacity }).toEqual({
        name: mark.name,
        related: isOwn,
        opacity: isOwn ? "1" : "0.35",
      });
    }
    expect(marks.some((m) => !m.related), "other events are drawn, faded").toBe(true);
    // The legend explains this look, and only this one.
    const legend = page.getByRole("note", { name: "How to read the timeline" });
    const companyKey = legend.getByText("Full strength: the selected company’s events; faded: the rest");
    await expect(companyKey).toBeVisible();
    await expect(legend.getByText(/^Outlined: the selected event/)).toHaveCount(1);
    await expect(legend.getByText(/^Outlined: the selected event/)).toBeHidden();
    // Badges holding none of them (OpenAI's and Amazon's, at this zoom) fade too.
    const fadedBadges = timeline(page).locator("g.cluster:not(.related)");
    expect(await fadedBadges.count()).toBeGreaterThan(0);
    for (const badge of await fadedBadges.all()) await expect(badge).toHaveCSS("opacity", "0.35");
    // In dark mode they fade less: thin outlines at a third vanished on near-black.
    await page.emulateMedia({ colorScheme: "dark" });
    for (const badge of await fadedBadges.all()) await expect(badge).toHaveCSS("opacity", "0.5");
    await page.emulateMedia({ colorScheme: "light" });

    // With its events filtered out, nothing fades, and the key goes.
    await open(page, "./?sel=entity:anthropic&company=nvidia");
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Anthropic");
    await expect(timeline(page).locator("g.mark.related")).toHaveCount(0);
    await expect(companyKey).toBeHidden();
  });

  test("a tap just beside a small mark selects it; a tap far from every mark selects nothing", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    // OpenAI's founding, a 12 px diamond alone in its year.
    const founding = event("openai-founded");
    await open(page, "./");
    const mark = timeline(page).getByRole("button", { name: new RegExp(`^${founding.title}`) });
    // The diamond's own box, as the page measures it: Playwright's box of an SVG group
    // also takes in its outline, a few pixels wider.
    const box = await mark.evaluate((g) => {
      const r = g.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    expect(Math.max(box.width, box.height)).toBeLessThan(20);
    // Far from everything: the lane's empty middle, 60 px to the right.
    await page.mouse.click(box.x + box.width + 60, box.y + box.height / 2);
    await expect(details(page)).toBeHidden();
    await settled(page);
    expect(params(page).has("sel")).toBe(false);
    // 6 px below the diamond's box: outside it, but within reach.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height + 6);
    await expect.poll(() => params(page).get("sel")).toBe(founding.id);
    await expect(mark).toHaveAttribute("aria-pressed", "true");
  });

  // In Chromium an SVG <g> with focus listeners is focusable, so the marks' container
  // (which listens for focusin/focusout) must opt out of the tab order.
  test("Tab from the Lanes by select goes straight to the first mark, with no unnamed stop", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    await page.getByLabel("Lanes by").focus();
    await page.keyboard.press("Tab");
    await expect(
      timeline(page).getByRole("button", { name: `${event("openai-founded").title}, 2015, completed`, exact: true }),
    ).toBeFocused();
  });

  test("reloading a link with a window and a selection brings back the same window and details", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const link = `./?${JANUARY}&sel=${TALKS.id}`;
    await open(page, link);
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(TALKS.title);
    const url = page.url();
    const before = await glyphs(timeline(page));
    expect(before.map((g) => g.name)).toContain(TALKS_MARK);

    await page.reload();
    await expect(count(page)).toBeVisible();
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(TALKS.title);
    expect(page.url()).toBe(url);
    expect(await glyphs(timeline(page))).toEqual(before);

    // A window written by a zoom comes back too. The link holds whole days, so from the
    // fitted view (under half a pixel per day) it comes back to within a pixel.
    await open(page, `./?sel=${TALKS.id}`);
    await zoom(page, "Zoom in").click();
    const zoomed = await nextWindow(page, `?sel=${TALKS.id}`);
    const zoomedUrl = page.url();
    expect(params(page).get("sel")).toBe(TALKS.id);
    const atZoom = await glyphs(timeline(page));
    await page.reload();
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(TALKS.title);
    expect(page.url()).toBe(zoomedUrl);
    await expect(page.getByLabel("From", { exact: true })).toHaveValue(zoomed.from);
    const afterReload = await glyphs(timeline(page));
    expect(afterReload.map((g) => g.name)).toEqual(atZoom.map((g) => g.name));
    for (const [i, glyph] of afterReload.entries()) {
      expect(Math.abs(glyph.x - atZoom[i].x), glyph.name).toBeLessThanOrEqual(1);
    }
  });

  test("Back after a button zoom restores the previous window", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    await zoom(page, "Zoom in").click();
    const first = await nextWindow(page, null);
    const firstUrl = page.url();
    const firstCount = await count(page).innerText();
    const firstGlyphs = await glyphs(timeline(page));

    await zoom(page, "Zoom in").click();
    const second = await nextWindow(page, new URL(firstUrl).search);
    expect(second.span).toBeLessThan(first.span);

    await page.goBack();
    await expect.poll(() => page.url()).toBe(firstUrl);
    await expect(page.getByLabel("From", { exact: true })).toHaveValue(first.from);
    await expect(page.getByLabel("To", { exact: true })).toHaveValue(first.to);
    await expect(count(page)).toHaveText(firstCount);
    expect((await glyphs(timeline(page))).map((g) => g.name)).toEqual(firstGlyphs.map((g) => g.name));

    await page.goBack();
    await expectQuery(page, "");
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
  });

  test("with the timeline region focused, + zooms in and - zooms out", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    const region = timeline(page);
    await region.focus();
    await expect(region).toBeFocused();

    await page.keyboard.press("+");
    const narrow = await nextWindow(page, null);
    await expect(region).toBeFocused();

    await page.keyboard.press("-");
    const wide = await nextWindow(page, `?from=${narrow.from}&to=${narrow.to}`);
    expect(wide.span / narrow.span).toBeGreaterThan(1.9);
    expect(wide.span / narrow.span).toBeLessThan(2.1);
    await expect(region).toBeFocused();

    // The keys zoom only the region: typed into a field they are just text.
    const search = page.getByLabel("Search", { exact: true });
    await search.focus();
    await page.keyboard.press("+");
    await expect(search).toHaveValue("+");
    await expect.poll(() => params(page).get("q")).toBe("+");
    expect(windowOf(page)).toEqual(wide);
  });

  test("group=kind lays the lanes out by event kind, and the Lanes by select shows Kind", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const laneNames = () => timeline(page).locator(".lane-label > title").allTextContents();
    const kindLabels = new Set([
      "Investment",
      "Funding round",
      "Valuation",
      "Partnership",
      "Infrastructure",
      "Acquisition",
      "Corporate",
      "Founding",
      "Product",
    ]);
    const entityNames = new Set(atlas.entities.map((e) => e.name));

    await open(page);
    const picker = page.getByLabel("Lanes by");
    await expect(picker).toHaveValue("recipient");
    const byRecipient = await laneNames();
    expect(byRecipient).toContain("OpenAI");
    for (const lane of byRecipient) expect(entityNames.has(lane), lane).toBe(true);

    await picker.selectOption({ label: "Kind" });
    await expectQuery(page, "group=kind");
    await expect(picker).toHaveValue("kind");
    await expect(picker.locator("option:checked")).toHaveText("Kind");
    await expect.poll(laneNames).toContain("Investment");
    for (const lane of await laneNames()) expect(kindLabels.has(lane), lane).toBe(true);

    // The link alone does the same.
    await open(page, "./?group=kind");
    await expect(picker.locator("option:checked")).toHaveText("Kind");
    await expect.poll(laneNames).toContain("Funding round");
    for (const lane of await laneNames()) expect(kindLabels.has(lane), lane).toBe(true);
  });
});

test.describe("stacked rows", () => {
  test("a lane that stacks same-date events into rows says so beside the extra rows", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    // Zoomed out, OpenAI's January events share one badge: one row, nothing to explain.
    await open(page);
    const notes = timeline(page).locator("text.lane-stack-note");
    await expect(timeline(page).locator("text.lane-label").first()).toBeVisible();
    await expect(notes).toHaveCount(0);

    // In January they are marks of their own, one row each, under OpenAI's name.
    await open(page, `./?${JANUARY}`);
    await expect(notes.first()).toHaveText("Same dates, stacked");
    // OpenAI is the first lane (by recipient, the most events first).
    const openai = timeline(page).locator("text.lane-label").first();
    await expect(openai).toContainText("OpenAI");
    const [name, note] = [(await openai.boundingBox())!, (await notes.first().boundingBox())!];
    // The note sits one row (40 px) below the name, in the same gutter.
    expect(Math.round(note.y - name.y)).toBeGreaterThanOrEqual(30);
    expect(Math.round(note.y - name.y)).toBeLessThanOrEqual(50);
    expect(Math.abs(note.x - name.x)).toBeLessThanOrEqual(1);
  });
});

test("the legend has a key for every status the filters offer", async ({ page, pageErrors, offsiteRequests }) => {
  await open(page);
  const statuses = await page
    .getByRole("region", { name: "Filters" })
    .getByRole("group", { name: "Status" })
    .getByRole("button")
    .allInnerTexts();
  expect(statuses.length).toBeGreaterThan(5);
  // Keys for statuses no event in the window has are hidden, not gone: each is named.
  const legend = (await page.getByRole("note", { name: "How to read the timeline" }).textContent())!.toLowerCase();
  // "In talks" is named by its last word, as in "Talks or rumoured".
  for (const status of statuses) expect(legend, status).toContain(status.trim().split(/\s+/).at(-1)!.toLowerCase());
});

test("a mark's tooltip goes when the mark is selected, whose details the panel shows", async ({
  page,
  pageErrors,
  offsiteRequests,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, `./?${JANUARY}`);
  const talks = timeline(page).getByRole("button", { name: TALKS_MARK, exact: true });
  const tooltip = timeline(page).locator(".tooltip");
  await talks.hover();
  await expect(tooltip).toContainText(TALKS.title);
  await talks.click();
  await expect(talks).toHaveClass(/\bselected\b/);
  await expect(details(page).getByRole("heading", { name: TALKS.title })).toBeVisible();
  // The pointer is still on the mark; the tooltip has gone.
  await expect(tooltip).toHaveCount(0);
  // Another mark still gets its tooltip.
  const other = timeline(page).getByRole("button", { name: /^SoftBank in talks/ });
  await other.hover();
  await expect(tooltip).toContainText("SoftBank");
});

test("the legend explains the encodings the window's events use, and no others", async ({
  page,
  pageErrors,
  offsiteRequests,
}) => {
  const legend = page.getByRole("note", { name: "How to read the timeline" });
  const key = (text: string) => legend.locator(".legend-item").filter({ hasText: text });
  // Nothing in the bundled data is cancelled, and no amount is only a floor.
  await open(page, "./");
  for (const text of ["Ring: “up to”", "No amount reported", "Completed, agreed or announced", "Talks or rumoured", "Estimate", "Band: dated only"])
    await expect(key(text), text).toBeVisible();
  for (const text of ["Cancelled", "Spikes: “at least”"]) await expect(key(text), text).toBeHidden();
  // The fitted view draws amounts, a badge and the as-of line, and every kind but an
  // acquisition (the one reported has no date).
  for (const text of ["Area: amount", "Events too close to tell apart", "Date the data runs to"])
    await expect(key(text), text).toBeVisible();
  const kinds = legend.locator(".legend-kind");
  await expect(kinds.filter({ visible: true })).toHaveCount(8);
  await expect(kinds.filter({ hasText: "Acquisition" })).toBeHidden();
  // Estimates alone: their outline, their bands, and the sizes of those with amounts.
  await open(page, "./?status=estimate");
  await expect(key("Estimate")).toBeVisible();
  for (const text of ["Completed, agreed or announced", "Talks or rumoured", "Ring: “up to”"])
    await expect(key(text), text).toBeHidden();
  // The window decides, not the lanes: 2023 and 2024 hold no estimate and no talks,
  // though the lanes still hold 2026's.
  await open(page, "./?from=2023-01-01&to=2024-12-31");
  await expect(key("Completed, agreed or announced")).toBeVisible();
  for (const text of ["Estimate", "Talks or rumoured"]) await expect(key(text), text).toBeHidden();
  // Its two events are partnerships with no amount, a year apart: no area, no badge,
  // and the data runs to 2026, out of view.
  for (const text of ["Area: amount", "Events too close to tell apart", "Date the data runs to"])
    await expect(key(text), text).toBeHidden();
  await expect(kinds.filter({ visible: true })).toHaveText(["Partnership"]);
});

test("a window between the events says so, and Show every date brings them back", async ({
  page,
  pageErrors,
  offsiteRequests,
}) => {
  // The bundled data has nothing dated in 2019 or 2020, though its lanes stay drawn.
  await open(page, "./?from=2019-01-01&to=2020-12-31");
  await expect(count(page)).toHaveText(countText(0, TOTAL));
  const message = timeline(page).getByText("No events between these dates.");
  await expect(message).toBeVisible();
  // The as-of line is out of view, and so is its key.
  const legend = page.getByRole("note", { name: "How to read the timeline" });
  await expect(legend.locator(".legend-item").filter({ hasText: "Date the data runs to" })).toBeHidden();
  await timeline(page).getByRole("button", { name: "Show every date" }).click();
  await expect.poll(() => params(page).has("from")).toBe(false);
  await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
  await expect(message).toBeHidden();
  await expect(timeline(page).locator("g.mark").first()).toBeVisible();
});

test("with nothing to draw, the legend has no key for the as-of line", async ({ page, pageErrors, offsiteRequests }) => {
  // Its label still sits on the axis, but a line through no lanes has no length.
  await open(page, "./?q=nothing-is-called-this");
  await expect(timeline(page).getByRole("button", { name: "Reset filters" })).toBeVisible();
  const legend = page.getByRole("note", { name: "How to read the timeline" });
  await expect(legend.locator(".legend-item").filter({ hasText: "Date the data runs to" })).toBeHidden();
});
