//! Names drawn a little away from their node, joined to it by a thin leader line.
//!
//! `labels.rs` names a node only in one of the spots touching it. In a dense part of a
//! small picture every such spot can be taken or crowded, and a node that matters is
//! left unnamed: on a phone's fitted network Anthropic, between AWS, Trainium and
//! SoftBank, had no name. Map and chart makers answer this with a leader: the name goes
//! where there is room nearby and a hairline joins it to its node, so it cannot be read
//! as a neighbour's. A leader is only tried where every node is a candidate for a name
//! (a small graph, or zoomed in), so a dense picture of thousands of nodes does not turn
//! into a web of lines.

use crate::core::scale::LabelBox;

use super::build::Graph;
use super::crossings::{Line, MAX_CROSSING_TESTS, crosses};
use super::crowding::{Circle, gap};
use super::labels::{
    EDGE, HUGGED, LABEL_HEIGHT, LABEL_ZOOM, NameAnchor, NamePlace, SMALL_GRAPH, by_importance,
    name_box,
};
use super::outline::outline;
use super::size::outline_reach;

/// How far a leader reaches past its node's outline to the name, in screen pixels, in
/// the order tried: the shortest first, since the nearer a name, the surer its node.
/// Beyond 36 px a name stands among other nodes' names and reads as a label of the
/// region rather than of a node.
const LEADER_LENGTHS: [f64; 3] = [10.0, 22.0, 36.0];

/// Space between a leader's end and its name's text, in screen pixels.
const LEADER_GAP: f64 = 2.0;

/// How far a leader keeps from every node but its own, in screen pixels: a line that
/// grazes a node seems to end at it.
const LEADER_CLEARANCE: f64 = 3.0;

/// At most this many leaders are drawn, for the most important nodes that have room
/// for one: a few leaders help a reader, dozens make a web.
const MAX_LEADERS: usize = 12;

/// At most this many nodes are tried for a leader, the most important first, so that
/// the search stays quick zoomed in on a graph of thousands, where names are placed
/// again on every hover.
const MAX_LEADER_TRIES: usize = 2 * MAX_LEADERS;

/// How many spots a name with a leader may take.
const SPOTS: usize = LEADER_LENGTHS.len() * DIRECTIONS.len();

/// How far past its outline a node may lie from the view and still be in a leader's
/// way: the longest leader and a name's height.
const LEADER_REACH: f64 = LEADER_LENGTHS[2] + LABEL_HEIGHT;

/// A name away from its node: where it is drawn and the leader from the node's outline
/// (`line[0]`, `line[1]`) to the name (`line[2]`, `line[3]`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LeaderName {
    pub node: usize,
    pub name: NamePlace,
    pub line: Line,
}

/// The directions a leader may take, in the order tried: straight down, up, right and
/// left (where names beside a node are read first), then the four diagonals. Each comes
/// with how the name lines up with the leader's end: centred under or over it, or
/// starting or ending at it.
const DIRECTIONS: [((f64, f64), NameAnchor, Vertical); 8] = {
    let d = std::f64::consts::FRAC_1_SQRT_2;
    [
        ((0.0, 1.0), NameAnchor::Middle, Vertical::Below),
        ((0.0, -1.0), NameAnchor::Middle, Vertical::Above),
        ((1.0, 0.0), NameAnchor::Start, Vertical::Centred),
        ((-1.0, 0.0), NameAnchor::End, Vertical::Centred),
        ((d, d), NameAnchor::Start, Vertical::Below),
        ((-d, d), NameAnchor::End, Vertical::Below),
        ((d, -d), NameAnchor::Start, Vertical::Above),
        ((-d, -d), NameAnchor::End, Vertical::Above),
    ]
};

/// Where a name's box lies up and down from its leader's end.
#[derive(Debug, Clone, Copy)]
enum Vertical {
    Below,
    Above,
    Centred,
}

