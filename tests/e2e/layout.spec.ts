// The page's layout on laptops and tablets: the chart keeps the width, and the
// timeline's frame asks for no more height than its lanes need.
import type { Locator, Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";

const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" });
const filters = (page: Page) => page.getByRole("region", { name: "Filters" });
const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const laneLabels = (page: Page) => timeline(page).locator("text.lane-label");

/** The frame's height and the drawing's (all its lanes, drawn or not). */
const frameFit = (page: Page) =>
  page.evaluate(() => ({
    height: document.querySelector(".timeline-frame")!.getBoundingClientRect().height,
    drawing: document.querySelector(".timeline-svg")!.getBoundingClientRect().height,
  }));

test.describe("laptops", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("with few lanes the timeline's whole legend is on screen without scrolling", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    const legend = timeline(page).getByRole("note", { name: "How to read the timeline" });
    await expect(legend.getByText("Date the data runs to")).toBeInViewport({ ratio: 1 });
    const box = (await legend.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    // The frame still holds every lane of the bundled data.
    const { height, drawing } = await frameFit(page);
    expect(height).toBeGreaterThanOrEqual(drawing);
  });

  test("the details panel and the chart's panel shade their foot while more lies below, and not at the end", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    /** Scrolls `panel` to its end and checks its foot was shaded before and is not now. */
    const shadesItsFoot = async (panel: Locator, x: (box: { x: number; width: number }) => number, ground: string) => {
      const scrolls = await panel.evaluate((el) => el.scrollHeight > el.clientHeight + 40);
      expect(scrolls).toBe(true);
      // The sum of R, G and B of the panel's own colour, which its foot shows at the end.
      const plain = await page.evaluate((name) => {
        const probe = document.body.appendChild(document.createElement("div"));
        probe.style.background = `var(--${name})`;
        const sum = getComputedStyle(probe).backgroundColor.match(/\d+/g)!.slice(0, 3).reduce((a, c) => a + Number(c), 0);
        probe.remove();
        return sum;
      }, ground);
      // At least a few levels darker while more lies below.
      expect(plain - (await foot(panel, x))).toBeGreaterThan(15);
      await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect.poll(() => foot(panel, x)).toBe(plain);
    };
    await open(page, "./?sel=amazon-openai-talks-50b");
    await expect(details(page).getByRole("heading", { level: 2 })).toBeVisible();
    // The details' pixel in their left padding, where no text is.
    await shadesItsFoot(details(page), (box) => box.x + 6, "surface");
    // Eight lanes by kind leave the chart's third legend row below the fold; its pixel
    // at the right edge (inside any scrollbar), beyond where the legend's rows end.
    await open(page, "./?group=kind");
    const panel = page.locator("#main .panel");
    const inner = await panel.evaluate((el) => el.clientWidth);
    await shadesItsFoot(panel, (box) => box.x + inner - 3, "paper");
  });
});

/** The sum of R, G and B of the pixel 3 px above `panel`'s foot, at `x` of its box. */
const foot = async (panel: Locator, x: (box: { x: number; width: number }) => number) => {
  const page = panel.page();
  const box = (await panel.boundingBox())!;
  const png = await page.screenshot({ clip: { x: x(box), y: box.y + box.height - 3, width: 1, height: 1 } });
  return page.evaluate(async (data) => {
    // Decoded here rather than fetched: the page's Content-Security-Policy refuses to
    // fetch data: URLs.
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(1, 1);
    const context = canvas.getContext("2d")!;
    context.drawImage(bitmap, 0, 0);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return r + g + b;
  }, png.toString("base64"));
};

