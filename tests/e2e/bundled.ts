// Expected results computed from the bundled data file itself, so that the specs never
// hard-code a count nobody checked. The rules mirror the documented filter semantics:
// a company includes its subsidiaries (through `parent`), a date window keeps every
// event whose date (at its precision) overlaps it, and a minimum amount compares the
// upper bound of the amount, or of the valuation when there is no amount.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, Page } from "@playwright/test";

type Money = { min: number | null; max: number | null; qualifier?: string };
export type BundledEvent = {
  id: string;
  title: string;
  date?: string | null;
  from?: string[] | null;
  to?: string | null;
  parties?: string[] | null;
  amount?: Money | null;
  valuation?: Money | null;
  status: string;
  kind: string;
  evidence: { source: string; quote: string }[];
};
type Entity = { id: string; name: string; parent?: string | null; aliases?: string[] };
type Atlas = { events: BundledEvent[]; entities: Entity[]; as_of: string };

export const atlas: Atlas = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "assets", "data", "atlas.json"), "utf8"),
);

export const TOTAL = atlas.events.length;

export function event(id: string): BundledEvent {
  const found = atlas.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id} in the bundled data`);
  return found;
}

/** The first and last day a YYYY, YYYY-MM or YYYY-MM-DD date covers, as YYYY-MM-DD. */
export function span(date: string): [string, string] {
  const [y, m, d] = date.split("-");
  if (d) return [date, date];
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, "0")}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/** An entity and every entity below it through `parent`. */
function family(id: string): Set<string> {
  const members = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const e of atlas.entities) {
      if (e.parent && members.has(e.parent) && !members.has(e.id)) {
        members.add(e.id);
        grew = true;
      }
    }
  }
  return members;
}

export type Filter = {
  companies?: string[];
  from?: string;
  to?: string;
  min?: number;
  statuses?: string[];
  kinds?: string[];
};

/** The events the filter keeps, by id. */
export function expected(filter: Filter): string[] {
  const wanted = new Set<string>();
  for (const c of filter.companies ?? []) for (const m of family(c)) wanted.add(m);
  const from = filter.from ? span(filter.from)[0] : undefined;
  const to = filter.to ? span(filter.to)[1] : undefined;
  return atlas.events
    .filter((e) => {
      if (filter.statuses?.length && !filter.statuses.includes(e.status)) return false;
      if (filter.kinds?.length && !filter.kinds.includes(e.kind)) return false;
      if (wanted.size) {
        const parts = [...(e.from ?? []), ...(e.to ? [e.to] : []), ...(e.parties ?? [])];
        if (!parts.some((p) => wanted.has(p))) return false;
      }
      if (filter.min !== undefined) {
        const money = e.amount ?? e.valuation;
        const upper = money ? (money.max ?? money.min) : null;
        if (upper === null || upper < filter.min) return false;
      }
      if (from || to) {
        if (!e.date) return false;
        const [first, last] = span(e.date);
        if (from && last < from) return false;
        if (to && first > to) return false;
      }
      return true;
    })
    .map((e) => e.id);
}

/** "Showing X of Y events", as the app writes it (thousands separators). */
export function countText(shown: number, total: number): string {
  const f = (n: number) => n.toLocaleString("en-US");
  return `Showing ${f(shown)} of ${f(total)} events`;
}

/** The page's event count ("Showing X of Y events"): the first one, in the view bar. */
export function count(page: Page) {
  return page.getByText(/^Showing \d[\d,]* of \d[\d,]* events$/).first();
}

/** The query parameters of the page's current address. */
export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Waits two frames: the app writes its address just after the next paint, so by then
 *  any address it was writing is in the address bar. For checks that nothing changed. */
export async function settled(page: Page) {
  for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

/** Waits until the address has exactly `query` as its query string ("" for none). */
export async function expectQuery(page: Page, query: string) {
  await expect.poll(() => new URL(page.url()).search.replace(/^\?/, "")).toBe(query);
}

/** Days between two YYYY-MM-DD dates. */
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** The date window in the address, which every zoom writes as YYYY-MM-DD. */
export function windowOf(page: Page) {
  const p = params(page);
  const from = p.get("from");
  const to = p.get("to");
  if (!from || !to) throw new Error(`no window in ${page.url()}`);
  expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  return { from, to, span: days(from, to) };
}

/** Waits for a new window in the address, different from `previous`. */
export async function nextWindow(page: Page, previous: string | null) {
  await expect.poll(() => new URL(page.url()).search).not.toBe(previous ?? "");
  await expect.poll(() => params(page).has("from") && params(page).has("to")).toBe(true);
  return windowOf(page);
}

/** Reads an amount the way links and the minimum field do: 500M, 10B, 1.5T or dollars. */
export function usd(text: string): number {
  const match = text.trim().match(/^\$?([\d.,_]+)([KMBT]?)$/i);
  if (!match) throw new Error(`not an amount: ${text}`);
  const scale = { "": 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 }[match[2].toUpperCase()]!;
  return Number(match[1].replace(/[,_]/g, "")) * scale;
}

/** The filter a link's query describes (ids only; names and aliases are not resolved). */
export function filterOf(query: URLSearchParams): Filter {
  const list = (key: string) => query.get(key)?.split(",").filter(Boolean);
  return {
    companies: list("company"),
    from: query.get("from") ?? undefined,
    to: query.get("to") ?? undefined,
    min: query.has("min") ? usd(query.get("min")!) : undefined,
    statuses: list("status"),
    kinds: list("kind"),
  };
}
