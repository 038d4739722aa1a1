// The table's order: newest first when the link says nothing, a header click sorts by
// its column (dates and figures largest first, names from A), and sort= keeps it.
import type { Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { atlas, event, expectQuery, span } from "./bundled";

const rowTitles = (page: Page) => page.getByRole("table").getByRole("rowheader").allInnerTexts();

test.describe("table sort", () => {
  test("clicking a column header sorts the table and writes sort= into the link", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    // The expected order by amount: the upper bound, rows without an amount last in
    // both directions, ties by date (undated last; a year before its first month and
    // day) and then id.
    const start = (id: string) => {
      const date = event(id).date;
      return date ? span(date)[0] : "9999";
    };
    const end = (id: string) => {
      const date = event(id).date;
      return date ? span(date)[1] : "9999";
    };
    const upper = (id: string) => {
      const amount = event(id).amount;
      return amount ? (amount.max ?? amount.min) : null;
    };
    const byAmount = (descending: boolean) =>
      atlas.events
        .map((e) => e.id)
        .sort((a, b) => {
          const [x, y] = [upper(a), upper(b)];
          if (x !== null && y !== null && x !== y) return descending ? y - x : x - y;
          if (x === null && y !== null) return 1;
          if (y === null && x !== null) return -1;
          return start(a).localeCompare(start(b)) || end(b).localeCompare(end(a)) || (a < b ? -1 : a > b ? 1 : 0);
        })
        .map((id) => event(id).title);

    // Newest first, undated last; of dates that start on the same day the narrowest
    // first ("Jan 2026" before "2026"); then ties by id.
    const byDateDescending = atlas.events
      .map((e) => e.id)
      .sort((a, b) => {
        const [x, y] = [start(a), start(b)];
        if (x === "9999" || y === "9999") return x === y ? (a < b ? -1 : 1) : x === "9999" ? 1 : -1;
        return y.localeCompare(x) || end(a).localeCompare(end(b)) || (a < b ? -1 : a > b ? 1 : 0);
      })
      .map((id) => event(id).title);

    // The table opens newest first.
    await open(page, "./?view=table");
    const header = (name: string) => page.getByRole("columnheader", { name });
    await expect(header("Date")).toHaveAttribute("aria-sort", "descending");
    await expect(header("Amount")).toHaveAttribute("aria-sort", "none");
    expect(await rowTitles(page)).toEqual(byDateDescending);

    // A figure's column starts largest first; again, and it turns around.
    await header("Amount").getByRole("button").click();
    await expectQuery(page, "view=table&sort=-amount");
    await expect(header("Amount")).toHaveAttribute("aria-sort", "descending");
    await expect(header("Date")).toHaveAttribute("aria-sort", "none");
    expect(await rowTitles(page)).toEqual(byAmount(true));
    expect((await rowTitles(page))[0]).toBe(event("amazon-capex-2026").title);

    await header("Amount").getByRole("button").click();
    await expectQuery(page, "view=table&sort=amount");
    await expect(header("Amount")).toHaveAttribute("aria-sort", "ascending");
    expect(await rowTitles(page)).toEqual(byAmount(false));

    // The sort is in the link: it survives a reload.
    await page.reload();
    await expect(header("Amount")).toHaveAttribute("aria-sort", "ascending");
    expect(await rowTitles(page)).toEqual(byAmount(false));

    // Date newest first is the default, so it leaves the link; again, and it is oldest
    // first. A name's column starts from A.
    await header("Date").getByRole("button").click();
    await expectQuery(page, "view=table");
    await expect(header("Date")).toHaveAttribute("aria-sort", "descending");
    await header("Date").getByRole("button").click();
    await expectQuery(page, "view=table&sort=date");
    await expect(header("Date")).toHaveAttribute("aria-sort", "ascending");
    await expect(header("Amount")).toHaveAttribute("aria-sort", "none");
    await header("Event").getByRole("button").click();
    await expectQuery(page, "view=table&sort=title");
    await expect(header("Event")).toHaveAttribute("aria-sort", "ascending");
  });
});
