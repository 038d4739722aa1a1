//! The layout's input, and the cleaned-up form the simulation works on.
//!
//! Input comes from data that other code has filtered, so it is checked here once rather
//! than everywhere: links that point outside the node list or back at their own node are
//! dropped, and numbers that are NaN, infinite or absurdly large are replaced, so that
//! the forces never see a value that could turn every position into NaN.

/// Coordinates and lengths are clamped to this magnitude. Squaring it stays far from
/// overflow, and no picture on a screen needs more.
const LARGEST: f64 = 1e9;

/// One node to lay out.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct LayoutNode {
    /// Collision radius: after convergence no two nodes' circles overlap. Zero disables
    /// collision for this node; NaN, infinite and negative values count as zero.
    pub radius: f64,
    /// Where the node was in the previous layout, if it was shown. Nodes start there
    /// unless the run is fresh (see [`LayoutParams::fresh`](super::LayoutParams::fresh)).
    pub previous: Option<(f64, f64)>,
    /// A fixed position, like d3's `fx`/`fy`: the node is placed there and never moves.
    pub pinned: Option<(f64, f64)>,
    /// How far links that do not join this node keep from its centre (`clearance.rs`).
    /// Not part of d3-force: zero, the default, lets lines cross the node, and when every
    /// node's is zero the pass does not run. Unusable values count as zero.
    pub clearance: f64,
}

impl LayoutNode {
    /// A node of this radius with no history and no pin.
    pub fn new(radius: f64) -> Self {
        Self {
            radius,
            previous: None,
            pinned: None,
            clearance: 0.0,
        }
    }
}

/// A spring between two nodes, given by their indices in the node list.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LayoutLink {
    /// Index of one end.
    pub source: usize,
    /// Index of the other end. A link whose ends are equal, or either of which is out of
    /// range, is ignored.
    pub target: usize,
    /// The length the spring pulls towards. NaN, infinite or negative lengths are
    /// replaced by [`LayoutParams::link_distance`](super::LayoutParams::link_distance).
    pub distance: f64,
}

/// The input after sanitising, with the neighbour lists that placement needs.
#[derive(Debug, Clone)]
pub(super) struct Graph {
    /// Each node's radius, finite and at least zero.
    pub(super) radius: Vec<f64>,
    /// Each node's previous position, if it had a finite one.
    pub(super) previous: Vec<Option<(f64, f64)>>,
    /// Each node's pinned position, if it had a finite one.
    pub(super) pinned: Vec<Option<(f64, f64)>>,
    /// The valid links as (source, target, distance), in input order.
    pub(super) links: Vec<(usize, usize, f64)>,
    /// How far links not their own keep from each node.
    pub(super) clearance: Vec<f64>,
    /// Where each node's neighbours start in `neighbours` (compressed sparse rows).
    offsets: Vec<usize>,
    neighbours: Vec<usize>,
    /// The rest length of the link behind each entry of `neighbours`.
    neighbour_distance: Vec<f64>,
}

impl Graph {
    /// Sanitises the input; `fallback_distance` replaces unusable link lengths.
    pub(super) fn new(nodes: &[LayoutNode], links: &[LayoutLink], fallback_distance: f64) -> Self {
        let n = nodes.len();
        let fallback_distance = clean_length(fallback_distance, 30.0);
        let links: Vec<(usize, usize, f64)> = links
            .iter()
            .filter(|link| link.source < n && link.target < n && link.source != link.target)
            .map(|link| {
                let distance = clean_length(link.distance, fallback_distance);
                (link.source, link.target, distance)
            })
            .collect();
        // Counting sort into compressed rows: two passes, no per-node vectors.
        let mut offsets = vec![0; n + 1];
        for &(source, target, _) in &links {
            offsets[source + 1] += 1;
            offsets[target + 1] += 1;
        }
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        let mut fill = offsets.clone();
        let mut neighbours = vec![0; 2 * links.len()];
        let mut neighbour_distance = vec![0.0; 2 * links.len()];
        for &(source, target, distance) in &links {
            for (from, to) in [(source, target), (target, source)] {
                neighbours[fill[from]] = to;
                neighbour_distance[fill[from]] = distance;
                fill[from] += 1;
            }
        }
        Self {
            radius: nodes
                .iter()
                .map(|node| clean_length(node.radius, 0.0))
                .collect(),
            previous: nodes
                .iter()
                .map(|node| clean_point(node.previous))
                .collect(),
            pinned: nodes.iter().map(|node| clean_point(node.pinned)).collect(),
            clearance: nodes
                .iter()
                .map(|node| clean_length(node.clearance, 0.0))
                .collect(),
            links,
            offsets,
            neighbours,
            neighbour_distance,
        }
    }

