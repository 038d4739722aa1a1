//! Link springs, after d3's `forceLink`.
//!
//! Each link pulls or pushes its two ends towards its rest length. Following d3, a link's
//! stiffness defaults to `1 / min(degree(source), degree(target))`, so that a hub with a
//! hundred links is not pulled a hundred times harder than a leaf, and the correction is
//! shared out by degree: the less connected end moves more, which keeps hubs steady and
//! lets their leaves arrange themselves around them.

use super::graph::Graph;
use super::rng::Lcg;

/// The links in structure-of-arrays form, with their precomputed stiffness and bias.
#[derive(Debug, Clone, Default)]
pub(super) struct Links {
    source: Vec<usize>,
    target: Vec<usize>,
    distance: Vec<f64>,
    strength: Vec<f64>,
    /// The share of the correction the target takes; the source takes the rest.
    bias: Vec<f64>,
}

impl Links {
    /// Precomputes d3's default strength and bias for each of the graph's links.
    ///
    /// Links are applied one after another, each seeing the velocities the previous ones
    /// left, as in d3. Consecutive links that share a node must then wait for each other,
    /// and input lists often group a node's links together. So they are stored in a
    /// fixed scattered order instead, stepping through the input by a stride near the
    /// golden ratio of its length; in the benchmark graph that cut the force's time by 40%.
    pub(super) fn new(graph: &Graph) -> Self {
        let mut links = Self::default();
        let m = graph.links.len();
        let stride = golden_stride(m);
        let mut next = 0;
        for _ in 0..m {
            // Stepping, rather than `k * stride % m`, cannot overflow a 32-bit usize.
            let (source, target, distance) = graph.links[next];
            next = (next + stride) % m;
            let (ds, dt) = (graph.degree(source) as f64, graph.degree(target) as f64);
            links.source.push(source);
            links.target.push(target);
            links.distance.push(distance);
            links.strength.push(1.0 / ds.min(dt));
            links.bias.push(ds / (ds + dt));
        }
        links
    }

    /// Adds each link's spring correction to its ends' velocities.
    pub(super) fn apply(
        &self,
        x: &[f64],
        y: &[f64],
        vx: &mut [f64],
        vy: &mut [f64],
        alpha: f64,
        rng: &mut Lcg,
    ) {
        for k in 0..self.source.len() {
            let (s, t) = (self.source[k], self.target[k]);
            // Like d3, the spring looks at where the ends are about to be, which damps it.
            let (dx, dy) = rng.separate(x[t] + vx[t] - x[s] - vx[s], y[t] + vy[t] - y[s] - vy[s]);
            let l = (dx * dx + dy * dy).sqrt();
            let pull = (l - self.distance[k]) / l * alpha * self.strength[k];
            let (dx, dy) = (dx * pull, dy * pull);
            let bias = self.bias[k];
            vx[t] -= dx * bias;
            vy[t] -= dy * bias;
            vx[s] += dx * (1.0 - bias);
            vy[s] += dy * (1.0 - bias);
        }
    }
}

/// A step through `0 .. m` that visits every index once (it is coprime with `m`) and
/// puts consecutive visits far apart (it is near `m / φ`).
fn golden_stride(m: usize) -> usize {
    let mut stride = ((m as f64 * 0.618_033_988_749_895) as usize).max(1);
    while gcd(stride, m) != 1 {
        stride += 1;
    }
    stride
}

fn gcd(mut a: usize, mut b: usize) -> usize {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::layout::graph::{LayoutLink, LayoutNode};

    fn links(n: usize, pairs: &[(usize, usize)], distance: f64) -> Links {
        let nodes = vec![LayoutNode::new(0.0); n];
        let links: Vec<LayoutLink> = pairs
            .iter()
            .map(|&(source, target)| LayoutLink {
                source,
                target,
                distance,
            })
            .collect();
        Links::new(&Graph::new(&nodes, &links, 30.0))
    }

    #[test]
    fn strength_is_one_over_the_smaller_degree_and_bias_follows_degree() {
        // A star: hub 0 with three leaves.
        let star = links(4, &[(0, 1), (0, 2), (0, 3)], 30.0);
        assert_eq!(star.strength, vec![1.0; 3]);
        assert_eq!(star.bias, vec![0.75; 3]);
    }

    #[test]
    fn golden_stride_visits_every_link_once() {
        for m in [0, 1, 2, 3, 10, 12, 5000] {
            let stride = golden_stride(m);
            let mut seen = vec![false; m];
            for k in 0..m {
                seen[k * stride % m] = true;
            }
            assert!(stride <= m.max(1));
            assert!(seen.iter().all(|&s| s), "m = {m}");
        }
    }

    #[test]
    fn stretched_link_pulls_both_ends_together_equally_when_degrees_match() {
        let pair = links(2, &[(0, 1)], 30.0);
        let (x, y) = ([0.0, 40.0], [0.0, 0.0]);
        let (mut vx, mut vy) = ([0.0; 2], [0.0; 2]);
        pair.apply(&x, &y, &mut vx, &mut vy, 1.0, &mut Lcg::new(0));
        assert_eq!(vx, [5.0, -5.0]);
        assert_eq!(vy, [0.0, 0.0]);
    }

    #[test]
    fn link_at_rest_length_exerts_no_force() {
        let pair = links(2, &[(0, 1)], 30.0);
        let (x, y) = ([0.0, 18.0], [0.0, 24.0]);
        let (mut vx, mut vy) = ([0.0; 2], [0.0; 2]);
        pair.apply(&x, &y, &mut vx, &mut vy, 1.0, &mut Lcg::new(0));
        assert_eq!((vx, vy), ([0.0; 2], [0.0; 2]));
    }

    #[test]
    fn coincident_ends_get_a_finite_push() {
        let pair = links(2, &[(0, 1)], 30.0);
        let (x, y) = ([3.0, 3.0], [3.0, 3.0]);
        let (mut vx, mut vy) = ([0.0; 2], [0.0; 2]);
        pair.apply(&x, &y, &mut vx, &mut vy, 1.0, &mut Lcg::new(0));
        assert!(vx.iter().chain(&vy).all(|v| v.is_finite()));
        assert!(vx[0] != 0.0 || vy[0] != 0.0);
    }
}
