// The timeline's cluster badges: Enter zooms in to their events, they preview and
// describe what they hold, and they say when they hold the selection.
import type { Locator, Page } from "@playwright/test";
import { test, expect, open } from "./fixtures";
import { event, nextWindow } from "./bundled";

const TALKS = event("amazon-openai-talks-50b");
/** The talks' mark's name; the reports differ on its amount, and the name says so. */
const TALKS_MARK = `${TALKS.title}, 29 Jan 2026, in talks, reports differ on the amount`;

const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" });

test.describe("timeline badges", () => {
  test("Enter on a cluster badge zooms in to its events, badge by badge down to the marks", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    const talks = timeline(page).getByRole("button", { name: TALKS_MARK, exact: true });
    const badge = timeline(page).getByRole("button", { name: /^\d+ events (from|on) .* in OpenAI; press Enter to zoom in$/ });
    const day = (text: string) => new Date(`${text} UTC`).toISOString().slice(0, 10);
    let previous: string | null = null;
    let span = Infinity;
    // Each step zooms to one badge's days; a badge over a dense run may hold smaller
    // badges, and a few steps reach the talks' own mark.
    for (let step = 0; step < 4 && (await talks.count()) === 0; step++) {
      const cluster = badge.last();
      const label = (await cluster.getAttribute("aria-label"))!;
      const [, first, last] = label.match(/from (\d+ \w+ \d{4}) to (\d+ \w+ \d{4})/) ?? label.match(/on ((\d+ \w+ \d{4}))/) ?? [];
      expect(first, label).toBeTruthy();
      await cluster.focus();
      await page.keyboard.press("Enter");
      const zoomed = await nextWindow(page, previous);
      previous = new URL(page.url()).search;
      // The new window holds every day of the badge, and is narrower than the last.
      expect(zoomed.from <= day(first)).toBe(true);
      expect(zoomed.to >= day(last)).toBe(true);
      const days = (Date.parse(zoomed.to) - Date.parse(zoomed.from)) / 86_400_000;
      expect(days).toBeLessThan(span);
      span = days;
    }
    await expect(talks).toBeVisible();
  });

  test("a badge that holds the selected event says so and stands out", async ({ page, pageErrors, offsiteRequests }) => {
    // In the fitted view the talks are folded into OpenAI's badge.
    await open(page, `./?sel=${TALKS.id}`);
    await expect(timeline(page).getByRole("button", { name: TALKS_MARK, exact: true })).toHaveCount(0);
    const badge = timeline(page).getByRole("button", { name: /in OpenAI, the selected one among them; press Enter to zoom in$/ });
    await expect(badge).toHaveCount(1);
    await expect(badge).toHaveClass(/selected/);
    // Only that badge: the others keep their plain names.
    await expect(timeline(page).getByRole("button", { name: /the selected one among them/ })).toHaveCount(1);
    // The talks themselves are drawn out of the badge, on top of it, at their own date:
    // 29 Jan 2026, a day before the as-of line (a fifth of a pixel at this zoom). The
    // copy is a picture, hidden from assistive technology and from the pointer.
    const popped = timeline(page).locator("g.mark.popped");
    await expect(popped).toHaveCount(1);
    await expect(popped).toHaveAttribute("aria-hidden", "true");
    await expect(popped).toHaveClass(/selected/);
    await expect(popped).toHaveCSS("pointer-events", "none");
    const centre = async (locator: Locator) => {
      const box = (await locator.boundingBox())!;
      return box.x + box.width / 2;
    };
    const asOf = await centre(timeline(page).locator("line.as-of"));
    expect(Math.abs((await centre(popped.locator("path.shape"))) - asOf)).toBeLessThan(1.5);
    expect(Math.abs((await centre(badge)) - asOf)).toBeGreaterThan(5);
    // The badge's count is written again on top of the copy, where the badge writes
    // it, so the mark never hides how many events the badge holds.
    const count = popped.locator("text.popped-count");
    await expect(count).toHaveText((await badge.locator("text").textContent())!);
    // (Centres: the copy's box includes its halo.)
    const middle = async (locator: Locator) => {
      const box = (await locator.boundingBox())!;
      return [box.x + box.width / 2, box.y + box.height / 2];
    };
    const [over, under] = [await middle(count), await middle(badge.locator("text"))];
    expect(Math.abs(over[0] - under[0])).toBeLessThan(0.5);
    expect(Math.abs(over[1] - under[1])).toBeLessThan(0.5);
    expect(await popped.evaluate((g) => g.lastElementChild?.classList.contains("popped-count"))).toBe(true);
    await expect(count).toHaveCSS("paint-order", "stroke");
    // The copy's ring is an outline, so the badge shows through it; and the selection's
    // outline is solid even for talks, whose dashes drawn thick read as a cog.
    await expect(popped.locator("path.ring")).toHaveCSS("fill", "none");
    await expect(popped.locator("path.ring")).toHaveCSS("stroke-dasharray", "none");
    // The accent is the copy's alone: the badge, at full strength, keeps its usual
    // outline (two accent rings side by side read as two selections).
    const accent = await popped.locator("path.ring").evaluate((e) => getComputedStyle(e).stroke);
    const plain = await timeline(page).locator("g.cluster:not(.selected) circle").first().evaluate((e) => getComputedStyle(e).stroke);
    await expect(badge.locator("circle")).toHaveCSS("stroke", plain);
    expect(plain).not.toBe(accent);
    await expect(badge).toHaveCSS("opacity", "1");
    // With the talks' day just past the window's end, part of the copy still shows, and
    // the accent stays its own; further past, none of it does, and the badge reaching
    // into view takes the accent back.
    await open(page, `./?sel=${TALKS.id}&from=2015-01-01&to=2026-01-28`);
    await expect(popped).not.toHaveClass(/\bclipped\b/);
    await expect(badge.locator("circle")).toHaveCSS("stroke", plain);
    await open(page, `./?sel=${TALKS.id}&from=2015-01-01&to=2025-11-15`);
    await expect(popped).toHaveClass(/\bclipped\b/);
    const plot = (await timeline(page).locator("clipPath#timeline-plot rect").boundingBox())!;
    expect((await popped.boundingBox())!.x).toBeGreaterThan(plot.x + plot.width);
    await expect(badge.locator("circle")).toHaveCSS("stroke", accent);
    // A badge with keyboard focus shows its focus ring whatever it holds.
    await open(page, `./?sel=${TALKS.id}`);
    await badge.focus();
    await expect(badge.locator("circle")).not.toHaveCSS("stroke", plain);
    // Zoomed in to the day, the talks stand alone and nothing is drawn out of a badge.
    await open(page, `./?sel=${TALKS.id}&from=2026-01-29&to=2026-01-29`);
    const talks = timeline(page).getByRole("button", { name: TALKS_MARK, exact: true });
    await expect(talks).toHaveCount(1);
    await expect(popped).toHaveCount(0);
    await expect(talks.locator("path.ring")).toHaveCSS("stroke-dasharray", "none");
    await expect(talks.locator("path.shape")).toHaveCSS("stroke-dasharray", "none");
    // Unselected, talks keep their dashes.
    await page.keyboard.press("Escape");
    await expect(talks).toHaveAttribute("aria-pressed", "false");
    await expect(talks.locator("path.ring")).not.toHaveCSS("stroke-dasharray", "none");
  });

  // A badge said only how many events it held: the bundled data's story (the $100B
  // round, the $50B talks) sat unseen in OpenAI's badge until the reader zoomed in.
  test("pointing at or focusing a badge previews its largest events", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    const badge = timeline(page).getByRole("button", { name: /^12 events .* in OpenAI; press Enter to zoom in$/ });
    const tooltip = page.locator(".tooltip");
    for (const show of [() => badge.hover(), () => badge.focus()]) {
      await page.mouse.move(0, 0);
      await page.getByRole("tab", { name: "Timeline" }).focus();
      await expect(tooltip).toHaveCount(0);
      await show();
      await expect(tooltip).toHaveAttribute("aria-hidden", "true");
      const lines = await tooltip.locator("strong, span").allInnerTexts();
      expect(lines[0]).toMatch(/^12 events from /);
      expect(lines.slice(1, 4)).toEqual([
        event("openai-round-100b").title,
        event("amazon-openai-talks-50b").title,
        expect.stringMatching(/SoftBank/),
      ]);
      expect(lines[4]).toBe("and 9 more: select to zoom in");
    }
  });

  // The tooltip is for the eye alone: a screen reader heard a badge's count and dates,
  // never what it held.
  test("a focused badge is described by the events it holds, whatever the pointer rests on", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    const badge = (lane: string) => timeline(page).getByRole("button", { name: new RegExp(`^\\d+ events .* in ${lane}; press Enter to zoom in$`) });
    const openai = `Holds: ${event("openai-round-100b").title}; ${event("amazon-openai-talks-50b").title}; ${event("softbank-openai-30b").title}; and 9 more.`;
    await badge("OpenAI").focus();
    await expect(badge("OpenAI")).toHaveAccessibleDescription(openai);
    // The pointer on another badge changes the tooltip, not the focused badge's
    // description, and leaving takes nothing away from it.
    await badge("Amazon").hover();
    await expect(page.locator(".tooltip strong")).toContainText(/^\d+ events /);
    await expect(badge("OpenAI")).toHaveAccessibleDescription(openai);
    await page.mouse.move(0, 0);
    await expect(badge("OpenAI")).toHaveAccessibleDescription(openai);
    // The description is read only as that: it is hidden, and empty once focus leaves.
    const description = page.locator("#badge-preview");
    await expect(description).toHaveCount(1);
    await expect(description).toBeHidden();
    await page.getByRole("tab", { name: "Timeline" }).focus();
    await expect(description).toHaveText("");
  });

  test("a badge holding a selected company's events says how many, as it stays at full strength", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?sel=entity:openai");
    const badges = timeline(page).locator("g.cluster");
    await expect.poll(() => badges.count()).toBeGreaterThan(0);
    for (const badge of await badges.all()) {
      const name = (await badge.getAttribute("aria-label"))!;
      const related = await badge.evaluate((b) => b.classList.contains("related"));
      // A badge at full strength says how many of its events are OpenAI's; a faded
      // one says nothing about the selection.
      if (related) expect(name).toMatch(/, \d+ of them the selected company's; press Enter to zoom in$/);
      else expect(name).not.toMatch(/selected/);
    }
    expect(await timeline(page).locator("g.cluster.related").count()).toBeGreaterThan(0);
  });

  // Zooming replaces the badge, and focus falls back to <body>: keyboard users lose their place.
  test("after Enter on a cluster badge, keyboard focus stays in the timeline", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    await timeline(page).getByRole("button", { name: /; press Enter to zoom in$/ }).first().focus();
    await page.keyboard.press("Enter");
    await nextWindow(page, null);
    await expect.poll(() => timeline(page).evaluate((region) => region.contains(document.activeElement))).toBe(true);
  });
});
