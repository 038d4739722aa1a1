// Hostile data stays inert text: a data file of script tags, huge numbers and long
// names, imported or linked, opens no dialog, runs no script and breaks no layout; a
// data file of hostile non-JSON text gives a readable alert rather than a blank page.
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { count, countText, event, params } from "./bundled";
import { entity, nodes, network } from "./graph";

const fixture = (name: string) => join(__dirname, "..", "fixtures", name);
const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const heading = (page: Page) => details(page).getByRole("heading", { level: 2 });
const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" });
const tab = (page: Page, name: string) => page.getByRole("tab", { name });

/** Horizontal overflow of the whole page, in pixels (0 when none). */
// Measured against the screen's width, not `innerWidth`: on a phone, content that spills
// sideways widens the layout viewport itself, so `innerWidth` grows with it.
const overflow = (page: Page) =>
  page.evaluate(
    (screenWidth) => Math.max(0, document.documentElement.scrollWidth - screenWidth, window.innerWidth - screenWidth),
    page.viewportSize()!.width,
  );

// ---------------------------------------------------------------------------------
// Hostile data
// ---------------------------------------------------------------------------------

// The strings tests/fixtures/hostile.json is built from.
const SCRIPT = "<script>alert(1)</script>";
const LONG_NAME_START = "Ｗ" + "Longname".repeat(3);
const HOSTILE_EVENT = "evil-investment";
const HOSTILE_ENTITY = "evil-long";

/** Records dialogs (dismissing them) so a test can assert that none opened. */
function watchDialogs(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * Everything that must hold on any view of hostile data: no dialog, no element made
 * from the data, no javascript: address anywhere, no inline handler, the `onerror`
 * payload never ran, and the page does not scroll sideways.
 */
async function expectInert(page: Page, dialogs: string[], where: string) {
  expect(dialogs, `${where}: dialogs`).toEqual([]);
  const found = await page.evaluate(() => {
    const scripts = [...document.querySelectorAll("script")]
      .filter((s) => !(s.src && new URL(s.src).origin === location.origin) && s.closest("body"))
      .map((s) => s.outerHTML.slice(0, 80));
    const images = [...document.querySelectorAll("img, image, iframe, object, embed")].map((e) => e.outerHTML.slice(0, 80));
    const jsLinks = document.querySelectorAll('a[href^="javascript:" i]').length;
    const urlAttributes = ["href", "src", "xlink:href", "action", "formaction", "data", "srcdoc", "poster"];
    const badUrls: string[] = [];
    const handlers: string[] = [];
    for (const el of document.querySelectorAll("*")) {
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? "";
        // Control characters and spaces are skipped by URL parsers: "java\tscript:".
        const squashed = value.replace(/[\u0000-\u0020\u200b\u202e]/g, "").toLowerCase();
        if (urlAttributes.includes(attr.toLowerCase()) && /^(javascript|vbscript|data:text\/html)/.test(squashed)) {
          badUrls.push(`${el.tagName} ${attr}=${value.slice(0, 40)}`);
        }
        if (/^on/i.test(attr)) handlers.push(`${el.tagName} ${attr}`);
      }
    }
    return {
      scripts,
      images,
      jsLinks,
      badUrls,
      handlers,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    };
  });
  expect(found.scripts, `${where}: script elements in the body`).toEqual([]);
  expect(found.images, `${where}: images or embeds`).toEqual([]);
  expect(found.jsLinks, `${where}: a[href^=javascript:]`).toBe(0);
  expect(found.badUrls, `${where}: script addresses`).toEqual([]);
  expect(found.handlers, `${where}: inline event handlers`).toEqual([]);
  expect(found.pwned, `${where}: window.__pwned`).toBeUndefined();
  expect(await overflow(page), `${where}: horizontal overflow at ${page.viewportSize()?.width}px`).toBeLessThanOrEqual(1);
}

/** Imports hostile.json through the file control and waits for it. */
async function importHostile(page: Page) {
  await open(page);
  await page.getByLabel("Import data").setInputFiles(fixture("hostile.json"));
  await expect(page.getByRole("banner")).toContainText("Imported: hostile.json");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(count(page)).toHaveText(countText(4, 4));
}

