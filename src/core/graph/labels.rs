//! Which node names are drawn.
//!
//! A name is a candidate when there is room to read it: the graph is small, or the node
//! is big on screen, or the reader has zoomed in, or the reader is pointing at, focused
//! on or has selected it. Candidates are then placed greedily by priority (emphasised
//! nodes first, then larger nodes, busier nodes, and ids in alphabetical order). A name
//! goes centred under its node, or above it, or beside it, or slid along under or over
//! it, whichever of those comes first without covering another node or a name already
//! placed. It tries first the spots that keep clear of every other node (see
//! `crowding`), so the name is not read as a neighbour's, and among those the spots no
//! edge runs through (see `crossings`). No spot is taken where another node comes about
//! as near the name as its own ([`HUGGED`]), nor a slid spot where a node crowding it is
//! nearer the name's middle than its own node: a reader would take the name for that
//! node's. A name with no spot left may be drawn a little away with a leader line
//! (`leaders.rs`); otherwise it is hidden until hovered, focused or zoomed to.

use crate::core::scale::{LabelBox, place_labels};

use super::build::Graph;
use super::crossings::{Line, MAX_CROSSING_TESTS, clear_first};
use super::crowding::{Circle, Circles, NAME_CLEARANCE};

/// In a graph larger than [`SMALL_GRAPH`], a node at least this large on screen (radius
/// in screen pixels) is a candidate for a name at any zoom. At 7 px every node of
/// natural size or larger qualifies; the collision pass, which favours big nodes, keeps
/// the picture legible, and zooming out below natural size thins names further.
pub const LABEL_MIN_SCREEN_RADIUS: f64 = 7.0;

/// In a graph of at most this many nodes every node is a candidate at any zoom: there
/// are few enough names that the collision pass alone keeps the picture legible, and a
/// reader on a phone or a small laptop (zoomed out to fit) still sees every name there
/// is room for. Larger graphs are thinned by size first, which also bounds the work.
pub const SMALL_GRAPH: usize = 40;

/// At this zoom or closer, every node is a candidate: the reader has zoomed in to read,
/// and nodes stand half as far apart again as at natural size, which leaves room for
/// most names; the collision pass still hides those that would overlap.
pub const LABEL_ZOOM: f64 = 1.5;

/// The height of a name's box, in screen pixels: a 12 px font's line.
pub const LABEL_HEIGHT: f64 = 14.0;

/// The margin names keep from the left and right edges of the view, in screen pixels.
pub(super) const EDGE: f64 = 4.0;

/// Space between a node's circle and the top of its name, in screen pixels.
pub const LABEL_GAP: f64 = 3.0;

/// Space kept clear at the ends of a name, in screen pixels. Names are measured by an
/// estimate, and two names end to end with no space between them read as one
/// ("AmazonWhole Foods"), so a name's box reaches this far past its text: at both ends
/// of a name under or over its node, at the far end of one beside it (the near end
/// faces its own node, [`LABEL_GAP`] away).
pub const NAME_SPACE: f64 = 4.0;

/// The top centre of a node's name on screen when it goes under the circle,
/// [`LABEL_GAP`] below it. The interface draws the text from a top centre with
/// `text-anchor: middle`.
pub fn label_anchor(screen: (f64, f64), screen_radius: f64) -> (f64, f64) {
    (screen.0, screen.1 + screen_radius.max(0.0) + LABEL_GAP)
}

