// The timeline's zoom: the buttons close in on the events or the selection (the
// whole-data view of the bundled reports is mostly empty years), the wheel zooms and
// Shift+wheel scrolls the lanes, and the axis labels every window whole.
import type { Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { TOTAL, count, countText, event, expected, nextWindow } from "./bundled";

const TALKS = event("amazon-openai-talks-50b");
const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" });
const zoom = (page: Page, name: "Zoom in" | "Zoom out") => timeline(page).getByRole("button", { name, exact: true });

test.describe("timeline zoom", () => {
  test("Zoom in closes in on the events, or on the selection, rather than the empty middle years", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    // The whole-data view runs from 2015 to 2027 with nearly every event in January
    // 2026. Zooming around the plot's middle, four steps showed late 2020 and one
    // event; zooming around the middle of the events keeps January 2026 in view.
    await open(page);
    let previous: string | null = null;
    let window = { from: "", to: "", span: 0 };
    for (let step = 0; step < 4; step++) {
      await zoom(page, "Zoom in").click();
      window = await nextWindow(page, previous);
      previous = new URL(page.url()).search;
    }
    expect(window.from <= TALKS.date! && TALKS.date! <= window.to, `${window.from}..${window.to}`).toBe(true);
    const inside = expected({ from: window.from, to: window.to }).length;
    expect(inside).toBeGreaterThanOrEqual(TOTAL / 3);
    await expect(count(page)).toHaveText(countText(inside, TOTAL));

    // With an event selected, the zoom keeps it in view, however far from the others.
    const founded = event("openai-founded");
    await open(page, `./?sel=${founded.id}`);
    previous = new URL(page.url()).search;
    for (let step = 0; step < 3; step++) {
      await zoom(page, "Zoom in").click();
      window = await nextWindow(page, previous);
      previous = new URL(page.url()).search;
    }
    expect(window.from.slice(0, 4) <= founded.date!.slice(0, 4), `${window.from}..${window.to}`).toBe(true);
    expect(founded.date!.slice(0, 4) <= window.to.slice(0, 4), `${window.from}..${window.to}`).toBe(true);
    await expect(timeline(page).getByRole("button", { name: new RegExp(`^${founded.title}, 2015`) })).toBeVisible();
  });

  test("Shift+wheel scrolls the lanes and leaves the window as it was; the wheel alone zooms", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    // Chromium turns Shift+wheel into a sideways scroll, which the lanes do not have:
    // the hint under them promised more lanes that the wheel never brought.
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page, "./?from=2026-01&to=2026-01");
    const scroller = timeline(page).locator(".timeline-scroll");
    const box = (await timeline(page).locator("svg.timeline-svg").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 150);
    await page.keyboard.down("Shift");
    await page.mouse.wheel(0, 120);
    await page.keyboard.up("Shift");
    await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe("?from=2026-01&to=2026-01");
    await page.mouse.wheel(0, -120);
    await expect.poll(() => new URL(page.url()).search).not.toBe("?from=2026-01&to=2026-01");
  });

  test("every tick label is whole inside the drawing, at the window's edges too", async ({ page, pageErrors, offsiteRequests }) => {
    // A window ending on 15 Feb has a tick at its right edge for 16 Feb, whose label,
    // centred there, was cut in half by the drawing's end.
    for (const [width, height] of [[1440, 900], [375, 667]]) {
      await page.setViewportSize({ width, height });
      for (const window of ["from=2025-12-15&to=2026-02-15", "from=2026-01&to=2026-01", "from=2016&to=2025"]) {
        await open(page, `./?${window}`);
        const labels = timeline(page).locator(".tick-label");
        await expect(labels.first()).toBeVisible();
        const outside = await page.evaluate(() => {
          const svg = document.querySelector(".timeline-svg")!.getBoundingClientRect();
          return [...document.querySelectorAll(".timeline-svg .tick-label")]
            .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }))
            .filter(({ box }) => box.left < svg.left - 0.5 || box.right > svg.right + 0.5)
            .map(({ text }) => text);
        });
        expect(outside, `${width}px, ${window}`).toEqual([]);
      }
    }
  });

  test("the overview strip names the years it spans, beside it, whatever the window", async ({ page, pageErrors, offsiteRequests }) => {
    // Zoomed in, the window's highlight on the strip is a few pixels wide: without the
    // years, nothing placed it in time.
    for (const [width, height] of [[1440, 900], [375, 667]]) {
      await page.setViewportSize({ width, height });
      for (const window of ["", "?from=2026-01&to=2026-01"]) {
        await open(page, `./${window}`);
        const years = timeline(page).locator(".overview-years");
        await expect(years).toHaveText(/^(\d{4})–(\d{4})$/);
        const [first, last] = (await years.textContent())!.split("–").map(Number);
        // The bundled reports run from OpenAI's founding in 2015 to 2027's plans.
        expect(first).toBeLessThanOrEqual(2015);
        expect(last).toBeGreaterThanOrEqual(2026);
        const [label, strip] = [(await years.boundingBox())!, (await timeline(page).locator(".overview-svg").boundingBox())!];
        expect(label.x + label.width, `${width}px ${window}`).toBeLessThanOrEqual(strip.x);
        expect(label.x).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
