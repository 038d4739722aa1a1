import { defineConfig } from "@playwright/test";

// End-to-end tests run against the release build (dist/), served on loopback, in
// Debian's Chromium. No browser is ever downloaded.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: /.*\.spec\.ts/,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: "http://127.0.0.1:4173/",
    browserName: "chromium",
    launchOptions: { executablePath: "/usr/bin/chromium", args: chromiumArgs },
    viewport: { width: 1440, height: 900 },
    trace: "off",
  },
  webServer: {
    command: "node tests/e2e/serve.mjs",
    url: "http://127.0.0.1:4173/",
    reuseExistingServer: false,
    env: { PORT: "4173", EXTRA_MOUNTS: "/fixtures/=tests/fixtures" },
  },
});
