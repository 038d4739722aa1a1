// The largest deals the details panel lists while nothing is selected: each figure
// leads its title, beside it where the panel has room and above it where it has not.
import type { Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { atlas } from "./bundled";

/** The list of the largest deals in the details panel. */
const dealsList = (page: Page) =>
  page.getByRole("complementary", { name: "Details" }).getByRole("list").filter({ has: page.locator(".figure") });

/** The largest deals listed in the details panel: the boxes of each one's figure,
 *  status badge and title, and how many lines its title takes. */
const largestDeals = async (page: Page) => {
  const list = dealsList(page);
  await expect(list.getByRole("listitem")).toHaveCount(3);
  return list.getByRole("listitem").evaluateAll((items) =>
    items.map((item) => {
      const box = (selector: string) => item.querySelector(selector)!.getBoundingClientRect().toJSON();
      const title = item.querySelector("button")!;
      return {
        figure: box(".figure"),
        badge: box(".status-badge"),
        title: box("button"),
        titleLines: Math.round(title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight)),
      };
    }),
  );
};

test.describe("small laptops", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the largest deals keep their figures in a column beside the titles", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    const deals = await largestDeals(page);
    for (const deal of deals) {
      expect(deal.figure.right).toBeLessThan(deal.title.left);
      expect(Math.abs(deal.figure.top - deal.title.top)).toBeLessThan(4);
    }
    // One column: every title starts at the same x.
    expect(new Set(deals.map((d) => Math.round(d.title.left))).size).toBe(1);
  });
});

for (const width of [1024, 1100, 1199]) test.describe(`landscape tablets and small laptops, ${width} px`, () => {
  test.use({ viewport: { width, height: 768 } });

  // Beside a 6.9 rem column of figures the 15 to 17.5 rem panel squeezed titles to
  // three lines of two words.
  test("the largest deals put each figure and its status above the title, which keeps to two lines", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    for (const deal of await largestDeals(page)) {
      expect(deal.figure.bottom).toBeLessThanOrEqual(deal.title.top + 1);
      expect(deal.badge.bottom).toBeLessThanOrEqual(deal.title.top + 1);
      expect(deal.titleLines).toBeLessThanOrEqual(2);
    }
  });
});

test("a largest deal with no date says it is not on the timeline, and only such a deal does", async ({
  page,
  pageErrors,
  offsiteRequests,
}) => {
  await open(page);
  const items = await dealsList(page).getByRole("listitem").evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector("button")!.textContent!.trim(),
      note: item.querySelector(".note")?.textContent ?? null,
    })),
  );
  expect(items).toHaveLength(3);
  // Whether each deal is dated comes from the data file, by its title.
  const dated = (title: string) => atlas.events.find((e) => e.title === title)!.date != null;
  expect(items.some((item) => !dated(item.title)), JSON.stringify(items)).toBe(true);
  for (const item of items)
    expect(item.note, item.title).toBe(dated(item.title) ? null : "Undated: not on the timeline");
});
