//! Collision, after d3's `forceCollide`.
//!
//! Nodes are circles, and a readable picture has no two circles overlapping. The
//! collision force works like d3's: it looks at where nodes are about to be (position
//! plus velocity), finds overlapping pairs through a quadtree whose cells know the
//! largest radius below them, and pushes each pair apart, the smaller circle moving more.
//! That force is one nudge among several, so a dense cluster can still end with slight
//! overlaps when alpha runs out; `overlap.rs` removes those afterwards.

use super::candidates::{Candidates, groups};
use super::quadtree::Quadtree;
use super::rng::Lcg;

/// The collision force, holding its candidate lists between ticks.
#[derive(Debug, Default)]
pub(super) struct Collide {
    candidates: Candidates,
}

/// The shares of a correction that nodes `i` and `j` take. A pinned node cannot move,
/// so its partner takes the whole correction (d3 would waste the pinned node's share).
#[inline(always)] // The release profile optimises for size, which would not inline this.
pub(super) fn shares(i: usize, j: usize, ri: f64, rj: f64, pinned: &[bool]) -> Option<(f64, f64)> {
    match (pinned[i], pinned[j]) {
        (true, true) => None,
        (true, false) => Some((0.0, 1.0)),
        (false, true) => Some((1.0, 0.0)),
        (false, false) => {
            // d3 weights by area: the larger circle moves less.
            let (ri2, rj2) = (ri * ri, rj * rj);
            let share_i = rj2 / (ri2 + rj2);
            Some((share_i, 1.0 - share_i))
        }
    }
}

impl Collide {
    /// The force for `n` nodes, with room reserved so that no tick allocates.
    pub(super) fn new(n: usize) -> Self {
        Self {
            candidates: Candidates::new(n),
        }
    }

