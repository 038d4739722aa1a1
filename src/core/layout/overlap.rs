//! Removing the overlaps the simulation leaves behind.
//!
//! The collision force is one nudge among several and stops when alpha runs out, so a
//! jammed cluster can end with circles overlapping by a little (a few hundredths of a
//! unit in the benchmark graph). This pass moves positions directly, pair by pair, until
//! no two circles overlap by more than a tolerance. It runs once, after convergence,
//! when every other force has gone quiet, so it cannot be undone by them.

use super::candidates::{Candidates, groups};
use super::collide::shares;
use super::quadtree::Quadtree;
use super::rng::Lcg;

/// How far past touching the clean-up pushes a pair, as a multiple of the overlap.
/// Pushing exactly to touching (1.0) converges slowly in jammed clusters, because each
/// push creates a new, slightly smaller overlap next door: on the benchmark graph it
/// took 26 rounds to get below 0.001. Over-relaxing by 1.6 reached zero overlap in 8,
/// leaving gaps of at most 0.6 times the overlap removed, far below a pixel there.
const OVER_RELAXATION: f64 = 1.6;

/// The clean-up pass, holding its candidate lists between rounds.
#[derive(Debug, Default)]
pub(super) struct Overlap {
    candidates: Candidates,
}

impl Overlap {
    /// The pass for `n` nodes, with room reserved so that no round allocates.
    pub(super) fn new(n: usize) -> Self {
        Self {
            candidates: Candidates::new(n),
        }
    }

    /// Moves overlapping nodes apart until no pair overlaps by more than `tolerance`, or
    /// `max_rounds` rounds have run.
    ///
    /// Returns the largest overlap found at the start of the last round. That round then
    /// corrects it, so what is left is smaller still, apart from pairs that are both pinned.
    #[allow(clippy::too_many_arguments)] // The simulation's arrays, passed as slices.
    pub(super) fn resolve(
        &mut self,
        tree: &mut Quadtree,
        x: &mut [f64],
        y: &mut [f64],
        radius: &[f64],
        pinned: &[bool],
        tolerance: f64,
        max_rounds: usize,
        rng: &mut Lcg,
    ) -> f64 {
        let mut worst = f64::INFINITY;
        for _ in 0..max_rounds {
            worst = self.separate_once(tree, x, y, radius, pinned, rng);
            if worst <= tolerance {
                break;
            }
        }
        worst
    }

    /// One round of direct separation, Gauss–Seidel style: each pair is corrected using
    /// positions as already corrected earlier in the round, which converges much faster
    /// than correcting everything from the round's starting positions. Returns the
    /// largest overlap among movable pairs at the round's start.
    #[allow(clippy::too_many_arguments)] // The simulation's arrays, passed as slices.
    fn separate_once(
        &mut self,
        tree: &mut Quadtree,
        x: &mut [f64],
        y: &mut [f64],
        radius: &[f64],
        pinned: &[bool],
        rng: &mut Lcg,
    ) -> f64 {
        tree.rebuild(x.len(), |i| (x[i], y[i]));
        self.candidates.bound(tree, radius, |i| (x[i], y[i]));
        let (cells, order) = (tree.cells(), tree.order());
        // Candidates are found, and overlaps measured, at the round's starting positions
        // (the tree's), so the measurement misses no pair.
        let (sx, sy) = tree.points();
        let mut worst: f64 = 0.0;
        for g in groups(cells) {
            let candidates = self.candidates.list(cells, g);
            for p in cells[g].start as usize..cells[g].end as usize {
                let i = order[p] as usize;
                let ri = radius[i];
                for &q in candidates {
                    let (q, j) = (q as usize, order[q as usize] as usize);
                    if j <= i {
                        continue;
                    }
                    let r = ri + radius[j];
                    let Some((share_i, share_j)) = shares(i, j, ri, radius[j], pinned) else {
                        continue;
                    };
                    let start =
                        (sx[p] - sx[q]) * (sx[p] - sx[q]) + (sy[p] - sy[q]) * (sy[p] - sy[q]);
                    if start < r * r {
                        worst = worst.max(r - start.sqrt());
                    }
                    let (dx, dy) = (x[i] - x[j], y[i] - y[j]);
                    if dx * dx + dy * dy >= r * r {
                        continue;
                    }
                    let (dx, dy) = rng.separate(dx, dy);
                    let d = (dx * dx + dy * dy).sqrt();
                    let push = (r - d) / d * OVER_RELAXATION;
                    x[i] += dx * push * share_i;
                    y[i] += dy * push * share_i;
                    x[j] -= dx * push * share_j;
                    y[j] -= dy * push * share_j;
                }
            }
        }
        worst
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_leaves_no_overlap_in_a_crowded_pile() {
        let mut rng = Lcg::new(9);
        let n = 60;
        let (mut x, mut y): (Vec<f64>, Vec<f64>) = (0..n)
            .map(|_| (rng.next_f64() * 20.0, rng.next_f64() * 20.0))
            .unzip();
        (x[1], y[1]) = (x[0], y[0]);
        let radius: Vec<f64> = (0..n).map(|i| 2.0 + (i % 5) as f64).collect();
        let pinned = vec![false; n];
        let mut tree = Quadtree::default();
        let left = Overlap::default().resolve(
            &mut tree, &mut x, &mut y, &radius, &pinned, 1e-6, 500, &mut rng,
        );
        assert!(left <= 1e-6, "largest overlap reported {left}");
        for i in 0..n {
            for j in i + 1..n {
                let d = (x[i] - x[j]).hypot(y[i] - y[j]);
                assert!(d >= radius[i] + radius[j] - 1e-5, "{i} and {j} overlap");
            }
        }
    }

    #[test]
    fn resolve_never_moves_pinned_nodes() {
        let (mut x, mut y) = (vec![0.0, 1.0, 2.0], vec![0.0, 0.0, 0.0]);
        let mut tree = Quadtree::default();
        let pinned = [true, false, false];
        Overlap::default().resolve(
            &mut tree,
            &mut x,
            &mut y,
            &[3.0; 3],
            &pinned,
            1e-6,
            100,
            &mut Lcg::new(1),
        );
        assert_eq!((x[0], y[0]), (0.0, 0.0));
        assert!(x[1].hypot(y[1]) >= 6.0 - 1e-5);
    }
}
