//! The broad phase of collision detection: which circles might touch.
//!
//! Both the collision force and the final overlap clean-up need, for every node, the
//! short list of nodes whose circles could reach it. They get it from the simulation's
//! quadtree: every cell is given the bounding box of its circles and its largest radius,
//! and a walk skips every cell whose box, grown by the radii, misses. As in the
//! many-body force, the nodes of each small cell share one walk, whose list covers all
//! of them; checking the list exactly, the narrow phase, is left to the callers.

use super::quadtree::{Cell, Quadtree, max, min};

/// Largest number of nodes that share one walk of the tree (see [`groups`]). Measured on
/// the 1,000-node benchmark graph, whole runs: 16 is fastest, 8 is 2% and 4 6% slower,
/// 32 slower again.
const GROUP: u32 = 16;

/// A cell's bounding box and largest radius.
#[derive(Debug, Clone, Copy, Default)]
struct Extent {
    x_min: f64,
    y_min: f64,
    x_max: f64,
    y_max: f64,
    radius: f64,
}

/// Per-cell boxes and the current candidate list, kept between ticks.
#[derive(Debug, Default)]
pub(super) struct Candidates {
    extents: Vec<Extent>,
    list: Vec<u32>,
}

impl Candidates {
    /// Room for `n` nodes: fewer than 2n cells, and at most n candidates, so that no
    /// tick allocates.
    pub(super) fn new(n: usize) -> Self {
        Self {
            extents: Vec::with_capacity(2 * n),
            list: Vec::with_capacity(n),
        }
    }

    /// Bounds each of the tree's cells, taking node `i` to be a circle of `radius[i]`
    /// around `point(i)`.
    ///
    /// `point` need not give the positions the tree was built from: the collision force
    /// bounds where nodes are about to be, using the tree the many-body force built from
    /// where they are, which saves building a second tree on every tick. The boxes are
    /// exact either way, so no pair is missed; the walk stays short because the two sets
    /// of positions are close.
    pub(super) fn bound(
        &mut self,
        tree: &Quadtree,
        radius: &[f64],
        point: impl Fn(usize) -> (f64, f64),
    ) {
        let (cells, order) = (tree.cells(), tree.order());
        self.extents.clear();
        self.extents.resize(cells.len(), Extent::default());
        // Children always come after their parent, so a reverse sweep sees them first.
        for c in (0..cells.len()).rev() {
            let cell = cells[c];
            let mut extent = Extent {
                x_min: f64::INFINITY,
                y_min: f64::INFINITY,
                x_max: f64::NEG_INFINITY,
                y_max: f64::NEG_INFINITY,
                radius: 0.0,
            };
            if cell.skip as usize == c + 1 {
                for &i in &order[cell.start as usize..cell.end as usize] {
                    let (x, y) = point(i as usize);
                    extent.x_min = min(extent.x_min, x);
                    extent.y_min = min(extent.y_min, y);
                    extent.x_max = max(extent.x_max, x);
                    extent.y_max = max(extent.y_max, y);
                    extent.radius = max(extent.radius, radius[i as usize]);
                }
            } else {
                let mut child = c + 1;
                while child < cell.skip as usize {
                    let inner = self.extents[child];
                    extent.x_min = min(extent.x_min, inner.x_min);
                    extent.y_min = min(extent.y_min, inner.y_min);
                    extent.x_max = max(extent.x_max, inner.x_max);
                    extent.y_max = max(extent.y_max, inner.y_max);
                    extent.radius = max(extent.radius, inner.radius);
                    child = cells[child].skip as usize;
                }
            }
            self.extents[c] = extent;
        }
    }

