// The shared test fixture: every page fails its test on an uncaught error or on any
// request that would leave the loopback address.
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

export { expect };
