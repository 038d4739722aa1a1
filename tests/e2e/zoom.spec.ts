// The timeline's zoom buttons close in on the events or the selection: the whole-data
// view of the bundled reports is mostly empty years.
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
});
