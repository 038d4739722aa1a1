// The shared test fixture: every page fails its test on an uncaught error or on any
// request that would leave the loopback address.
import { readFile } from "node:fs/promises";
import { test as base, expect, Page } from "@playwright/test";

export const LOOPBACK = /^(https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/|data:|blob:)/;

type Guarded = { pageErrors: string[]; offsiteRequests: string[] };

export const test = base.extend<Guarded>({
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await use(errors);
    expect(errors, "uncaught page errors").toEqual([]);
  },
  offsiteRequests: async ({ page }, use) => {
    const offsite: string[] = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (LOOPBACK.test(url)) return route.continue();
      offsite.push(url);
      return route.abort("blockedbyclient");
    });
    await use(offsite);
    expect(offsite, "requests beyond loopback").toEqual([]);
  },
});

/** Opens the app at `path` and waits until the data has loaded. */
export async function open(page: Page, path = "./") {
  await page.goto(path);
  await expect(page.getByText(/^Showing \d[\d,]* of \d[\d,]* events$/).first()).toBeVisible();
}

/** Clicks a button in the Export menu and returns the file it offers: name and contents. */
export async function downloadFrom(page: Page, button: string) {
  // On phones the downloads fold behind the "Export" toggle.
  const menu = page.getByRole("group", { name: "Export" });
  if (!(await menu.isVisible())) await page.getByRole("button", { name: "Export", exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), menu.getByRole("button", { name: button }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), buffer: await readFile(path) };
}

export { expect };
