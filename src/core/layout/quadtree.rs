//! A point quadtree in one flat vector, rebuilt on every tick.
//!
//! Both the many-body force and the collision force ask, for every node, "which nodes
//! are near, and what do the far ones add up to?". A quadtree answers in O(log n) per
//! node, but only fast if walking the tree is cheap. A first version built like
//! d3-quadtree (points inserted one by one, cells walked with a stack) spent about 15
//! times longer per cell visited than on the force arithmetic itself. So this tree is
//! built differently, with the same cells as far as the forces can tell:
//!
//! - Each point gets a Morton key (its quantised x and y bits interleaved), and sorting
//!   by key lists the points in depth-first order, so every cell's points form one
//!   contiguous range of the sorted list.
//! - Cells are stored in depth-first order too, each with the index just past its
//!   subtree. A walk is then a loop over one vector: descend with `+ 1`, skip a subtree
//!   by jumping to [`Cell::skip`]. No stack, no recursion, no allocation.
//! - Cells with a single child are left out (a "compressed" quadtree): they hold the same
//!   points as their child and d3 would only have passed through them.
//!
//! Points whose quantised keys are equal (closer than about 1/2³¹ of the tree's width)
//! share a leaf, which plays the part of d3's chains of coincident points.

use super::morton::{self, BITS};

/// One square of the tree, holding the contiguous range `start .. end` of sorted points.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Cell {
    /// First sorted point in this cell.
    pub(super) start: u32,
    /// One past the last sorted point in this cell.
    pub(super) end: u32,
    /// The index of the next cell after this one's subtree.
    pub(super) skip: u32,
    /// Width of the cell's square; zero for a leaf, whose points all but coincide.
    pub(super) size: f64,
    /// Number of points in the cell, once [`Quadtree::accumulate_mass`] has run.
    pub(super) mass: f64,
    /// Centre of mass (x), once [`Quadtree::accumulate_mass`] has run.
    pub(super) cx: f64,
    /// Centre of mass (y), once [`Quadtree::accumulate_mass`] has run.
    pub(super) cy: f64,
}

/// A quadtree over `n` points, reusable across rebuilds without reallocating.
#[derive(Debug, Default)]
pub(super) struct Quadtree {
    cells: Vec<Cell>,
    /// `(key, node)` pairs, kept in last build's order because positions change little
    /// between ticks, which makes the next sort cheaper.
    keys: Vec<(u64, u32)>,
    /// The node at each sorted position.
    order: Vec<u32>,
    /// Each sorted position's point.
    px: Vec<f64>,
    py: Vec<f64>,
    size: f64,
}

impl Quadtree {
    /// Rebuilds the tree over the points `point(0) .. point(n - 1)`.
    pub(super) fn rebuild(&mut self, n: usize, point: impl Fn(usize) -> (f64, f64)) {
        self.cells.clear();
        // Every internal cell has at least two children, so there are fewer than 2n
        // cells; reserving that once means no later rebuild allocates.
        self.cells.reserve(2 * n);
        if self.keys.len() != n {
            self.keys.clear();
            self.keys.extend((0..n as u32).map(|i| (0, i)));
        }
        let (mut x0, mut y0) = (f64::INFINITY, f64::INFINITY);
        let (mut x1, mut y1) = (f64::NEG_INFINITY, f64::NEG_INFINITY);
        for i in 0..n {
            let (x, y) = point(i);
            (x0, y0) = (min(x0, x), min(y0, y));
            (x1, y1) = (max(x1, x), max(y1, y));
        }
        if n == 0 {
            self.order.clear();
            self.px.clear();
            self.py.clear();
            return;
        }
        // A square root cell, a hair larger than the points' extent so that the largest
        // coordinate still quantises below 2^31.
        let size = (x1 - x0).max(y1 - y0) * (1.0 + 1e-9);
        self.size = if size > 0.0 && size.is_finite() {
            size
        } else {
            1.0
        };
        let scale = f64::from(1u32 << BITS) / self.size;
        let top = f64::from((1u32 << BITS) - 1);
        for entry in &mut self.keys {
            let (x, y) = point(entry.1 as usize);
            // `as` saturates and maps NaN to zero, so no input can make this panic.
            let qx = min(top, (x - x0) * scale) as u32;
            let qy = min(top, (y - y0) * scale) as u32;
            entry.0 = morton::key(qx, qy);
        }
        morton::sort_nearly_sorted(&mut self.keys);
        self.order.clear();
        self.px.clear();
        self.py.clear();
        for &(_, i) in &self.keys {
            let (x, y) = point(i as usize);
            self.order.push(i);
            self.px.push(x);
            self.py.push(y);
        }
        self.build(0, n);
    }

