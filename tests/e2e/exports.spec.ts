// Exports of what is on screen: the charts as SVG and PNG, and the link to the view.
import type { Page } from "@playwright/test";
import { test, expect, open, downloadFrom } from "./fixtures";

/** Whether the page's browser can draw `svg` as an image, and at what size. */
async function drawable(page: Page, svg: string) {
  return page.evaluate(async (text) => {
    const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    const image = new Image();
    const loaded = await new Promise<boolean>((resolve) => {
      image.onload = () => resolve(true);
      image.onerror = () => resolve(false);
      image.src = url;
    });
    URL.revokeObjectURL(url);
    return { loaded, width: image.naturalWidth, height: image.naturalHeight };
  }, svg);
}

/** The width and height a PNG file declares in its header. */
function pngSize(buffer: Buffer) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(buffer.subarray(0, 8).equals(signature), "PNG signature").toBe(true);
  expect(buffer.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

test.describe("chart exports", () => {
  test("Download SVG saves the timeline as a standalone drawing with every mark on screen and no page variables", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?company=anthropic");
    const chart = page.locator("svg[data-export=timeline]");
    // The chart is measured, and drawn again at its real width, on a frame after the
    // first; count what is drawn once that has happened.
    await page.waitForFunction(() => performance.getEntriesByName("first-chart").length > 0);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))),
    );
    const marks = await chart.locator("[data-mark]").count();
    const clusters = await chart.locator("[data-cluster]").count();
    expect(marks + clusters).toBeGreaterThan(0);

    const file = await downloadFrom(page, "Download SVG");
    expect(file.name).toBe("capital-atlas-timeline.svg");
    const svg = file.buffer.toString("utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    // The styles travel with the drawing, with the theme's colours written out, so it
    // looks the same in any viewer.
    expect(svg).toContain("<style>");
    expect(svg).not.toContain("var(--");
    expect(svg.match(/data-mark="/g) ?? []).toHaveLength(marks);
    expect(svg.match(/data-cluster="/g) ?? []).toHaveLength(clusters);

    const box = await chart.boundingBox();
    const drawn = await drawable(page, svg);
    expect(drawn.loaded, "the exported SVG draws as an image").toBe(true);
    expect(drawn.width).toBeCloseTo(box!.width, 0);
  });

  test("Download SVG of the network keeps the hatching of money in talks", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?view=network");
    await expect(page.locator("svg[data-export=network] [data-node]").first()).toBeVisible();
    const file = await downloadFrom(page, "Download SVG");
    expect(file.name).toBe("capital-atlas-network.svg");
    const svg = file.buffer.toString("utf8");
    expect(svg).toContain('<pattern id="talks-hatch"');
    expect(svg).not.toContain("var(--");
    expect((await drawable(page, svg)).loaded, "the exported SVG draws as an image").toBe(true);
  });

  test("Download PNG saves the network at twice its size on screen", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?view=network");
    const chart = page.locator("svg[data-export=network]");
    await expect(chart.locator("[data-node]").first()).toBeVisible();
    const box = (await chart.boundingBox())!;

    const file = await downloadFrom(page, "Download PNG");
    expect(file.name).toBe("capital-atlas-network.png");
    const size = pngSize(file.buffer);
    expect(Math.abs(size.width - 2 * box.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(size.height - 2 * box.height)).toBeLessThanOrEqual(1);
  });

  test("the table offers only the data downloads, since it has no drawing", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?view=table");
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const menu = page.getByRole("group", { name: "Export" });
    await expect(menu.getByRole("button")).toHaveText(["Download CSV", "Download JSON"]);
  });
});

test.describe("Copy link", () => {
  test("puts the address of the current view on the clipboard and says so", async ({
    page,
    context,
    pageErrors,
    offsiteRequests,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await open(page, "./?view=table&company=anthropic&min=1B");
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).searchParams.get("company")).toBe("anthropic");
  });

  test("copies a change made just before, though the address bar waits for the next frame", async ({
    page,
    context,
    pageErrors,
    offsiteRequests,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await open(page, "./?view=table");
    // The filter change and Copy link in one task: no frame comes between them.
    await page.evaluate(() => {
      document.querySelectorAll<HTMLElement>("[role=group][aria-label=Kind] button")[0].click();
      [...document.querySelectorAll<HTMLElement>("button")].find((b) => b.textContent === "Copy link")!.click();
    });
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get("kind")).toBeTruthy();
    expect(copied).toBe(page.url());
  });

  test("without a clipboard, shows the link in a field to copy by hand", async ({ page, pageErrors, offsiteRequests }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
      });
    });
    await open(page, "./?view=network&status=talks");
    await page.getByRole("button", { name: "Copy link" }).click();
    const field = page.getByLabel("Copy this link");
    await expect(field).toHaveValue(page.url());
    await expect(field).toBeFocused();
    // Its whole text is selected, so one Ctrl+C copies it.
    expect(await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)).toBe(
      page.url().length,
    );
  });
});
