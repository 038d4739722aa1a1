// The link is the state: filters, selection and sort are written into the address,
// survive a reload, walk with Back and Forward, and hostile links do no harm. The
// table's sort has its own file, table-sort.spec.ts.
import type { Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { TOTAL, count, countText, event, expectQuery, expected, filterOf, params } from "./bundled";

const filters = (page: Page) => page.getByRole("region", { name: "Filters" });
const companyBox = (page: Page) => page.getByRole("combobox", { name: "Company" });
const chips = (page: Page) => page.getByRole("list", { name: "Chosen companies" });
const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const rowTitles = (page: Page) => page.getByRole("table").getByRole("rowheader").allInnerTexts();
const titlesOf = (ids: string[]) => ids.map((id) => event(id).title);
const sorted = (items: string[]) => [...items].sort();

/** The count the bundled data gives for the filters in the page's current address. */
const expectedCount = (page: Page) => countText(expected(filterOf(params(page))).length, TOTAL);

test.describe("links", () => {
  test("choosing a company in the combobox writes company= and survives a reload", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    const box = companyBox(page);
    await box.fill("anthr");
    const listbox = page.getByRole("listbox", { name: "Companies" });
    await expect(listbox).toBeVisible();
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await expect(listbox.getByRole("option").first()).toContainText("Anthropic");
    await box.press("ArrowDown");
    // The active option is the one aria-activedescendant points at.
    const active = await box.getAttribute("aria-activedescendant");
    await expect(page.locator(`#${active}`)).toContainText("Anthropic");
    await box.press("Enter");

    await expectQuery(page, "company=anthropic");
    await expect(box).toHaveValue("");
    await expect(listbox).toBeHidden();
    await expect(chips(page).getByRole("button", { name: "Remove Anthropic" })).toBeVisible();
    const anthropic = countText(expected({ companies: ["anthropic"] }).length, TOTAL);
    await expect(count(page)).toHaveText(anthropic);

    await page.reload();
    await expect(count(page)).toHaveText(anthropic);
    await expect(chips(page).getByRole("button", { name: "Remove Anthropic" })).toBeVisible();
    await expectQuery(page, "company=anthropic");
  });

  test("clicking a company found by its alias chooses it, and its chip removes it again", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    await companyBox(page).fill("amazon web");
    const option = page.getByRole("listbox", { name: "Companies" }).getByRole("option", { name: /AWS/ });
    await expect(option).toContainText("Amazon Web Services");
    await option.click();
    await expectQuery(page, "company=aws");
    await expect(count(page)).toHaveText(countText(expected({ companies: ["aws"] }).length, TOTAL));

    await chips(page).getByRole("button", { name: "Remove AWS" }).click();
    await expectQuery(page, "");
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
    await expect(chips(page).getByRole("listitem")).toHaveCount(0);
  });

  test("from, to, min and company in a link narrow the table and the count", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const links: [string, Parameters<typeof expected>[0]][] = [
      ["company=amazon&from=2025&to=2026-01&min=10B", { companies: ["amazon"], from: "2025", to: "2026-01", min: 10e9 }],
      ["company=amazon", { companies: ["amazon"] }],
      ["from=2026-01-29&to=2026-01-29", { from: "2026-01-29", to: "2026-01-29" }],
      ["min=100B", { min: 100e9 }],
      // Names and aliases are accepted for ids.
      ["company=Amazon%20Web%20Services&to=2024", { companies: ["aws"], to: "2024" }],
    ];
    for (const [query, filter] of links) {
      const ids = expected(filter);
      expect(ids.length, query).toBeGreaterThan(0);
      expect(ids.length, query).toBeLessThan(TOTAL);
      await open(page, `./?view=table&${query}`);
      await expect(count(page), query).toHaveText(countText(ids.length, TOTAL));
      expect(sorted(await rowTitles(page)), query).toEqual(sorted(titlesOf(ids)));
      await expect(page.getByRole("status").filter({ hasText: "Ignored" })).toHaveCount(0);
    }

    // Rows known from the data: the combined link keeps the $50B talks, Project Rainier
    // (Oct 2025, $11B) and the 2026 capex plan (a year-precision date overlapping
    // January), but not the $8B Anthropic stake (undated) nor the 2026 job cuts (no amount).
    await open(page, `./?view=table&${links[0][0]}`);
    const rows = await rowTitles(page);
    for (const id of ["amazon-openai-talks-50b", "project-rainier", "amazon-capex-2026"]) {
      expect(rows).toContain(event(id).title);
    }
    for (const id of ["amazon-anthropic-8b", "amazon-job-cuts-2026"]) {
      expect(rows).not.toContain(event(id).title);
    }
    // The controls show what the link says.
    await expect(chips(page).getByRole("button", { name: "Remove Amazon" })).toBeVisible();
    await expect(filters(page).getByLabel("From", { exact: true })).toHaveValue("2025");
    await expect(filters(page).getByLabel("To", { exact: true })).toHaveValue("2026-01");
    await expect(filters(page).getByLabel("Minimum amount")).toHaveValue("10B");
  });

  test("a link of bad and hostile values applies the valid rest, lists each bad value, and runs no script", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const script = "<script>alert(1)</script>";
    const img = "<img src=x onerror=alert(2)>";
    const long = "x".repeat(5000);
    const query = [
      `company=no-such-co,openai,${encodeURIComponent(img)}`,
      "from=not-a-date",
      "to=2025",
      "min=-5",
      "status=done",
      "sel=nope",
      `q=${encodeURIComponent(script)}`,
      "data=javascript:alert(3)",
      `kind=${long}`,
      "view=table",
    ].join("&");
    await open(page, `./?${query}`);

    const notice = page.getByRole("status").filter({ hasText: "Ignored in the link:" });
    await expect(notice).toContainText(
      "Ignored in the link: company 'no-such-co', company '<img src=x onerror=alert(2)>', from 'not-a-date', " +
        "min '-5', status 'done', sel 'nope', data 'javascript:alert(3)', kind '" +
        "x".repeat(60) +
        "…'",
    );

    // The valid rest applies: the table view, OpenAI, up to 2025, and the search text.
    await expect(page.getByRole("tab", { name: "Table" })).toHaveAttribute("aria-selected", "true");
    await expect(chips(page).getByRole("button", { name: "Remove OpenAI" })).toBeVisible();
    await expect(chips(page).getByRole("listitem")).toHaveCount(1);
    await expect(filters(page).getByLabel("To", { exact: true })).toHaveValue("2025");
    await expect(filters(page).getByLabel("From", { exact: true })).toHaveValue("");
    const search = filters(page).getByLabel("Search", { exact: true });
    await expect(search).toHaveValue(script);
    // Nothing matches the search text, which is searched as plain words.
    await expect(count(page)).toHaveText(countText(0, TOTAL));
    // Nothing is selected: the panel names no event or entity.
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveCount(0);

    // The hostile text is inert: no element was made from it, no script ran.
    await expect(page.locator("script", { hasText: "alert" })).toHaveCount(0);
    await expect(page.locator("img[src=x]")).toHaveCount(0);
    expect(dialogs).toEqual([]);

    // Clearing the search shows what the rest of the link selects.
    await search.fill("");
    await expect(count(page)).toHaveText(countText(expected({ companies: ["openai"], to: "2025" }).length, TOTAL));
    await expectQuery(page, "view=table&company=openai&to=2025");

    await notice.getByRole("button", { name: "Dismiss notice" }).click();
    await expect(page.getByText("Ignored in the link:")).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test("selecting a table row writes sel=, the details quote the sources verbatim, and the link brings them back", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const chosen = event("aws-anthropic-primary-cloud");
    const quotes = chosen.evidence.map((e) => e.quote);
    expect(quotes).toContain("Amazon Web Services was named Anthropic’s primary cloud provider in 2023");

    await open(page, "./?view=table");
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: chosen.title }) });
    // A click anywhere on the row selects it, not only on its title.
    await row.getByRole("cell").first().click();
    await expectQuery(page, `view=table&sel=${chosen.id}`);
    await expect(row).toHaveAttribute("aria-selected", "true");

    const panel = details(page);
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText(chosen.title);
    await expect(panel.locator("blockquote")).toHaveText(quotes);
    await expect(
      panel.locator("blockquote", { hasText: "Amazon Web Services was named Anthropic’s primary cloud provider in 2023" }),
    ).toHaveCount(1);

    const link = page.url();
    await page.goto("about:blank");
    await open(page, link);
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(chosen.title);
    await expect(details(page).locator("blockquote")).toHaveText(quotes);
    await expect(row).toHaveAttribute("aria-selected", "true");

    // The title button selects too, and "Reports differ" shows where sources disagree.
    const talks = event("amazon-openai-talks-50b");
    await page.getByRole("rowheader", { name: talks.title }).getByRole("button").click();
    await expectQuery(page, `view=table&sel=${talks.id}`);
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(talks.title);
    await expect(details(page).getByRole("region", { name: "Reports differ" })).toBeVisible();
    await expect(details(page).locator("blockquote", { hasText: "Amazon is in discussions to invest roughly $50 billion in OpenAI" })).toHaveCount(1);

    await details(page).getByRole("button", { name: "Close details (Escape)" }).click();
    await expectQuery(page, "view=table");
  });

  // The table scrolls inside its own frame on a desktop, and a link's selected row may
  // be far below the fold: it was selected, but the reader saw only the table's top.
  test("a link that selects an event shows its row in the table, and a click on a row in sight does not scroll", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const talks = event("amazon-openai-talks-50b");
    await open(page, `./?view=table&sel=${talks.id}`);
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: talks.title }) });
    await expect(row).toHaveAttribute("aria-selected", "true");
    await expect(row).toBeInViewport({ ratio: 1 });
    // Not hidden under the sticky header either: its cells are what stays at the top.
    const headerBottom = async () => {
      const cell = (await page.getByRole("columnheader").first().boundingBox())!;
      return cell.y + cell.height;
    };
    expect((await row.boundingBox())!.y).toBeGreaterThanOrEqual(await headerBottom());
    // Choosing another row in sight leaves the table where it is.
    const frame = page.locator("#main .panel");
    const before = await frame.evaluate((f) => f.scrollTop);
    const neighbour = page.getByRole("row").filter({ has: page.getByRole("rowheader") }).nth(
      (await page.getByRole("rowheader").allInnerTexts()).indexOf(talks.title) - 1,
    );
    await neighbour.getByRole("cell").first().click();
    await expect(neighbour).toHaveAttribute("aria-selected", "true");
    await page.waitForTimeout(100);
    expect(await frame.evaluate((f) => f.scrollTop)).toBe(before);

    // With the table scrolled so the talks' row sits under the sticky header, choosing
    // the talks in OpenAI's event list brings the row out from under it.
    await open(page, "./?view=table&sel=entity:openai");
    // Scrolled a little first, the header is stuck at the top of the frame.
    await frame.evaluate((f) => f.scrollBy(0, 100));
    const cellTop = (await page.getByRole("columnheader").first().boundingBox())!.y;
    const rowTop = (await row.boundingBox())!.y;
    await frame.evaluate((f, by) => f.scrollBy(0, by), rowTop - cellTop - 16);
    expect((await row.boundingBox())!.y).toBeLessThan(await headerBottom());
    await details(page).getByRole("button", { name: talks.title }).click();
    await expect(row).toHaveAttribute("aria-selected", "true");
    await expect.poll(async () => (await row.boundingBox())!.y).toBeGreaterThanOrEqual(await headerBottom());
  });

  test("Back and Forward walk through filter changes one at a time", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    const steps: { url: string; count: string }[] = [];
    const record = async () => {
      const shown = expectedCount(page);
      await expect(count(page)).toHaveText(shown);
      steps.push({ url: page.url(), count: shown });
    };
    await record();

    const talks = filters(page).getByRole("group", { name: "Status" }).getByRole("button", { name: "In talks" });
    await expect(talks).toHaveAttribute("aria-pressed", "true");
    await talks.click();
    await expect(talks).toHaveAttribute("aria-pressed", "false");
    await expect.poll(() => params(page).get("status")).toBeTruthy();
    expect(params(page).get("status")).not.toContain("talks");
    await record();

    const min = filters(page).getByLabel("Minimum amount");
    await min.fill("10B");
    await min.press("Enter");
    await expect.poll(() => params(page).get("min")).toBe("10B");
    await record();

    await companyBox(page).fill("nvid");
    await companyBox(page).press("Enter");
    await expect.poll(() => params(page).get("company")).toBe("nvidia");
    await record();

    expect(new Set(steps.map((s) => s.url)).size).toBe(4);
    expect(new Set(steps.map((s) => s.count)).size).toBeGreaterThan(1);

    for (const i of [2, 1, 0]) {
      await page.goBack();
      await expect.poll(() => page.url()).toBe(steps[i].url);
      await expect(count(page)).toHaveText(steps[i].count);
    }
    // At the start again, every control shows it.
    await expect(talks).toHaveAttribute("aria-pressed", "true");
    await expect(min).toHaveValue("");
    await expect(chips(page).getByRole("listitem")).toHaveCount(0);

    for (const i of [1, 2, 3]) {
      await page.goForward();
      await expect.poll(() => page.url()).toBe(steps[i].url);
      await expect(count(page)).toHaveText(steps[i].count);
    }
    await expect(talks).toHaveAttribute("aria-pressed", "false");
    await expect(min).toHaveValue("10B");
    await expect(chips(page).getByRole("button", { name: "Remove Nvidia" })).toBeVisible();
  });

  // After Back the search field still counts as mid-burst, so the next keystroke
  // replaces the entry Back returned to instead of pushing a new one.
  test("after Back, a new search adds its own history entry instead of overwriting the one Back returned to", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?view=table");
    const search = filters(page).getByLabel("Search", { exact: true });
    await search.click();
    await page.keyboard.type("amaz");
    await expectQuery(page, "view=table&q=amaz");
    await page.goBack();
    await expectQuery(page, "view=table");
    await expect(search).toHaveValue("");

    await page.keyboard.type("nvid");
    await expectQuery(page, "view=table&q=nvid");
    await page.goBack();
    await expectQuery(page, "view=table");
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
  });

  test("Reset clears a rejected date left in the From field", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?view=table&status=talks");
    const from = filters(page).getByLabel("From", { exact: true });
    await from.fill("2025-13");
    await from.press("Enter");
    await expect(from).toHaveAttribute("aria-invalid", "true");
    await expectQuery(page, "view=table&status=talks");

    await filters(page).getByRole("button", { name: "Reset" }).click();
    await expectQuery(page, "view=table");
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
    await expect(from).toHaveValue("");
    await expect(from).toHaveAttribute("aria-invalid", "false");
  });
});
