// Hardening: the Content-Security-Policy holds on every view, and the build runs from a
// sub-path.
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { TOTAL, count, countText, event, expected, params } from "./bundled";
import { nodeNamed, network } from "./graph";

const fixture = (name: string) => join(__dirname, "..", "fixtures", name);
const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const heading = (page: Page) => details(page).getByRole("heading", { level: 2 });
const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" });
const filters = (page: Page) => page.getByRole("region", { name: "Filters" });
const tab = (page: Page, name: string) => page.getByRole("tab", { name });
const escapeRegExp = (text: string) => text.replace(/[$.*+?^(){}|[\]\\]/g, "\\$&");

// ---------------------------------------------------------------------------------
// Content-Security-Policy
// ---------------------------------------------------------------------------------

/** Collects securitypolicyviolation events from the very start of every document. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = list;
    document.addEventListener("securitypolicyviolation", (e) => {
      list.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text());
  });
  return {
    expectNone: async (where: string) => {
      const list = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      expect(list, `${where}: securitypolicyviolation events`).toEqual([]);
      expect(console, `${where}: CSP console messages`).toEqual([]);
    },
  };
}

test.describe("content security policy", () => {
  test("the policy allows no eval and no inline script", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content"))!;
    const directives = new Map(
      policy
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values] as const),
    );
    const script = directives.get("script-src") ?? directives.get("default-src")!;
    expect(script, policy).toBeDefined();
    expect(script).not.toContain("'unsafe-eval'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("*");
    expect(script).not.toContain("data:");
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'none'"]);
    // The loader's hash was filled in at build time (not the placeholder).
    expect(policy).not.toContain("TRUNK-LOADER");
    // Every inline script in the page is the one the policy pins.
    const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
    expect(inline).toBeLessThanOrEqual(1);
  });

  test("no view and no interaction triggers a policy violation", async ({ page, pageErrors, offsiteRequests }) => {
    const csp = await watchViolations(page);
    await open(page);
    await expect(timeline(page)).toBeVisible();
    await csp.expectNone("timeline");

    // A selection, from the timeline.
    await open(page, "./?sel=amazon-openai-talks-50b");
    await expect(heading(page)).toHaveText(event("amazon-openai-talks-50b").title);
    await csp.expectNone("timeline with a selection");

    // The filter bar: search, a company, a preset, a minimum, toggles, Reset.
    const search = filters(page).getByLabel("Search", { exact: true });
    await search.fill("openai");
    await expect.poll(() => params(page).get("q")).toBe("openai");
    const box = filters(page).getByRole("combobox", { name: "Company" });
    await box.fill("anthr");
    await expect(page.getByRole("listbox", { name: "Companies" })).toBeVisible();
    await box.press("ArrowDown");
    await box.press("Enter");
    await expect.poll(() => params(page).get("company")).toBe("anthropic");
    await filters(page).getByLabel("Period").selectOption({ index: 2 });
    await filters(page).getByLabel("Minimum amount").fill("1B");
    await filters(page).getByLabel("Minimum amount").press("Enter");
    await filters(page).getByRole("group", { name: "Status" }).getByRole("button", { name: "Completed" }).click();
    await filters(page).getByRole("group", { name: "Kind" }).getByRole("button", { name: "Product" }).click();
    await expect(count(page)).toBeVisible();
    await csp.expectNone("filter bar");
    await filters(page).getByRole("button", { name: "Reset" }).click();
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));

    // The network: a node, the edge tooltip, the chooser, zoom, Play.
    await tab(page, "Network").click();
    await expect(network(page)).toBeVisible();
    await nodeNamed(page, "OpenAI").click();
    await expect(heading(page)).toHaveText("OpenAI");
    await nodeNamed(page, "Amazon").hover();
    await network(page).getByRole("button", { name: "Zoom in", exact: true }).click();
    await network(page).getByRole("button", { name: "Play", exact: true }).click();
    await expect.poll(() => params(page).has("to")).toBe(true);
    await network(page).getByRole("button", { name: "Pause", exact: true }).click();
    await csp.expectNone("network");

    await tab(page, "Table").click();
    await page.getByRole("rowheader").getByRole("button").first().click();
    await expect(heading(page)).toBeVisible();
    await expect(count(page)).toBeVisible();
    await csp.expectNone("table with a selection");

    // An import and the phone layout.
    await page.getByLabel("Import data").setInputFiles(fixture("small.json"));
    await expect(page.getByRole("banner")).toContainText("Imported: small.json");
    await page.setViewportSize({ width: 375, height: 667 });
    await filters(page).getByRole("button", { name: /^Filters/ }).click();
    await expect(filters(page).getByLabel("Search", { exact: true })).toBeVisible();
    await csp.expectNone("import and phone layout");
  });
});

// ---------------------------------------------------------------------------------
// Sub-path
// ---------------------------------------------------------------------------------

test.describe("served from a sub-path", () => {
  test("under /atlas/ the app loads, switches views and reloads links, and asks only for /atlas/ addresses", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await open(page, "./atlas/");
    const base = new URL("/atlas/", page.url()).href;
    expect(page.url().startsWith(base)).toBe(true);
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));

    await tab(page, "Network").click();
    await expect(page).toHaveURL(`${base}?view=network`);
    await expect(network(page)).toBeVisible();
    await nodeNamed(page, "OpenAI").click();
    await expect(heading(page)).toHaveText("OpenAI");
    await tab(page, "Table").click();
    await expect(page).toHaveURL(new RegExp(`^${escapeRegExp(base)}\\?view=table`));
    await page.goBack();
    await expect(network(page)).toBeVisible();

    await open(page, "./atlas/?view=network");
    await expect(network(page)).toBeVisible();
    await expect(tab(page, "Network")).toHaveAttribute("aria-selected", "true");
    await page.reload();
    await expect(network(page)).toBeVisible();
    await open(page, "./atlas/?view=table&company=anthropic");
    await expect(count(page)).toHaveText(countText(expected({ companies: ["anthropic"] }).length, TOTAL));

    expect(requests.length).toBeGreaterThan(5);
    const outside = requests.filter((url) => !url.startsWith(base));
    expect(outside, "requests outside /atlas/").toEqual([]);
  });
});