    /// Appends the subtree over sorted points `lo .. hi` in depth-first order.
    fn build(&mut self, lo: usize, hi: usize) {
        let index = self.cells.len();
        self.cells.push(Cell {
            start: lo as u32,
            end: hi as u32,
            ..Cell::default()
        });
        let (first, last) = (self.keys[lo].0, self.keys[hi - 1].0);
        if first != last {
            // The keys share their leading digits down to the level where they diverge;
            // that level's square is this cell, and its quadrants are its children.
            let level = ((first ^ last).leading_zeros() - (64 - 2 * BITS)) / 2;
            self.cells[index].size = self.size * f64::from_bits(u64::from(1023 - level) << 52);
            let shift = 2 * (BITS - 1 - level);
            let mut start = lo;
            for quadrant in 0..4 {
                let end = start
                    + self.keys[start..hi].partition_point(|k| (k.0 >> shift) & 3 <= quadrant);
                if end > start {
                    self.build(start, end);
                }
                start = end;
            }
        }
        self.cells[index].skip = self.cells.len() as u32;
    }

    /// Computes every cell's point count and centre of mass.
    pub(super) fn accumulate_mass(&mut self) {
        // Children always come after their parent, so a reverse sweep sees them first.
        for c in (0..self.cells.len()).rev() {
            let cell = self.cells[c];
            let (mut mass, mut sx, mut sy) = (0.0, 0.0, 0.0);
            if cell.skip as usize == c + 1 {
                for p in cell.start as usize..cell.end as usize {
                    mass += 1.0;
                    sx += self.px[p];
                    sy += self.py[p];
                }
            } else {
                let mut child = c + 1;
                while child < cell.skip as usize {
                    let inner = &self.cells[child];
                    mass += inner.mass;
                    sx += inner.mass * inner.cx;
                    sy += inner.mass * inner.cy;
                    child = inner.skip as usize;
                }
            }
            let cell = &mut self.cells[c];
            (cell.mass, cell.cx, cell.cy) = (mass, sx / mass, sy / mass);
        }
    }

    /// The cells in depth-first order; the root, if any, is first.
    pub(super) fn cells(&self) -> &[Cell] {
        &self.cells
    }

    /// The node at each sorted position.
    pub(super) fn order(&self) -> &[u32] {
        &self.order
    }

    /// The points in sorted order, as the tree saw them: x, then y.
    pub(super) fn points(&self) -> (&[f64], &[f64]) {
        (&self.px, &self.py)
    }
}

/// `f64::min`, which the size-optimised build calls out of line, done inline. Like
/// `f64::min` it ignores a NaN `b`, so one NaN point cannot spoil the tree's bounds.
#[inline(always)]
pub(super) fn min(a: f64, b: f64) -> f64 {
    if b < a { b } else { a }
}

