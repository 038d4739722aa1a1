// The count line above every view: how many events the filters keep, and which dates
// they cover.
import { test, expect, open } from "./fixtures";

test.describe("the count", () => {
  // The timeline's zoom sets the same date window as From and To, and every view follows
  // it: a table that followed a zoom showed fewer rows with nothing to say why.
  test("the count says which dates it covers, in every view, as short as the window allows", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    const line = page.locator(".view-bar .count");
    for (const [path, want] of [
      ["./?view=table&from=2015-01-01&to=2016-12-31", "dated 2015–2016"],
      ["./?view=network&from=2025-12&to=2026-02", "dated Dec 2025 – Feb 2026"],
      ["./?from=2024-08-08&to=2026-03-22", "dated 8 Aug 2024 – 22 Mar 2026"],
      ["./?view=table&from=2025-10", "dated from Oct 2025"],
    ] as const) {
      await open(page, path);
      await expect(line.locator(".count-window"), path).toHaveText(want);
      // The spaces inside a date are no-break spaces (\s matches them), so a narrow
      // screen breaks between the dates and never inside one.
      await expect(line).toHaveText(new RegExp(`^Showing \\d+ of 36 events ${want.replaceAll(" ", "\\s")}$`));
    }
    // The timeline's note on its undated events agrees: with dates set they are in no
    // view, so it offers to clear the dates rather than send the reader to the table.
    await open(page, "./?from=2025-10");
    const note = page.locator(".undated-note");
    await expect(note).toHaveText("14 matching events have no date, so the dates set leave them out. Clear the dates");
    await note.getByRole("button", { name: "Clear the dates" }).click();
    await expect(line).toHaveText("Showing 36 of 36 events");
    await expect(note).toHaveText("14 matching events have no date and are not on the timeline. See them in the table");
    await page.goBack();
    await expect(line.locator(".count-window")).toHaveText("dated from Oct 2025");
    // A zoom step writes its window there; Fit clears it, and the dates go.
    await open(page);
    await expect(line.locator(".count-window")).toHaveCount(0);
    await expect(line).toHaveText("Showing 36 of 36 events");
    const timeline = page.getByRole("region", { name: "Timeline" });
    await timeline.getByRole("button", { name: "Zoom in", exact: true }).click();
    await expect(line.locator(".count-window")).toHaveText(/^dated \d{1,2}\s[A-Z][a-z]{2}\s\d{4}\s– \d{1,2}\s[A-Z][a-z]{2}\s\d{4}$/);
    await timeline.getByRole("button", { name: "Fit" }).click();
    await expect(line.locator(".count-window")).toHaveCount(0);
    // On a phone the dates break onto their own line rather than run off the screen.
    await page.setViewportSize({ width: 375, height: 667 });
    await open(page, "./?from=2024-08-08&to=2026-03-22");
    const [shown, dates] = [await line.locator(".count-shown").boundingBox(), await line.locator(".count-window").boundingBox()];
    expect(dates!.y).toBeGreaterThanOrEqual(shown!.y + shown!.height - 1);
    expect(dates!.x + dates!.width).toBeLessThanOrEqual(375);
    // Export stays on the count's first line.
    const exportButton = (await page.getByRole("button", { name: /^Export/ }).boundingBox())!;
    expect(exportButton.y).toBeLessThan(shown!.y + shown!.height);
    expect(exportButton.x).toBeGreaterThanOrEqual(shown!.x + shown!.width);
    // The count keeps the dates' line when no window is set, so the chart under it stays
    // put as a window comes and goes (Play, a zoom, a date typed in).
    const panelTop = async () => (await page.locator(".panel").boundingBox())!.y;
    const withDates = await panelTop();
    await open(page, "./");
    await expect(line.locator(".count-window")).toHaveCount(0);
    expect(await panelTop()).toBe(withDates);
    // On the narrowest phones long dates break between their two ends, never inside a
    // date, and never run under Export (they ran under it, and off a 520 px screen).
    for (const width of [320, 520]) {
      await page.setViewportSize({ width, height: 667 });
      await open(page, "./?from=2024-03-14&to=2026-01-29");
      const lines = await line.locator(".count-window").evaluate((element) => {
        // Each word's line, by the top of its box.
        const text = element.firstChild!;
        const words: [string, number][] = [];
        const range = document.createRange();
        for (const match of text.textContent!.matchAll(/\S+/g)) {
          range.setStart(text, match.index!);
          range.setEnd(text, match.index! + match[0].length);
          words.push([match[0], Math.round(range.getBoundingClientRect().top)]);
        }
        const byTop = new Map<number, string[]>();
        for (const [word, top] of words) byTop.set(top, [...(byTop.get(top) ?? []), word]);
        return [...byTop.values()].map((w) => w.join(" "));
      });
      const first = width === 320 ? ["dated 14 Mar 2024 –", "29 Jan 2026"] : ["dated 14 Mar 2024 – 29 Jan 2026"];
      expect(lines, `${width} px`).toEqual(first);
      const dates = (await line.locator(".count-window").boundingBox())!;
      const exported = (await page.getByRole("button", { name: /^Export/ }).boundingBox())!;
      expect(dates.x + dates.width, `${width} px`).toBeLessThanOrEqual(exported.x);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    // Only the count is announced as it changes: the dates change with every frame of a
    // drag, which would flood a screen reader.
    await expect(line.locator(".count-shown")).toHaveAttribute("aria-live", "polite");
    expect(await line.locator(".count-window").evaluate((e) => e.closest("[aria-live]"))).toBeNull();
  });
});