    /// The sorted positions (see [`Quadtree::order`]) of every node whose circle might
    /// touch the circle of a node in cell `g`, the group's own nodes included.
    pub(super) fn list(&mut self, cells: &[Cell], g: usize) -> &[u32] {
        // Split borrows: with the boxes as a plain shared slice, the compiler knows that
        // growing the list cannot move them, which measurably speeds up the loop.
        let (extents, list): (&[Extent], _) = (&self.extents, &mut self.list);
        list.clear();
        let mut c = 0;
        while c < cells.len() {
            let cell = &cells[c];
            if !within_reach(&extents[c], &extents[g]) {
                c = cell.skip as usize;
            } else if cell.skip as usize == c + 1 || c == g {
                list.extend(cell.start..cell.end);
                c = cell.skip as usize;
            } else {
                c += 1;
            }
        }
        list
    }
}

/// The cells whose nodes share one walk: those with at most [`GROUP`] nodes whose parent
/// has more. They cover every node exactly once.
pub(super) fn groups(cells: &[Cell]) -> impl Iterator<Item = usize> + '_ {
    let mut g = 0;
    std::iter::from_fn(move || {
        while g < cells.len() && cells[g].end - cells[g].start > GROUP {
            g += 1;
        }
        let group = (g < cells.len()).then_some(g)?;
        g = cells[group].skip as usize;
        Some(group)
    })
}

/// Whether any circle in one cell can touch any circle in the other.
#[inline(always)] // The release profile optimises for size, which would not inline this.
fn within_reach(a: &Extent, b: &Extent) -> bool {
    let reach = a.radius + b.radius;
    a.x_max + reach >= b.x_min
        && a.x_min - reach <= b.x_max
        && a.y_max + reach >= b.y_min
        && a.y_min - reach <= b.y_max
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::layout::rng::Lcg;

    fn scattered(n: usize, seed: u64) -> (Vec<(f64, f64)>, Vec<f64>) {
        let mut rng = Lcg::new(seed);
        let points = (0..n)
            .map(|_| (rng.next_f64() * 300.0, rng.next_f64() * 300.0))
            .collect();
        let radius = (0..n).map(|_| 1.0 + 9.0 * rng.next_f64()).collect();
        (points, radius)
    }

    #[test]
    fn groups_cover_every_node_exactly_once() {
        let (points, _) = scattered(500, 1);
        let mut tree = Quadtree::default();
        tree.rebuild(points.len(), |i| points[i]);
        let mut seen = vec![0; points.len()];
        for g in groups(tree.cells()) {
            let cell = tree.cells()[g];
            assert!(cell.end - cell.start <= GROUP);
            for &node in &tree.order()[cell.start as usize..cell.end as usize] {
                seen[node as usize] += 1;
            }
        }
        assert!(seen.iter().all(|&count| count == 1));
    }

    #[test]
    fn list_includes_every_node_within_reach_of_the_group() {
        let (points, radius) = scattered(500, 2);
        let mut tree = Quadtree::default();
        tree.rebuild(points.len(), |i| points[i]);
        let mut candidates = Candidates::new(points.len());
        candidates.bound(&tree, &radius, |i| points[i]);
        let (cells, order) = (tree.cells(), tree.order());
        for g in groups(cells) {
            let listed: Vec<usize> = candidates
                .list(cells, g)
                .iter()
                .map(|&q| order[q as usize] as usize)
                .collect();
            for &i in &order[cells[g].start as usize..cells[g].end as usize] {
                let i = i as usize;
                for j in 0..points.len() {
                    let d = (points[i].0 - points[j].0).hypot(points[i].1 - points[j].1);
                    if d < radius[i] + radius[j] {
                        assert!(listed.contains(&j), "{j} touches {i} but is not listed");
                    }
                }
            }
        }
    }

    #[test]
    fn largest_radius_propagates_to_the_root() {
        let (points, _) = scattered(50, 3);
        let mut tree = Quadtree::default();
        tree.rebuild(points.len(), |i| points[i]);
        let radius: Vec<f64> = (0..50).map(|i| i as f64 * 0.5).collect();
        let mut candidates = Candidates::new(50);
        candidates.bound(&tree, &radius, |i| points[i]);
        assert_eq!(candidates.extents[0].radius, 24.5);
    }
}