/// The spots a name may take around its node, in order of preference: under it (where
/// readers look first), over it, then to the right and to the left. Last come the
/// spots under and over it slid sideways, starting or ending over the node's edge,
/// which keep the node under the name where a neighbour's name takes the centred spot.
/// A name under or over a node near the edge of the view (`0..view_width`) moves inward
/// to stay in it, as long as it still reaches over the node; a spot beside the node
/// that would leave the view cannot be placed, so a node outside the view has no name.
/// Moving names here rather than when drawing keeps the collision test true to where
/// they are drawn.
fn name_spots(
    screen: (f64, f64),
    r: f64,
    width: f64,
    priority: f64,
    view_width: f64,
) -> Vec<LabelBox> {
    let (x, y) = screen;
    let r = r.max(0.0);
    let middle = y - LABEL_HEIGHT / 2.0;
    let (under, over) = (y + r + LABEL_GAP, y - r - LABEL_GAP - LABEL_HEIGHT);
    let inside = |left: f64| {
        if left >= EDGE && left + width <= view_width - EDGE {
            left
        } else {
            f64::NAN
        }
    };
    // Moved inward, a name under or over its node must still reach over the node, or
    // it would be drawn at the edge of the view for a node far outside it.
    let within = |left: f64| {
        let left = left.min(view_width - EDGE - width).max(EDGE);
        if left <= x + r && left + width >= x - r {
            left
        } else {
            f64::NAN
        }
    };
    let centred = within(x - width / 2.0);
    let (slid_right, slid_left) = (within(x - r), within(x + r - width));
    // Each spot's text box and how far its box reaches past the text on the left and
    // on the right.
    [
        (centred, under, NAME_SPACE, NAME_SPACE),
        (centred, over, NAME_SPACE, NAME_SPACE),
        (inside(x + r + LABEL_GAP), middle, 0.0, NAME_SPACE),
        (inside(x - r - LABEL_GAP - width), middle, NAME_SPACE, 0.0),
        (slid_right, under, NAME_SPACE, NAME_SPACE),
        (slid_left, under, NAME_SPACE, NAME_SPACE),
        (slid_right, over, NAME_SPACE, NAME_SPACE),
        (slid_left, over, NAME_SPACE, NAME_SPACE),
    ]
    .map(|(left, top, before, after)| LabelBox {
        x: left - before,
        y: top,
        width: width + before + after,
        height: LABEL_HEIGHT,
        priority,
    })
    .to_vec()
}

/// The index in [`name_spots`]' list of the first spot slid sideways; the spots from here
/// on are slid.
const FIRST_SLID_SPOT: usize = 4;

/// A name is not placed where another node comes this near it, in screen pixels: twice
/// the gap to its own node, so the two are about as near and either could own it. On
/// phones "Anthropic", left of its circle, had AWS's circle 1 px under it. Measured over
/// 100 layouts of the bundled data, this hides 2 % of the names on a desktop and 11 % on
/// a phone, where every name that came within 6 px of another node had been among them.
pub(super) const HUGGED: f64 = 2.0 * LABEL_GAP;

/// How a name's text lines up with the point it is drawn from, as SVG's `text-anchor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameAnchor {
    /// Centred on the point: names under or over their node.
    Middle,
    /// Starting at the point: names to the right of their node.
    Start,
    /// Ending at the point: names to the left of their node.
    End,
}

/// Where a name is drawn: the point its top edge is anchored at, and how it lines up.
/// A name beside its node is anchored on the side next to the node, so a name wider
/// than its estimate grows away from the node, never over it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NamePlace {
    pub x: f64,
    pub y: f64,
    pub anchor: NameAnchor,
}

/// The drawing point of spot number `spot` (in `name_spots` order) with box `b`: the
/// text of a spot beside the node starts or ends at the box's edge next to the node.
fn place_of(b: &LabelBox, spot: usize) -> NamePlace {
    let (x, anchor) = match spot {
        2 => (b.x, NameAnchor::Start),
        3 => (b.x + b.width, NameAnchor::End),
        _ => (b.x + b.width / 2.0, NameAnchor::Middle),
    };
    NamePlace { x, y: b.y, anchor }
}

/// Which of two nodes' names comes first, the more important: the larger on screen
/// (`radius`), then the busier, then the first by id (node order is id order). Names
/// beside their node and names with a leader (`leaders.rs`) are taken in this order.
pub(super) fn by_importance(
    graph: &Graph,
    radius: &dyn Fn(usize) -> f64,
    a: usize,
    b: usize,
) -> std::cmp::Ordering {
    let events = |i: usize| graph.nodes[i].events.len();
    radius(b)
        .total_cmp(&radius(a))
        .then(events(b).cmp(&events(a)))
        .then(a.cmp(&b))
}

/// The box a name drawn at `at` takes (with its text `width` wide): the spot it was
/// placed from, [`NAME_SPACE`] kept at both ends of a centred name and at the far end of
/// one beside its node. Leaders (`leaders.rs`) keep their names clear of these.
pub(super) fn name_box(at: NamePlace, width: f64) -> LabelBox {
    let (x, w) = match at.anchor {
        NameAnchor::Middle => (at.x - width / 2.0 - NAME_SPACE, width + 2.0 * NAME_SPACE),
        NameAnchor::Start => (at.x, width + NAME_SPACE),
        NameAnchor::End => (at.x - width - NAME_SPACE, width + NAME_SPACE),
    };
    LabelBox {
        x,
        y: at.y,
        width: w,
        height: LABEL_HEIGHT,
        priority: 0.0,
    }
}

