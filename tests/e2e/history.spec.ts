// The address is written just after the paint, so a redraw never waits for the
// browser's history; the history still gets one Back step per change.
import type { Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { count, countText, TOTAL, expected, filterOf, params, settled } from "./bundled";

const filters = (page: Page) => page.getByRole("region", { name: "Filters" });
/** The count the bundled data gives for the filters in the page's current address. */
const expectedCount = (page: Page) => countText(expected(filterOf(params(page))).length, TOTAL);

test("the address follows the redraw, and two changes in one frame are two Back steps", async ({
  page,
  pageErrors,
  offsiteRequests,
}) => {
  await open(page);
  const start = page.url();
  const seen = await page.evaluate(() => {
    const kinds = document.querySelectorAll<HTMLElement>("[role=group][aria-label=Kind] button");
    const seen = [location.search];
    kinds[0].click();
    seen.push(location.search);
    kinds[1].click();
    seen.push(location.search);
    return seen;
  });
  // The first change waits for the frame; the second writes it, to keep its Back step.
  expect(seen[1]).toBe(seen[0]);
  expect(seen[2]).not.toBe(seen[1]);
  const kinds = filters(page).getByRole("group", { name: "Kind" }).getByRole("button");
  await expect.poll(() => new URL(page.url()).search).not.toBe(seen[2]);
  const both = page.url();
  await expect(kinds.nth(0)).toHaveAttribute("aria-pressed", "false");
  await expect(kinds.nth(1)).toHaveAttribute("aria-pressed", "false");
  await expect(count(page)).toHaveText(expectedCount(page));

  await page.goBack();
  await expect.poll(() => new URL(page.url()).search).toBe(seen[2]);
  await expect(kinds.nth(0)).toHaveAttribute("aria-pressed", "false");
  await expect(kinds.nth(1)).toHaveAttribute("aria-pressed", "true");
  await page.goBack();
  await expect.poll(() => page.url()).toBe(start);
  await expect(kinds.nth(0)).toHaveAttribute("aria-pressed", "true");
  await page.goForward();
  await page.goForward();
  await expect.poll(() => page.url()).toBe(both);
  await expect(count(page)).toHaveText(expectedCount(page));
});

test("a change made just before the page is hidden is in the address at once", async ({
  page,
  pageErrors,
  offsiteRequests,
}) => {
  await open(page);
  // A hidden page gets no frames to write in, so it writes as it is hidden.
  const search = await page.evaluate(() => {
    document.querySelectorAll<HTMLElement>("[role=group][aria-label=Kind] button")[0].click();
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
    return location.search;
  });
  expect(new URLSearchParams(search).get("kind")).toBeTruthy();
});
