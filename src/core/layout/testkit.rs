//! Seeded test graphs and layout measurements, for tests and benchmarks only.

use super::rng::Lcg;
use super::{LayoutLink, LayoutNode};

/// A link of the usual test length between two nodes.
pub(super) fn link(source: usize, target: usize) -> LayoutLink {
    LayoutLink {
        source,
        target,
        distance: 30.0,
    }
}

/// A seeded graph shaped like an investment network: `n` nodes, exactly `m` links.
///
/// Most links come from preferential attachment (each new node links to up to five
/// earlier nodes, picked in proportion to their degree), which gives the few heavily
/// connected hubs that investor networks have; the rest are uniform random links.
/// Radii grow with a random "size" between 3 and 12.
pub(super) fn investment_network(
    n: usize,
    m: usize,
    seed: u64,
) -> (Vec<LayoutNode>, Vec<LayoutLink>) {
    let mut rng = Lcg::new(seed);
    let pick =
        |rng: &mut Lcg, below: usize| ((rng.next_f64() * below as f64) as usize).min(below - 1);
    let mut links: Vec<LayoutLink> = Vec::with_capacity(m);
    let mut ends: Vec<usize> = Vec::with_capacity(2 * m);
    for v in 1..n {
        for _ in 0..v.min(5) {
            if links.len() == m {
                break;
            }
            // Half the time uniform, half by degree: a node with no links can be chosen.
            let u = if ends.is_empty() || rng.next_f64() < 0.5 {
                pick(&mut rng, v)
            } else {
                ends[pick(&mut rng, ends.len())]
            };
            links.push(link(u, v));
            ends.extend([u, v]);
        }
    }
    while links.len() < m && n > 1 {
        let (u, v) = (pick(&mut rng, n), pick(&mut rng, n));
        if u != v {
            links.push(link(u, v));
        }
    }
    let nodes = (0..n)
        .map(|_| LayoutNode::new(3.0 + 9.0 * rng.next_f64() * rng.next_f64()))
        .collect();
    (nodes, links)
}

/// A seeded graph with `k` planted communities: each link stays inside one community
/// with probability 0.9. Its layout shows at a glance whether clusters were untangled.
pub(super) fn clustered_network(
    n: usize,
    m: usize,
    k: usize,
    seed: u64,
) -> (Vec<LayoutNode>, Vec<LayoutLink>) {
    let mut rng = Lcg::new(seed);
    let pick =
        |rng: &mut Lcg, below: usize| ((rng.next_f64() * below as f64) as usize).min(below - 1);
    let per = n / k;
    let mut links = Vec::with_capacity(m);
    while links.len() < m {
        let u = pick(&mut rng, n);
        let v = if rng.next_f64() < 0.9 {
            (u / per).min(k - 1) * per + pick(&mut rng, per)
        } else {
            pick(&mut rng, n)
        };
        if u != v && v < n {
            links.push(LayoutLink {
                source: u,
                target: v,
                distance: 30.0,
            });
        }
    }
    let nodes = (0..n)
        .map(|_| LayoutNode::new(3.0 + 9.0 * rng.next_f64() * rng.next_f64()))
        .collect();
    (nodes, links)
}

/// For a [`clustered_network`]: the share of each node's ten nearest nodes that belong
/// to its own community, averaged. Untangled clusters score high.
pub(super) fn knn_purity(positions: &[(f64, f64)], k: usize) -> f64 {
    let n = positions.len();
    let per = n / k;
    let community = |i: usize| (i / per).min(k - 1);
    let mut total = 0.0;
    let mut d: Vec<(f64, usize)> = Vec::with_capacity(n);
    for i in 0..n {
        d.clear();
        d.extend((0..n).filter(|&j| j != i).map(|j| {
            let (a, b) = (positions[i], positions[j]);
            ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2), j)
        }));
        d.select_nth_unstable_by(10, |a, b| a.0.total_cmp(&b.0));
        total += d[..10]
            .iter()
            .filter(|e| community(e.1) == community(i))
            .count() as f64
            / 10.0;
    }
    total / n as f64
}

/// The largest amount by which two nodes' circles overlap (zero if none do).
pub(super) fn largest_overlap(positions: &[(f64, f64)], nodes: &[LayoutNode]) -> f64 {
    let mut worst: f64 = 0.0;
    for i in 0..positions.len() {
        for j in i + 1..positions.len() {
            let (a, b) = (positions[i], positions[j]);
            let d = (a.0 - b.0).hypot(a.1 - b.1);
            worst = worst.max(nodes[i].radius + nodes[j].radius - d);
        }
    }
    worst
}
