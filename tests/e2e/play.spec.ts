// Play in the network view: it steps a growing date window through the link, Pause
// keeps the window it reached, and at the end of the data it gives back the window it
// started from. Every frame is sized like that whole view.
import type { Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { TOTAL, count, countText, event, expected, params, settled } from "./bundled";
import { centre, network, nodeNamed, settledWorld } from "./graph";

const button = (page: Page, name: string) => network(page).getByRole("button", { name, exact: true });

/** Opens the table with `query`, then the network, so Back has somewhere to go. */
async function networkFromTable(page: Page, query = "") {
  await open(page, `./?view=table${query}`);
  await page.getByRole("tab", { name: "Network" }).click();
  await expect(network(page)).toBeVisible();
}

/** Every node and line by its place in the drawing: its name, its classes (its status:
 *  a deal in talks is dashed), its size (a node's outline, a line's width) and, for a
 *  node, where it is in the picture's coordinates. */
const drawing = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("g.node[data-node], g.edge[data-edge]")].map((n) => [
        n.getAttribute("data-node") ?? `edge ${n.getAttribute("data-edge")}`,
        [
          n.getAttribute("aria-label"),
          n.getAttribute("class"),
          n.getAttribute("transform"),
          n.querySelector("path.ring")?.getAttribute("d"),
          n.querySelector("path.edge-line")?.getAttribute("stroke-width"),
        ],
      ]),
    ),
  );

/** Starts Play and waits for its first frame's window in the link. */
async function startPlay(page: Page) {
  await button(page, "Play").click();
  await expect.poll(() => params(page).get("to"), { intervals: [100] }).not.toBeNull();
}