/// Names with leaders for the nodes `names` (from `place_names`, with the same
/// arguments) left unnamed, most important first, each where its name and leader
/// cover no node, name or other leader, keep [`HUGGED`] from every other node and stay
/// in the view (`view`: width and height on screen). Spots no edge runs through are
/// taken before those one does. Only nodes at full strength get one (not those faded
/// by `emphasised`), only nodes inside the view, and only where every node is a
/// candidate for a name: a graph of at most [`SMALL_GRAPH`] nodes, or a zoom of at
/// least [`LABEL_ZOOM`]. Nodes without a finite position or name width get none. At
/// most [`MAX_LEADERS`] are placed, from the first [`MAX_LEADER_TRIES`] nodes that need
/// one.
#[allow(clippy::too_many_arguments)]
pub fn place_leaders(
    graph: &Graph,
    screen: &[(f64, f64)],
    radii: &[f64],
    k: f64,
    names: &[Option<NamePlace>],
    emphasised: &[usize],
    width_of: impl Fn(usize) -> f64,
    view: (f64, f64),
) -> Vec<LeaderName> {
    let n = graph.nodes.len();
    if !(k >= LABEL_ZOOM || n <= SMALL_GRAPH) || !(view.0.is_finite() && view.1.is_finite()) {
        return Vec::new();
    }
    let position = |i: usize| {
        screen
            .get(i)
            .copied()
            .filter(|(x, y)| x.is_finite() && y.is_finite())
    };
    let radius = |i: usize| {
        let r = radii.get(i).copied().unwrap_or(0.0) * k;
        if r.is_finite() { r.max(0.0) } else { 0.0 }
    };
    let faded = |i: usize| !emphasised.is_empty() && !emphasised.contains(&i);
    let mut order: Vec<usize> = (0..n)
        .filter(|&i| names.get(i).is_none_or(Option::is_none) && !faded(i))
        .filter(|&i| {
            position(i)
                .is_some_and(|(x, y)| (0.0..=view.0).contains(&x) && (0.0..=view.1).contains(&y))
        })
        .collect();
    if order.is_empty() {
        return Vec::new();
    }
    crate::core::order::sort_indices(&mut order, &|a, b| by_importance(graph, &radius, a, b));
    order.truncate(MAX_LEADER_TRIES);
    // Only nodes and edges that reach near the view can be in a leader's way. Other
    // nodes are kept as far as their furthest corner reaches, so no name or line comes
    // near a diamond's tip or a triangle's point.
    let near = |x: f64, y: f64, reach: f64| {
        x + reach >= 0.0 && x - reach <= view.0 && y + reach >= 0.0 && y - reach <= view.1
    };
    let circles: Vec<(usize, Circle)> = (0..n)
        .filter_map(|i| {
            let (x, y) = position(i)?;
            let r = outline_reach(graph.nodes[i].group, radius(i));
            near(x, y, r + LEADER_REACH).then_some((i, Circle { x, y, r }))
        })
        .collect();
    // What a leader's name may not cover: every node and every name already placed.
    let mut taken: Vec<LabelBox> = circles
        .iter()
        .map(|&(_, c)| square(c))
        .chain((0..n).filter_map(|i| Some(name_box(names.get(i).copied()??, width_of(i)))))
        .collect();
    let edges: Vec<Line> = graph
        .edges
        .iter()
        .filter_map(|e| {
            let (a, b) = (position(e.source)?, position(e.target)?);
            // An edge whose box misses the view runs through no name in it.
            let reaches = a.0.max(b.0) >= 0.0
                && a.0.min(b.0) <= view.0
                && a.1.max(b.1) >= 0.0
                && a.1.min(b.1) <= view.1;
            reaches.then_some([a.0, a.1, b.0, b.1])
        })
        .collect();
    // Past a budget of tests, edges are not looked at, as for names beside their node.
    let look_at_edges = edges.len() * order.len() * SPOTS <= MAX_CROSSING_TESTS;
    let mut leaders: Vec<LeaderName> = Vec::new();
    for node in order {
        if leaders.len() == MAX_LEADERS {
            break;
        }
        let (Some((x, y)), width) = (position(node), width_of(node)) else {
            continue;
        };
        if !(width.is_finite() && width >= 0.0) {
            continue;
        }
        let shape = outline(graph.nodes[node].group, radius(node));
        // The name stays in the view and covers no node, name or leader, nor comes
        // within [`HUGGED`] of another node; the leader crosses no name and no other
        // leader, and passes clear of every other node.
        let fits = |(_, b, line): &(NamePlace, LabelBox, Line)| {
            let inside = b.x >= EDGE
                && b.x + b.width <= view.0 - EDGE
                && b.y >= 0.0
                && b.y + b.height <= view.1;
            inside
                && !taken.iter().any(|t| t.overlaps(b))
                && !taken[circles.len()..].iter().any(|t| crosses(line, t))
                && !circles.iter().any(|&(other, c)| {
                    other != node && (gap(b, c) < HUGGED || segment_gap(line, c) < LEADER_CLEARANCE)
                })
                && !leaders
                    .iter()
                    .any(|l| segments_cross(&l.line, line) || crosses(&l.line, b))
        };
        // The first spot that fits and no edge runs through, else the first that fits.
        let mut chosen = None;
        'search: for length in LEADER_LENGTHS {
            for (direction, anchor, vertical) in DIRECTIONS {
                let from = shape.reach(direction);
                let candidate = spot((x, y), from, length, direction, anchor, vertical, width);
                if !fits(&candidate) {
                    continue;
                }
                let clear = !look_at_edges || !edges.iter().any(|e| crosses(e, &candidate.1));
                if clear || chosen.is_none() {
                    chosen = Some(candidate);
                }
                if clear {
                    break 'search;
                }
            }
        }
        if let Some((name, b, line)) = chosen {
            taken.push(b);
            leaders.push(LeaderName { node, name, line });
        }
    }
    leaders
}

