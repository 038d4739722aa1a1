import { test, expect, open } from "./fixtures";
import { count } from "./bundled";

test.describe("app shell", () => {
  test("renders the heading, the dataset title and the three tabs", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    await expect(page.getByRole("heading", { level: 1, name: "Capital Atlas" })).toBeVisible();
    await expect(page.getByText("The AI capital race, as reported on 29–30 January 2026")).toBeVisible();
    const tabs = page.getByRole("tablist");
    for (const name of ["Timeline", "Network", "Table"]) {
      await expect(tabs.getByRole("tab", { name })).toBeVisible();
    }
    await expect(page.getByRole("tab", { name: "Timeline" })).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("region", { name: "Timeline" })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Details" })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText(/Data as of 30 Jan 2026 · 5 sources/);
  });

  // The charts put no figures to anything until it is chosen, so the panel offers the
  // largest deals the filters keep as a place to start.
  test("with nothing selected the panel lists the largest deals shown, each selecting its event", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    const panel = page.getByRole("complementary", { name: "Details" });
    await expect(panel.getByRole("heading", { name: "Largest deals shown" })).toBeVisible();
    const deals = panel.locator("ol.largest li");
    // Amazon's capex estimate ($125B) is larger, but it is spending, not a deal.
    await expect(deals.getByRole("button")).toHaveText([
      "OpenAI seeks up to $100B at about $830B",
      "Amazon in talks to invest up to $50B in OpenAI",
      "Amazon commits US$35B to India",
    ]);
    // Each figure over its status, and the status drawn as in the table, dashed for
    // talks, so that "In talks" carries as much weight as the amount.
    expect(await deals.locator(".when").allTextContents()).toEqual(["up to $100B In talks", "up to $50B In talks", "$35B Announced"]);
    const statuses = deals.locator(".when .status-badge");
    await expect(statuses).toHaveText(["In talks", "In talks", "Announced"]);
    for (const [i, style] of ["dashed", "dashed", "solid"].entries()) {
      await expect(statuses.nth(i)).toHaveClass(new RegExp(`\\b${style}\\b`));
    }
    const figure = (await deals.locator(".when .figure").first().boundingBox())!;
    const status = (await statuses.first().boundingBox())!;
    expect(status.y).toBeGreaterThanOrEqual(figure.y + figure.height - 1);
    // The list follows the filters.
    await open(page, "./?company=anthropic");
    await expect(deals.getByRole("button")).toHaveText(["Amazon's ~$8B in Anthropic"]);
    await open(page, "./?kind=product");
    await expect(panel.getByRole("heading", { name: "Largest deals shown" })).toHaveCount(0);
    // Choosing one selects it.
    await open(page);
    await deals.getByRole("button").nth(1).click();
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Amazon in talks to invest up to $50B in OpenAI");
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe("amazon-openai-talks-50b");
  });

  // Four of the five seeds name no publisher: the list read "Unattributed web article"
  // four times, with nothing to tell the sources apart.
  test("the sources list gives each source's headline, a link only where its address is known", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page);
    const sources = page.getByRole("complementary", { name: "Details" }).getByRole("listitem").filter({ hasText: /Unattributed web article|TechCrunch/ });
    await expect(sources).toHaveCount(5);
    await expect(sources.first()).toContainText("Amazon in Talks to Invest Up to $50 Billion in OpenAI as AI Funding Race Intensifies");
    await expect(sources.nth(2)).toContainText("Untitled copy: Amazon in discussions to invest roughly $50 billion in OpenAI");
    await expect(sources.getByRole("link")).toHaveCount(1);
    await expect(sources.getByRole("link", { name: "Amazon is reportedly in talks to invest $50B in OpenAI" })).toHaveAttribute(
      "href",
      "https://techcrunch.com/2026/01/29/amazon-is-reportedly-in-talks-to-invest-50-billion-in-openai/",
    );
  });

  // Each quote's citation linked "Open the article", the same name for every report: a
  // screen reader's list of links could not tell them apart.
  test("a quote's citation links its headline to the report; a report with no address is plain text", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?sel=amazon-openai-talks-50b");
    const quotes = page.getByRole("complementary", { name: "Details" }).getByRole("figure");
    await expect(quotes).toHaveCount(5);
    const techcrunch = quotes.getByRole("link", { name: "Amazon is reportedly in talks to invest $50B in OpenAI" });
    await expect(techcrunch).toHaveCount(1);
    await expect(techcrunch.first()).toHaveAttribute(
      "href",
      "https://techcrunch.com/2026/01/29/amazon-is-reportedly-in-talks-to-invest-50-billion-in-openai/",
    );
    await expect(quotes.getByRole("link")).toHaveCount(1);
    await expect(quotes.first()).toContainText("Amazon in Talks to Invest Up to $50 Billion in OpenAI as AI Funding Race Intensifies");
  });

  // The talks cite source 2 second and last, and source 5 twice in a row: each quote
  // used to repeat its source's whole byline, and the numbers ran 1, 2, 3, 4, 5, 5, 2.
  test("quotes gather under their source: numbered in order, one byline each", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?sel=amazon-openai-talks-50b");
    const panel = page.getByRole("complementary", { name: "Details" });
    await expect(panel.getByRole("heading", { name: "Sources (5, 9 quotes)" })).toBeVisible();
    const figures = panel.getByRole("figure");
    await expect(figures.locator(".source-number")).toHaveText(["Source 1", "Source 2", "Source 3", "Source 4", "Source 5"]);
    await expect(figures.locator("cite")).toHaveCount(5);
    expect(await figures.evaluateAll((all) => all.map((f) => f.querySelectorAll("blockquote").length))).toEqual([2, 3, 1, 1, 2]);
    // Source 2's three quotes, in the evidence's order, each with what it states.
    await expect(figures.nth(1).locator("blockquote")).toHaveText([
      "Amazon is in active discussions to invest as much as $50 billion in OpenAI",
      "sources indicate a term sheet could be signed within weeks",
      "Amazon’s potential commitment is expected to form the cornerstone of a much broader OpenAI fundraising round that could total close to $100 billion.",
    ]);
    await expect(figures.nth(1).locator(".said").first()).toHaveText("up to $50B");
    // A quote that states nothing leaves no empty line.
    await expect(figures.nth(1).locator(".said").last()).toBeHidden();
    // A byline's date is never broken across lines ("30" / "Jan 2026").
    await expect(figures.first().locator("cite .published")).toHaveText("30 Jan 2026");
    await expect(figures.first().locator("cite .published")).toHaveCSS("white-space", "nowrap");
    // "Reports differ" cites the same numbers.
    await expect(panel.getByRole("region", { name: "Reports differ" })).toContainText("up to $50B — 3 articles (sources 1, 2, 4)");
  });

  // A sum counts a share of a round once, inside the round: the reader sees which
  // events are parts of which.
  test("a share of a round names the round it is part of, and the round lists its parts", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?sel=amazon-openai-talks-50b");
    const panel = page.getByRole("complementary", { name: "Details" });
    const partOf = panel.locator(`dl.facts dt:text-is("Part of") + dd`).getByRole("button");
    const parts = panel.getByRole("heading", { name: /^Parts/ });
    await expect(partOf).toHaveText("OpenAI seeks up to $100B at about $830B");
    await expect(parts).toHaveCount(0);
    await partOf.click();
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText("OpenAI seeks up to $100B at about $830B");
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe("openai-round-100b");
    await expect(partOf).toHaveCount(0);
    // Its parts, each led by its figure and status; SoftBank's talks are not among
    // them, since the reports differ on whether they belong to the round.
    await expect(parts).toHaveText("Parts of this deal (6)");
    const list = panel.getByRole("list").filter({ has: page.getByRole("button", { name: "Round phase two: financial investors" }) });
    const items = list.getByRole("listitem");
    await expect(items).toHaveCount(6);
    const titles = await list.getByRole("button").allTextContents();
    expect([...titles].sort()).toEqual(
      [
        "Amazon in talks to invest up to $50B in OpenAI",
        "Round phase one: strategic partners Amazon, Microsoft and Nvidia",
        "Round phase two: financial investors",
        "Microsoft in talks to join OpenAI's round",
        "Nvidia in talks to join OpenAI's round",
        "OpenAI in talks with Middle East sovereign wealth funds",
      ].sort(),
    );
    // The largest first: Amazon's up to $50B, then the parts with no amount.
    await expect(items.first().locator(".when")).toHaveText("up to $50B In talks");
    await expect(items.first()).toContainText("Amazon in talks to invest up to $50B in OpenAI");
    await expect(items.filter({ hasText: "Round phase two" }).locator(".when")).toHaveText("In talks");
    await list.getByRole("button", { name: "Amazon in talks to invest up to $50B in OpenAI" }).click();
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Amazon in talks to invest up to $50B in OpenAI");
  });

  // A fixed table layout whose column widths added up to more than the page squeezed
  // From and To to nothing, one letter per line, at 1440×900.
  test("on a desktop every table column is wide enough for its header and its names", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await open(page, "./?view=table");
    const columns = await page.getByRole("columnheader").evaluateAll((headers) =>
      headers.map((th) => ({
        name: th.textContent?.trim() ?? "",
        width: th.getBoundingClientRect().width,
        overflows: th.scrollWidth > th.clientWidth + 1,
      })),
    );
    expect(columns.map((c) => c.name.replace(/[▲▼]/g, ""))).toEqual([
      "Date", "Event", "From", "To", "Amount", "Valuation", "Status", "Kind",
    ]);
    for (const column of columns) {
      expect(column.width, column.name).toBeGreaterThanOrEqual(80);
      expect(column.overflows, column.name).toBe(false);
    }
    // A company's name is never broken inside a word on a desktop.
    const amazon = page.getByRole("cell", { name: "Amazon", exact: true }).first();
    const lines = await amazon.evaluate((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return range.getClientRects().length;
    });
    expect(lines).toBe(1);
  });

  // "FROM OpenAI" for "OpenAI founded" said OpenAI sent something: an event with no
  // sender and no recipient names its parties, across both columns, as parties.
  test("an event with neither sender nor recipient names its parties across From and To", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    for (const [width, height] of [[1440, 900], [375, 667]]) {
      await page.setViewportSize({ width, height });
      await open(page, "./?view=table");
      const partnership = page.getByRole("row", { name: /AWS named Anthropic's primary cloud provider/ });
      const parties = partnership.getByRole("cell", { name: /^Parties\s+AWS, Anthropic$/ });
      await expect(parties).toBeVisible();
      // One cell under both headers, and no empty recipient beside it.
      await expect(parties).toHaveAttribute("colspan", "2");
      await expect(partnership.getByRole("cell")).toHaveCount(6);
      const box = (await parties.boundingBox())!;
      if (width > 1000) {
        const from = (await page.getByRole("columnheader", { name: "From" }).boundingBox())!;
        const to = (await page.getByRole("columnheader", { name: "To" }).boundingBox())!;
        expect(box.x).toBeCloseTo(from.x, 0);
        expect(box.x + box.width).toBeCloseTo(to.x + to.width, 0);
      } else {
        // The card's two columns: as wide as the title above it.
        const title = (await partnership.getByRole("rowheader").boundingBox())!;
        expect(box.width).toBeGreaterThan(title.width - 20);
      }
      // A deal keeps its sender and recipient apart, and calls neither a party.
      const talks = page.getByRole("row", { name: /Amazon in talks to invest up to \$50B/ });
      await expect(talks.getByRole("cell", { name: "Amazon", exact: true })).toBeVisible();
      await expect(talks.getByRole("cell", { name: "OpenAI", exact: true })).toBeVisible();
      await expect(talks.getByRole("cell", { name: /Parties/ })).toHaveCount(0);
    }
  });

  // At 9% of the width, the Amount column held "≠ up to $100B" only from about 1,900 px:
  // below that the figure spilled towards Valuation and lost its right alignment.
  test("on a desktop no figure, badge or name spills out of its table cell", async ({ page, pageErrors, offsiteRequests }) => {
    for (const width of [1400, 1440, 1600, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await open(page, "./?view=table");
      const spilled = await page.locator("table.events").evaluate((table) =>
        [...table.querySelectorAll("th, td")]
          .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
          .map((cell) => cell.textContent?.trim()),
      );
      expect(spilled, `${width} px`).toEqual([]);
    }
  });

  test("a view the filters leave empty says so and offers Reset filters, which brings every event back", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    for (const [view, region, message] of [
      ["timeline", "Timeline", "No dated events match these filters."],
      ["network", "Network", "No entities match these filters."],
      ["table", null, "No events match these filters."],
    ] as const) {
      await open(page, `./?view=${view}&q=nothing-is-called-this`);
      await expect(count(page)).toHaveText("Showing 0 of 36 events");
      const scope = region ? page.getByRole("region", { name: region }) : page.locator("main");
      await expect(scope.getByText(message)).toBeVisible();
      await scope.getByRole("button", { name: "Reset filters" }).click();
      await expect(count(page)).toHaveText("Showing 36 of 36 events");
      await expect(page.getByRole("button", { name: "Reset filters" })).toHaveCount(0);
      await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBeNull();
      // One Back step returns to the empty result.
      await page.goBack();
      await expect(count(page)).toHaveText("Showing 0 of 36 events");
    }
  });

  test("?view=network shows the Network region and survives a reload", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page, "./?view=network");
    await expect(page.getByRole("region", { name: "Network" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("region", { name: "Network" })).toBeVisible();
    await expect(page.getByRole("tab", { name: "Network" })).toHaveAttribute("aria-selected", "true");
  });

  test("Back and Forward step through tab changes", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    await page.getByRole("tab", { name: "Network" }).click();
    await expect(page).toHaveURL(/\?view=network$/);
    await page.getByRole("tab", { name: "Table" }).click();
    await expect(page).toHaveURL(/\?view=table$/);
    await expect(page.locator("table caption")).toHaveText(/^Events/);

    await page.goBack();
    await expect(page.getByRole("region", { name: "Network" })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("region", { name: "Timeline" })).toBeVisible();
    await expect(page).not.toHaveURL(/view=/);
    await page.goForward();
    await expect(page.getByRole("region", { name: "Network" })).toBeVisible();
  });

  test("arrow keys move between tabs", async ({ page, pageErrors, offsiteRequests }) => {
    await open(page);
    await page.getByRole("tab", { name: "Timeline" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("tab", { name: "Network" })).toBeFocused();
    await expect(page.getByRole("region", { name: "Network" })).toBeVisible();
    await page.keyboard.press("End");
    await expect(page.getByRole("tab", { name: "Table" })).toHaveAttribute("aria-selected", "true");
  });

  test("a failed dataset load shows an alert with Reload, not a blank page", async ({ page, pageErrors, offsiteRequests }) => {
    await page.route("**/data/atlas.json", (route) => route.fulfill({ status: 500, body: "nope" }));
    await page.goto("./");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The data could not be loaded");
    await expect(alert.getByRole("button", { name: "Reload" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Capital Atlas" })).toBeVisible();
  });

  // A 500 KB download left the page blank; the page now says what is coming.
  test("while the app downloads the page says it is loading, and the app takes its place", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/*.wasm", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("./", { waitUntil: "domcontentloaded" });
    const loading = page.getByRole("status").filter({ hasText: "Loading the timeline, network and table" });
    await expect(loading).toBeVisible();
    await expect(loading).toContainText("Capital Atlas");
    release();
    await expect(page.getByRole("region", { name: "Timeline" })).toBeVisible();
    await expect(loading).toHaveCount(0);
    await expect(page.getByText("Capital Atlas", { exact: true })).toHaveCount(1);
  });

  // boot.js asks for the bundled data while the page is read; when that request fails
  // the app asks again itself, and a second answer that comes is drawn.
  test("a failed early request for the bundled data is asked again by the app, which draws it", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    let requests = 0;
    await page.route("**/data/atlas.json", (route) =>
      ++requests === 1 ? route.fulfill({ status: 503, body: "busy" }) : route.continue(),
    );
    await open(page);
    await expect(page.getByText(/^Showing 36 of 36 events$/)).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
    expect(requests).toBe(2);
  });

  test("a request that hangs gets a message with Reload instead of Loading forever", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await page.clock.install();
    // The bundled data never comes.
    await page.route("**/data/atlas.json", () => {});
    await page.goto("./", { waitUntil: "domcontentloaded" });
    const loading = page.getByRole("status").filter({ hasText: "Capital Atlas" });
    await expect(loading).toContainText("Loading the timeline, network and table");
    await page.clock.fastForward(16_000);
    await expect(loading).toContainText("This is taking longer than it should");
    await expect(loading.getByRole("button", { name: "Reload" })).toBeVisible();
  });

  // The bundled data is asked for beside the app, so the first render waits for it and
  // holds the chart; an empty page was laid out and painted first. A data= address may be
  // slow, so that page says it is loading the data.
  test("the bundled data is drawn in the first render; a data= address shows it is loading", async ({
    page,
    pageErrors,
    offsiteRequests,
  }) => {
    await page.addInitScript(() => {
      const flags = window as unknown as { __loadingSeen?: boolean };
      flags.__loadingSeen = false;
      new MutationObserver(() => {
        if (document.querySelector(".loading")) flags.__loadingSeen = true;
      }).observe(document, { childList: true, subtree: true });
    });
    const loadingSeen = () => page.evaluate(() => (window as unknown as { __loadingSeen?: boolean }).__loadingSeen);
    await open(page);
    expect(await loadingSeen()).toBe(false);
    // The data was asked for once, by boot.js while the page was read, and the app took
    // its text from that request rather than asking again.
    const asked = await page.evaluate(() =>
      performance.getEntriesByType("resource").filter((entry) => entry.name.endsWith("/data/atlas.json")).length,
    );
    expect(asked).toBe(1);

    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/fixtures/small.json", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("./?data=fixtures/small.json");
    await expect(page.getByRole("status").filter({ hasText: "Loading the dataset…" })).toBeVisible();
    release();
    await expect(page.getByText(/^Showing \d+ of \d+ events$/).first()).toBeVisible();
    expect(await loadingSeen()).toBe(true);
  });

  test("an app that cannot start shows an alert with Reload", async ({ page, offsiteRequests }) => {
    await page.route("**/*.wasm", (route) => route.fulfill({ status: 200, contentType: "application/wasm", body: "not wasm" }));
    await page.goto("./");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Capital Atlas could not start");
    await expect(page.getByText("Loading the timeline, network and table")).toHaveCount(0);
    await alert.getByRole("button", { name: "Reload" }).click();
    await expect(page.getByRole("alert")).toContainText("could not start");
  });

  test("no request leaves the loopback address", async ({ page, offsiteRequests }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await open(page);
    for (const name of ["Network", "Table", "Timeline"]) {
      await page.getByRole("tab", { name }).click();
    }
    expect(requests.length).toBeGreaterThan(3);
    expect(offsiteRequests).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // Chromium with scripts turned off this way still parses <noscript> as if they ran, so
  // the test sees the message in the page's source rather than on screen.
  test("the page does not claim to be loading; its <noscript> says why nothing comes", async ({
    page,
    offsiteRequests,
  }) => {
    await page.goto("./");
    await expect(page.getByText("Loading the timeline, network and table")).toBeHidden();
    await expect(page.getByText("Capital Atlas", { exact: true })).toBeHidden();
    expect(await page.content()).toContain("Capital Atlas needs JavaScript and WebAssembly to draw its charts.");
  });
});
