//! Moving nodes off links that are not theirs.
//!
//! A straight line that runs through a node reads as passing through it: "AWS → Microsoft
//! Azure" drawn across SoftBank's square says SoftBank is between them. Forces do not
//! prevent it (a link pulls only its own ends, and charge pushes nodes from nodes, not
//! from lines), so this pass moves each node that a link not its own runs through
//! sideways, off the line, until the line keeps the node's
//! [`clearance`](super::LayoutNode::clearance) from its centre. It runs on every tick once
//! the picture has taken shape, and then directly after convergence. It is not part of
//! d3-force: a layout asks for it by giving nodes a clearance.
//!
//! Measured on 100 layouts of the bundled data (everything, and from 2020, 2023, 2025
//! and 2026 on, each under 20 seeds): without the pass, lines ran through other nodes'
//! outlines 111 times and grazed them (within half the widest line and 3 px) 61 times;
//! with it, neither happened, and about as many names found room (777 of 1,520 at zoom 1,
//! against 773).
//!
//! Every link is tested against every node, so the pass runs only on graphs small
//! enough to read ([`MAX_CLEARANCE_TESTS`]). In a graph of thousands of links, lines
//! cross everything anyway and the reader works by selection, not by following lines.

use super::graph::Graph;

/// The most link-and-node tests one round may make: 300 nodes with 660 links. The
/// bundled network (29 nodes, 41 links) needs about 1,100.
pub(super) const MAX_CLEARANCE_TESTS: usize = 200_000;

/// Rounds of moving nodes off lines after convergence. Each round can push a node onto
/// another line or into a neighbour (the overlap pass then moves it again), so the
/// rounds repeat until one moves nothing: on the bundled network two rounds move nodes
/// and the third finds nothing left. The cap only matters where no spot is clear, such
/// as a node boxed in by a hub's links.
pub(super) const MAX_CLEARANCE_ROUNDS: usize = 12;

/// The temperature below which the pass also runs during the ticks (every
/// [`NUDGE_EVERY`]th), through the velocities, so that the other forces settle around it
/// and the last, direct rounds have little left to do (the direct rounds alone left 7
/// lines through nodes in the measurement above, fighting the overlap pass). Not from
/// the start of a fresh run: while the picture is still forming, lines sweep across
/// everything, and on the bundled network running from the first tick gave a different
/// picture altogether, where from 0.1 on it gave the same picture with nodes moved off
/// lines (a fresh run gets there after about a third of its ticks; 0.03 or 0.2 measured
/// the same). A warm run (a filter change) starts below it, at 0.05, and so runs the
/// pass from its first tick; with the direct rounds alone there, Project Rainier jumped
/// 132 px when the reader filtered out products (tests/e2e/network-gestures.spec.ts).
pub(super) const CLEARANCE_ALPHA: f64 = 0.1;

/// The pass runs on every this many ticks, not on each: it is the costly part of the
/// layout (each run tests every link against the nodes near it), and the forces settle
/// around it as well between runs. Measured on a 300-node, 660-link graph (`make bench`,
/// force_layout/300_660_cleared): 63 ms every tick, 40 ms every third, against 9.4 ms
/// without the pass; on the bundled data, lines still run through no node.
pub(super) const NUDGE_EVERY: usize = 3;

/// How far a line may come inside a node's clearance and be left there, in layout units
/// (pixels at zoom 1 in the network): a graze, not a line through the node. Without it
/// the rounds never ended on the bundled network, each overlap correction leaving a
/// hundredth of a pixel for the next round to correct.
const GRAZE: f64 = 0.25;

/// How far past clear a node is pushed, as a multiple of what it lacks. Pushing exactly
/// to clear leaves the node touching the line, where the next overlap correction puts it
/// back on it.
const OVER_RELAXATION: f64 = 1.25;

/// Whether a graph of `nodes` and `links` is small enough for the pass.
pub(super) fn affordable(nodes: usize, links: usize) -> bool {
    nodes.saturating_mul(links) <= MAX_CLEARANCE_TESTS
}