    /// Adds collision corrections to velocities, as d3's `forceCollide` does.
    ///
    /// Candidates come from `candidates.rs`, one short list per small group of nodes;
    /// each member checks that list. d3's rules are kept: positions are predicted
    /// (position plus velocity), each pair is handled once by its lower index, and
    /// corrections land in the velocities at once, so later pairs see them.
    ///
    /// `tree` may be built over any positions near the predicted ones; the simulation
    /// passes the one the many-body force built from the current positions.
    #[allow(clippy::too_many_arguments)] // The simulation's arrays, passed as slices.
    pub(super) fn apply(
        &mut self,
        tree: &Quadtree,
        x: &[f64],
        y: &[f64],
        vx: &mut [f64],
        vy: &mut [f64],
        radius: &[f64],
        pinned: &[bool],
        strength: f64,
        rng: &mut Lcg,
    ) {
        self.candidates
            .bound(tree, radius, |i| (x[i] + vx[i], y[i] + vy[i]));
        let (cells, order) = (tree.cells(), tree.order());
        for g in groups(cells) {
            let candidates = self.candidates.list(cells, g);
            for &i in &order[cells[g].start as usize..cells[g].end as usize] {
                let i = i as usize;
                let ri = radius[i];
                let (xi, yi) = (x[i] + vx[i], y[i] + vy[i]);
                for &q in candidates {
                    // Each pair once, handled by its lower index, as in d3.
                    let j = order[q as usize] as usize;
                    if j <= i {
                        continue;
                    }
                    let (rj, r) = (radius[j], ri + radius[j]);
                    let (dx, dy) = (xi - x[j] - vx[j], yi - y[j] - vy[j]);
                    if dx * dx + dy * dy >= r * r {
                        continue;
                    }
                    let Some((share_i, share_j)) = shares(i, j, ri, rj, pinned) else {
                        continue;
                    };
                    let (dx, dy) = rng.separate(dx, dy);
                    let d = (dx * dx + dy * dy).sqrt();
                    let push = (r - d) / d * strength;
                    let (dx, dy) = (dx * push, dy * push);
                    vx[i] += dx * share_i;
                    vy[i] += dy * share_i;
                    vx[j] -= dx * share_j;
                    vy[j] -= dy * share_j;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The velocity changes one application of the force makes, from rest.
    fn push(x: &[f64], y: &[f64], radius: &[f64], pinned: &[bool]) -> (Vec<f64>, Vec<f64>) {
        let n = x.len();
        let (mut vx, mut vy) = (vec![0.0; n], vec![0.0; n]);
        let mut tree = Quadtree::default();
        tree.rebuild(n, |i| (x[i], y[i]));
        let mut rng = Lcg::new(0);
        Collide::default().apply(&tree, x, y, &mut vx, &mut vy, radius, pinned, 1.0, &mut rng);
        (vx, vy)
    }

    #[test]
    fn overlapping_pair_is_pushed_apart_along_the_line_between_them() {
        let (vx, vy) = push(&[0.0, 6.0], &[0.0, 0.0], &[5.0, 5.0], &[false; 2]);
        assert_eq!((vx, vy), (vec![-2.0, 2.0], vec![0.0, 0.0]));
    }

    #[test]
    fn larger_circle_moves_less() {
        let (vx, _) = push(&[0.0, 9.0], &[0.0, 0.0], &[8.0, 4.0], &[false; 2]);
        assert!(vx[0] < 0.0 && vx[1] > 0.0);
        assert!((vx[0] / vx[1] + 0.25).abs() < 1e-12, "areas 64 : 16");
    }

    #[test]
    fn separated_nodes_are_left_alone() {
        let (vx, vy) = push(&[0.0, 10.5], &[0.0, 0.0], &[5.0, 5.0], &[false; 2]);
        assert_eq!((vx, vy), (vec![0.0; 2], vec![0.0; 2]));
    }

    #[test]
    fn pinned_partner_makes_the_free_node_take_the_whole_push() {
        let (vx, _) = push(&[0.0, 6.0], &[0.0, 0.0], &[5.0, 5.0], &[true, false]);
        assert_eq!(vx, vec![0.0, 4.0]);
    }

    #[test]
    fn every_overlapping_pair_among_many_is_found_and_pushed_like_a_lone_pair() {
        // Well-separated spots on a grid, each holding one node or an overlapping pair,
        // so that no push can affect another spot: each pair must get exactly the push
        // it would get alone, and lone nodes nothing.
        let mut rng = Lcg::new(4);
        let (mut x, mut y, mut radius, mut pairs) = (vec![], vec![], vec![], vec![]);
        for spot in 0..400 {
            let (cx, cy) = ((spot % 20) as f64 * 60.0, (spot / 20) as f64 * 60.0);
            x.push(cx + rng.next_f64());
            y.push(cy + rng.next_f64());
            radius.push(2.0 + 8.0 * rng.next_f64());
            if rng.next_f64() < 0.5 {
                let (ux, uy) = rng.unit_vector();
                let r = 2.0 + 8.0 * rng.next_f64();
                let d = (radius[radius.len() - 1] + r) * rng.next_f64();
                pairs.push(x.len() - 1);
                x.push(x[x.len() - 1] + ux * d);
                y.push(y[y.len() - 1] + uy * d);
                radius.push(r);
            }
        }
        let n = x.len();
        let (vx, vy) = push(&x, &y, &radius, &vec![false; n]);
        let mut expected = (vec![0.0; n], vec![0.0; n]);
        for &i in &pairs {
            let (j, r) = (i + 1, radius[i] + radius[i + 1]);
            let (dx, dy) = (x[i] - x[j], y[i] - y[j]);
            let d = dx.hypot(dy);
            let share_i = radius[j].powi(2) / (radius[i].powi(2) + radius[j].powi(2));
            let push = (r - d) / d;
            (expected.0[i], expected.1[i]) = (dx * push * share_i, dy * push * share_i);
            (expected.0[j], expected.1[j]) =
                (-dx * push * (1.0 - share_i), -dy * push * (1.0 - share_i));
        }
        for i in 0..n {
            assert!(
                (vx[i] - expected.0[i]).abs() < 1e-9 && (vy[i] - expected.1[i]).abs() < 1e-9,
                "node {i}"
            );
        }
    }
}
