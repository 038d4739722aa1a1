//! Where nodes start.
//!
//! A force simulation finds a nearby equilibrium, so where it starts decides both how
//! many ticks it needs and, when a filter changes, how much the picture moves:
//!
//! - A pinned node starts at its pin. Otherwise, unless the run is fresh, a node that has
//!   a previous position starts there, so that an unchanged part of the graph stays put.
//! - Every other node is placed in breadth-first order, outwards from the nodes already
//!   placed. A node with placed neighbours starts at their mean position plus an offset
//!   of half a link length, because that is about where the springs would pull it. The
//!   offset's direction turns by the golden angle from one node to the next, from a
//!   seeded start: siblings come one after another in breadth-first order, so they start
//!   evenly spread around their parent instead of in random clumps that take many ticks
//!   to even out. A node without placed neighbours (the first of each component, and
//!   isolated nodes) takes the next slot on a phyllotaxis spiral, as in d3.
//!
//! d3 puts every node on the spiral in input order, which scatters neighbours across the
//! disc and leaves the forces to untangle them. Starting each node next to its
//! neighbours instead separates planted communities after 100 ticks nearly as well as
//! d3's start does after 300, and far better than d3's start after 100 (the numbers are
//! at [`LayoutParams::alpha_decay`]). A smaller offset is not better: a start much
//! denser than the final layout explodes and ends several times too large.
//!
//! When some nodes are already placed, the spiral wraps around the area they occupy at
//! the same density, so that a new, unconnected node does not land on top of them.

use super::graph::Graph;
use super::params::LayoutParams;
use super::rng::Lcg;

/// cos and sin of the golden angle π(3 − √5), d3's `initialAngle`. Written out because
/// the spiral is built by repeated rotation, using only exactly rounded IEEE operations,
/// so that positions agree to the bit on every platform.
const GOLDEN_COS: f64 = -0.737_368_878_078_319_9;
const GOLDEN_SIN: f64 = 0.675_490_294_261_523_6;

/// Initial positions, and how many nodes had no position of their own.
#[derive(Debug, Clone)]
pub(super) struct Start {
    /// Starting x of each node.
    pub(super) x: Vec<f64>,
    /// Starting y of each node.
    pub(super) y: Vec<f64>,
    /// Nodes that had neither a pin nor a usable previous position.
    pub(super) newcomers: usize,
    /// Whether any node started from its previous position.
    pub(super) warm: bool,
}

/// Places every node by the rules in the module documentation.
pub(super) fn place(graph: &Graph, params: &LayoutParams, rng: &mut Lcg) -> Start {
    let n = graph.len();
    let (mut x, mut y) = (vec![0.0; n], vec![0.0; n]);
    let mut placed = vec![false; n];
    let mut warm = false;
    for i in 0..n {
        let previous = graph.previous[i].filter(|_| !params.fresh);
        if let Some((px, py)) = graph.pinned[i].or(previous) {
            (x[i], y[i]) = (px, py);
            placed[i] = true;
            warm |= graph.pinned[i].is_none();
        }
    }
    let mut spiral = Spiral::around(&x, &y, &placed, params.initial_spacing, rng);
    let mut direction = rng.unit_vector();
    let mut newcomers = 0;
    for v in breadth_first_order(graph, &placed) {
        if placed[v] {
            continue;
        }
        newcomers += 1;
        (x[v], y[v]) = match neighbour_mean(graph, v, &x, &y, &placed) {
            Some((mx, my, distance)) => {
                let (ux, uy) = direction;
                direction = turn_golden(direction);
                let reach = params.placement_jitter * distance;
                (mx + ux * reach, my + uy * reach)
            }
            None => spiral.next(),
        };
        placed[v] = true;
    }
    Start {
        x,
        y,
        newcomers,
        warm,
    }
}

/// The mean position of `v`'s placed neighbours and the mean rest length of the links to
/// them, or `None` if none is placed.
fn neighbour_mean(
    graph: &Graph,
    v: usize,
    x: &[f64],
    y: &[f64],
    placed: &[bool],
) -> Option<(f64, f64, f64)> {
    let (mut count, mut sx, mut sy, mut sd) = (0.0, 0.0, 0.0, 0.0);
    let distances = graph.neighbour_distances(v);
    for (&u, &distance) in graph.neighbours(v).iter().zip(distances) {
        if placed[u] {
            count += 1.0;
            sx += x[u];
            sy += y[u];
            sd += distance;
        }
    }
    (count > 0.0).then(|| (sx / count, sy / count, sd / count))
}

/// A unit vector turned by the golden angle.
fn turn_golden((c, s): (f64, f64)) -> (f64, f64) {
    (
        c * GOLDEN_COS - s * GOLDEN_SIN,
        c * GOLDEN_SIN + s * GOLDEN_COS,
    )
}

/// Every node once: first breadth-first outwards from the already placed nodes, then each
/// remaining component breadth-first from its highest-degree node.
fn breadth_first_order(graph: &Graph, placed: &[bool]) -> Vec<usize> {
    let n = graph.len();
    let mut seen = placed.to_vec();
    let mut order: Vec<usize> = (0..n).filter(|&i| placed[i]).collect();
    // Roots in order of falling degree; the stable sort keeps index order among equals.
    let mut roots: Vec<usize> = (0..n).collect();
    crate::core::order::sort_indices(&mut roots, &|a, b| graph.degree(b).cmp(&graph.degree(a)));
    let mut roots = roots.into_iter();
    let mut head = 0;
    loop {
        while head < order.len() {
            let v = order[head];
            head += 1;
            for &u in graph.neighbours(v) {
                if !seen[u] {
                    seen[u] = true;
                    order.push(u);
                }
            }
        }
        match roots.find(|&i| !seen[i]) {
            Some(root) => {
                seen[root] = true;
                order.push(root);
            }
            None => return order,
        }
    }
}