test.describe("network Play", () => {
  test("Pause keeps the window Play reached in the link, and the count follows it", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?view=network");
    await button(page, "Play").click();
    const pause = button(page, "Pause");
    await expect(pause).toHaveAttribute("aria-pressed", "true");

    // Each step writes a window that starts where the data starts and ends later.
    const seen: { from: string; to: string }[] = [];
    await expect
      .poll(
        () => {
          const from = params(page).get("from");
          const to = params(page).get("to");
          if (from && to && !seen.some((s) => s.to === to)) seen.push({ from, to });
          return seen.length;
        },
        { intervals: [100], timeout: 6_000 },
      )
      .toBeGreaterThanOrEqual(3);
    await pause.click();
    await expect(button(page, "Play")).toHaveAttribute("aria-pressed", "false");
    await settled(page);
    const stopped = page.url();

    expect(new Set(seen.map((s) => s.from)).size).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i].to > seen[i - 1].to, JSON.stringify(seen)).toBe(true);

    // After Pause the window stays, and the count is what the window keeps.
    await page.waitForTimeout(1_200);
    expect(page.url()).toBe(stopped);
    const from = params(page).get("from")!;
    const to = params(page).get("to")!;
    await expect(count(page)).toHaveText(countText(expected({ from, to }).length, TOTAL));
    await page.reload();
    await expect(count(page)).toHaveText(countText(expected({ from, to }).length, TOTAL));
    await expect(network(page)).toBeVisible();
    // The whole play was one history step: Back returns to before it.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe("?view=network");
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
  });

  test("Play steps to the end of the data, then gives back the window it started from", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    // Valuations span a few months, so Play has only a few steps.
    const kinds = ["valuation"];
    const dated = expected({ kinds }).filter((id) => event(id).date);
    const lastDay = dated.map((id) => event(id).date!).sort().at(-1)!;
    expect(dated.length).toBeGreaterThan(1);

    // The reader came from the table, so Back after the play has somewhere to go.
    await networkFromTable(page, "&kind=valuation");
    const seen: string[] = [];
    const counts = new Map<string, string>();
    const dates: [string, string][] = [];
    await button(page, "Play").click();
    await expect
      .poll(
        async () => {
          // The window is read from the date fields, painted with the count; the
          // address is written just after the paint, so it can lag them by a frame.
          const snapshot = await page.evaluate(() => ({
            from: (document.getElementById("date-from") as HTMLInputElement).value,
            to: (document.getElementById("date-to") as HTMLInputElement).value,
            text: document.querySelector(".count .count-shown")?.textContent ?? "",
            dates: document.querySelector(".count .count-window")?.textContent ?? "",
            playing: document.querySelector("button.play")?.getAttribute("aria-pressed"),
          }));
          const to = snapshot.to;
          if (to && !seen.includes(to)) seen.push(to);
          if (to) counts.set(snapshot.from + "|" + to, snapshot.text);
          // Each step's dates are written beside the count, as the network has no axis.
          if (to) dates.push([to, snapshot.dates]);
          return snapshot.playing;
        },
        { intervals: [100], timeout: 12_000 },
      )
      .toBe("false");
    await expect(button(page, "Play")).toBeVisible();

    // It stepped forward to a window holding the last dated valuation.
    expect(seen.length).toBeGreaterThan(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i] > seen[i - 1]).toBe(true);
    expect(seen.at(-1)! >= lastDay).toBe(true);
    // Then it gave back the view it started from: no window, the kind kept, and the
    // undated valuations back with the dated ones.
    await expect.poll(() => params(page).get("to")).toBeNull();
    expect(params(page).get("from")).toBeNull();
    expect(params(page).get("kind")).toBe("valuation");
    await expect(count(page)).toHaveText(countText(expected({ kinds }).length, TOTAL));
    // The reader is told why the undated valuations appeared at once.
    const undated = expected({ kinds }).length - dated.length;
    expect(undated).toBeGreaterThan(0);
    await expect(page.locator(".toast[role=status]")).toHaveText(
      `Play ended: back to every date, with ${undated} undated event${undated === 1 ? "" : "s"}`,
    );
    // The count followed every step it was sampled at.
    for (const [window, text] of counts) {
      const [f, t] = window.split("|");
      const ok = [countText(expected({ kinds, from: f, to: t }).length, TOTAL)];
      expect(ok, `count at ${window}`).toContain(text);
    }
    // They end in the year the window does, whatever the precision they are written at.
    for (const [to, text] of dates) expect(text).toMatch(new RegExp(`^dated .*${to.slice(0, 4)}$`));
    await page.waitForTimeout(1_000);
    expect(params(page).get("to")).toBeNull();
    // A play that ends where it began adds no history step: Back goes to the table the
    // reader came from, not to the same network again.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe("?view=table&kind=valuation");
  });

  test("another view chosen mid-play keeps where the play began one Back step away", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?view=network");
    await startPlay(page);
    await page.getByRole("tab", { name: "Table" }).click();
    await expect(page.getByRole("tab", { name: "Table" })).toHaveAttribute("aria-selected", "true");
    // Back shows the network where the play was when the reader left it, and Back again
    // the network before the play.
    await page.goBack();
    await expect.poll(() => params(page).get("view")).toBe("network");
    expect(params(page).get("to")).not.toBeNull();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe("?view=network");
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
  });

  test("Play again after a Pause on its first frame plays on", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?view=network");
    await button(page, "Play").click();
    await button(page, "Pause").click();
    await expect.poll(() => params(page).get("to")).not.toBeNull();
    const paused = params(page).get("to");
    // The first frame is the view already, so it writes nothing; the play goes on.
    await button(page, "Play").click();
    await expect.poll(() => params(page).get("to"), { intervals: [100], timeout: 4_000 }).not.toBe(paused);
    await expect(button(page, "Pause")).toHaveAttribute("aria-pressed", "true");
  });

  test("Back mid-play stops the play and shows the view before it", async ({ page, pageErrors, offsiteRequests }) => {
    await networkFromTable(page);
    await startPlay(page);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe("?view=network");
    await expect(button(page, "Play")).toHaveAttribute("aria-pressed", "false");
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
    // Stopped: no later frame writes over the entry the reader went back to.
    await page.waitForTimeout(1_800);
    expect(new URL(page.url()).search).toBe("?view=network");
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe("?view=table");
  });

  test("a node keeps its size from frame to frame while larger deals arrive", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    // Project Rainier takes part in one event (October 2025), so its money, and so its
    // size, is the same in every frame it is in; larger deals arrive after it.
    await open(page, "./?view=network");
    await settledWorld(page);
    const startAt = await centre(nodeNamed(page, "Project Rainier"));
    const startPlaces = await drawing(page);
    expect(Object.keys(startPlaces).length).toBeGreaterThan(50);
    expect(JSON.stringify(startPlaces)).toContain("tentative");
    const sizes = new Map<string, number>();
    let last = "";
    await button(page, "Play").click();
    await expect
      .poll(
        async () => {
          // One read of the painted window and the node's outline. A frame is drawn by
          // several updates, so a size counts once two reads in a row agree on it.
          const sample = await page.evaluate(() => {
            const node = [...document.querySelectorAll("g.node[data-node]")].find((n) =>
              n.getAttribute("aria-label")?.startsWith("Project Rainier, "),
            );
            const ring = node?.querySelector("path.ring") as SVGGraphicsElement | null;
            return {
              to: (document.getElementById("date-to") as HTMLInputElement).value || "end",
              width: ring ? Math.round(ring.getBBox().width * 10) / 10 : null,
              playing: document.querySelector("button.play")?.getAttribute("aria-pressed"),
            };
          });
          const key = `${sample.to}|${sample.width}`;
          if (sample.width !== null && key === last) sizes.set(sample.to, sample.width);
          last = key;
          return sample.playing;
        },
        { intervals: [50], timeout: 20_000 },
      )
      .toBe("false");
    await expect
      .poll(async () =>
        nodeNamed(page, "Project Rainier")
          .locator("path.ring")
          .evaluate((ring) => Math.round((ring as SVGGraphicsElement).getBBox().width * 10) / 10),
      )
      .toBe([...sizes.values()][0]);
    await expect(count(page)).toHaveText(countText(TOTAL, TOTAL));
    // The picture the play started from comes back: its nodes where they were (laid out
    // from the frames' positions they ended up to 43 px off; laid out again from where
    // they were, up to 10 px), and its lines as they were (a deal in talks came back
    // solid, its element reused for a line of another kind).
    await settledWorld(page);
    const endAt = await centre(nodeNamed(page, "Project Rainier"));
    expect(Math.hypot(endAt.x - startAt.x, endAt.y - startAt.y), JSON.stringify([startAt, endAt])).toBeLessThan(0.5);
    expect(await drawing(page)).toEqual(startPlaces);
    // It was sampled in the last frames and after the end, at one size throughout.
    expect(sizes.size, JSON.stringify([...sizes])).toBeGreaterThanOrEqual(2);
    expect(new Set(sizes.values()).size, JSON.stringify([...sizes])).toBe(1);
  });
  test("a play whose last frame already held every event gives back each node and line as it was", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    // Infrastructure and foundings all have dates, so the window given back at the end
    // holds the same events as the play's last frame: nothing changes but the sizes
    // and the positions, which must come back too.
    await open(page, "./?view=network&kind=infrastructure,founding");
    await settledWorld(page);
    const start = await drawing(page);
    expect(Object.keys(start).length).toBeGreaterThan(4);
    await startPlay(page);
    await expect(button(page, "Play")).toHaveAttribute("aria-pressed", "false", { timeout: 20_000 });
    await expect.poll(() => params(page).get("to")).toBeNull();
    await settledWorld(page);
    expect(await drawing(page)).toEqual(start);
  });

  test("on a phone, the message at Play's end covers no node", async ({ page, pageErrors, offsiteRequests }) => {
    // The picture fills the screen's lower part, scrolled so that its frame ends at the
    // screen's bottom edge, where a toast covered Amazon, the largest node.
    await page.setViewportSize({ width: 375, height: 667 });
    await open(page, "./?view=network");
    await settledWorld(page);
    await page.locator(".network-frame").evaluate((frame) => frame.scrollIntoView({ block: "end" }));
    await startPlay(page);
    const toast = page.locator(".toast.visible[role=status]");
    await expect(toast).toHaveText(/^Play ended/, { timeout: 20_000 });
    await settledWorld(page);
    const message = (await toast.boundingBox())!;
    const covered = await page.locator(".network-svg g.node").evaluateAll(
      (nodes, m) =>
        nodes
          .map((n) => ({ name: n.getAttribute("aria-label"), r: n.getBoundingClientRect() }))
          .filter(({ r }) => r.left < m.x + m.width && m.x < r.right && r.top < m.y + m.height && m.y < r.bottom)
          .map(({ name }) => name),
      message,
    );
    expect(covered).toEqual([]);
  });
});

test.describe("Play on a phone", () => {
  test.use({ viewport: { width: 375, height: 667 } });

  // The count's dates took a line of their own only while a window was set, so the
  // frame jumped down as Play started and back up as it ended.
  test("the network's frame stays put while Play steps through the years and gives the view back", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?view=network");
    const frameTop = () => page.evaluate(() => Math.round(document.querySelector(".network-svg")!.getBoundingClientRect().top));
    const before = await frameTop();
    const tops = new Set<number>();
    let datesSeen = 0;
    await button(page, "Play").click();
    await expect(page.locator("button.play")).toHaveAttribute("aria-pressed", "true");
    await expect
      .poll(
        async () => {
          tops.add(await frameTop());
          datesSeen += await page.locator(".count-window").count();
          return page.evaluate(() => document.querySelector("button.play")?.getAttribute("aria-pressed"));
        },
        { intervals: [100], timeout: 12_000 },
      )
      .toBe("false");
    tops.add(await frameTop());
    // Play did step through windows, each written beside the count.
    expect(datesSeen).toBeGreaterThan(3);
    await expect(page.locator(".count-window")).toHaveCount(0);
    expect(tops.size).toBe(1);
    expect([...tops][0]).toBe(before);
  });
});
