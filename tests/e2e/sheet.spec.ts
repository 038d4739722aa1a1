// On phones and tablets the details panel is a bottom sheet over the lower part of the
// page. Whatever was selected (a timeline mark, a network node, a table row) must stay
// in sight above it, whether it was chosen by a link or by a tap.
import type { Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { params, settled } from "./bundled";

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" });

/**
 * "in sight" once the sheet has come to rest at the bottom of the screen and the
 * selected element lies wholly above it; otherwise what is wrong, for the failure
 * message.
 */
const selectionInSight = (page: Page) =>
  page.evaluate(() => {
    const sheet = document.querySelector(".details")!.getBoundingClientRect();
    if (Math.abs(sheet.bottom - window.innerHeight) > 1) return `sheet still moving (bottom ${sheet.bottom})`;
    // A company on the timeline has no mark of its own; its first event's mark, which
    // stays at full strength, stands for it. On the network, an event with a single
    // party has no edge; its party's node stands for it.
    const company = new URLSearchParams(location.search).get("sel")?.startsWith("entity:");
    const selected =
      document.querySelector("#main .selected") ??
      document.querySelector(company ? "#main .related" : "#main .node.related");
    if (!selected) return "nothing selected is drawn";
    const box = selected.getBoundingClientRect();
    const above = box.top >= 0 && box.bottom <= sheet.top;
    return above ? "in sight" : `selection at ${Math.round(box.top)}–${Math.round(box.bottom)}, sheet from ${Math.round(sheet.top)}`;
  });

const LINKS = [
  "./?sel=amazon-openai-talks-50b",
  "./?view=table&sel=amazon-openai-talks-50b",
  "./?view=table&sel=aws-anthropic-primary-training",
  "./?view=network&sel=entity:openai",
  "./?view=network&sel=entity:nvidia",
  "./?sel=entity:anthropic",
  "./?view=network&sel=amazon-openai-talks-50b",
  // An event with one party draws no edge: its party's node stands for it.
  "./?view=network&sel=amazon-job-cuts-2026",
];

for (const [device, size] of [
  ["phones", { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true }],
  ["portrait tablets", { viewport: { width: 768, height: 1024 }, hasTouch: true }],
] as const) {
  test.describe(device, () => {
    test.use(size);

    test("a link's selection opens the sheet with the selection in sight above it", async ({
      page,
      pageErrors,
      offsiteRequests,
    }) => {
      for (const link of LINKS) {
        await open(page, link);
        await expect(details(page)).toBeVisible();
        await expect.poll(() => selectionInSight(page), { message: link }).toBe("in sight");
      }
    });

    test("a timeline selection is revealed with the axis, so its mark shows with its years", async ({
      page,
      pageErrors,
      offsiteRequests,
    }) => {
      for (const link of ["./?sel=anthropic-founded", "./?sel=entity:anthropic", "./?sel=amazon-openai-talks-50b"]) {
        await open(page, link);
        await expect.poll(() => selectionInSight(page), { message: link }).toBe("in sight");
        const axis = await page.evaluate(() => {
          const sheet = document.querySelector(".details")!.getBoundingClientRect();
          const labels = [...document.querySelectorAll(".timeline-svg .tick-label")].map((t) => t.getBoundingClientRect());
          return labels.length > 0 && labels.every((l) => l.top >= 0 && l.bottom <= sheet.top)
            ? "in sight"
            : `labels at ${labels.map((l) => Math.round(l.top)).join(", ")}, sheet from ${Math.round(sheet.top)}`;
        });
        expect(axis, link).toBe("in sight");
      }
    });

    test("tapping the lowest mark on screen scrolls it above the sheet that rises", async ({
      page,
      pageErrors,
      offsiteRequests,
    }) => {
      // A window around the reports, where the marks have long quotes and so a tall sheet.
      await open(page, "./?from=2025-12-01&to=2026-03-01");
      const screen = page.viewportSize()!.height;
      const marks = timeline(page).locator("g.mark[role=button]");
      let lowest = -1;
      let lowestTop = -1;
      for (let i = 0; i < (await marks.count()); i++) {
        const box = await marks.nth(i).boundingBox();
        if (box && box.y + box.height <= screen && box.y > lowestTop) [lowest, lowestTop] = [i, box.y];
      }
      expect(lowest, "a mark on screen").toBeGreaterThanOrEqual(0);
      const mark = marks.nth(lowest);
      await mark.evaluate((el, bottom) => window.scrollBy(0, el.getBoundingClientRect().bottom - bottom), screen - 8);
      // The sheet reaches 40% of the screen from the top, so it will cover this mark.
      expect((await mark.boundingBox())!.y, "a mark low on the screen").toBeGreaterThan(screen * 0.6);
      const scrolled = await page.evaluate(() => window.scrollY);
      await mark.tap();
      await expect.poll(() => params(page).has("sel")).toBe(true);
      await expect.poll(() => selectionInSight(page)).toBe("in sight");
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
    });

    test("the sheet's head and Close stay at its top while its details scroll", async ({ page, pageErrors, offsiteRequests }) => {
      // The talks have five quotes: far more than the sheet holds.
      await open(page, "./?sel=amazon-openai-talks-50b");
      const sheet = details(page);
      const close = sheet.getByRole("button", { name: "Close details (Escape)" });
      await expect(sheet).toBeVisible();
      await expect.poll(() => selectionInSight(page)).toBe("in sight");
      const top = async () => (await sheet.boundingBox())!.y;
      const rest = (await close.boundingBox())!.y - (await top());
      await sheet.evaluate((el) => (el.scrollTop = el.scrollHeight));
      expect(await sheet.evaluate((el) => el.scrollTop)).toBeGreaterThan(300);
      // Close has not moved within the sheet, and nothing covers it there.
      const box = (await close.boundingBox())!;
      expect(Math.abs(box.y - (await top()) - rest)).toBeLessThan(1);
      const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.textContent, [box.x + box.width / 2, box.y + box.height / 2]);
      expect(hit).toBe("Close");
      // The head is opaque: the details scroll under it, not through it.
      const head = await sheet.locator(".grip").evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(head).toBe(await sheet.evaluate((el) => getComputedStyle(el).backgroundColor));
      // A link scrolled into view at the sheet's top (as an anchor, or focus where the
      // browser aligns it to the top) lands below the head, not under it.
      await close.focus();
      await page.keyboard.press("Tab");
      const focused = page.locator(":focus");
      await expect(focused).toHaveText("Amazon");
      await sheet.evaluate((el) => (el.scrollTop = el.scrollHeight));
      await focused.evaluate((el) => el.scrollIntoView({ block: "start" }));
      const below = (await top()) + (await sheet.locator(".grip").evaluate((el) => parseFloat(getComputedStyle(el).height)));
      expect((await focused.boundingBox())!.y).toBeGreaterThanOrEqual(below);
      await close.tap();
      await expect.poll(() => params(page).has("sel")).toBe(false);
    });

    test("dragging the sheet's grip down moves the sheet, and far enough closes it", async ({ page, pageErrors, offsiteRequests }) => {
      await open(page, "./?sel=amazon-openai-talks-50b");
      const sheet = details(page);
      await expect.poll(() => selectionInSight(page)).toBe("in sight");
      const grip = sheet.locator(".grip");
      // The grip alone refuses the browser's panning, so a drag there moves the sheet
      // while one on the details still scrolls them.
      await expect(grip).toHaveCSS("touch-action", "none");
      await expect(sheet).toHaveCSS("touch-action", "auto");
      expect(await grip.getAttribute("aria-hidden")).toBe("true");
      const rest = (await sheet.boundingBox())!.y;
      const box = (await grip.boundingBox())!;
      const [x, y] = [box.x + 20, box.y + box.height / 2];
      // Dragged 40 px: the sheet follows, and settles back when let go.
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x, y + 40, { steps: 4 });
      expect((await sheet.boundingBox())!.y).toBeCloseTo(rest + 40, 0);
      await page.mouse.up();
      await expect.poll(async () => (await sheet.boundingBox())!.y).toBeCloseTo(rest, 0);
      expect(params(page).get("sel")).toBe("amazon-openai-talks-50b");
      // Dragged 120 px: the sheet closes and the selection goes.
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x, y + 120, { steps: 6 });
      await page.mouse.up();
      await expect.poll(() => params(page).has("sel")).toBe(false);
      await expect(sheet).toBeHidden();
    });

    test("a finger drags the sheet by its grip; a second finger there changes nothing", async ({ page, pageErrors, offsiteRequests }) => {
      await open(page, "./?sel=amazon-openai-talks-50b");
      const sheet = details(page);
      await expect.poll(() => selectionInSight(page)).toBe("in sight");
      const rest = (await sheet.boundingBox())!.y;
      const box = (await sheet.locator(".grip").boundingBox())!;
      const [x, y] = [box.x + 20, box.y + box.height / 2];
      // Touches go through the DevTools protocol: Playwright's own touchscreen only taps.
      const cdp = await page.context().newCDPSession(page);
      const touch = (type: string, points: { x: number; y: number; id: number }[]) =>
        cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points });
      const first = (dy: number) => ({ x, y: y + dy, id: 1 });
      // The second finger lands on the grip where the drag has moved it, 40 px down.
      const second = (dy: number) => ({ x: x + 60, y: y + 40 + dy, id: 2 });
      await touch("touchStart", [first(0)]);
      for (const dy of [10, 20, 30, 40]) await touch("touchMove", [first(dy)]);
      // Moves reach the page at the next frame, so the sheet is waited for.
      const top = async () => (await sheet.boundingBox())!.y;
      await expect.poll(top).toBeCloseTo(rest + 40, 0);
      // A second finger lands on the grip and travels far: the sheet stays with the first.
      await touch("touchStart", [first(40), second(0)]);
      for (const dy of [50, 100, 150, 200]) await touch("touchMove", [first(40), second(dy)]);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await top()).toBeCloseTo(rest + 40, 0);
      // The second lifts far down, then the first lifts where it is: nothing closes.
      await touch("touchEnd", [first(40)]);
      await touch("touchEnd", []);
      await expect.poll(top).toBeCloseTo(rest, 0);
      expect(params(page).get("sel")).toBe("amazon-openai-talks-50b");
      // One finger dragged 120 px closes the sheet, as the mouse does.
      await touch("touchStart", [first(0)]);
      for (const dy of [30, 60, 90, 120]) await touch("touchMove", [first(dy)]);
      await touch("touchEnd", []);
      await expect.poll(() => params(page).has("sel")).toBe(false);
    });

    // Without a panel beside the chart, the notes it shows while nothing is selected
    // (the largest deals, how to read the charts, the sources) open in the sheet.
    test("About the data opens the notes in the sheet; Close or Escape gives focus back", async ({
      page,
      pageErrors,
      offsiteRequests,
    }) => {
      await open(page);
      const sheet = details(page);
      await expect(sheet).toBeHidden();
      const about = page.getByRole("contentinfo").getByRole("button", { name: "About the data" });
      await expect(about).toHaveAttribute("aria-expanded", "false");
      await expect(about).toHaveAttribute("aria-controls", "details");
      await about.tap();
      await expect(sheet).toBeVisible();
      await expect(about).toHaveAttribute("aria-expanded", "true");
      await expect(sheet.getByRole("heading", { name: "About the data" })).toBeVisible();
      await expect(sheet.getByRole("heading", { name: "Largest deals shown" })).toBeVisible();
      await expect(sheet.getByRole("heading", { name: "Reading the charts" })).toBeAttached();
      await expect(sheet.getByRole("heading", { name: "Sources (5)" })).toBeAttached();
      // How to select things is beside the point here.
      await expect(sheet.getByText(/^Select an event or a company/)).toBeHidden();
      const close = sheet.getByRole("button", { name: "Close notes on the data (Escape)" });
      await expect(close).toBeFocused();
      // A passing view, not a view of its own: the link stays as it was.
      await settled(page);
      expect(params(page).toString()).toBe("");
      await close.press("Enter");
      await expect(sheet).toBeHidden();
      await expect(about).toBeFocused();
      await expect(about).toHaveAttribute("aria-expanded", "false");

      await about.press("Enter");
      await expect(close).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(sheet).toBeHidden();
      await expect(about).toBeFocused();

      // A deal in the list opens its details in the notes' place; closing them closes
      // the sheet.
      await about.tap();
      await sheet.getByRole("button", { name: "OpenAI seeks up to $100B at about $830B" }).tap();
      await expect.poll(() => params(page).get("sel")).toBe("openai-round-100b");
      const closeDetails = sheet.getByRole("button", { name: "Close details (Escape)" });
      await expect(closeDetails).toBeVisible();
      await expect(about).toHaveAttribute("aria-expanded", "false");
      await closeDetails.tap();
      await expect(sheet).toBeHidden();
    });

    // Where a reader looks first, under the dataset's title, as well as in the footer.
    test("the masthead's About the data opens the notes, and closing them gives it focus back", async ({
      page,
      pageErrors,
      offsiteRequests,
    }) => {
      await open(page);
      const sheet = details(page);
      const about = page.getByRole("banner").getByRole("button", { name: "About the data" });
      await expect(about).toBeInViewport();
      await expect(about).toHaveAttribute("aria-controls", "details");
      await about.tap();
      await expect(sheet.getByRole("heading", { name: "Largest deals shown" })).toBeVisible();
      await expect(about).toHaveAttribute("aria-expanded", "true");
      const close = sheet.getByRole("button", { name: "Close notes on the data (Escape)" });
      await expect(close).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(sheet).toBeHidden();
      await expect(about).toBeFocused();
      await expect(about).toHaveAttribute("aria-expanded", "false");
      // Opened from the footer next, focus goes back to the footer's button.
      const footer = page.getByRole("contentinfo").getByRole("button", { name: "About the data" });
      await footer.focus();
      await footer.press("Enter");
      await expect(close).toBeFocused();
      await close.press("Enter");
      await expect(footer).toBeFocused();
    });

    test("the notes open over a selection without changing the link, and Back closes them", async ({
      page,
      pageErrors,
      offsiteRequests,
    }) => {
      await open(page, "./?view=table");
      await page.getByRole("button", { name: "Amazon in talks to invest up to $50B in OpenAI" }).click();
      await expect.poll(() => params(page).get("sel")).toBe("amazon-openai-talks-50b");
      const sheet = details(page);
      const about = page.getByRole("contentinfo").getByRole("button", { name: "About the data" });
      // The sheet covers the footer while a selection is open, so from the keyboard.
      await about.focus();
      await about.press("Enter");
      await expect(sheet.getByRole("heading", { name: "Largest deals shown" })).toBeVisible();
      await settled(page);
      expect(params(page).get("sel")).toBe("amazon-openai-talks-50b");
      // The button closes them too, and the selection's details come back.
      await about.focus();
      await about.press("Enter");
      await expect(about).toHaveAttribute("aria-expanded", "false");
      await expect(sheet.getByRole("button", { name: "Close details (Escape)" })).toBeVisible();
      // Back, with the notes open, goes back and closes them.
      await about.focus();
      await about.press("Enter");
      await expect(about).toHaveAttribute("aria-expanded", "true");
      await page.goBack();
      await expect.poll(() => params(page).has("sel")).toBe(false);
      await expect(about).toHaveAttribute("aria-expanded", "false");
      await expect(sheet).toBeHidden();
    });

    test("names and events in the sheet are touch targets at least 24 px tall", async ({ page, pageErrors, offsiteRequests }) => {
      await open(page, "./?sel=amazon-openai-talks-50b");
      const names = details(page).locator("dl button.link");
      await expect(names).toHaveText(["Amazon", "OpenAI", "Andy Jassy", "Sam Altman", "OpenAI seeks up to $100B at about $830B"]);
      const heights = await names.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
      for (const height of heights) expect(height).toBeGreaterThanOrEqual(24);
    });

    test("a link in the sheet shows the new details from their top, with focus on their heading", async ({
      page,
      pageErrors,
      offsiteRequests,
    }) => {
      await open(page, "./?sel=amazon-openai-talks-50b");
      const sheet = details(page);
      const partOf = sheet.locator(`dl.facts dt:text-is("Part of") + dd`).getByRole("button");
      // The sheet scrolled down through the details, the heading out of its sight.
      await sheet.evaluate((panel) => (panel.scrollTop = panel.scrollHeight));
      await partOf.scrollIntoViewIfNeeded();
      expect(await sheet.evaluate((panel) => panel.scrollTop)).toBeGreaterThan(0);
      await partOf.tap();
      const heading = sheet.getByRole("heading", { level: 2 });
      await expect(heading).toHaveText("OpenAI seeks up to $100B at about $830B");
      await expect.poll(() => sheet.evaluate((panel) => panel.scrollTop)).toBe(0);
      await expect(heading).toBeFocused();
      // From the keyboard too, from a part in the list near the sheet's end.
      const part = sheet.getByRole("button", { name: "Round phase two: financial investors" });
      await part.focus();
      await page.keyboard.press("Enter");
      await expect(heading).toHaveText("Round phase two: financial investors");
      await expect(heading).toBeFocused();
      await expect.poll(() => sheet.evaluate((panel) => panel.scrollTop)).toBe(0);
    });

    test("tapping a table row low on the page scrolls it above the sheet", async ({ page, pageErrors, offsiteRequests }) => {
      await open(page, "./?view=table");
      const rows = page.getByRole("table").locator("tbody tr");
      const screen = page.viewportSize()!.height;
      // Scroll so a row sits near the bottom of the screen, then tap it.
      const row = rows.nth(6);
      await row.evaluate((el, bottom) => window.scrollBy(0, el.getBoundingClientRect().bottom - bottom), screen - 8);
      const before = (await row.boundingBox())!;
      expect(before.y).toBeGreaterThan(screen / 2);
      await row.locator("td").last().tap();
      await expect.poll(() => params(page).has("sel")).toBe(true);
      await expect.poll(() => selectionInSight(page)).toBe("in sight");
    });
  });
}

test("beside the chart the notes are always in the panel, so no button opens them", async ({ page, pageErrors, offsiteRequests }) => {
  await open(page);
  await expect(details(page).getByRole("heading", { name: "Largest deals shown" })).toBeVisible();
  await expect(page.getByRole("button", { name: "About the data" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Close notes/ })).toBeHidden();
  // Notes opened over a selection on a narrow window keep their Close once it widens,
  // so the selection's details can come back.
  await page.setViewportSize({ width: 375, height: 667 });
  await open(page, "./?sel=amazon-openai-talks-50b");
  const about = page.getByRole("banner").getByRole("button", { name: "About the data" });
  await about.focus();
  await about.press("Enter");
  await page.setViewportSize({ width: 1440, height: 900 });
  const close = page.getByRole("button", { name: /Close notes/ });
  await expect(close).toBeVisible();
  await close.click();
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Amazon in talks to invest up to $50B in OpenAI");
});
