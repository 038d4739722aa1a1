//! Removing the overlaps the simulation leaves behind.
//!
//! The collision force is one nudge among several and stops when alpha runs out, so a
//! jammed cluster can end with circles overlapping. Around a hub the links pull hundreds
//! of neighbours into a disk too small for them: on the browser benchmark's network
//! (1,009 nodes) about 1,000 pairs still overlap after the last tick, by up to 1.6 units.
//! This pass moves positions directly, pair by pair, until no two circles overlap by more
//! than a tolerance. It runs once, after convergence, when every other force has gone
//! quiet, so it cannot be undone by them.

use super::candidates::{Candidates, groups};
use super::collide::shares;
use super::quadtree::Quadtree;
use super::rng::Lcg;

/// How far past touching the clean-up pushes a pair, as a multiple of the overlap.
///
/// Pushing exactly to touching (1.0) converges slowly in a jam, because each push
/// creates a new, slightly smaller overlap next door, and the crowd as a whole has to
/// grow; as in successive over-relaxation of a linear system, the larger the crowd, the
/// closer to 2 the best factor. Rounds to clear the leftovers of ten seeded networks
/// (the browser benchmark's, the 10,000-event fixture's, and eight of 100 to 2,000 nodes
/// made as `benches/core.rs` makes its graphs; capped at 100 each), on 25 Nov 2026:
///
/// | factor | 1.6 | 1.75 | 1.8 | 1.85 | 1.9 | 1.95 |
/// |---|---|---|---|---|---|---|
/// | rounds in all | 662 | 605 | 412 | 359 | 345 | 348 |
///
/// At 1.6, six of the ten ran out of rounds; at 1.9 none did, and the browser
/// benchmark's layout took 66 ms instead of 82 (native). A push leaves a gap of at most
/// 0.9 times the overlap it removed: on that network at most 1.5 units, where the
/// network view's circles keep 8 units of room around them for their names.
const OVER_RELAXATION: f64 = 1.9;

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
    fn jammed_disk_of_500_circles_clears_within_80_rounds() {
        // 500 circles dropped at random into a disk with room for about half of them,
        // like a hub's neighbours pulled in by their links. Measured: 59 rounds at an
        // over-relaxation of 1.9, 193 at 1.6.
        let n = 500;
        let mut rng = Lcg::new(3);
        let radius: Vec<f64> = (0..n).map(|i| 10.0 + (i % 7) as f64).collect();
        let area: f64 = radius.iter().map(|r| r * r).sum();
        let disk = (area / 0.8).sqrt() * 0.8;
        let (mut x, mut y): (Vec<f64>, Vec<f64>) = (0..n)
            .map(|_| {
                let angle = rng.next_f64() * std::f64::consts::TAU;
                let from_centre = disk * rng.next_f64().sqrt();
                (from_centre * angle.cos(), from_centre * angle.sin())
            })
            .unzip();
        let pinned = vec![false; n];
        let left = Overlap::default().resolve(
            &mut Quadtree::default(),
            &mut x,
            &mut y,
            &radius,
            &pinned,
            1e-3,
            80,
            &mut rng,
        );
        assert!(left <= 1e-3, "largest overlap after 80 rounds {left}");
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
