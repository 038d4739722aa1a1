// The largest marks in view carry their amounts as figures beside them, and marks with
// room carry their titles (after the mark, or before it when nothing precedes it in its
// row and there is no room after), clear of every other mark, badge, figure and title,
// inside the plot.
import type { Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { atlas } from "./bundled";

const ROUND = atlas.events.findIndex((e) => e.id === "openai-round-100b");

/** The label that holds the round's figure (its title may also say "up to $100B"). */
const roundsLabel = (page: Page) =>
  page
    .locator(".timeline-svg .mark-label", { has: page.locator(".mark-figure", { hasText: /^up to \$100B$/ }) })
    .filter({ hasNotText: /^largest / });

/** Every pair of boxes that overlap among the figures, titles, marks and badges, and
 *  every figure or title that reaches outside the plot. */
const clashes = (page: Page) =>
  page.evaluate(() => {
    const box = (el: Element) => el.getBoundingClientRect();
    const figures = [...document.querySelectorAll(".timeline-svg .mark-figure")].map((f) => ({ name: f.textContent, r: box(f) }));
    const titles = [...document.querySelectorAll(".timeline-svg .mark-title")].map((f) => ({ name: f.textContent, r: box(f) }));
    const labels = [...figures, ...titles];
    const glyphs = [...document.querySelectorAll(".timeline-svg g.mark, .timeline-svg g.cluster")].map((g) => ({
      name: g.getAttribute("aria-label"),
      r: box(g),
    }));
    // The plot: the clipping rectangle, placed by its group's translation in the SVG.
    const svg = box(document.querySelector(".timeline-svg")!);
    const group = document.querySelector<SVGGElement>(".timeline-svg g[clip-path]")!;
    const shift = group.transform.baseVal.consolidate()!.matrix.e;
    const clip = document.querySelector<SVGRectElement>("#timeline-plot rect")!;
    const left = svg.left + shift + clip.x.baseVal.value;
    const plot = { left, right: left + clip.width.baseVal.value, width: clip.width.baseVal.value };
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const found: string[] = [];
    labels.forEach((f, i) => {
      if (f.r.left < plot.left - 0.5 || f.r.right > plot.right + 0.5) found.push(`${f.name} outside the plot`);
      for (const g of glyphs) if (overlap(f.r, g.r)) found.push(`${f.name} over ${g.name}`);
      for (const other of labels.slice(i + 1)) if (overlap(f.r, other.r)) found.push(`${f.name} over ${other.name}`);
    });
    return { count: figures.length, titles: titles.length, plot: plot.width, found };
  });

/** The band of the mark drawn in `mark`'s box: the narrowest band holding its centre
 *  (a month's band may sit inside another event's year band). */
async function ownBand(page: Page, mark: { x: number; y: number; width: number; height: number }) {
  const middle = { x: mark.x + mark.width / 2, y: mark.y + mark.height / 2 };
  const bands = await page.locator(".timeline-svg rect.band").evaluateAll(
    (rects, at) =>
      rects
        .map((r) => r.getBoundingClientRect())
        .filter((b) => b.x <= at.x && at.x <= b.right && b.top <= at.y && at.y <= b.bottom)
        .map((b) => ({ x: b.x, right: b.right }))
        .sort((a, b) => a.right - a.x - (b.right - b.x)),
    middle,
  );
  expect(bands.length, "the mark has a band").toBeGreaterThan(0);
  return bands[0];
}

test.describe("figures", () => {
  // A window around the reports on each screen, zoomed in far enough on the phone for
  // the round's mark to stand apart from its neighbours.
  for (const [width, height, window] of [
    [1440, 900, "from=2025-06&to=2026-03"],
    [375, 667, "from=2025-12&to=2026-02"],
  ] as const) {
    test(`at ${width} px the largest marks carry their amounts, beside them and clear of everything`, async ({
      page,
      pageErrors,
      offsiteRequests,
    }) => {
      await page.setViewportSize({ width, height });
      await open(page, `./?${window}`);
      const figures = page.locator(".timeline-svg .mark-figure");
      await expect(figures.first()).toBeVisible();
      // The round, the largest amount in view, is always among them; the talks it
      // outranks follow where there is room (none on a phone's narrow plot).
      const texts = await figures.allTextContents();
      expect(texts[0]).toBe("up to $100B");
      if (width > 1000) expect(texts).toEqual(expect.arrayContaining(["up to $50B", "up to $30B"]));
      // Its figure (with the sign of a figure the reports disagree on) starts just
      // right of its mark, on the mark's row, or at most 12 px further to clear its
      // month's band.
      const mark = (await page.locator(`.timeline-svg g.mark[data-event="${ROUND}"]`).boundingBox())!;
      const figure = (await roundsLabel(page).boundingBox())!;
      expect(figure.x).toBeGreaterThan(mark.x + mark.width);
      expect(figure.x).toBeLessThan(mark.x + mark.width + 10 + 12);
      expect(figure.y + figure.height / 2).toBeCloseTo(mark.y + mark.height / 2, 0);
      const { count, plot, found } = await clashes(page);
      expect(found).toEqual([]);
      // About one figure per 120 px of plot, at least two and at most six.
      expect(count).toBeLessThanOrEqual(Math.min(6, Math.max(2, Math.floor(plot / 120))));
      // Every mark already says its amount to a screen reader; the figures are for the eye.
      await expect(page.locator(".timeline-svg .mark-figures")).toHaveAttribute("aria-hidden", "true");
    });
  }

  test("zooming and panning keep figures clear of everything, and a selection hides the labels of the marks it fades", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?from=2025-06&to=2026-03");
    const timeline = page.getByRole("region", { name: "Timeline" });
    let drawn = 0;
    let titled = 0;
    for (const step of ["Zoom out", "Zoom in", "Zoom in", "Fit"]) {
      const before = page.url();
      await timeline.getByRole("button", { name: step, exact: true }).click();
      // The step is drawn once its window is in the address (written after the paint).
      await expect.poll(() => page.url()).not.toBe(before);
      const { count, titles, found } = await clashes(page);
      expect(found, step).toEqual([]);
      drawn += count;
      titled += titles;
    }
    // Figures and titles were drawn along the way, so the checks above looked at some.
    expect(drawn).toBeGreaterThan(2);
    expect(titled).toBeGreaterThan(4);
    // Nvidia is not a party to OpenAI's round: with Nvidia selected, the round's mark
    // fades and its figure goes (faded words under a halo read as a smudge).
    await open(page, "./?from=2025-06&to=2026-03&sel=entity:nvidia");
    const round = roundsLabel(page);
    await expect(round).toHaveCount(1);
    await expect(round).toHaveClass(/faint/);
    await expect(round).toHaveCSS("visibility", "hidden");
    await open(page, "./?from=2025-06&to=2026-03&sel=openai-round-100b");
    await expect(round).not.toHaveClass(/faint/);
    await expect(round).toBeVisible();
    // So do the titles of the marks a selection leaves faint; the selection's own stay.
    const title = page.locator(".timeline-svg .mark-title", { hasText: "OpenAI targets a valuation" });
    await expect(title).toBeVisible();
    const nvidia = page.locator(".timeline-svg .mark-title", { hasText: "Nvidia in talks" });
    await open(page, "./?from=2025-06&to=2026-03&sel=entity:nvidia");
    await expect(nvidia).toBeVisible();
    await expect(title).toHaveCount(1);
    await expect(title).toHaveCSS("visibility", "hidden");
  });

  test("zoomed out, a badge carries the largest amount it holds, stacks folded in", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./");
    // The round ($100B, the largest deal) is folded into OpenAI's badge, two rows down a
    // January stack: the badge carries its figure, on the badge's row, beside it.
    const badge = page.locator(".timeline-svg g.cluster", { has: page.locator("text", { hasText: /^1[12]$/ }) }).first();
    // Worded as the largest, so that it is not read as the badge's total, with the sign
    // that its reports differ next to the figure ("≠ largest" read as "not the largest").
    const figure = page.locator(".timeline-svg .mark-label", { hasText: /^largest ≠ up to \$100B$/ });
    await expect(figure).toHaveCount(1);
    const [b, f] = [(await badge.boundingBox())!, (await figure.boundingBox())!];
    expect(f.y + f.height / 2).toBeCloseTo(b.y + b.height / 2, 0);
    const gap = Math.max(b.x - (f.x + f.width), f.x - (b.x + b.width));
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(10);
    expect((await clashes(page)).found).toEqual([]);
    // The legend says what a badge's figure is.
    await expect(page.getByText("Events too close to tell apart, with the largest amount among them")).toBeVisible();
  });

  test("a badge's figure is never an estimate's", async ({ page, pageErrors, offsiteRequests }) => {
    // Amazon's estimated ~$125B of spending in 2026 used to give the Amazon lane's badge
    // the only figure on a phone's opening view, as if it were the largest deal.
    for (const [width, height] of [
      [375, 667],
      [1024, 768],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      await open(page);
      await expect(page.locator(".timeline-svg g.mark").first()).toBeVisible();
      // A badge's figure is worded as its largest; the estimate's own mark, where it has
      // room, carries its figure, "~$125B", beside its dotted outline.
      const figures = await page.locator(".timeline-svg .mark-label").allTextContents();
      const badges = figures.filter((f) => f.startsWith("largest "));
      // At 1440 px OpenAI's badge carries the round's figure (narrower views have
      // room for none), so the check below looks at a badge's figure there.
      if (width >= 1440) expect(badges.length, `${width} px: ${figures}`).toBeGreaterThan(0);
      expect(badges.filter((f) => f.includes("$125B")), `${width} px: ${figures}`).toEqual([]);
    }
  });

  test("a figure beside a mark dated to a year starts past its band's edge, not across it", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    // Amazon's ~$125B estimate is dated 2026: its figure started 7 px inside the year's
    // band, and its halo notched the band's edge.
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page);
    const figure = page.locator(".timeline-svg .mark-figure", { hasText: "~$125B" });
    await expect(figure).toHaveCount(1);
    const f = (await figure.boundingBox())!;
    const mark = (await page.locator(".timeline-svg g.mark[aria-label^='Amazon expects about $125B']").boundingBox())!;
    const band = await ownBand(page, mark);
    // (Half a pixel of tolerance: the label's box starts with its halo, at the edge.)
    const crosses = (edge: number) => f.x < edge - 0.5 && edge < f.x + f.width;
    expect(crosses(band.x) || crosses(band.right), JSON.stringify({ figure: f, band })).toBe(false);
    expect(f.x).toBeGreaterThan(band.right - 0.5);
  });

  test("a label on a striped lane is haloed in the stripe's colour, not the page's", async ({ page, pageErrors, offsiteRequests }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: 375, height: 667 });
    await open(page, "./?group=kind");
    // Investments are the first lane (striped), funding rounds the second (plain).
    const plain = page.locator(".timeline-svg .mark-label", { hasText: "largest ≠ up to $100B" });
    const striped = page.locator(".timeline-svg .mark-label", { hasText: "largest ≠ up to $50B" });
    await expect(plain).not.toHaveClass(/striped/);
    await expect(striped).toHaveClass(/striped/);
    const stroke = (label: typeof plain) => label.evaluate((el) => getComputedStyle(el).stroke);
    const paper = await page.evaluate(() => {
      const probe = document.createElement("div");
      probe.style.color = "var(--paper)";
      document.body.append(probe);
      return getComputedStyle(probe).color;
    });
    expect(await stroke(plain)).toBe(paper);
    expect(await stroke(striped)).not.toBe(paper);
  });

  /** The titles drawn, each with how far it is from the nearest mark, badge or figure
   *  of its row at its left (`after`) and at its right (`before`), and whether anything
   *  of its row lies at its left at all. */
  const titlesBesideMarks = (page: Page) =>
    page.evaluate(() => {
      const box = (el: Element) => el.getBoundingClientRect();
      // Marks in the plot (one drawn for its band, its centre far outside, is not) and
      // badges.
      const marks = [...document.querySelectorAll(".timeline-svg g.mark:not([tabindex='-1']), .timeline-svg g.cluster")].map(box);
      // A figure starts at its sign, where the reports differ on it.
      const figures = [...document.querySelectorAll(".timeline-svg .mark-figure, .timeline-svg .differs")].map(box);
      const titles = [...document.querySelectorAll(".timeline-svg .mark-title")].map(box);
      const bands = [...document.querySelectorAll(".timeline-svg rect.band")].map(box);
      // The plot's left edge: the drawing is translated by the lanes' names' width.
      const plot = document.querySelector(".timeline-svg g[clip-path]")!;
      const gutter = Number(/translate\(([\d.]+)/.exec(plot.getAttribute("transform") ?? "")?.[1] ?? NaN);
      const plotLeft = box(document.querySelector(".timeline-svg")!).left + gutter;
      return [...document.querySelectorAll(".timeline-svg .mark-title")].map((t) => {
        const r = box(t);
        const row = (b: DOMRect) => Math.abs(b.top + b.height / 2 - (r.top + r.height / 2)) < 2;
        const inRow = [...marks, ...figures].filter((b) => b.width > 0 && row(b));
        const left = inRow.filter((b) => b.right <= r.left + 0.5);
        const after = Math.min(...left.map((b) => r.left - b.right));
        const right = inRow.filter((b) => b.left >= r.right - 0.5);
        const before = Math.min(...right.map((b) => b.left - r.right));
        // Whether what it ends before is a figure rather than a mark.
        const nearest = right.find((b) => b.left - r.right === before);
        const beforeFigure = nearest !== undefined && figures.includes(nearest);
        // How far the nearest title at its left ends from it, if one ends closer than
        // any mark or figure: the room it shares (see `share_room`).
        const shared = Math.min(...titles.filter((b) => row(b) && b.right <= r.left + 0.5).map((b) => r.left - b.right));
        // Whether it is written where a band whose mark is out of view is named: inside
        // a band of its row, 10 px clear of the plot's edge where the band starts
        // before it, else 6 px inside the band.
        const bandTitle = bands.some(
          (b) =>
            row(b) &&
            b.right >= r.right - 0.5 &&
            (Math.abs(r.left - (b.left + 6)) < 2 || (b.left < plotLeft + 10 && Math.abs(r.left - (plotLeft + 10)) < 2)),
        );
        return {
          text: t.textContent!,
          after,
          before,
          beforeFigure,
          leading: left.length === 0,
          shared: shared < after ? shared : null,
          bandTitle,
        };
      });
    });

  for (const [width, height, window, expected] of [
    // The whole timeline: the older events have room; the crowded present does not (its
    // badges carry the largest amounts instead), but the first mark of a row near the
    // right edge is named before it, and a mark after another's title in what that
    // title leaves.
    [
      1440,
      900,
      "",
      [
        "OpenAI founded as a nonprofit research…",
        // In the room the founding's title leaves before it.
        "OpenAI launches ChatGPT",
        "Anthropic founded by former OpenAI researchers",
        "Amazon unveils Project Rainier, an $11B data-centre campus for Anthropic",
      ],
    ],
    // Zoomed in on the reports: each of the stacked talks is named, after the month
    // that is all its reports date it to (its band is wider than the whole title).
    [
      1440,
      900,
      "?from=2025-12-15&to=2026-02-15",
      ["Jan 2026 · Nvidia in talks to join OpenAI's round", "Jan 2026 · Round phase two: financial investors"],
    ],
    // January alone: Amazon's $50B talks, its figure written before it, just after
    // Microsoft's title, is named before its figure, so the $50B is not read as
    // Microsoft's.
    [1440, 900, "?from=2026-01&to=2026-01", ["Microsoft in talks…", "Amazon in talks…"]],
    // The last days of January: January's reports are marked at mid-month, out of
    // view, and named inside their bands; Amazon's talks, with no room for a title
    // after their figure, are named before their mark rather than leave "up to $50B"
    // to read as Microsoft's.
    [
      1440,
      900,
      "?from=2026-01-20&to=2026-01-31",
      [
        "Jan 2026 · Nvidia in talks to join OpenAI's round",
        "Jan 2026 · Round phase two: financial investors",
        "Amazon in talks to invest up to $50B in OpenAI",
      ],
    ],
    // A phone zoomed in: cut short at a word.
    [375, 667, "?from=2025-12&to=2026-02", ["Nvidia in talks…"]],
    // A phone on January alone: no room for the date and enough of the title, so the
    // title goes without the date rather than as a stub ("Jan 2026 · Nvidia…").
    [375, 667, "?from=2026-01&to=2026-01", ["Nvidia in talks…"]],
  ] as const) {
    test(`at ${width} px${window ? ` zoomed in (${window})` : ""}, marks with room carry their titles, cut at a word`, async ({
      page,
      pageErrors,
      offsiteRequests,
    }) => {
      await page.setViewportSize({ width, height });
      await open(page, `./${window}`);
      await expect(page.locator(".timeline-svg .mark-title").first()).toBeVisible();
      // The exact cuts depend on the fonts' widths: these are the CI machine's (DejaVu).
      await expect
        .poll(async () => (await titlesBesideMarks(page)).map((t) => t.text))
        .toEqual(expect.arrayContaining([...expected]));
      const titles = await titlesBesideMarks(page);
      const known = atlas.events.map((e) => e.title);
      for (const { text, after, before, beforeFigure, leading, shared, bandTitle } of titles) {
        // The whole title, or its first words and an ellipsis: never a word cut in two;
        // after its date where that is known only to the month or year.
        const title = text.replace(/^(?:[A-Z][a-z]{2} )?\d{4} · /, "");
        const whole = known.includes(title);
        const head = title.slice(0, -1);
        const cut = title.endsWith("…") && known.some((t) => t.startsWith(head) && /^[\s,;:\-–—(]/.test(t.slice(head.length)));
        expect(whole || cut, text).toBe(true);
        // It starts just right of its mark, or of its mark's figure; or, with nothing
        // before it in its row but a title well clear of it, it ends just left of its
        // mark, or of its mark's figure (16 px before a figure unless it shares a
        // title's room, lest its last words and the figure read as one phrase); or, its
        // mark out of view, it starts where its band shows and ends well before
        // anything drawn after it.
        if (after < 12) {
          expect(after, text).toBeGreaterThanOrEqual(0);
        } else if (before >= 0 && before < (beforeFigure ? 20 : 12)) {
          if (beforeFigure && shared === null) expect(before, text).toBeGreaterThanOrEqual(14);
          expect(leading || (shared !== null && shared >= 20), text).toBe(true);
        } else {
          expect([bandTitle, before >= 20], text).toEqual([true, true]);
        }
      }
      expect((await clashes(page)).found).toEqual([]);
      // A title after its mark's figure follows it at the font's own spacing, 6 px on
      // (zoomed in on the reports, where there is such a title).
      if (window && width > 1000 && !window.includes("2026-01-20")) {
        const label = page
          .locator(".timeline-svg .mark-label")
          .filter({ has: page.locator(".mark-figure:not(:empty)") })
          .filter({ has: page.locator(".mark-title:not(:empty)") })
          .first();
        const figure = (await label.locator(".mark-figure").boundingBox())!;
        const title = (await label.locator(".mark-title").boundingBox())!;
        expect(title.x - (figure.x + figure.width)).toBeCloseTo(6, 0);
      }
    });
  }

  // The table marked the figures the reports disagree on; the timeline wrote them bare,
  // "up to $50B" where one report says "at least $50B".
  test("a figure the reports disagree on carries the table's sign, which the legend explains while the window holds one", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const key = page.getByRole("note", { name: "How to read the timeline" }).getByText("Before an amount: reports differ on it");
    await open(page, "./?from=2025-12-15&to=2026-02-15");
    await expect(roundsLabel(page).locator(".differs")).toHaveText("≠ ");
    await expect(key).toBeVisible();
    // The same events the table marks.
    const signed = await page.locator(".timeline-svg .mark-label:has(.differs) .mark-figure").allTextContents();
    expect(signed.length).toBeGreaterThan(0);
    await page.getByRole("tab", { name: "Table" }).click();
    for (const figure of signed) {
      await expect(page.getByRole("row").filter({ has: page.locator(".col-amount .differs") }).filter({ hasText: figure }).first()).toBeVisible();
    }
    // A badge's figure, of the largest event it holds, carries the sign too; the key
    // stays while the window holds such an event, so that it does not come and go
    // with the figures in view during a pan.
    await open(page, "./");
    await expect(page.locator(".timeline-svg .mark-label", { hasText: "largest ≠ up to $100B" }).locator(".differs")).toHaveText("≠ ");
    await expect(key).toBeVisible();
    // A window with no such event, and a filter that leaves none (the table marks
    // none): no key.
    await open(page, "./?from=2015-01&to=2024-12");
    await expect(page.locator(".timeline-svg g.mark").first()).toBeVisible();
    await expect(key).toBeHidden();
    await open(page, "./?kind=infrastructure");
    await page.getByRole("tab", { name: "Table" }).click();
    await expect(page.getByRole("row").first()).toBeVisible();
    await expect(page.locator("table.events .col-amount .differs")).toHaveCount(0);
    await page.getByRole("tab", { name: "Timeline" }).click();
    await expect(page.locator(".timeline-svg g.mark").first()).toBeVisible();
    await expect(key).toBeHidden();
  });
});
