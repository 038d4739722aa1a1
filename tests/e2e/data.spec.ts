// Importing the reader's own data, and exports that import back to the same events.
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, open, downloadFrom } from "./fixtures";
import { TOTAL, count, countText, expected, params } from "./bundled";
import { network } from "./graph";

const fixture = (name: string) => join(__dirname, "..", "fixtures", name);

/** The file control in the masthead, found by its label. */
const importInput = (page: Page) => page.getByLabel("Import data");

/** The titles of the table's rows, in order. */
const titles = (page: Page) => page.getByRole("table").getByRole("rowheader").allInnerTexts();

test.describe("importing data", () => {
  test("a realistic CSV of 50 deals replaces the data, and Back to bundled data restores it", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));

    await importInput(page).setInputFiles(fixture("deals-50.csv"));
    await expect(count(page)).toHaveText("Showing 50 of 50 events");
    const banner = page.getByRole("banner");
    await expect(banner).toContainText("Imported: deals-50.csv");
    await expect(page.getByRole("alert")).toHaveCount(0);

    await banner.getByRole("button", { name: "Back to bundled data" }).click();
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
    await expect(banner).not.toContainText("Imported:");
    await expect(page.getByRole("button", { name: "Back to bundled data" })).toHaveCount(0);
  });

  // A slow data= link that failed replaced the reader's import with the bundled data.
  test("a file imported while a data= link loads stays when the link fails", async ({ page, pageErrors, offsiteRequests }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/fixtures/missing.json", async (route) => {
      await held;
      await route.fulfill({ status: 404, body: "gone" });
    });
    await page.goto("./?data=fixtures/missing.json");
    await expect(page.getByRole("status").filter({ hasText: "Loading the dataset…" })).toBeVisible();
    await importInput(page).setInputFiles(fixture("deals-50.csv"));
    await expect(count(page)).toHaveText("Showing 50 of 50 events");
    release();
    // The failure is reported, and the import stays; the bundled data waits behind it.
    await expect(page.getByText(/Could not load fixtures\/missing\.json/)).toBeVisible();
    await expect(count(page)).toHaveText("Showing 50 of 50 events");
    const banner = page.getByRole("banner");
    await banner.getByRole("button", { name: "Back to bundled data" }).click();
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
  });

  test("a malformed CSV is refused with every problem listed by line, column, value and reason", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    await importInput(page).setInputFiles(fixture("deals-malformed.csv"));

    const alert = page.getByRole("alert");
    await expect(alert.getByRole("heading")).toHaveText("deals-malformed.csv was not imported: 5 problems");
    const problems = alert.getByRole("listitem");
    const wanted: [string, string, RegExp][] = [
      ["line 2, column date", "2025-13-45", /month 13 is not between 1 and 12/],
      ["line 3, column amount_usd", "lots", /not an amount/],
      ["line 4, column amount_usd", "-5000000", /cannot be negative/],
      ["line 5, column status", "maybe", /unknown status/],
      ["line 6, column company", "(blank)", /needs a company/],
    ];
    await expect(problems).toHaveCount(wanted.length);
    for (const [i, [location, value, reason]] of wanted.entries()) {
      const item = problems.nth(i);
      await expect(item).toContainText(location);
      // The value is shown as written, in its own code element ("(blank)" for a blank cell).
      await expect(item.locator("code")).toHaveText(value, { useInnerText: true });
      await expect(item).toContainText(reason);
    }

    // Nothing changed: still the bundled data.
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
    await expect(page.getByRole("banner")).not.toContainText("Imported:");

    await alert.getByRole("button", { name: "Dismiss" }).click();
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
  });

  test("a CSV missing required columns names each missing column", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    await importInput(page).setInputFiles(fixture("deals-missing-columns.csv"));

    const alert = page.getByRole("alert");
    await expect(alert.getByRole("heading")).toHaveText("deals-missing-columns.csv was not imported: 5 problems");
    const problems = alert.getByRole("listitem");
    const missing = ["date", "investor", "valuation_usd", "status", "source_url"];
    await expect(problems).toHaveCount(missing.length);
    for (const [i, column] of missing.entries()) {
      await expect(problems.nth(i).locator("code")).toHaveText(column);
      await expect(problems.nth(i)).toContainText("a required column is missing");
    }
    // The columns the file does have are not reported.
    await expect(alert).not.toContainText("amount_usd");
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
  });

  test("the CSV export of the table imports back to the same count, for all events and for a filtered view", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    // Everything.
    await open(page, "./?view=table");
    const before = await titles(page);
    expect(before).toHaveLength(TOTAL);
    const all = await downloadFrom(page, "Download CSV");
    expect(all.name).toBe("capital-atlas-events.csv");
    await importInput(page).setInputFiles({ name: all.name, mimeType: "text/csv", buffer: all.buffer });
    await expect(page.getByRole("banner")).toContainText(`Imported: ${all.name}`);
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
    expect(await titles(page)).toEqual(before);

    // Only Anthropic's events: the export holds exactly what the filtered table shows.
    const anthropic = expected({ companies: ["anthropic"] }).length;
    expect(anthropic).toBeGreaterThan(0);
    await open(page, "./?view=table&company=anthropic");
    await expect(count(page)).toHaveText(countText(anthropic, TOTAL));
    const shown = await titles(page);
    const some = await downloadFrom(page, "Download CSV");
    await importInput(page).setInputFiles({ name: "anthropic.csv", mimeType: "text/csv", buffer: some.buffer });
    await expect(page.getByRole("banner")).toContainText("Imported: anthropic.csv");
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(count(page)).toHaveText(countText(anthropic, anthropic));
    expect(await titles(page)).toEqual(shown);
  });

  test("a CSV export filtered by a parent company (company=aws) imports back to the same count", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const aws = expected({ companies: ["aws"] }).length;
    await open(page, "./?view=table&company=aws");
    await expect(count(page)).toHaveText(countText(aws, TOTAL));
    const shown = await titles(page);
    const exported = await downloadFrom(page, "Download CSV");
    await importInput(page).setInputFiles({ name: "aws.csv", mimeType: "text/csv", buffer: exported.buffer });
    await expect(page.getByRole("banner")).toContainText("Imported: aws.csv");
    await expect(count(page)).toHaveText(countText(aws, aws));
    expect(await titles(page)).toEqual(shown);
  });

  // The CSV's parents column keeps each family: "Amazon Bedrock" comes back as part of
  // AWS, so choosing AWS after a round trip reaches the same events as before.
  test("after a full CSV round trip, filtering by a parent company still includes its children", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const aws = expected({ companies: ["aws"] }).length;
    await open(page, "./?view=table&company=aws");
    const shown = await titles(page);
    await open(page, "./?view=table");
    const all = await downloadFrom(page, "Download CSV");
    expect(all.buffer.toString("utf8")).toContain("Amazon Bedrock > AWS; AWS > Amazon");
    await importInput(page).setInputFiles({ name: all.name, mimeType: "text/csv", buffer: all.buffer });
    await expect(page.getByRole("banner")).toContainText(`Imported: ${all.name}`);
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));

    await page.getByRole("combobox", { name: "Company" }).fill("AWS");
    await page.getByRole("listbox", { name: "Companies" }).getByRole("option", { name: /^AWS/ }).click();
    await expect(count(page)).toHaveText(countText(aws, TOTAL));
    expect(await titles(page)).toEqual(shown);
  });

  // The CSV's kinds column keeps what each entity is, so the network's shapes and the
  // nodes' names ("India, country, …") are the same after a round trip.
  test("after a full CSV round trip, the network shows every entity as the same kind", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const nodeLabels = async () =>
      (await network(page).locator("g.node[data-node]").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label") ?? ""))).sort();
    await open(page, "./?view=network");
    await expect(network(page).locator("g.node[data-node]").first()).toBeVisible();
    const before = await nodeLabels();
    // The bundled data has more than companies and investors.
    for (const kind of [/, country\b/i, /, person\b/i, /, product\b/i]) expect(before.some((l) => kind.test(l)), String(kind)).toBe(true);

    const all = await downloadFrom(page, "Download CSV");
    expect(all.buffer.toString("utf8")).toContain("India: country");
    await importInput(page).setInputFiles({ name: all.name, mimeType: "text/csv", buffer: all.buffer });
    await expect(page.getByRole("banner")).toContainText(`Imported: ${all.name}`);
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect.poll(nodeLabels).toEqual(before);
  });

  // The CSV's aliases column keeps the other names entities go by, so a search for
  // "Indiana data centre campus" (Project Rainier's alias) finds the same events after a
  // round trip, and the company box still knows AWS as "Amazon Web Services".
  test("after a full CSV round trip, search and the company box still find entities by their aliases", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const search = page.getByRole("searchbox", { name: "Search" });
    const alias = "Indiana data centre campus";
    await open(page, "./?view=table");
    await search.fill(alias);
    await expect.poll(async () => (await titles(page)).length).toBeLessThan(TOTAL);
    const before = await titles(page);
    expect(before.length).toBeGreaterThan(0);

    await open(page, "./?view=table");
    const all = await downloadFrom(page, "Download CSV");
    expect(all.buffer.toString("utf8")).toContain("AWS = Amazon Web Services");
    await importInput(page).setInputFiles({ name: all.name, mimeType: "text/csv", buffer: all.buffer });
    await expect(page.getByRole("banner")).toContainText(`Imported: ${all.name}`);
    await expect(page.getByRole("alert")).toHaveCount(0);
    await search.fill(alias);
    await expect.poll(() => titles(page)).toEqual(before);

    await search.fill("");
    await page.getByRole("combobox", { name: "Company" }).fill("Amazon Web Services");
    await expect(page.getByRole("listbox", { name: "Companies" }).getByRole("option", { name: /^AWS/ })).toBeVisible();
  });

  // The CSV's entity_ids column keeps ids the names would not make again ("United Arab
  // Emirates" is uae), so a link made before a round trip still finds its entity, and
  // choosing the entity afterwards writes the same link.
  test("after a full CSV round trip, entities keep their ids, so links made before still work", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const uae = expected({ companies: ["uae"] }).length;
    expect(uae).toBeGreaterThan(0);
    await open(page, "./?view=table&company=uae");
    const before = await titles(page);
    expect(before).toHaveLength(uae);

    await open(page, "./?view=table");
    const all = await downloadFrom(page, "Download CSV");
    expect(all.buffer.toString("utf8")).toContain("United Arab Emirates = uae");
    await importInput(page).setInputFiles({ name: all.name, mimeType: "text/csv", buffer: all.buffer });
    await expect(page.getByRole("banner")).toContainText(`Imported: ${all.name}`);
    await expect(page.getByRole("alert")).toHaveCount(0);

    await page.getByRole("combobox", { name: "Company" }).fill("United Arab Emirates");
    await page.getByRole("listbox", { name: "Companies" }).getByRole("option", { name: /^United Arab Emirates/ }).click();
    await expect.poll(() => params(page).get("company")).toBe("uae");
    await expect(count(page)).toHaveText(countText(uae, TOTAL));
    expect(await titles(page)).toEqual(before);
  });

  test("the JSON export imports back to the same count", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?view=table");
    const before = await titles(page);
    const exported = await downloadFrom(page, "Download JSON");
    expect(exported.name).toBe("capital-atlas-events.json");
    expect(JSON.parse(exported.buffer.toString("utf8")).events).toHaveLength(TOTAL);

    await importInput(page).setInputFiles({
      name: exported.name,
      mimeType: "application/json",
      buffer: exported.buffer,
    });
    await expect(page.getByRole("banner")).toContainText(`Imported: ${exported.name}`);
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
    expect(await titles(page)).toEqual(before);
  });
});