/// The pass over one graph, holding what it needs between ticks.
#[derive(Debug, Clone)]
pub(super) struct LinkClearance {
    /// Each link's ends, in input order.
    links: Vec<(usize, usize)>,
    /// How far links not their own keep from each node.
    clearance: Vec<f64>,
    /// How readily each node moves: one over its degree, so hubs stay and leaves swing
    /// their lines away; zero for a pinned node.
    inverse_mass: Vec<f64>,
    /// Where each node is about to be, during ticks.
    predicted_x: Vec<f64>,
    predicted_y: Vec<f64>,
    /// The nodes in order of x, kept between rounds.
    by_x: ByX,
}

impl LinkClearance {
    /// The pass for `graph`, or `None` when no node asks for clearance or the graph is
    /// too large ([`affordable`]).
    pub(super) fn new(graph: &Graph) -> Option<Self> {
        let n = graph.len();
        if !(graph.clearance.iter().any(|&c| c > 0.0) && affordable(n, graph.links.len())) {
            return None;
        }
        let inverse_mass = (0..n)
            .map(|i| match graph.pinned[i] {
                Some(_) => 0.0,
                None => 1.0 / graph.degree(i).max(1) as f64,
            })
            .collect();
        Some(Self {
            links: graph.links.iter().map(|&(s, t, _)| (s, t)).collect(),
            clearance: graph.clearance.clone(),
            inverse_mass,
            predicted_x: Vec::with_capacity(n),
            predicted_y: Vec::with_capacity(n),
            by_x: ByX::default(),
        })
    }

    /// One round on the positions themselves ([`clear_once`]); returns the moves made.
    pub(super) fn clear(&mut self, x: &mut [f64], y: &mut [f64]) -> usize {
        let by_x = &mut self.by_x;
        clear_once(x, y, &self.clearance, &self.inverse_mass, &self.links, by_x)
    }

    /// One round during a tick. Like collision, the correction goes into the
    /// velocities, aimed at where the nodes are about to be, so the other forces settle
    /// around it.
    pub(super) fn nudge(&mut self, x: &[f64], y: &[f64], vx: &mut [f64], vy: &mut [f64]) {
        let (px, py) = (&mut self.predicted_x, &mut self.predicted_y);
        px.clear();
        px.extend(x.iter().zip(vx.iter()).map(|(x, v)| x + v));
        py.clear();
        py.extend(y.iter().zip(vy.iter()).map(|(y, v)| y + v));
        let by_x = &mut self.by_x;
        if clear_once(
            px,
            py,
            &self.clearance,
            &self.inverse_mass,
            &self.links,
            by_x,
        ) == 0
        {
            return;
        }
        for i in 0..x.len() {
            vx[i] = px[i] - x[i];
            vy[i] = py[i] - y[i];
        }
    }
}

/// One round: wherever a link runs through a node not its own (the line passes closer
/// to the node's centre than its `clearance`, by more than [`GRAZE`], between the
/// link's ends), the node and the link are moved apart, at right angles to the line,
/// until it clears.
///
/// The move is shared like a position-based-dynamics constraint: each of the three
/// nodes moves in proportion to its `inverse_mass` (zero for a pinned node), and a
/// link's end in proportion to how near it is to where the line meets the node, so a
/// leaf swings its line off a hub rather than pushing the hub aside, and the least
/// total motion does it. Moves are made one after another, each test seeing the
/// positions earlier moves left, which settles in fewer rounds. Returns how many moves
/// were made.
///
/// Only nodes near a link's box are tested: the nodes are sorted by x at the start of
/// the round (`by_x` keeps the memory), and a link looks at those within twice the
/// largest clearance of its ends' x, then of their y. A node moved further than that
/// within the round may be missed until the next. (A grid walked along each line was
/// slower still at these sizes: the lookups cost more than the tests they saved.)
pub(super) fn clear_once(
    x: &mut [f64],
    y: &mut [f64],
    clearance: &[f64],
    inverse_mass: &[f64],
    links: &[(usize, usize)],
    by_x: &mut ByX,
) -> usize {
    let reach = 2.0 * clearance.iter().copied().fold(0.0, f64::max);
    by_x.sort(x);
    let mut moves = 0;
    for &(s, t) in links {
        let (y0, y1) = (y[s].min(y[t]) - reach, y[s].max(y[t]) + reach);
        for k in by_x.within(x[s].min(x[t]) - reach, x[s].max(x[t]) + reach) {
            if k == s || k == t || !(y[k] >= y0 && y[k] <= y1) {
                continue;
            }
            let Some(cut) = intrusion((x[s], y[s]), (x[t], y[t]), (x[k], y[k]), clearance[k])
                .filter(|cut| cut.lack > GRAZE)
            else {
                continue;
            };
            let (ws, wt) = (1.0 - cut.along, cut.along);
            let (mk, ms, mt) = (inverse_mass[k], inverse_mass[s], inverse_mass[t]);
            let weight = mk + ws * ws * ms + wt * wt * mt;
            if weight <= 0.0 {
                continue;
            }
            let step = cut.lack * OVER_RELAXATION / weight;
            let (nx, ny) = cut.away;
            x[k] += nx * step * mk;
            y[k] += ny * step * mk;
            x[s] -= nx * step * ws * ms;
            y[s] -= ny * step * ws * ms;
            x[t] -= nx * step * wt * mt;
            y[t] -= ny * step * wt * mt;
            moves += 1;
        }
    }
    moves
}

