// Sizes of the release build: raw, gzip -9 and brotli for every file in dist/ (or in
// the folder named by DIST, to compare another build).
// With --budget, fails when what the first load transfers is over the budget.
// With --ceiling, fails when it has grown past today's size plus a small margin: the
// budget is not met yet (README, Size), and until it is this keeps the first load from
// growing unnoticed. Lower CEILING whenever the first load shrinks.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const DIST = process.env.DIST ?? "dist";
// Everything the first visit downloads, gzip -9, in bytes (issue: performance budget).
const BUDGET = 200 * 1024;
// The first load measured on 23 Nov 2026 (493.6 KB: the CSV's aliases column added 1.5
// KB, showing a selection in the chart that draws the other kind of thing 2.7 with its
// review fixes, the legends' key for it 0.7, the legends' zoomed size samples and one
// symbol per status 0.7, the table's cards on phones 0.4 of styles and the three-line
// filter bar on laptops 0.1, keeping the timeline's axis in sight above the sheet 0.3,
// a tap beside a small timeline mark reaching it 0.8, and the table's explicit ARIA
// roles, which keep it a table to WebKit's screen readers in the card layout, 0.8,
// and badges' names saying how much of the selection they hold, 0.2), then 497.2 KB
// once a selection's names could cover faded nodes (a second placement pass, 0.4), the
// sources gave their headlines (0.6), the selected event was drawn out of the badge
// that hides it (1.2), a link's selected row was scrolled into sight in the table on
// wide screens (0.3) and badges got a tooltip naming their largest events (1.1); then
// 501.6 KB on 24 Nov 2026, once the page said it was loading while the app downloads
// and waited for the bundled data before building itself (0.5), quotes' citations
// linked their headlines (-0.2, one shared component), badges got an accessible
// description naming their events (0.8), lane names too long for the gutter broke onto
// a second line instead of being cut short (0.9), and a review's fixes landed: a
// badge's description follows keyboard focus alone (1.3, its reference set on the
// focused badge only, which keeps it off every redraw), and a hung request says so,
// an import survives a failing data= link, cuts never split a joined emoji and the
// network cuts names with the same function (1.0); then, the same day, a badge's
// count was written again above the selected mark drawn out of it (0.5), the phone's
// sheet kept its head in sight and the more-lanes cue told touch from wheel (0.2), and
// an event's quotes were gathered under their sources, one byline each (0.9), and the
// CSV kept entity ids through a round trip (the entity_ids column, read and written:
// 2.0), and a review's fixes landed: the company money table turned to fit a narrow
// panel (-0.1), a byline's date kept whole and a selected company's lane name marked
// (0.5), and the timeline's frame given room for eight lanes (0.0): 505.8 KB; then
// 506.2 KB with a code review's fixes (no id written for names the import reads as
// one, a kind's lane never marked for a company, headings for one source or none);
// then 508.0 KB on 24 Nov 2026, once a lane name of one long word was hyphenated
// between syllables (0.4), the phone's table cards moved To and Valuation into an empty
// From or Amount (0.0, styles), the details panel shaded its foot while more lies below
// (0.1, styles), the company money table's note said sums may count one deal twice
// (0.1), and the phone's bottom sheet closed when its grip is dragged down (1.1), and
// touch targets grew to 24 px (0.0, styles); then 510.6 KB once the panel listed the
// largest deals shown while nothing is selected (2.6, of which sharing one list item
// with the company's events saved 0.1), and 510.7 KB with a review's fixes (the
// grip's pointer checks, hyphens only between sounded syllables), and 510.8 KB once the
// largest deals were kept as found instead of sorting every deal at each filter
// change (0.1), and 511.4 KB once the address bar was written after the next paint
// instead of before it (0.6: a redraw after a filter change no longer waits for the
// browser's history and its favicon fetch), and 511.8 KB once the table named an
// undirected event's parties across From and To instead of as its sender (0.4), and
// 513.6 KB once phones and tablets could open the panel's notes (the largest deals, how
// to read the charts, the sources) in the sheet from the footer (1.8), and 519.3 KB
// once the largest marks in view carried their amounts as figures beside them (5.7: a
// new kind of SVG element with six attributes, its list and the placement; a memo for
// the figures cost 0.8 more and was left out), 519.2 KB with a review's fixes, and
// 520.6 KB once the network measured its names with a canvas instead of estimating
// them per character (1.4, with the widths kept by name for pans); on 24 Nov 2026 still
// 520.6 KB after closing the details gave focus back to the selection in the view
// (-0.2, sharing one focus helper with the arrow keys) and phones got a second "About
// the data" under the title (0.3); then 520.8 KB once the network hatched money in
// talks (0.2); then 521.0 KB once a review's fixes landed (closing the details moves
// focus only from the keyboard, and only counts as moved when it did; the legends name
// Agreed and every status that is hatched); then 523.6 KB once marks with room carried
// their titles beside them (2.6: the rooms, a word-cut that fits the measured width,
// and a figure and its title written as one text of two parts; sorting by index rather
// than by a new type saved 0.2), with the network's canvas measurer shared by the
// timeline's labels; then 524.0 KB with a design review's and a code review's fixes
// (no small word left dangling before a title's ellipsis, more room kept before the
// next mark, a hostile title never measured whole); then 524.4 KB once a badge
// carried the figure of the largest mark it holds (0.4); then 524.5 KB once a mark's
// accessible name said its amount and status too (0.1), and 524.7 KB once a badge's
// figure was worded as its largest ("largest up to $100B", 0.2), and 524.8 KB once
// labels on striped lanes took the stripe's colour for their halo (0.1); then 525.8 KB
// once the network's names kept clear of other nodes and could slide along under or
// over their node, and names of nodes outside the view were no longer moved to its
// edge (1.0: the grid of node circles, four more spots per name; hashing the grids
// with FxHash, which Leptos already brings, cost nothing); then 526.4 KB once the zoom
// buttons zoomed around the selection or the median of the events in view, and lanes
// grew only for stacks within a view's width of it (0.6; the median found through the
// shared sort of indices, where `select_nth_unstable` cost 0.2 more); then 527.2 KB
// once a tap on the timeline showed no tooltip (0.8 gzipped for 0.5 KB raw: the flag,
// set where the plot already reads pointers down, and its checks); then 527.5 KB with
// a code review's fixes (a selected node outside the view named beside what shows of
// it, or not at all, instead of at x = 0; lanes tall for a year-dated stack whose band
// is in view; a tap's focus told from the keyboard's by `:focus-visible`); plus a
// little room. Then 528.8 KB on 24 Nov 2026: the largest deals' statuses drawn as the
// table's badges, network nodes out of a selection faded less, and a phone's filter
// drawer ending with a "Show 26 events" button that closes it (its count, its text in
// the singular for one, and its focus handling: 0.9 together), plus a little room.
// Then 530.2 KB: the count line says which dates it covers ("dated 8 Aug 2024 – 22 Mar
// 2026", as short as the window allows: 1.2 for 3.8 KB raw, the period's wording and
// its view); plus a little room. Then 530.8 KB with a code review's fixes (Reset and
// Copy link written twice, one copy per layout, so that Tab follows the screen in
// each; a shared status badge; a copy drawn out of its badge clipped by its reach, not
// its centre: 0.5 together), plus a little room. Then 531.4 KB with a designer's
// second review (the timeline's note on undated events offers to clear the dates when
// a window leaves them out of every view, worded in `core`; the phone drawer's main
// button; 0.7 together, with the quarter turn of a phone's network), plus a little room.
// Then 532.1 KB on 24 Nov 2026 (evening): keyboard focus drawn apart from the
// selection and kept on a mark the keyed list moves, the phone drawer's sticky footer,
// the largest deals' narrow layout, the table's date order, marks outside the plot left
// out of Tab and the arrow keys, a tooltip clear of its mark (0.7 together); plus a
// little room. Then 532.6 KB on 24 Nov 2026 (night): the arrow keys step to marks in
// lanes scrolled out of view, which are not drawn (0.6: the glyphs of every row kept
// apart from the rows drawn, and the scroll that brings a row into view). Then 533.6 KB:
// titles before a mark with nothing before it in its row (0.3), and the table's sign
// for a figure the reports disagree on, on the timeline's figures, with its legend
// entry (0.7). Then 534.1 KB: a month- or year-dated mark's title opens with its date
// where its band is wider than 160 px (0.5). Then 535.3 KB with a code review's fixes
// (which events' reports disagree on an amount worked out once per dataset, not for
// every mark on every frame; the legend's key for the sign kept while the lanes hold
// one, so that it does not come and go during a pan, 0.4; a row stepped to brought
// below the axis before it takes focus), plus a little room. Then 535.7 KB: the years
// the overview strip spans, beside it (0.4). Then 536.7 KB with a designer's check
// (a title's date muted and apart from its words, so it does not run on from a figure
// before it; a badge's figure signed when its largest event's is; the sign's key while
// the window, not the lanes, holds such an event; a title kept on its figure's side of
// the mark: 1.0 together), plus a little room; 536.8 KB once a mark's accessible name
// said when the reports differ on its amount. Then 537.8 KB: a mark whose figure is
// written just after another mark's title named before its figure (0.8). Then 539.5
// KB: a band whose mark is out of view named inside the part of it that shows (1.5),
// plus a little room. Then 540.0 KB: a title goes to the side of its mark where it
// fits whole, when there is one, and shared rooms split by what each title needs
// (0.4), plus a little room; 540.3 KB with a review's fixes (a whole title shorter
// than a cut one may be goes where it fits; a band's room is shared only once its title
// is sure to be written), plus a little room. Then 540.2 KB: date bands edged in their
// kind's colour (0.2). Then 542.3 KB: the network's layout moves nodes off links that
// are not theirs (2.1); 542.6 KB with a little room. Then 545.7 KB: Play sizes every
// frame like the whole it builds up to and ends on the reader's window, a slid network
// name is not placed where another node is nearer it, a tall lane's name stays in view,
// no tooltip over the selected mark, undated largest deals say so, and the review's
// fixes to the clearance pass (3.1 together); 546.0 KB with a little room, of which a
// design check's fixes (Play's last frame where it began, square bands) took 0.2.
// Then 548.3 KB: a play that ends where it began takes back its history entry and
// stops on any other change, Back or Forward (0.8), no network name where another node
// is about as near it (0.3), the message as a play ends (0.1), the timeline's legend
// keyed to the encodings in the window (1.0) and the fit's wider margin after the last
// day (0.2). Then 548.5 KB with a review's fixes to Play (a play stopped by Back, a
// first frame that writes nothing) and the network legend's keys shown only for what is
// drawn (0.2 together); 548.8 KB with a little room. Then 549.6 KB: the timeline's
// legend shows the kinds, the area, the badge and the as-of line only while they are
// drawn, and Play's last frame puts every node back without a layout (1.2 together);
// then 550.2 KB with a review's fixes: one class string for each network node and line
// (a deal in talks came back solid after Play), a tracked signal for Play's restoring
// layout, and the legend's keys in memos (0.6 together); 550.5 KB with a little room.
// Then 551.5 KB: figures clear their own band's edge (with a design check's limits),
// the message over a window between the events, and the as-of key hidden with no lanes
// (1.2 together; the message as a view made and dropped cost 0.8 more); 551.8 KB with
// a little room. Then 555.3 KB: events that are part of another (`part_of`: its
// validation, sums that count a part once, the CSV column, exports, the panel's "Part
// of" and "Parts"; 3.5 of WebAssembly, after the two lists shared one view's code and
// the recipients' map the parts' map's type, which took 0.6 off), the bundled data's
// six parts and two quotes (0.2) and the toast at the top on phones (0.1); 555.5 KB
// with a little room. Then 556.7 KB with a review's fixes to parts (1.4): sums fold a
// part into its whole, raising the whole's floor, and an investor's own share of a whole
// it shares adds instead of it; the CSV names a part's loop or recipient by its line;
// exports climb to the nearest whole exported; a round's parts listed under "Parts" as
// the company's events are. 556.9 KB with a little room. Then 558.4 KB after a design
// check: a deal's parts led by their figures and statuses, as the largest deals are
// (1.1: the list's second user of that markup), largest first; a link in the panel
// shows the new details from their top with focus on their heading (0.1); 558.6 KB
// with a little room. Then 558.2 KB after a second review: one rule folds every part
// into its whole (a shared whole's floor raised by its own parts too), without the
// exception's code; 558.4 KB with a little room. Then 565.2 KB for speed in large
// imports: the details panel lists a company's first 50 events and offers the rest in
// steps (2.0), the table marks its selected row through a selector (2.4: selecting
// among 10,000 rows took 1.8 s, now 60 ms), and the network hands each node and line
// its look through a signal of its own (2.6: selecting or hovering in a 955-node
// network took 610 ms, now 300); 565.4 KB with a little room. Then 565.4 KB with a
// faded line's paths faded rather than its group (0.2, rounding included: hovering a
// node among 5,000 lines took up to 2.7 s to draw, now 0.15); 565.6 KB with a little
// room. Then 564.9 KB after a review: names read their faded state from the looks once
// as they are placed, instead of through the nodes' signals, whose vector a name could
// read before the nodes had made it anew (-0.5); 565.0 KB with a little room. Then
// 565.2 KB with the count's dates kept whole on phones (0.3: no-break spaces inside each
// date, and a line kept for the dates so the chart stays put as Play steps); 565.4 KB
// with a little room. Then 566.7 KB with a dragged node's lines drawn in a layer of
// their own (1.5: a move at 1,000 nodes redrew all 5,000 lines, 85 ms, now 55); 567.0
// KB with a little room. Then 567.7 KB after a review of the drag (1.0): the dragged
// node's name drawn apart while the others stay placed, the node told it is dragged
// through its look rather than all 1,000 woken, and a drag that ends when Play gives its
// node's index to another entity (it pinned the wrong one); 568.0 KB with a little room.
// Then 568.1 KB with the bundled data asked for and read by boot.js while the page is
// read, the app taking its text from there (0.4: the first chart 22 ms sooner in a
// 15-load A/B, 230 against 252 ms; the preload link it replaces is gone, and this
// script now counts what the page's scripts fetch); 568.4 KB with a little room.
// Then 568.9 KB with network names and taps just beside a small node selecting the node
// (0.7: on a phone a fitted node is 10 px across, under WCAG's 24 px target; a name is
// far larger); 569.2 KB with a little room. Then 572.0 KB with names drawn a little
// away, with a leader line, for nodes every spot beside them is taken from (3.1:
// Anthropic was unnamed on a phone's network; 4.1 when each leader was an element of
// its own, so they share one path); 572.3 KB with a little room. Then 573.0 KB with how
// a company's ranges add folded under a disclosure (0.9: the browser's own details and
// summary elements, each a new element type for Leptos; the paragraph took nine lines
// of a phone's sheet above the events); 573.3 KB with a little room. Then 573.7 KB after
// a review of the names and leaders (0.7): a node under a name wins the click, an edge
// keeps its middle, a leader starts on a square's, diamond's or triangle's own outline
// (the outlines now in core, `core::graph::outline`) and hides with its faded name;
// 574.0 KB with a little room. Then 574.0 KB with a badge's figure worded "largest ≠
// up to $100B" (0.3: "≠ largest" read as "not the largest"); 574.3 KB with a little room.
const CEILING = 574.3 * 1024;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = files(DIST).sort().map((path) => {
  const bytes = readFileSync(path);
  return {
    file: relative(DIST, path),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});

// The first load is index.html, what it references, and the bundled data it fetches.
const html = readFileSync(join(DIST, "index.html"), "utf8");
// Attribute values may be unquoted: Trunk minifies index.html in release builds.
const referenced = new Set(
  [...html.matchAll(/(?:\b(?:href|src)=|module_or_path:\s*)["']?(?:\.\/)?([^"'\s>]+)/g)].map((m) => m[1]),
);
// What the referenced scripts fetch as they run: boot.js asks for the bundled data.
for (const file of [...referenced].filter((f) => f.endsWith(".js"))) {
  let script = "";
  try {
    script = readFileSync(join(DIST, file), "utf8");
  } catch {
    continue;
  }
  // Trunk's minifier may write the address between backticks.
  for (const m of script.matchAll(/\bfetch\(\s*["'`](?:\.\/)?([^"'`]+)["'`]/g)) referenced.add(m[1]);
}
const firstLoad = (row) => row.file === "index.html" || referenced.has(row.file);

console.log(`${"file".padEnd(48)}${"raw KB".padStart(8)}${"gzip KB".padStart(9)}${"br KB".padStart(8)}  first load`);
for (const r of rows) {
  console.log(`${r.file.padEnd(48)}${kb(r.raw)} ${kb(r.gzip)}${kb(r.brotli)}  ${firstLoad(r) ? "yes" : ""}`);
}
const sum = (list, key) => list.reduce((total, r) => total + r[key], 0);
const first = rows.filter(firstLoad);
console.log(`${"total".padEnd(48)}${kb(sum(rows, "raw"))} ${kb(sum(rows, "gzip"))}${kb(sum(rows, "brotli"))}`);
console.log(`${"first load".padEnd(48)}${kb(sum(first, "raw"))} ${kb(sum(first, "gzip"))}${kb(sum(first, "brotli"))}`);

if (process.argv.includes("--budget")) {
  const total = sum(first, "gzip");
  const verdict = total <= BUDGET ? "within" : "OVER";
  console.log(`size budget: first load ${(total / 1024).toFixed(1)} KB gzip, ${verdict} the ${BUDGET / 1024} KB budget`);
  if (total > BUDGET) process.exit(1);
}

if (process.argv.includes("--ceiling")) {
  const total = sum(first, "gzip");
  const over = total > CEILING;
  console.log(
    `size ceiling: first load ${(total / 1024).toFixed(1)} KB gzip, ${over ? "OVER" : "within"} the ` +
      `${CEILING / 1024} KB ceiling (the budget of ${BUDGET / 1024} KB is ${total <= BUDGET ? "met" : "not met yet"})`,
  );
  if (over) process.exit(1);
}