/// `f64::max` done inline; it ignores a NaN `b`, like [`min`].
#[inline(always)]
pub(super) fn max(a: f64, b: f64) -> f64 {
    if b > a { b } else { a }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::layout::rng::Lcg;

    fn random_points(n: usize, seed: u64) -> Vec<(f64, f64)> {
        let mut rng = Lcg::new(seed);
        (0..n)
            .map(|_| (rng.next_f64() * 500.0 - 250.0, rng.next_f64() * 300.0))
            .collect()
    }

    fn build(points: &[(f64, f64)]) -> Quadtree {
        let mut tree = Quadtree::default();
        tree.rebuild(points.len(), |i| points[i]);
        tree.accumulate_mass();
        tree
    }

    /// The leaves, as (cell index, cell).
    fn leaves(tree: &Quadtree) -> impl Iterator<Item = (usize, &Cell)> {
        let cells = tree.cells();
        cells
            .iter()
            .enumerate()
            .filter(|(c, cell)| cell.skip as usize == c + 1)
    }

    #[test]
    fn every_point_lies_in_exactly_one_leaf_with_only_coincident_company() {
        let points = random_points(300, 1);
        let tree = build(&points);
        let mut seen = vec![0; points.len()];
        for (_, leaf) in leaves(&tree) {
            let members = &tree.order()[leaf.start as usize..leaf.end as usize];
            let (x0, y0) = points[members[0] as usize];
            for &node in members {
                seen[node as usize] += 1;
                let (x, y) = points[node as usize];
                assert!((x - x0).abs() < 1e-6 && (y - y0).abs() < 1e-6);
            }
        }
        assert!(seen.iter().all(|&count| count == 1));
    }

    #[test]
    fn root_mass_equals_point_count_and_centre_is_the_mean() {
        let points = random_points(257, 2);
        let tree = build(&points);
        let root = tree.cells()[0];
        assert_eq!(root.mass, 257.0);
        let mean_x = points.iter().map(|p| p.0).sum::<f64>() / 257.0;
        let mean_y = points.iter().map(|p| p.1).sum::<f64>() / 257.0;
        assert!((root.cx - mean_x).abs() < 1e-9 && (root.cy - mean_y).abs() < 1e-9);
    }

    #[test]
    fn children_partition_their_parent_and_follow_it_in_depth_first_order() {
        let tree = build(&random_points(200, 3));
        let cells = tree.cells();
        for (c, cell) in cells.iter().enumerate() {
            assert_eq!(cell.mass, f64::from(cell.end - cell.start));
            if cell.skip as usize == c + 1 {
                continue;
            }
            let (mut child, mut covered, mut children) = (c + 1, cell.start, 0);
            while child < cell.skip as usize {
                assert_eq!(cells[child].start, covered, "children are contiguous");
                assert!(cells[child].size < cell.size, "children are smaller");
                covered = cells[child].end;
                children += 1;
                child = cells[child].skip as usize;
            }
            assert_eq!(covered, cell.end);
            assert!(
                (2..=4).contains(&children),
                "compressed: no single-child cells"
            );
        }
        assert_eq!(cells[0].skip as usize, cells.len());
    }

    #[test]
    fn cells_are_squares_of_halving_width() {
        let tree = build(&random_points(100, 4));
        let root = tree.cells()[0].size;
        for cell in tree.cells().iter().filter(|cell| cell.size > 0.0) {
            let ratio = root / cell.size;
            assert_eq!(ratio, ratio.round(), "power of two");
            assert!((ratio as u64).is_power_of_two());
        }
    }

    #[test]
    fn coincident_points_share_one_leaf() {
        let points = [(1.0, 1.0), (5.0, 5.0), (1.0, 1.0), (1.0, 1.0)];
        let tree = build(&points);
        let sizes: Vec<u32> = leaves(&tree)
            .map(|(_, leaf)| leaf.end - leaf.start)
            .collect();
        assert_eq!(sizes, vec![3, 1]);
        assert_eq!(tree.cells()[0].mass, 4.0);
    }

    #[test]
    fn points_one_ulp_apart_share_a_leaf_instead_of_splitting_forever() {
        let x = 1.0_f64;
        let points = [(x, x), (f64::from_bits(x.to_bits() + 1), x), (1000.0, 0.0)];
        let tree = build(&points);
        assert_eq!(tree.cells().len(), 3);
        assert_eq!(leaves(&tree).count(), 2);
    }

    #[test]
    fn rebuilding_with_fewer_points_forgets_the_old_ones() {
        let mut tree = Quadtree::default();
        let many = random_points(100, 6);
        tree.rebuild(100, |i| many[i]);
        tree.rebuild(3, |i| many[i]);
        tree.accumulate_mass();
        assert_eq!(tree.cells()[0].mass, 3.0);
        tree.rebuild(0, |i| many[i]);
        assert!(tree.cells().is_empty());
    }

    #[test]
    fn non_finite_points_do_not_panic() {
        let points = [(f64::NAN, 0.0), (1.0, f64::INFINITY), (2.0, 2.0)];
        let tree = build(&points);
        assert_eq!(tree.cells()[0].mass, 3.0);
    }
}