/// The nodes in order of x, with their x at the time of sorting.
#[derive(Debug, Clone, Default)]
pub(super) struct ByX {
    order: Vec<usize>,
    sorted: Vec<f64>,
}

impl ByX {
    /// Sorts the nodes by `x`; a coordinate that is not finite sorts last, and is never
    /// within a range.
    fn sort(&mut self, x: &[f64]) {
        self.order.clear();
        self.order.extend(0..x.len());
        let key = |i: usize| {
            if x[i].is_finite() {
                x[i]
            } else {
                f64::INFINITY
            }
        };
        crate::core::order::sort_indices(&mut self.order, &|a, b| key(a).total_cmp(&key(b)));
        self.sorted.clear();
        self.sorted.extend(self.order.iter().map(|&i| key(i)));
    }

    /// The nodes whose x, when sorted, was from `low` to `high`.
    fn within(&self, low: f64, high: f64) -> impl Iterator<Item = usize> + '_ {
        let start = self.sorted.partition_point(|&v| v < low);
        let end = self.sorted.partition_point(|&v| v <= high);
        self.order[start..end.max(start)].iter().copied()
    }
}

/// Where a line runs through a node's circle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Intrusion {
    /// The unit direction from the line to the node's centre.
    pub away: (f64, f64),
    /// How much further apart the two must be for the line to clear the circle.
    pub lack: f64,
    /// Where along the line, from 0 at its start to 1 at its end, it comes nearest.
    pub along: f64,
}

/// If the line from `a` to `b` passes within `radius` of `centre` at a point strictly
/// between its ends, where and by how much. A centre exactly on the line is taken to be
/// on its left, so the result depends on nothing but the input.
///
/// A closest point at an end means the centre lies beyond that end, where the line is
/// inside the end's own circle and not drawn; that is the overlap pass's business. A
/// link of zero length, or any coordinate that is not finite, gives `None`.
pub(super) fn intrusion(
    a: (f64, f64),
    b: (f64, f64),
    centre: (f64, f64),
    radius: f64,
) -> Option<Intrusion> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length2 = dx * dx + dy * dy;
    if !(length2.is_finite() && length2 > 0.0 && radius > 0.0) {
        return None;
    }
    let along = ((centre.0 - a.0) * dx + (centre.1 - a.1) * dy) / length2;
    if !(along > 0.0 && along < 1.0) {
        return None;
    }
    let (ox, oy) = (centre.0 - (a.0 + along * dx), centre.1 - (a.1 + along * dy));
    let distance = ox.hypot(oy);
    if distance >= radius {
        return None;
    }
    let away = if distance > 1e-9 {
        (ox / distance, oy / distance)
    } else {
        let length = length2.sqrt();
        (-dy / length, dx / length)
    };
    Some(Intrusion {
        away,
        lack: radius - distance,
        along,
    })
}

#[cfg(test)]
mod tests;
