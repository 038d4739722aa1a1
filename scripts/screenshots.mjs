// Screenshots of every view at desktop and phone sizes, in light and dark, for review.
// Usage: node scripts/screenshots.mjs [base-url] [extra query]; writes target/screenshots/.
// The base URL defaults to `make serve` (port 8080).
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";

const base = process.argv[2] ?? "http://127.0.0.1:8080/";
const extra = process.argv[3] ?? "";
const out = "target/screenshots";
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
});
const sizes = { desktop: { width: 1440, height: 900 }, phone: { width: 375, height: 667 } };
for (const [sizeName, viewport] of Object.entries(sizes)) {
  for (const scheme of ["light", "dark"]) {
    const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1, isMobile: sizeName === "phone", hasTouch: sizeName === "phone" });
    const page = await context.newPage();
    for (const view of ["timeline", "network", "table"]) {
      const query = [view === "timeline" ? "" : `view=${view}`, extra].filter(Boolean).join("&");
      await page.goto(`${base}${query ? "?" + query : ""}`);
      await page.waitForSelector("text=/^Showing/");
      await page.waitForTimeout(300);
      const file = `${out}/${view}-${sizeName}-${scheme}${extra ? "-extra" : ""}.png`;
      await page.screenshot({ path: file, fullPage: false });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