test.describe("laptops, with eight lanes", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  // A frame of at least 360 px hid the eighth lane (376 px of drawing) behind the
  // "1 more lane below" cue, to keep more of the legend above the fold.
  test("every lane of the kinds is in the frame, and no cue says more are below", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?group=kind");
    await expect(laneLabels(page)).toHaveCount(8);
    const { height, drawing } = await frameFit(page);
    expect(height).toBeGreaterThanOrEqual(drawing);
    await expect(timeline(page).locator(".more-lanes")).toHaveCount(0);
  });

  // Lanes that scroll anyway gain nothing from 40 px more, which would only push the
  // legend down: the frame takes 360 px, or the room the legend leaves above the page's
  // foot (this data's legend is three short lines: one kind, one status, no band).
  test("a drawing taller than 400 px scrolls in a frame of at least 360 px, with the legend in sight", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    const rows = Array.from({ length: 12 }, (_, i) => `2026-01-${String(i + 1).padStart(2, "0")},Fund ${i},Company ${i},1B,,completed,`);
    const csv = ["date,investor,company,amount_usd,valuation_usd,status,source_url", ...rows].join("\n");
    await page.getByLabel("Import data").setInputFiles({ name: "twelve.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect(page.getByRole("banner")).toContainText("Imported: twelve.csv");
    await expect.poll(async () => (await frameFit(page)).drawing).toBeGreaterThan(400);
    const { height, drawing } = await frameFit(page);
    expect(height).toBeGreaterThanOrEqual(360);
    expect(height).toBeLessThan(drawing);
    await expect(timeline(page).locator(".more-lanes")).toBeVisible();
    await expect(page.getByRole("note", { name: "How to read the timeline" })).toBeInViewport({ ratio: 1 });
  });

  test("a tall lane scrolled part way keeps its name at the top of what shows of it", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    // In January OpenAI's lane stacks its reports in seven rows or more.
    await open(page, "./?view=timeline&from=2026-01-01&to=2026-01-31");
    // OpenAI's lane is the first, so it is striped (only even lanes draw a rect).
    const openai = page.locator("g.lane").filter({ has: page.locator("text.lane-label", { hasText: "OpenAI" }) });
    const name = openai.locator("text.lane-label");
    const note = openai.locator("text.lane-stack-note");
    const lane = openai.locator("rect.lane-bg");
    const axisBottom = async () =>
      (await timeline(page).locator("g.axis").boundingBox())!.y + (await timeline(page).locator("g.axis").boundingBox())!.height;
    const unscrolled = (await name.boundingBox())!;
    const laneBox = (await lane.boundingBox())!;
    expect(laneBox.height).toBeGreaterThan(4 * 40);
    await page.locator(".timeline-scroll").evaluate((s) => (s.scrollTop = 120));
    // Its rows moved up by 120 px; its name stays just under the axis, over the rows
    // still in view, with the note under it.
    await expect.poll(async () => (await lane.boundingBox())!.y).toBeLessThan(laneBox.y - 100);
    // The name follows a frame after the rows (it failed once, read at once, under load).
    await expect.poll(async () => Math.abs((await name.boundingBox())!.y - unscrolled.y)).toBeLessThan(10);
    const scrolled = (await name.boundingBox())!;
    expect(scrolled.y).toBeGreaterThanOrEqual((await axisBottom()) - 1);
    expect(Math.abs(scrolled.y - unscrolled.y)).toBeLessThan(10);
    expect((await note.boundingBox())!.y).toBeGreaterThan(scrolled.y + scrolled.height - 1);
    // Scrolled past the lane's last rows, the name stays in the lane, over its last two.
    await page.locator(".timeline-scroll").evaluate((s) => (s.scrollTop = s.scrollHeight));
    await expect
      .poll(async () => {
        const [box, label] = [(await lane.boundingBox())!, (await note.boundingBox())!];
        return label.y + label.height <= box.y + box.height + 1;
      })
      .toBe(true);
  });
});

test.describe("large screens", () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test("a timeline with few lanes is no taller than its lanes, so the overview sits right under them", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    const { height, drawing } = await frameFit(page);
    expect(height).toBeGreaterThanOrEqual(drawing);
    expect(height).toBeLessThanOrEqual(drawing + 4);
    // With many rows open (zoomed into January 2026) the frame takes the room there is
    // and scrolls, as before.
    await open(page, "./?from=2025-12-01&to=2026-03-01&group=kind");
    const zoomed = await frameFit(page);
    expect(zoomed.height).toBeGreaterThan(height);
    expect(await page.evaluate(() => {
      const scroller = document.querySelector(".timeline-scroll")!;
      return scroller.scrollHeight > scroller.clientHeight;
    })).toBe(true);
  });

  test("when nothing matches, the frame keeps room for the message under the axis", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?q=nothing-is-called-this");
    const reset = timeline(page).getByRole("button", { name: "Reset filters" });
    await expect(reset).toBeVisible();
    const frame = (await page.locator(".timeline-frame").boundingBox())!;
    const button = (await reset.boundingBox())!;
    expect(frame.height).toBeGreaterThanOrEqual(218);
    // The message sits below the axis (46 px) and inside the frame.
    expect(button.y).toBeGreaterThan(frame.y + 46);
    expect(button.y + button.height).toBeLessThanOrEqual(frame.y + frame.height);
  });
});

