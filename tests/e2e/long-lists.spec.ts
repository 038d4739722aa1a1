// A large import: a company in hundreds of events. The details panel lists the first 50
// of them and offers the rest in steps; the table marks one selected row at a time.
import type { Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";

const EVENTS = 260;

/** A dataset in which one fund invests in one company 260 times, a day apart. */
function manyEvents() {
  const day = (k: number) => new Date(Date.UTC(2020, 0, 1 + k)).toISOString().slice(0, 10);
  return {
    schema: "capital-atlas/1",
    title: "One company, many events",
    as_of: day(EVENTS),
    sources: [{ id: "wire", publisher: "Test Wire", title: "A report", published: day(EVENTS), url: null }],
    entities: [
      { id: "hub", name: "Hub Corp", kind: "company" },
      { id: "fund", name: "Fund One", kind: "fund" },
    ],
    events: Array.from({ length: EVENTS }, (_, k) => ({
      id: `deal-${k}`,
      kind: "investment",
      date: day(k),
      from: ["fund"],
      to: "hub",
      amount: { min: 1e6 * (k + 1), max: 1e6 * (k + 1), qualifier: "exact" },
      status: "completed",
      title: `Deal number ${k}`,
      evidence: [{ source: "wire", quote: `Deal ${k} was done.` }],
    })),
  };
}

async function openMany(page: Page, query: string) {
  await page.route("**/fixtures/many.json", (route) => route.fulfill({ json: manyEvents() }));
  await open(page, `./?data=fixtures/many.json&${query}`);
}

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const eventItems = (page: Page) => details(page).locator("ol.entity-events > li");

test("a company's long list of events shows 50, then 200 more at a time, with focus on the first new one", async ({
  page,
  pageErrors,
  offsiteRequests,
}) => {
  await openMany(page, "view=table&sel=entity:hub");
  await expect(details(page).getByRole("heading", { name: `Events (${EVENTS})` })).toBeVisible();
  await expect(eventItems(page)).toHaveCount(50);
  // Oldest first, as before the list was cut.
  await expect(eventItems(page).first()).toContainText("Deal number 0");
  await expect(eventItems(page).last()).toContainText("Deal number 49");

  await details(page).getByRole("button", { name: "Show 200 more, of 210 events not shown" }).click();
  await expect(eventItems(page)).toHaveCount(250);
  await expect(eventItems(page).nth(50).getByRole("button")).toBeFocused();
  await expect(eventItems(page).nth(50)).toContainText("Deal number 50");

  // From the keyboard too.
  const rest = details(page).getByRole("button", { name: "Show the other 10 events" });
  await rest.focus();
  await page.keyboard.press("Enter");
  await expect(eventItems(page)).toHaveCount(EVENTS);
  await expect(eventItems(page).nth(250).getByRole("button")).toBeFocused();
  await expect(details(page).getByRole("button", { name: /^Show / })).toHaveCount(0);

  // Another company starts again from its first 50.
  await details(page).getByRole("button", { name: "Deal number 3", exact: true }).click();
  await details(page).getByRole("button", { name: "Fund One" }).first().click();
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Fund One");
  await expect(eventItems(page)).toHaveCount(50);
  await expect(details(page).getByRole("button", { name: "Show 200 more, of 210 events not shown" })).toBeVisible();
});

test("the table marks exactly the selected row, and moves the mark with the selection", async ({
  page,
  pageErrors,
  offsiteRequests,
}) => {
  await openMany(page, "view=table");
  const rows = page.locator("table.events tbody tr");
  await expect(rows).toHaveCount(EVENTS);
  const selected = page.locator('table.events tbody tr[aria-selected="true"]');
  await expect(selected).toHaveCount(0);
  await page.getByRole("button", { name: "Deal number 7", exact: true }).click();
  await expect(selected).toHaveCount(1);
  await expect(selected).toContainText("Deal number 7");
  await page.getByRole("button", { name: "Deal number 200", exact: true }).click();
  await expect(selected).toHaveCount(1);
  await expect(selected).toContainText("Deal number 200");
  // Back brings the earlier selection, and its mark, back.
  await page.goBack();
  await expect(selected).toHaveCount(1);
  await expect(selected).toContainText("Deal number 7");
});