/// The name, its box and its leader for a node at `at` whose outline lies `r` away in
/// `direction`, with a leader `length` long from there.
fn spot(
    at: (f64, f64),
    r: f64,
    length: f64,
    direction: (f64, f64),
    anchor: NameAnchor,
    vertical: Vertical,
    width: f64,
) -> (NamePlace, LabelBox, Line) {
    let (dx, dy) = direction;
    let start = (at.0 + dx * r, at.1 + dy * r);
    let end = (at.0 + dx * (r + length), at.1 + dy * (r + length));
    let text_x = match anchor {
        NameAnchor::Start => end.0 + LEADER_GAP,
        NameAnchor::End => end.0 - LEADER_GAP,
        NameAnchor::Middle => end.0,
    };
    let top = match vertical {
        Vertical::Below => end.1 + LEADER_GAP,
        Vertical::Above => end.1 - LEADER_GAP - LABEL_HEIGHT,
        Vertical::Centred => end.1 - LABEL_HEIGHT / 2.0,
    };
    let name = NamePlace {
        x: text_x,
        y: top,
        anchor,
    };
    (
        name,
        name_box(name, width),
        [start.0, start.1, end.0, end.1],
    )
}

/// The square around a node's circle.
fn square(c: Circle) -> LabelBox {
    LabelBox {
        x: c.x - c.r,
        y: c.y - c.r,
        width: 2.0 * c.r,
        height: 2.0 * c.r,
        priority: 0.0,
    }
}

/// How far a segment passes from a circle's outline: negative when it runs through it.
fn segment_gap(line: &Line, c: Circle) -> f64 {
    let [x0, y0, x1, y1] = *line;
    let (dx, dy) = (x1 - x0, y1 - y0);
    let length = dx * dx + dy * dy;
    let t = if length > 0.0 {
        (((c.x - x0) * dx + (c.y - y0) * dy) / length).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (x0 + t * dx - c.x).hypot(y0 + t * dy - c.y) - c.r
}

/// Whether two segments cross at a point inside both.
fn segments_cross(a: &Line, b: &Line) -> bool {
    let side = |p: (f64, f64), q: (f64, f64), r: (f64, f64)| {
        (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0)
    };
    let (a0, a1) = ((a[0], a[1]), (a[2], a[3]));
    let (b0, b1) = ((b[0], b[1]), (b[2], b[3]));
    let d1 = side(b0, b1, a0);
    let d2 = side(b0, b1, a1);
    let d3 = side(a0, a1, b0);
    let d4 = side(a0, a1, b1);
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

#[cfg(test)]
#[path = "leaders_tests.rs"]
mod tests;