test.describe("small laptops", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the table fits beside the details panel, and marks each figure the reports disagree on", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    for (const width of [1024, 1100, 1200, 1280, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      await open(page, "./?view=table");
      const overflow = await page.evaluate(() => {
        const wrap = document.querySelector(".table-wrap")!;
        return wrap.scrollWidth - wrap.clientWidth;
      });
      expect(overflow, `at ${width} px`).toBeLessThanOrEqual(1);
    }
    // The sign is explained beside the caption, and a screen reader hears it in words.
    await expect(page.locator("table.events caption")).toContainText("≠ reports differ on this figure");
    const row = page.getByRole("row", { name: /Amazon in talks to invest up to \$50B in OpenAI/ });
    await expect(row.locator("td.col-amount")).toHaveText("≠ Reports differ: up to $50B");
    await expect(row.locator("td.col-amount .figure")).toHaveText("up to $50B");
    const undisputed = page.getByRole("row", { name: /Amazon unveils Project Rainier/ });
    await expect(undisputed.locator(".differs")).toHaveCount(0);
    // Five events in the bundled data have a figure in dispute; one of them two.
    await expect(page.locator("table.events tbody .differs")).toHaveCount(6);
  });
});

test.describe("portrait tablets", () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test("the chart has the page's width, the filters fold into a drawer and Export is on screen", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    const region = (await timeline(page).boundingBox())!;
    expect(region.width).toBeGreaterThan(700);
    await expect(filters(page).getByRole("button", { name: /^Filters/ })).toBeVisible();
    await expect(filters(page).getByLabel("Search", { exact: true })).toBeHidden();
    const exportButton = (await page.getByRole("button", { name: "Export", exact: true }).boundingBox())!;
    expect(exportButton.x + exportButton.width).toBeLessThanOrEqual(768);
    // The details are not squeezed beside the chart: nothing is selected, so no sheet.
    await expect(details(page)).toBeHidden();
  });

  test("the table fits the width, with no header or cell cut off and titles readable", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?view=table");
    const fit = await page.evaluate(() => {
      const wrap = document.querySelector(".table-wrap")!;
      const cut = [...document.querySelectorAll("table.events th, table.events td")]
        .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
        .map((cell) => cell.textContent);
      const title = document.querySelector("table.events tbody .col-title")!;
      return { overflow: wrap.scrollWidth - wrap.clientWidth, cut, titleWidth: title.getBoundingClientRect().width };
    });
    expect(fit.overflow).toBeLessThanOrEqual(1);
    expect(fit.cut).toEqual([]);
    expect(fit.titleWidth).toBeGreaterThanOrEqual(100);
    // Each kind's dot sits beside the first line of its name, never alone above it.
    const dots = await page.evaluate(() =>
      [...document.querySelectorAll("table.events tbody .col-kind")].map((cell) => {
        const dot = cell.querySelector(".swatch")!.getBoundingClientRect();
        const line = cell.querySelector(".kind-tag > span:last-child")!.getClientRects()[0];
        const middle = dot.top + dot.height / 2;
        return dot.right <= line.left + 0.5 && middle > line.top && middle < line.bottom;
      }),
    );
    expect(dots.length).toBeGreaterThan(10);
    expect(dots.every(Boolean)).toBe(true);
    // The headers' words share one line, right-aligned ones included.
    const tops = await page.evaluate(() =>
      [...document.querySelectorAll("table.events thead th .sort")].map((b) => {
        const range = document.createRange();
        range.selectNodeContents(b.firstChild!);
        return Math.round(range.getBoundingClientRect().top);
      }),
    );
    expect(new Set(tops).size).toBe(1);
  });
});

