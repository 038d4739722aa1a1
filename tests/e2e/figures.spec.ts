// The largest marks in view carry their amounts as figures beside them, clear of every
// other mark, badge and figure, inside the plot.
import type { Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { atlas } from "./bundled";

const ROUND = atlas.events.findIndex((e) => e.id === "openai-round-100b");

/** Every pair of boxes that overlap among the figures, marks and badges, and every
 *  figure that reaches outside the plot. */
const clashes = (page: Page) =>
  page.evaluate(() => {
    const box = (el: Element) => el.getBoundingClientRect();
    const figures = [...document.querySelectorAll(".timeline-svg .mark-figure")].map((f) => ({ name: f.textContent, r: box(f) }));
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
    figures.forEach((f, i) => {
      if (f.r.left < plot.left - 0.5 || f.r.right > plot.right + 0.5) found.push(`${f.name} outside the plot`);
      for (const g of glyphs) if (overlap(f.r, g.r)) found.push(`${f.name} over ${g.name}`);
      for (const other of figures.slice(i + 1)) if (overlap(f.r, other.r)) found.push(`${f.name} over ${other.name}`);
    });
    return { count: figures.length, plot: plot.width, found };
  });

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
      // Its figure starts just right of its mark, on the mark's row.
      const mark = (await page.locator(`.timeline-svg g.mark[data-event="${ROUND}"]`).boundingBox())!;
      const figure = (await figures.first().boundingBox())!;
      expect(figure.x).toBeGreaterThan(mark.x + mark.width);
      expect(figure.x).toBeLessThan(mark.x + mark.width + 10);
      expect(figure.y + figure.height / 2).toBeCloseTo(mark.y + mark.height / 2, 0);
      const { count, plot, found } = await clashes(page);
      expect(found).toEqual([]);
      // About one figure per 120 px of plot, at least two and at most six.
      expect(count).toBeLessThanOrEqual(Math.min(6, Math.max(2, Math.floor(plot / 120))));
      // Every mark already says its amount to a screen reader; the figures are for the eye.
      await expect(page.locator(".timeline-svg .mark-figures")).toHaveAttribute("aria-hidden", "true");
    });
  }

  test("zooming and panning keep figures clear of everything, and a selection fades the others", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?from=2025-06&to=2026-03");
    const timeline = page.getByRole("region", { name: "Timeline" });
    let drawn = 0;
    for (const step of ["Zoom out", "Zoom in", "Zoom in", "Fit"]) {
      const before = page.url();
      await timeline.getByRole("button", { name: step, exact: true }).click();
      // The step is drawn once its window is in the address (written after the paint).
      await expect.poll(() => page.url()).not.toBe(before);
      const { count, found } = await clashes(page);
      expect(found, step).toEqual([]);
      drawn += count;
    }
    // Figures were drawn along the way, so the checks above looked at some.
    expect(drawn).toBeGreaterThan(2);
    // Nvidia is not a party to OpenAI's round: with Nvidia selected, the round's figure
    // fades with its mark.
    await open(page, "./?from=2025-06&to=2026-03&sel=entity:nvidia");
    const round = page.locator(".timeline-svg .mark-figure", { hasText: "up to $100B" });
    await expect(round).toHaveClass(/faint/);
    await open(page, "./?from=2025-06&to=2026-03&sel=openai-round-100b");
    await expect(round).not.toHaveClass(/faint/);
  });
});