/** Walks every view of the imported hostile data, in the page, checking each. */
async function walkHostile(page: Page, dialogs: string[]) {
  const width = page.viewportSize()!.width;
  await expectInert(page, dialogs, `timeline ${width}`);
  // The data's text is shown as text: the script tag is visible words, not an element.
  await expect(timeline(page)).toBeVisible();

  await tab(page, "Table").click();
  const rowButton = page.getByRole("rowheader").getByRole("button", { name: /invests in/ });
  await expect(rowButton).toContainText(SCRIPT);
  await expectInert(page, dialogs, `table ${width}`);

  await rowButton.click();
  await expect.poll(() => params(page).get("sel")).toBe(HOSTILE_EVENT);
  await expect(heading(page)).toContainText(SCRIPT);
  await expect(details(page).locator("blockquote").first()).toContainText("onerror");
  await expectInert(page, dialogs, `event details ${width}`);
  // On a phone the details are a bottom sheet over the page: close it first.
  await details(page).getByRole("button", { name: "Close details (Escape)" }).click();
  await expect.poll(() => params(page).has("sel")).toBe(false);

  await tab(page, "Network").click();
  await expect(network(page)).toBeVisible();
  await expect(nodes(page)).toHaveCount(6);
  await expectInert(page, dialogs, `network ${width}`);

  const long = network(page).locator(`g.node[aria-label^=${JSON.stringify(LONG_NAME_START)}]`);
  await long.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => params(page).get("sel")).toBe(`entity:${HOSTILE_ENTITY}`);
  await expect(heading(page)).toContainText(LONG_NAME_START);
  await expectInert(page, dialogs, `entity details ${width}`);

  const script = network(page).locator(`g.node[aria-label^=${JSON.stringify(SCRIPT)}]`);
  await script.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => params(page).get("sel")).toBe("entity:evil-script");
  await expect(heading(page)).toHaveText(`${SCRIPT} Corp`);
  await expectInert(page, dialogs, `script entity details ${width}`);
}

