// Phones get a usable layout with touch: nothing scrolls sideways, the filter bar folds,
// taps select, and pinches zoom.
import type { CDPSession, Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { TOTAL, atlas, count, countText, event, expected, params, settled } from "./bundled";
import { nameOfNode, nodeNamed, nodes, network, settledWorld, world, worldScale } from "./graph";

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const heading = (page: Page) => details(page).getByRole("heading", { level: 2 });
const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" });
const filters = (page: Page) => page.getByRole("region", { name: "Filters" });
/** The bundled entity called `name`. */
function entityNamed(name: string) {
  const found = (atlas as unknown as { entities: { id: string; name: string }[] }).entities.find((e) => e.name === name);
  if (!found) throw new Error(`no entity named ${name} in the bundled data`);
  return found;
}

/** Horizontal overflow of the whole page, in pixels (0 when none). */
// Measured against the screen's width, not `innerWidth`: on a phone, content that spills
// sideways widens the layout viewport itself, so `innerWidth` grows with it.
const overflow = (page: Page) =>
  page.evaluate(
    (screenWidth) => Math.max(0, document.documentElement.scrollWidth - screenWidth, window.innerWidth - screenWidth),
    page.viewportSize()!.width,
  );

// ---------------------------------------------------------------------------------
// Phones
// ---------------------------------------------------------------------------------

/** Two fingers down at `a` and `b`, moved apart to `a2` and `b2` in steps, and lifted. */
async function pinch(
  cdp: CDPSession,
  [a, b]: [{ x: number; y: number }, { x: number; y: number }],
  [a2, b2]: [{ x: number; y: number }, { x: number; y: number }],
  steps = 8,
) {
  const points = (t: number) => [
    { x: a.x + (a2.x - a.x) * t, y: a.y + (a2.y - a.y) * t, id: 0 },
    { x: b.x + (b2.x - b.x) * t, y: b.y + (b2.y - b.y) * t, id: 1 },
  ];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(0) });
  for (let i = 1; i <= steps; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: points(i / steps) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

test.describe("phones", () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test("no view scrolls sideways", async ({ page, pageErrors, offsiteRequests }) => {
    for (const path of ["./", "./?view=network", "./?view=table", "./?sel=amazon-openai-talks-50b", "./?view=network&sel=entity:openai"]) {
      await open(page, path);
      await page.waitForTimeout(200);
      expect(await overflow(page), path).toBeLessThanOrEqual(1);
    }
  });

  test("the filter bar folds behind a Filters button that opens on tap", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    const toggle = filters(page).getByRole("button", { name: /^Filters/ });
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    const search = filters(page).getByLabel("Search", { exact: true });
    await expect(search).toBeHidden();
    await expect(filters(page).getByRole("combobox", { name: "Company" })).toBeHidden();

    await toggle.tap();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    for (const control of [
      search,
      filters(page).getByRole("combobox", { name: "Company" }),
      filters(page).getByLabel("From", { exact: true }),
      filters(page).getByLabel("Minimum amount"),
      filters(page).getByRole("group", { name: "Status" }),
      filters(page).getByRole("group", { name: "Kind" }),
    ]) {
      await expect(control).toBeVisible();
    }
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    // Every field spans the drawer: the dates' right edge (To's) and the period's are
    // the search box's; a group's name heads its toggles on a line of its own.
    const right = async (control: Locator) => {
      const box = (await control.boundingBox())!;
      return Math.round(box.x + box.width);
    };
    const edge = await right(search);
    expect(await right(filters(page).getByLabel("To", { exact: true }))).toBe(edge);
    expect(await right(filters(page).getByLabel("Period"))).toBe(edge);
    expect(await right(filters(page).getByLabel("Minimum amount"))).toBe(edge);
    for (const name of ["Status", "Kind"]) {
      const group = filters(page).getByRole("group", { name });
      const label = (await group.locator(".toggles-label").boundingBox())!;
      const first = (await group.getByRole("button").first().boundingBox())!;
      expect(first.y, name).toBeGreaterThanOrEqual(label.y + label.height);
    }
    await toggle.tap();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(search).toBeHidden();
  });

  // Reset and Copy link sat between the statuses and the kinds, and nothing at the
  // drawer's end closed it: a reader who chose a kind scrolled back up to Filters.
  test("the filter drawer ends with Reset, Copy link and a button that shows the events kept", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    const toggle = filters(page).getByRole("button", { name: /^Filters/ });
    await toggle.tap();
    await filters(page).getByRole("group", { name: "Kind" }).getByRole("button", { name: /Investment/ }).tap();
    const count = (await page.locator(".count").textContent())!.match(/^Showing (\d+) of/)![1];
    expect(Number(count)).toBeGreaterThan(1);
    const show = filters(page).getByRole("button", { name: `Show ${count} events` });
    await expect(show).toBeVisible();
    // It is the drawer's main button, and thumb-high; Copy link is a plain one here.
    await expect(show).toHaveClass(/\bprimary\b/);
    await expect(filters(page).getByRole("button", { name: "Copy link" })).not.toHaveClass(/\bprimary\b/);
    expect((await show.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    // Top to bottom, and in Tab order: the kinds, Reset and Copy link (one line), then
    // Show; one of each for assistive technology.
    await expect(filters(page).getByRole("button", { name: "Copy link" })).toHaveCount(1);
    const order = [
      filters(page).getByRole("group", { name: "Kind" }),
      filters(page).getByRole("button", { name: "Reset" }),
      show,
    ];
    await filters(page).getByRole("button", { name: /Product/ }).focus();
    await page.keyboard.press("Tab");
    await expect(filters(page).getByRole("button", { name: "Reset" })).toBeFocused();
    const boxes = await Promise.all(order.map(async (l) => (await l.boundingBox())!));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].y).toBeGreaterThanOrEqual(boxes[i - 1].y + boxes[i - 1].height - 1);
    await filters(page).getByRole("button", { name: "Copy link" }).focus();
    await page.keyboard.press("Tab");
    await expect(show).toBeFocused();
    // It closes the drawer on the filtered events, the filter kept, focus on Filters.
    await show.tap();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(toggle).toHaveText(/^Filters \(1 on\)/);
    await expect(toggle).toBeFocused();
    await expect(page.locator(".count")).toHaveText(`Showing ${count} of 36 events`);
  });

  // The drawer runs a screen and a half: the count of a tap on a status showed only
  // at its end, or above the chart further down.
  test("the drawer's Show button stays at the foot of the screen and counts each tap", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    await filters(page).getByRole("button", { name: /^Filters/ }).tap();
    await page.evaluate(() => window.scrollTo(0, 0));
    const show = filters(page).getByRole("button", { name: /^Show \d+ events?$/ });
    await expect(show).toHaveText("Show 36 events");
    const screen = page.viewportSize()!;
    // The drawer's end (Reset, then this button's own place) is below the screen.
    const reset = (await filters(page).getByRole("button", { name: "Reset" }).boundingBox())!;
    expect(reset.y).toBeGreaterThan(screen.height);
    const box = (await show.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
    expect(box.y + box.height).toBeGreaterThan(screen.height - 24);
    // A status in sight, above the button: tapping it counts at once, where it is seen.
    const talks = filters(page).getByRole("group", { name: "Status" }).getByRole("button", { name: /In talks/ });
    await expect(talks).toBeInViewport();
    expect((await talks.boundingBox())!.y + 44).toBeLessThan(box.y);
    await talks.tap();
    await expect(show).toHaveText(/^Show \d+ events?$/);
    await expect(show).not.toHaveText("Show 36 events");
    await expect(show).toBeInViewport();
    // What the keyboard reaches is scrolled into view above the button's footer, not
    // left under it: at the top of the drawer "Estimate" sits where the footer is.
    await page.evaluate(() => window.scrollTo(0, 0));
    const status = filters(page).getByRole("group", { name: "Status" });
    const estimate = status.getByRole("button", { name: /Estimate/ });
    const foot = page.locator(".drawer-foot");
    expect((await estimate.boundingBox())!.y + 44).toBeGreaterThan((await foot.boundingBox())!.y);
    await status.getByRole("button", { name: /Cancelled/ }).focus();
    await page.keyboard.press("Tab");
    await expect(estimate).toBeFocused();
    const [reached, footer] = [(await estimate.boundingBox())!, (await foot.boundingBox())!];
    expect(reached.y + reached.height).toBeLessThanOrEqual(footer.y);
  });

  test("tapping a timeline mark opens the details as a bottom sheet", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    await expect(details(page)).toBeHidden();
    const mark = timeline(page).locator("g.mark[role=button]").first();
    await expect(mark).toBeVisible();
    const name = (await mark.getAttribute("aria-label"))!;
    const id = expected({}).find((e) => name.startsWith(`${event(e).title}, `));
    expect(id, name).toBeDefined();
    await mark.tap();
    await expect.poll(() => params(page).get("sel")).toBe(id!);
    await expect(details(page)).toBeVisible();
    await expect(heading(page)).toHaveText(event(id!).title);
    // A bottom sheet: full width, its bottom edge on the bottom of the screen.
    await expect
      .poll(async () => {
        const box = (await details(page).boundingBox())!;
        return Math.round(box.y + box.height);
      })
      .toBe(667);
    const box = (await details(page).boundingBox())!;
    expect(box.x).toBeLessThanOrEqual(1);
    expect(box.width).toBeGreaterThanOrEqual(373);
    expect(box.y).toBeGreaterThan(100);
    // No tooltip: a finger never leaves the mark to take one down, and the sheet says
    // all it would. It used to stay over the chart above the sheet.
    await expect(timeline(page).locator(".tooltip")).toHaveCount(0);

    await details(page).getByRole("button", { name: "Close details (Escape)" }).tap();
    await expect.poll(() => params(page).has("sel")).toBe(false);
    await expect(details(page)).toBeHidden();
  });

  test("tapping a network node selects it", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?view=network");
    const openai = nodeNamed(page, "OpenAI");
    await expect(openai).toBeVisible();
    await openai.tap();
    await expect.poll(() => params(page).get("sel")).toBe("entity:openai");
    await expect(details(page)).toBeVisible();
    await expect(heading(page)).toHaveText("OpenAI");
  });

  test("a node's name, or a tap just beside a small node, selects it; a tap far from every node does not", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?view=network");
    await expect(nodes(page).first()).toBeVisible();
    await settledWorld(page);
    const svg = network(page).locator("svg.network-svg");
    // Every node's centre and radius on screen, its accessible name and whether it is
    // a circle (the taps beside a node below are aimed at circles, whose outline is
    // where the app hits it). Measured after each scroll.
    const measure = () =>
      nodes(page).evaluateAll((els) =>
        els.map((el) => {
          const r = el.querySelector("path.ring")!.getBoundingClientRect();
          return {
            node: el.getAttribute("data-node")!,
            label: el.getAttribute("aria-label")!,
            circle: el.matches(".company, .person"),
            x: r.left + r.width / 2,
            y: r.top + r.height / 2,
            r: Math.max(r.width, r.height) / 2,
          };
        }),
      );
    const idOf = (label: string) => entityNamed(nameOfNode(label)).id;

    // A name is a larger target than its node: a tap on a point of a name more than
    // 10 px from every node (so no tap beside a node could explain it) selects its node.
    const names = network(page).locator("text.node-label[data-name-of]");
    await names.last().scrollIntoViewIfNeeded();
    const drawnNow = await measure();
    const target = await names.evaluateAll(
      (els, drawn) => {
        for (const el of els) {
          const r = el.getBoundingClientRect();
          for (let x = r.left + 2; x < r.right - 2; x += 2) {
            const y = r.top + r.height / 2;
            const far = drawn.every((d) => Math.hypot(d.x - x, d.y - y) - d.r > 10);
            if (far && document.elementFromPoint(x, y) === el) return { of: el.getAttribute("data-name-of")!, x, y };
          }
        }
        return null;
      },
      drawnNow,
    );
    expect(target).not.toBeNull();
    const named = drawnNow.find((d) => d.node === target!.of)!;
    await page.touchscreen.tap(target!.x, target!.y);
    await expect.poll(() => params(page).get("sel")).toBe(`entity:${idOf(named.label)}`);
    await details(page).getByRole("button", { name: "Close details (Escape)" }).tap();
    await expect.poll(() => params(page).has("sel")).toBe(false);

    await svg.scrollIntoViewIfNeeded();
    const drawn = await measure();
    // A tap 5 px beyond a small node's outline, where nothing else is drawn on top
    // and no other node is as near, selects it: one beside each of the smallest nodes
    // that has such a spot.
    const hits = await page.evaluate(
      ({ drawn }) => {
        const found: { node: string; label: string; x: number; y: number }[] = [];
        const smallest = drawn.filter((d) => d.circle).sort((a, b) => a.r - b.r);
        for (const d of smallest) {
          for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
            const x = d.x + dx * (d.r + 5);
            const y = d.y + dy * (d.r + 5);
            const at = document.elementFromPoint(x, y);
            if (!at || at.closest("g.node, text.node-label") || !at.closest("svg.network-svg")) continue;
            const gap = (o: { x: number; y: number; r: number }) => Math.hypot(o.x - x, o.y - y) - o.r;
            if (drawn.some((o) => o !== d && gap(o) < gap(d) + 3)) continue;
            found.push({ node: d.node, label: d.label, x, y });
            break;
          }
          if (found.length === 2) break;
        }
        return found;
      },
      { drawn },
    );
    expect(hits.length).toBe(2);
    for (const hit of hits) {
      await page.touchscreen.tap(hit.x, hit.y);
      await expect.poll(() => params(page).get("sel")).toBe(`entity:${idOf(hit.label)}`);
      await details(page).getByRole("button", { name: "Close details (Escape)" }).tap();
      await expect.poll(() => params(page).has("sel")).toBe(false);
    }

    // A tap on the background at least 20 px from every node's outline selects nothing.
    const frame = (await svg.boundingBox())!;
    const empty = await page.evaluate(
      ({ drawn, frame }) => {
        for (let y = frame.y + 4; y < frame.y + frame.height - 4; y += 6) {
          for (let x = frame.x + 4; x < frame.x + frame.width - 4; x += 6) {
            const at = document.elementFromPoint(x, y);
            if (!at?.classList.contains("network-bg")) continue;
            if (drawn.every((o) => Math.hypot(o.x - x, o.y - y) - o.r > 20)) return { x, y };
          }
        }
        return null;
      },
      { drawn, frame },
    );
    expect(empty).not.toBeNull();
    await page.touchscreen.tap(empty!.x, empty!.y);
    await settled(page);
    expect(params(page).has("sel")).toBe(false);
    await expect(details(page)).toBeHidden();
  });

  test("pinching the timeline narrows the window", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    const svg = timeline(page).locator("svg.timeline-svg").first();
    const box = (await svg.boundingBox())!;
    const y = box.y + Math.min(box.height / 2, 120);
    const mid = box.x + box.width * 0.6;
    const cdp = await page.context().newCDPSession(page);
    await pinch(cdp, [{ x: mid - 30, y }, { x: mid + 30, y }], [{ x: mid - 120, y }, { x: mid + 120, y }]);
    await expect.poll(() => params(page).has("from") && params(page).has("to")).toBe(true);
    // The pinch's last step may still be waiting for its frame to reach the address.
    await settled(page);
    const from = params(page).get("from")!;
    const to = params(page).get("to")!;
    // The whole data spans years; the pinched window (fingers four times apart) is
    // well under half of it.
    const dated = expected({}).map((id) => event(id).date).filter((d): d is string => !!d).sort();
    const whole = (Date.parse(`${dated.at(-1)!.slice(0, 4)}-12-31`) - Date.parse(`${dated[0].slice(0, 4)}-01-01`)) / 864e5;
    const span = (Date.parse(to) - Date.parse(from)) / 864e5;
    expect(span).toBeGreaterThan(0);
    expect(span).toBeLessThan(whole / 2);
    await expect(count(page)).toHaveText(countText(expected({ from, to }).length, TOTAL));
  });

  test("pinching the network zooms it in", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?view=network");
    await expect(nodes(page).first()).toBeVisible();
    await settledWorld(page);
    const before = await worldScale(page);
    const box = (await network(page).locator("svg.network-svg").boundingBox())!;
    const y = box.y + box.height / 2;
    const mid = box.x + box.width / 2;
    const cdp = await page.context().newCDPSession(page);
    await pinch(cdp, [{ x: mid - 30, y }, { x: mid + 30, y }], [{ x: mid - 120, y: y - 10 }, { x: mid + 120, y: y + 10 }]);
    await expect.poll(() => worldScale(page)).toBeGreaterThan(before * 2);
    // A pinch is not a selection.
    await settled(page);
    expect(params(page).has("sel")).toBe(false);
    await expect(world(page)).toHaveAttribute("transform", /scale/);
  });
});