/// A phyllotaxis spiral: slot `k` at radius `√(occupied² + spacing²·(k + ½))`, turned by
/// the golden angle from the slot before. With nothing occupied it is d3's spiral; with
/// an occupied disc it continues outwards around that disc at the same density.
struct Spiral {
    centre: (f64, f64),
    occupied2: f64,
    spacing2: f64,
    slot: f64,
    direction: (f64, f64),
}

impl Spiral {
    /// A spiral around the placed nodes, starting in a seeded direction.
    fn around(x: &[f64], y: &[f64], placed: &[bool], spacing: f64, rng: &mut Lcg) -> Self {
        let points = || (0..x.len()).filter(|&i| placed[i]).map(|i| (x[i], y[i]));
        let count = points().count() as f64;
        let centre = if count > 0.0 {
            let (sx, sy) = points().fold((0.0, 0.0), |(sx, sy), (px, py)| (sx + px, sy + py));
            (sx / count, sy / count)
        } else {
            (0.0, 0.0)
        };
        let occupied2 = points()
            .map(|(px, py)| (px - centre.0) * (px - centre.0) + (py - centre.1) * (py - centre.1))
            .fold(0.0, f64::max);
        let spacing = if spacing.is_finite() && spacing > 0.0 {
            spacing
        } else {
            10.0
        };
        Self {
            centre,
            occupied2,
            spacing2: spacing * spacing,
            slot: 0.0,
            direction: rng.unit_vector(),
        }
    }

    /// The next free slot.
    fn next(&mut self) -> (f64, f64) {
        let radius = (self.occupied2 + self.spacing2 * (self.slot + 0.5)).sqrt();
        let (c, s) = self.direction;
        let point = (self.centre.0 + radius * c, self.centre.1 + radius * s);
        self.direction = turn_golden(self.direction);
        self.slot += 1.0;
        point
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::layout::graph::{LayoutLink, LayoutNode};

    fn graph(nodes: &[LayoutNode], pairs: &[(usize, usize)]) -> Graph {
        let links: Vec<LayoutLink> = pairs
            .iter()
            .map(|&(source, target)| LayoutLink {
                source,
                target,
                distance: 30.0,
            })
            .collect();
        Graph::new(nodes, &links, 30.0)
    }

    #[test]
    fn breadth_first_order_starts_from_the_best_connected_node() {
        // A path 0-1-2 and a star with centre 4 and leaves 3, 5, 6; the star's centre
        // has the highest degree, so its component comes first.
        let g = graph(
            &[LayoutNode::new(0.0); 7],
            &[(0, 1), (1, 2), (4, 3), (4, 5), (4, 6)],
        );
        assert_eq!(
            breadth_first_order(&g, &[false; 7]),
            vec![4, 3, 5, 6, 1, 0, 2]
        );
    }

    #[test]
    fn spiral_slots_keep_d3_radii_and_golden_angle_turns() {
        let mut rng = Lcg::new(1);
        let mut spiral = Spiral::around(&[], &[], &[], 10.0, &mut rng);
        let points: Vec<(f64, f64)> = (0..50).map(|_| spiral.next()).collect();
        for (k, &(px, py)) in points.iter().enumerate() {
            let expected = 10.0 * (k as f64 + 0.5).sqrt();
            assert!(((px * px + py * py).sqrt() - expected).abs() < 1e-9);
        }
        let (a, b) = (points[0], points[1]);
        let cos = (a.0 * b.0 + a.1 * b.1) / (a.0.hypot(a.1) * b.0.hypot(b.1));
        assert!((cos - GOLDEN_COS).abs() < 1e-12);
    }

    #[test]
    fn new_node_in_a_warm_run_starts_near_its_placed_neighbours() {
        let mut nodes = [LayoutNode::new(0.0); 3];
        nodes[0].previous = Some((100.0, 0.0));
        nodes[1].previous = Some((100.0, 60.0));
        let g = graph(&nodes, &[(0, 2), (1, 2)]);
        let start = place(&g, &LayoutParams::default(), &mut Lcg::new(3));
        let distance = (start.x[2] - 100.0).hypot(start.y[2] - 30.0);
        assert!((distance - 15.0).abs() < 1e-9, "0.5 × link distance 30");
        assert_eq!((start.newcomers, start.warm), (1, true));
    }

    #[test]
    fn isolated_new_node_starts_outside_the_occupied_disc() {
        let mut nodes = [LayoutNode::new(0.0); 4];
        nodes[0].previous = Some((-50.0, 0.0));
        nodes[1].previous = Some((50.0, 0.0));
        nodes[2].pinned = Some((0.0, 0.0));
        let start = place(
            &graph(&nodes, &[]),
            &LayoutParams::default(),
            &mut Lcg::new(3),
        );
        assert!(start.x[3].hypot(start.y[3]) > 50.0);
        assert_eq!((start.x[2], start.y[2]), (0.0, 0.0));
    }

    #[test]
    fn fresh_run_ignores_previous_positions_but_keeps_pins() {
        let mut nodes = [LayoutNode::new(0.0); 2];
        nodes[0].previous = Some((500.0, 500.0));
        nodes[1].pinned = Some((-7.0, 3.0));
        let params = LayoutParams {
            fresh: true,
            ..LayoutParams::default()
        };
        let start = place(&graph(&nodes, &[(0, 1)]), &params, &mut Lcg::new(3));
        assert!(start.x[0].hypot(start.y[0]) < 100.0);
        assert_eq!((start.x[1], start.y[1]), (-7.0, 3.0));
        assert_eq!((start.newcomers, start.warm), (1, false));
    }
}