    /// Number of nodes.
    pub(super) fn len(&self) -> usize {
        self.radius.len()
    }

    /// The nodes linked to `i`, once per link, in link order.
    pub(super) fn neighbours(&self, i: usize) -> &[usize] {
        &self.neighbours[self.offsets[i]..self.offsets[i + 1]]
    }

    /// The rest lengths of the links to `i`'s neighbours, matching [`Graph::neighbours`].
    pub(super) fn neighbour_distances(&self, i: usize) -> &[f64] {
        &self.neighbour_distance[self.offsets[i]..self.offsets[i + 1]]
    }

    /// How many valid links touch `i`.
    pub(super) fn degree(&self, i: usize) -> usize {
        self.offsets[i + 1] - self.offsets[i]
    }
}

/// A length that is finite and at least zero, or `fallback`.
fn clean_length(value: f64, fallback: f64) -> f64 {
    if value.is_finite() && value >= 0.0 {
        value.min(LARGEST)
    } else {
        fallback
    }
}

/// A point with finite coordinates within ±[`LARGEST`], or nothing.
fn clean_point(point: Option<(f64, f64)>) -> Option<(f64, f64)> {
    point
        .filter(|(x, y)| x.is_finite() && y.is_finite())
        .map(|(x, y)| (x.clamp(-LARGEST, LARGEST), y.clamp(-LARGEST, LARGEST)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::layout::testkit::link;

    #[test]
    fn self_loops_and_out_of_range_links_are_dropped() {
        let nodes = [LayoutNode::new(1.0); 3];
        let links = [link(0, 1), link(1, 1), link(2, 3), link(7, 0), link(2, 0)];
        let graph = Graph::new(&nodes, &links, 30.0);
        assert_eq!(graph.links, vec![(0, 1, 30.0), (2, 0, 30.0)]);
        assert_eq!(graph.neighbours(0), &[1, 2]);
        assert_eq!(graph.neighbours(1), &[0]);
        assert_eq!(graph.neighbours(2), &[0]);
        assert_eq!(
            (graph.degree(0), graph.degree(1), graph.degree(2)),
            (2, 1, 1)
        );
    }

    #[test]
    fn unusable_numbers_are_replaced() {
        let nodes = [
            LayoutNode {
                radius: f64::NAN,
                previous: Some((f64::INFINITY, 0.0)),
                pinned: Some((0.0, f64::NAN)),
                clearance: f64::NAN,
            },
            LayoutNode {
                radius: -3.0,
                previous: Some((1e300, -2.0)),
                pinned: None,
                clearance: -1.0,
            },
        ];
        let links = [LayoutLink {
            source: 0,
            target: 1,
            distance: f64::NEG_INFINITY,
        }];
        let graph = Graph::new(&nodes, &links, 42.0);
        assert_eq!(graph.radius, vec![0.0, 0.0]);
        assert_eq!(graph.previous, vec![None, Some((LARGEST, -2.0))]);
        assert_eq!(graph.pinned, vec![None, None]);
        assert_eq!(graph.links, vec![(0, 1, 42.0)]);
    }

    #[test]
    fn duplicate_links_count_twice_towards_degree() {
        let nodes = [LayoutNode::new(0.0); 2];
        let graph = Graph::new(&nodes, &[link(0, 1), link(1, 0)], 30.0);
        assert_eq!(graph.degree(0), 2);
        assert_eq!(graph.neighbours(1), &[0, 0]);
    }
}