test.describe("landscape tablets", () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  // With a column per certainty the table ran 32 px past the 280 px panel, cutting off
  // "In talks", the only column with a figure for OpenAI.
  test("a company's money table fits the narrow panel, each range on one line", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?sel=entity:openai");
    const table = details(page).getByRole("table", { name: "Money, by how sure it is" });
    await expect(table.getByRole("rowheader")).toHaveText(["Completed", "Announced", "In talks"]);
    await expect(table.getByRole("columnheader")).toHaveText(["Invested", "Received"]);
    const talks = table.getByRole("row", { name: /^In talks/ }).getByRole("cell");
    await expect(talks).toHaveText(["—", "$10B–$140B"]);
    // The round holds Amazon's $50B once; the sum still adds two reports of the Amazon
    // talks (at $10B and at $50B), and the note under the table says both.
    // The caveat is in view; how ranges add opens under it.
    await expect(details(page).locator("p.note")).toContainText(
      "Where several events report one deal at different times, each adds its own amount",
    );
    const how = details(page).locator("details.how-ranges-add");
    const rule = "A part of a deal (an investor's share of a round) counts once, inside the deal, where both stand at the same stage";
    const shown = () => how.evaluate((d) => (d as HTMLElement).innerText);
    expect(await shown()).not.toContain(rule);
    await how.getByText("How ranges add").click();
    await expect.poll(shown).toContain(rule);
    expect(await details(page).evaluate((panel) => panel.scrollWidth - panel.clientWidth)).toBe(0);
    const [box, panel] = [(await table.boundingBox())!, (await details(page).boundingBox())!];
    expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width);
    const range = (await talks.last().boundingBox())!;
    const line = await talks.last().evaluate((cell) => parseFloat(getComputedStyle(cell).lineHeight));
    expect(range.height).toBeLessThan(2 * line);
  });

  test("the details panel sits beside the chart and leaves it most of the width", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    const region = (await timeline(page).boundingBox())!;
    const panel = (await details(page).boundingBox())!;
    expect(region.width).toBeGreaterThan(620);
    expect(panel.x).toBeGreaterThanOrEqual(region.x + region.width);
    expect(panel.width).toBeLessThanOrEqual(330);
  });
  test("the filter bar takes three lines: the fields, the statuses with Reset and Copy link, the kinds", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?company=openai");
    const lines = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const [status, kinds] = [...document.querySelectorAll(".filters .toggles")].map((t) => t.getBoundingClientRect());
      const chips = [...document.querySelectorAll(".filters .toggles")].map(
        (t) => new Set([...t.querySelectorAll(".toggle")].map((b) => Math.round(b.getBoundingClientRect().top))).size,
      );
      const fields = [".search-field", ".company-field", ".window-field", ".amount-field"].map((s) => box(s).top);
      return {
        bar: box(".filters").height,
        fieldTops: new Set(fields.map(Math.round)).size,
        fieldsBottom: Math.max(...[".search-field", ".company-field", ".window-field", ".amount-field"].map((s) => box(s).bottom)),
        status: { top: status.top, bottom: status.bottom },
        actions: { top: box(".actions").top, bottom: box(".actions").bottom, right: box(".actions").right },
        kindsTop: kinds.top,
        chips,
      };
    });
    expect(lines.fieldTops).toBe(1);
    expect(lines.status.top).toBeGreaterThanOrEqual(lines.fieldsBottom);
    // Reset and Copy link share the statuses' line, at its right end.
    expect(lines.actions.top).toBeLessThan(lines.status.bottom);
    expect(lines.actions.bottom).toBeGreaterThan(lines.status.top);
    expect(lines.actions.right).toBeLessThanOrEqual(1024);
    expect(lines.kindsTop).toBeGreaterThanOrEqual(Math.max(lines.status.bottom, lines.actions.bottom));
    // Each group of chips is one line.
    expect(lines.chips).toEqual([1, 1]);
    expect(lines.bar).toBeLessThanOrEqual(160);
    // Tab follows the screen: from the minimum amount to the first status, from the last
    // status to Reset and Copy link, then on to the kinds, and out of the bar after them.
    const filterBar = page.getByRole("region", { name: "Filters" });
    await filterBar.getByLabel("Minimum amount").focus();
    await page.keyboard.press("Tab");
    await expect(filterBar.getByRole("button", { name: /Rumoured/ })).toBeFocused();
    await filterBar.getByRole("button", { name: /Estimate/ }).focus();
    await page.keyboard.press("Tab");
    await expect(filterBar.getByRole("button", { name: "Reset" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(filterBar.getByRole("button", { name: "Copy link" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(filterBar.getByRole("button", { name: /Investment/ })).toBeFocused();
    await filterBar.getByRole("button", { name: /Product/ }).focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".filters"))).toBeNull();
    // One Reset and one Copy link for assistive technology, as on screen.
    await expect(filterBar.getByRole("button", { name: "Copy link" })).toHaveCount(1);
    // The phone's button that closes the drawer is not drawn here.
    await expect(filterBar.getByRole("button", { name: /^Show \d+ events?$/ })).toBeHidden();
  });

  // The legend sat under the drawing, out of sight, and the drawing (fitted to a frame
  // taller than the room left) ran past the fold.
  test("the network's drawing and legend are both on screen, every node inside the frame", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?view=network");
    const network = page.getByRole("region", { name: "Network" });
    const frame = (await network.locator(".network-frame").boundingBox())!;
    const legend = (await network.locator(".legend").boundingBox())!;
    expect(frame.y + frame.height).toBeLessThanOrEqual(768);
    expect(legend.x).toBeGreaterThanOrEqual(frame.x + frame.width);
    await expect(network.getByText("Shape: kind of entity")).toBeInViewport();
    await expect(network.getByText("Area: money in and out")).toBeInViewport();
    const nodes = await network.locator("g.node").evaluateAll((all) =>
      all.map((node) => {
        const box = node.getBoundingClientRect();
        return { x: box.x, y: box.y, right: box.right, bottom: box.bottom };
      }),
    );
    expect(nodes.length).toBeGreaterThan(20);
    for (const node of nodes) {
      expect(node.x).toBeGreaterThanOrEqual(frame.x);
      expect(node.right).toBeLessThanOrEqual(frame.x + frame.width);
      expect(node.y).toBeGreaterThanOrEqual(frame.y);
      expect(node.bottom).toBeLessThanOrEqual(frame.y + frame.height);
    }
  });
});