test.describe("hostile data", () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 375, height: 667 },
  ]) {
    test(`imported hostile text stays inert on every view at ${viewport.width}×${viewport.height}`, async ({
      page,
      pageErrors,
      offsiteRequests,
    }) => {
      await page.setViewportSize(viewport);
      const dialogs = watchDialogs(page);
      await importHostile(page);
      await walkHostile(page, dialogs);
    });
  }

  test("hostile data from a data= link stays inert, with a selection in the link", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const dialogs = watchDialogs(page);
    for (const query of [
      `view=table&sel=${HOSTILE_EVENT}`,
      `view=network&sel=entity:${HOSTILE_ENTITY}`,
      "sel=entity:evil-img",
      "sel=evil-child-launch",
    ]) {
      await open(page, `./?data=fixtures/hostile.json&${query}`);
      await expect(count(page)).toHaveText(countText(4, 4));
      await expect(heading(page)).toBeVisible();
      await expectInert(page, dialogs, query);
    }
    // The source's javascript: address is shown as no link at all.
    await open(page, `./?data=fixtures/hostile.json&sel=${HOSTILE_EVENT}`);
    await expect(details(page).getByRole("figure")).not.toHaveCount(0);
    await expect(details(page).getByRole("figure").getByRole("link")).toHaveCount(0);
    // In the sources list, only the https address is a link; the headlines of the others
    // are plain text.
    await open(page, "./?data=fixtures/hostile.json");
    await expect(details(page).getByText("javascript:alert(1) second")).toBeVisible();
    await expect(details(page).getByRole("link")).toHaveCount(2);
    await expect(details(page).getByRole("link", { name: "Plain" })).toHaveAttribute("href", "https://example.org/ok");
    // A source with an address but no headline still gets a link with a name.
    await expect(details(page).getByRole("link", { name: "Open the article" })).toHaveAttribute(
      "href",
      "https://example.org/untitled",
    );
  });

  test("long names are cut short where they are drawn, and the full name is kept for readers", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    // Labels that do not fit are left out, but the selected node's always shows.
    await open(page, `./?data=fixtures/hostile.json&view=network&sel=entity:${HOSTILE_ENTITY}`);
    const full = await page.evaluate(async () => {
      const data = await (await fetch("fixtures/hostile.json")).json();
      return data.entities.find((e: { id: string }) => e.id === "evil-long").name as string;
    });
    expect(full).toHaveLength(10_000);
    // The network's label: a few characters and an ellipsis; the full name is in the
    // node's accessible name (below).
    const label = network(page).locator("text.node-label", { hasText: LONG_NAME_START });
    await expect(label).toHaveCount(1);
    const shown = (await label.evaluate((t) => [...t.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("")))!;
    expect(shown.length).toBeLessThan(40);
    expect(shown.endsWith("…")).toBe(true);
    // The timeline's lane: likewise, with the full name in an SVG title, which the
    // browser shows on hover (view! made an HTML one, which it does not).
    await open(page, "./?data=fixtures/hostile.json");
    const lane = timeline(page).locator(".lane-label", { hasText: LONG_NAME_START.slice(0, 6) });
    await expect(lane).toHaveCount(1);
    await expect(lane.locator("title")).toHaveText(full);
    expect(await lane.locator("title").evaluate((t) => t.namespaceURI)).toBe("http://www.w3.org/2000/svg");
    expect((await lane.boundingBox())!.width).toBeLessThan(400);
    // The node's accessible name carries the whole name too.
    await open(page, "./?data=fixtures/hostile.json&view=network");
    await expect(network(page).locator(`g.node[aria-label^=${JSON.stringify(full + ", ")}]`)).toHaveCount(1);
  });

  test(
    "no text from the data runs wider than the window: long unbroken names wrap or are cut short",
    async ({ page, pageErrors, offsiteRequests }) => {
      for (const size of [
        { width: 1440, height: 900 },
        { width: 375, height: 667 },
      ]) {
        await page.setViewportSize(size);
        for (const query of ["view=table", `sel=entity:${HOSTILE_ENTITY}`, "sel=entity:evil-script", "sel=evil-long-event"]) {
          await open(page, `./?data=fixtures/hostile.json&${query}`);
          if (query.includes("sel=")) await expect(heading(page)).toBeVisible();
          if (query.includes("table")) await expect(page.getByRole("rowheader").first()).toBeVisible();
          // The rendered extent of each run of text (a Range), not its element's box:
          // text can spill out of a box that keeps its width.
          const wide = await page.evaluate((start) => {
            const out: string[] = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              if (!n.textContent?.includes(start)) continue;
              const el = n.parentElement!;
              if (el.closest("title, [hidden], .visually-hidden") || !el.getClientRects().length) continue;
              const range = document.createRange();
              range.selectNodeContents(n);
              const width = range.getBoundingClientRect().width;
              if (width > window.innerWidth) out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(width)}px`);
            }
            return out;
          }, LONG_NAME_START);
          expect.soft(wide, `${query} at ${size.width}px`).toEqual([]);
        }
      }
    },
  );
});

// ---------------------------------------------------------------------------------
// Failure notices
// ---------------------------------------------------------------------------------

test.describe("failure notices", () => {
  test("a data file of hostile non-JSON text gives a readable alert, not a blank page", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const dialogs = watchDialogs(page);
    const body = `<!doctype html><html><body><script>alert(1)</script><img src=x onerror="window.__pwned=1;alert(2)">\u202e\u0000${"\uFFFD".repeat(50)}`;
    await page.route("**/data/atlas.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body }),
    );
    await page.goto("./");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The data could not be loaded");
    // It says which file and why, in words.
    await expect(alert).toContainText("data/atlas.json");
    await expect(alert.getByRole("button", { name: "Reload" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Capital Atlas" })).toBeVisible();
    const text = await alert.innerText();
    expect(text.length).toBeLessThan(2_000);
    await expectInert(page, dialogs, "failed load");
  });
});