/// Where to draw node names: `result[i]` is where node `i`'s name is drawn on screen,
/// or `None` when it is not drawn.
///
/// `screen` holds node positions on screen (after the view transform), `radii` the
/// radii in layout units and `k` the zoom, so `radii[i] * k` is the radius on screen.
/// `width_of(i)` estimates the on-screen width of node `i`'s name. `emphasised` lists
/// the hovered, focused and selected nodes, most important first: each is a candidate
/// whatever its size, and the first always shows, under its node (unless it has no
/// finite position or width, so there is nowhere to draw it, or lies outside the view,
/// when it is named beside the part of it that shows, if there is room).
///
/// When `emphasised` is not empty, the interface draws every other node faded, and
/// faded nodes give way: an emphasised name may cover a faded node (or a faded name's
/// spot) where it has no spot clear of them, so a selection's names are not lost to
/// nodes the reader is asked to look past. Faded names are placed after, only where
/// they cover no node and no name.
///
/// No two names overlap, and no name covers a node at full strength other than the
/// first emphasised one's. Nodes without a finite position show no name. `view_width`
/// is the width of the view on screen, which names beside their node stay within.
pub fn place_names(
    graph: &Graph,
    screen: &[(f64, f64)],
    radii: &[f64],
    k: f64,
    emphasised: &[usize],
    width_of: impl Fn(usize) -> f64,
    view_width: f64,
) -> Vec<Option<NamePlace>> {
    let n = graph.nodes.len();
    let every_node = k >= LABEL_ZOOM || n <= SMALL_GRAPH;
    let screen_radius = |i: usize| {
        let r = radii.get(i).copied().unwrap_or(0.0) * k;
        if r.is_finite() { r.max(0.0) } else { 0.0 }
    };
    let position = |i: usize| {
        screen
            .get(i)
            .copied()
            .filter(|(x, y)| x.is_finite() && y.is_finite())
    };
    let mut placed = vec![None; n];
    let faded = |i: usize| !emphasised.is_empty() && !emphasised.contains(&i);
    let circle = |i: usize| {
        let (x, y) = position(i)?;
        let r = screen_radius(i);
        Some(LabelBox {
            x: x - r,
            y: y - r,
            width: 2.0 * r,
            height: 2.0 * r,
            priority: 0.0,
        })
    };
    // Every node at full strength is an obstacle, and the first emphasised name is one
    // too: it shows under its node whatever else is near, and everything else makes
    // way for it. Faded nodes join the obstacles before the faded names are placed.
    let mut obstacles: Vec<LabelBox> = (0..n).filter(|&i| !faded(i)).filter_map(circle).collect();
    // A first emphasised node outside the view (its spot under it is not finite) is
    // placed like any other below, beside the part of it that shows, if any.
    let first = emphasised
        .first()
        .copied()
        .filter(|&i| i < n)
        .and_then(|i| {
            let spot = name_spots(position(i)?, screen_radius(i), width_of(i), 0.0, view_width)[0];
            (spot.x.is_finite() && spot.width.is_finite() && spot.width >= 0.0).then_some((i, spot))
        });
    if let Some((i, spot)) = first {
        obstacles.push(spot);
        placed[i] = Some(place_of(&spot, 0));
    }
    let first = first.map(|(i, _)| i);
    // Emphasised nodes come first in the order given; everything else by size, then
    // by how many events it has, then by id (node order is id order).
    let emphasis = |i: usize| emphasised.iter().position(|&e| e == i);
    let mut order: Vec<usize> = (0..n)
        .filter(|&i| Some(i) != first)
        .filter(|&i| {
            emphasis(i).is_some() || every_node || screen_radius(i) >= LABEL_MIN_SCREEN_RADIUS
        })
        .collect();
    crate::core::order::sort_indices(&mut order, &|a, b| {
        let rank = |i: usize| emphasis(i).unwrap_or(usize::MAX);
        rank(a)
            .cmp(&rank(b))
            .then_with(|| by_importance(graph, &screen_radius, a, b))
    });
    let spots: Vec<Vec<LabelBox>> = order
        .iter()
        .enumerate()
        .map(|(place, &i)| {
            let at = screen.get(i).copied().unwrap_or((f64::NAN, f64::NAN));
            // Earlier in the order is more important; placement takes higher
            // priorities first.
            let priority = (order.len() - place) as f64;
            name_spots(at, screen_radius(i), width_of(i), priority, view_width)
        })
        .collect();
    // Edges between drawn nodes, centre to centre: the part inside a node is under the
    // node, which names avoid anyway.
    let lines: Vec<Line> = graph
        .edges
        .iter()
        .filter_map(|e| {
            let (a, b) = (position(e.source)?, position(e.target)?);
            Some([a.0, a.1, b.0, b.1])
        })
        .collect();
    // Only spots that can be placed count towards the budget: those of nodes outside
    // the view are not finite and never tested.
    let finite = |b: &&LabelBox| b.x.is_finite() && b.width.is_finite();
    let tests = lines.len() * spots.iter().flatten().filter(finite).count();
    // Room is kept from the nodes at full strength, since a faded node is not read as
    // the owner of a name at full strength beside it, and only from those within the
    // clearance of the view, since names stay in it: zoomed in on a large graph, most
    // nodes are outside.
    let circles = Circles::new((0..n).filter(|&i| !faded(i)).filter_map(|i| {
        let (x, y) = position(i)?;
        let r = screen_radius(i);
        let reaches = x + r >= -NAME_CLEARANCE && x - r <= view_width + NAME_CLEARANCE;
        reaches.then_some((i, Circle { x, y, r }))
    }));
    // A name at full strength may cover a faded node, but only where it has no other
    // spot: a name over a faded node is still read as that node's ("SoftBank" over the
    // faded Project Rainier, with SoftBank's square beside it). Covering one counts as
    // less room than any spot that covers nothing.
    let faded_circles = Circles::new((0..n).filter(|&i| faded(i)).filter_map(|i| {
        let (x, y) = position(i)?;
        let r = screen_radius(i);
        let reaches = x + r >= -NAME_CLEARANCE && x - r <= view_width + NAME_CLEARANCE;
        reaches.then_some((i, Circle { x, y, r }))
    }));
    let tried: Vec<Vec<usize>> = spots
        .iter()
        .zip(&order)
        .map(|(s, &i)| {
            let room: Vec<f64> = s
                .iter()
                .map(|spot| {
                    let room = circles.room(spot, i);
                    let faded_room = match faded(i) {
                        false => faded_circles.room(spot, i),
                        true => 0.0,
                    };
                    match faded_room < 0.0 {
                        true => (faded_room - NAME_CLEARANCE).min(room),
                        false => room,
                    }
                })
                .collect();
            let mut order = clear_first(s, &room, &lines, tests <= MAX_CROSSING_TESTS);
            // A slid name lies mostly to one side of its node, and where a node crowding
            // it is nearer the name's middle than its own node is, it reads as that
            // one's: "United Arab Emirates", slid left from its small triangle,
            // lay under Microsoft's circle. Such a spot is not used.
            let own = position(i).map(|(x, y)| Circle {
                x,
                y,
                r: screen_radius(i),
            });
            let misread = |spot: &LabelBox| {
                let middle = (spot.x + spot.width / 2.0, spot.y + spot.height / 2.0);
                let from = |c: Circle| (middle.0 - c.x).hypot(middle.1 - c.y) - c.r;
                let Some(own) = own.map(from) else {
                    return false;
                };
                let mut nearer = false;
                circles.crowding(spot, i, |other, _| nearer |= from(other) < own);
                nearer
            };
            // A faded name is hugged by faded nodes as well. A name at full strength is
            // not: where nothing else is free it may even cover a faded node (above).
            let hugged = |spot: &LabelBox| {
                let mut near = false;
                circles.crowding(spot, i, |_, gap| near |= gap < HUGGED);
                if faded(i) {
                    faded_circles.crowding(spot, i, |_, gap| near |= gap < HUGGED);
                }
                near
            };
            order.retain(|&k| !hugged(&s[k]) && (k < FIRST_SLID_SPOT || !misread(&s[k])));
            order
        })
        .collect();
    let reordered: Vec<Vec<LabelBox>> = spots
        .iter()
        .zip(&tried)
        .map(|(s, order)| order.iter().map(|&k| s[k]).collect())
        .collect();
    // Names at full strength first, among the nodes at full strength; then the faded
    // names, among every node and every name already placed. `order` puts emphasised
    // (full-strength) nodes before the rest, so each pass is a run of it.
    let strong = order.iter().take_while(|&&i| !faded(i)).count();
    for (pass, faded_names) in [(0..strong, false), (strong..order.len(), true)] {
        if faded_names {
            obstacles.extend((0..n).filter(|&i| faded(i)).filter_map(circle));
        }
        let chosen = place_labels(&obstacles, &reordered[pass.clone()]);
        for (at, chosen) in pass.zip(chosen) {
            let Some(c) = chosen else { continue };
            let spot = tried[at][c];
            let name = spots[at][spot];
            obstacles.push(name);
            placed[order[at]] = Some(place_of(&name, spot));
        }
    }
    placed
}

#[cfg(test)]
mod tests;
