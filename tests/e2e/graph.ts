// The network the bundled data should draw, computed from the data file itself (never
// hard-coded), plus helpers to read the drawn network back out of the page.
//
// The rules mirror the documented model (src/core/graph/build.rs): the nodes are the
// entities taking part (from, to, parties) in the filtered events; a directed event
// (investors in `from`, a recipient in `to`) joins each investor to the recipient and
// ties its other parties to the recipient; any other event joins every pair of its
// parties.
import { expect, type Locator, type Page } from "@playwright/test";
import { atlas, event } from "./bundled";

type Entity = { id: string; name: string; kind: string; parent?: string | null };
const entities = (atlas as unknown as { entities: Entity[] }).entities;

export function entity(id: string): Entity {
  const found = entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id} in the bundled data`);
  return found;
}

/** The entity ids an event names, each once, in from/to/parties order. */
export function participants(id: string): string[] {
  const e = event(id);
  const all = [...(e.from ?? []), ...(e.to ? [e.to] : []), ...(e.parties ?? [])];
  return [...new Set(all)];
}

/** The entity ids a graph of `events` draws as nodes. */
export function nodesOf(events: string[]): Set<string> {
  return new Set(events.flatMap(participants));
}

/** The entities joined to `id` by an edge in a graph of `events`. */
export function neighboursOf(id: string, events: string[]): Set<string> {
  const near = new Set<string>();
  for (const eventId of events) {
    const e = event(eventId);
    const parts = participants(eventId);
    if (!parts.includes(id)) continue;
    const from = [...new Set(e.from ?? [])];
    if (from.length && e.to) {
      const others = parts.filter((p) => p !== e.to && !from.includes(p));
      if (from.includes(id)) near.add(e.to);
      if (id === e.to) for (const p of [...from, ...others]) near.add(p);
      if (others.includes(id)) near.add(e.to);
    } else {
      for (const p of parts) near.add(p);
    }
  }
  near.delete(id);
  return near;
}

/** How many of `events` an entity takes part in (the count in its node's name). */
export function eventCount(id: string, events: string[]): number {
  return events.filter((e) => participants(e).includes(id)).length;
}

/** "1 event", "21 events", "1,200 events", as node names say it. */
export const eventsText = (n: number) => (n === 1 ? "1 event" : `${n.toLocaleString("en-US")} events`);

export const network = (page: Page) => page.getByRole("region", { name: "Network" });
/** The drawn nodes: SVG groups with role=button and data-node. */
export const nodes = (page: Page) => network(page).locator("g.node[data-node]");
/** The node of the entity called `name` (its accessible name starts with the name). */
export const nodeNamed = (page: Page, name: string) =>
  network(page).locator(`g.node[data-node][aria-label^=${JSON.stringify(name + ", ")}]`);
export const world = (page: Page) => network(page).locator("g.network-world");

/** The entity name at the start of a node's accessible name "Name, kind, N events". */
export function nameOfNode(label: string): string {
  const match = label.match(/^(.*), [a-z ]+, [\d,]+ events?$/);
  if (!match) throw new Error(`not a node name: ${label}`);
  return match[1];
}

/** Every drawn node: entity name, accessible name and transform. */
export async function drawnNodes(page: Page) {
  return nodes(page).evaluateAll((els) =>
    els.map((el) => ({
      label: el.getAttribute("aria-label") ?? "",
      transform: el.getAttribute("transform") ?? "",
      dim: el.classList.contains("dim"),
      pinned: el.classList.contains("pinned"),
    })),
  );
}

/** The x and y of a `translate(x,y)` transform. */
export function translateOf(transform: string): [number, number] {
  const match = transform.match(/translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/);
  if (!match) throw new Error(`no translate in ${transform}`);
  return [Number(match[1]), Number(match[2])];
}

/** The scale of the world group's transform (translate(x,y) scale(k), or a matrix). */
export async function worldScale(page: Page): Promise<number> {
  return world(page).evaluate((g) => (g as SVGGraphicsElement).transform.baseVal.consolidate()?.matrix.a ?? 1);
}

/** The world transform once it has stopped changing (the first fit waits for a frame). */
export async function settledWorld(page: Page) {
  let last = "";
  await expect
    .poll(
      async () => {
        const now = (await world(page).getAttribute("transform")) ?? "";
        const steady = now === last && /scale/.test(now);
        last = now;
        return steady;
      },
      { intervals: [150] },
    )
    .toBe(true);
  return last;
}

/** The centre of an element on screen. */
export async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("element has no box");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A point on screen where the edge named `label` is the topmost thing under the
 * pointer (so a real click lands on it), searched along its hit path; null if none.
 */
export async function edgePoint(page: Page, label: string) {
  const edge = network(page).locator(`g.edge[aria-label=${JSON.stringify(label)}]`);
  return edge.evaluate((g) => {
    const path = g.querySelector("path.edge-hit") as SVGPathElement | null;
    if (!path) return null;
    const total = path.getTotalLength();
    const matrix = path.getScreenCTM();
    if (!matrix) return null;
    for (const share of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8]) {
      const p = path.getPointAtLength(total * share);
      const x = p.x * matrix.a + p.y * matrix.c + matrix.e;
      const y = p.x * matrix.b + p.y * matrix.d + matrix.f;
      const top = document.elementFromPoint(x, y);
      if (top && top.closest("[data-edge]") === g) return { x, y };
    }
    return null;
  });
}

export { atlas };
