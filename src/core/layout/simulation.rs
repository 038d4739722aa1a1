//! The simulation loop, after d3's `forceSimulation`.
//!
//! A simulation owns flat arrays of positions and velocities and a "temperature", alpha.
//! Each tick cools alpha towards its target, lets every force add to the velocities
//! (most forces scale with alpha, so the picture calms down as it cools), and then moves
//! every node by its velocity after friction. Pinned nodes are put back on their pins.
//! All scratch memory (the quadtree, interaction and candidate lists) is kept between
//! ticks and sized for the worst case on the first, so later ticks allocate nothing.

use super::center;
use super::clearance::{CLEARANCE_ALPHA, LinkClearance, MAX_CLEARANCE_ROUNDS, NUDGE_EVERY};
use super::collide::Collide;
use super::graph::{Graph, LayoutLink, LayoutNode};
use super::gravity;
use super::link::Links;
use super::many_body::{Charge, ManyBody};
use super::overlap::Overlap;
use super::params::LayoutParams;
use super::placement;
use super::quadtree::Quadtree;
use super::rng::Lcg;

/// Rounds of direct overlap removal after convergence. A small settled layout needs a
/// handful and a 1,000-node one 30 to 50 (`overlap.rs`); the cap matters for piles that
/// cannot be separated, such as pinned overlaps, and for crowds of thousands around one
/// hub: the benchmarks' 5,000-node graph is left overlapping by up to 15 units (10 with
/// the clean-up's earlier over-relaxation of 1.6) rather than take longer.
const MAX_RESOLVE_ROUNDS: usize = 100;

/// A force-directed layout in progress: create it, then [`tick`](Self::tick) it or
/// [`run_to_convergence`](Self::run_to_convergence), then read [`positions`](Self::positions).
#[derive(Debug)]
pub struct Simulation {
    x: Vec<f64>,
    y: Vec<f64>,
    vx: Vec<f64>,
    vy: Vec<f64>,
    radius: Vec<f64>,
    pinned: Vec<Option<(f64, f64)>>,
    is_pinned: Vec<bool>,
    links: Links,
    /// Moving nodes off links not their own, when the nodes ask for it and the graph is
    /// small enough (`clearance.rs`).
    clearance: Option<LinkClearance>,
    /// The quadtree, rebuilt on every tick and shared by many-body and collision.
    tree: Quadtree,
    many_body: ManyBody,
    collide: Collide,
    overlap: Overlap,
    charge: Charge,
    /// The middle of the picture: where gravity pulls, and where centring keeps the mean.
    centre: (f64, f64),
    /// Whether to apply centring; not when pins already fix the frame.
    centring: bool,
    /// Whether any node has a radius, so that collision has anything to do.
    collide_active: bool,
    alpha: f64,
    ticks: usize,
    params: LayoutParams,
    rng: Lcg,
}

impl Simulation {
    /// Sanitises the input, places every node and sets the starting alpha.
    ///
    /// A fresh run starts at [`LayoutParams::alpha_start`]. A run where some nodes keep
    /// their previous positions starts cooler, at [`LayoutParams::alpha_warm`] raised in
    /// proportion to the share of new nodes.
    pub fn new(nodes: &[LayoutNode], links: &[LayoutLink], params: &LayoutParams) -> Self {
        let graph = Graph::new(nodes, links, params.link_distance);
        let mut rng = Lcg::new(params.seed);
        let start = placement::place(&graph, params, &mut rng);
        let n = graph.len();
        let alpha = if start.warm {
            let new_share = start.newcomers as f64 / n as f64;
            params.alpha_warm + (params.alpha_start - params.alpha_warm) * new_share
        } else {
            params.alpha_start
        };
        // A fresh layout is centred on the origin. A warm one stays where it was, so that
        // removing nodes on one side does not slide the whole picture across the screen.
        let centre = if start.warm {
            center::mean(&start.x, &start.y)
        } else {
            (0.0, 0.0)
        };
        let distance_min = params.distance_min.max(0.0);
        Self {
            vx: vec![0.0; n],
            vy: vec![0.0; n],
            collide_active: params.collide_strength > 0.0 && graph.radius.iter().any(|&r| r > 0.0),
            is_pinned: graph.pinned.iter().map(Option::is_some).collect(),
            links: Links::new(&graph),
            clearance: LinkClearance::new(&graph),
            tree: Quadtree::default(),
            many_body: ManyBody::new(n),
            collide: Collide::new(n),
            overlap: Overlap::new(n),
            charge: Charge {
                strength: params.charge,
                theta2: params.theta * params.theta,
                distance_min2: distance_min * distance_min,
                distance_max2: params.distance_max * params.distance_max,
            },
            centre,
            centring: graph.pinned.iter().all(Option::is_none),
            alpha,
            ticks: 0,
            params: params.clone(),
            rng,
            x: start.x,
            y: start.y,
            radius: graph.radius,
            pinned: graph.pinned,
        }
    }

    /// One step of d3's simulation: cool, apply forces, integrate.
    //
    // Never inlined, for the browser's sake: V8 first runs WebAssembly through a quick
    // baseline compiler and swaps in optimised code for a function on its next call. If
    // the ticks were inlined into one long-running caller, the first layout, the one that
    // delays the first paint, would run entirely as baseline code (measured in Node 20:
    // 166 to 196 ms instead of 122 to 132 ms for the 1,000-node benchmark).
    #[inline(never)]
    pub fn tick(&mut self) {
        let p = &self.params;
        self.alpha += (p.alpha_target - self.alpha) * p.alpha_decay;
        let (x, y, vx, vy) = (&mut self.x, &mut self.y, &mut self.vx, &mut self.vy);
        self.links.apply(x, y, vx, vy, self.alpha, &mut self.rng);
        if self.charge.strength != 0.0 || self.collide_active {
            self.tree.rebuild(x.len(), |i| (x[i], y[i]));
        }
        if self.charge.strength != 0.0 {
            self.tree.accumulate_mass();
            let charge = &self.charge;
            self.many_body
                .apply(&self.tree, vx, vy, charge, self.alpha, &mut self.rng);
        }
        if self.collide_active {
            let (radius, pinned, strength) = (&self.radius, &self.is_pinned, p.collide_strength);
            self.collide.apply(
                &self.tree,
                x,
                y,
                vx,
                vy,
                radius,
                pinned,
                strength,
                &mut self.rng,
            );
        }
        if let Some(clearance) = &mut self.clearance
            && self.alpha < CLEARANCE_ALPHA
            && self.ticks.is_multiple_of(NUDGE_EVERY)
        {
            clearance.nudge(x, y, vx, vy);
        }
        if p.gravity != 0.0 {
            gravity::apply(x, y, vx, vy, self.centre, p.gravity * self.alpha);
        }
        if self.centring {
            center::apply(x, y, self.centre);
        }
        // d3's integration: friction first, then move; pinned nodes sit on their pins.
        let retain = 1.0 - p.velocity_decay;
        for i in 0..x.len() {
            if let Some((px, py)) = self.pinned[i] {
                (x[i], y[i], vx[i], vy[i]) = (px, py, 0.0, 0.0);
            } else {
                vx[i] *= retain;
                vy[i] *= retain;
                x[i] += vx[i];
                y[i] += vy[i];
            }
        }
        self.ticks += 1;
    }

    /// Ticks until alpha falls below [`LayoutParams::alpha_min`] or
    /// [`LayoutParams::max_ticks`] ticks have run, then removes any overlap the collision
    /// force left behind and, if asked, moves nodes off links not their own
    /// (`clearance.rs`). Returns the number of ticks this call ran.
    pub fn run_to_convergence(&mut self) -> usize {
        let start = self.ticks;
        // Through an opaque pointer, see `tick`: the release build's `wasm-opt -Oz`
        // inlines any function with a single caller, whatever Rust asked for.
        let tick = std::hint::black_box(Self::tick as fn(&mut Self));
        while !self.is_converged() && self.ticks - start < self.params.max_ticks {
            tick(self);
        }
        let mut moved = self.resolve_overlaps();
        if let Some(mut clearance) = self.clearance.take() {
            for _ in 0..MAX_CLEARANCE_ROUNDS {
                if clearance.clear(&mut self.x, &mut self.y) == 0 {
                    break;
                }
                self.resolve_overlaps();
                moved = true;
            }
            self.clearance = Some(clearance);
        }
        // Neither pass is balanced, so put the mean back where it was.
        if moved && self.centring {
            center::apply(&mut self.x, &mut self.y, self.centre);
        }
        self.ticks - start
    }

    /// Removes any overlap the collision force left behind; returns whether it ran.
    fn resolve_overlaps(&mut self) -> bool {
        if self.collide_active {
            self.overlap.resolve(
                &mut self.tree,
                &mut self.x,
                &mut self.y,
                &self.radius,
                &self.is_pinned,
                self.params.overlap_tolerance,
                MAX_RESOLVE_ROUNDS,
                &mut self.rng,
            );
        }
        self.collide_active
    }

    /// The current temperature. Forces scale with it; the run stops below `alpha_min`.
    pub fn alpha(&self) -> f64 {
        self.alpha
    }

    /// Whether alpha has fallen below [`LayoutParams::alpha_min`].
    pub fn is_converged(&self) -> bool {
        self.alpha < self.params.alpha_min
    }

    /// Ticks run since the simulation was created.
    pub fn ticks(&self) -> usize {
        self.ticks
    }

    /// Each node's position, in input order.
    pub fn positions(&self) -> Vec<(f64, f64)> {
        self.x.iter().copied().zip(self.y.iter().copied()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::layout::testkit::{self, link};

    fn settle(
        nodes: &[LayoutNode],
        links: &[LayoutLink],
        params: &LayoutParams,
    ) -> Vec<(f64, f64)> {
        let mut simulation = Simulation::new(nodes, links, params);
        simulation.run_to_convergence();
        simulation.positions()
    }

    fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
        (a.0 - b.0).hypot(a.1 - b.1)
    }

    #[test]
    fn linked_pair_without_charge_settles_at_the_link_distance_symmetric_about_the_origin() {
        let params = LayoutParams {
            charge: 0.0,
            gravity: 0.0,
            ..LayoutParams::default()
        };
        let p = settle(&[LayoutNode::new(0.0); 2], &[link(0, 1)], &params);
        assert!((distance(p[0], p[1]) - 30.0).abs() < 1e-6);
        assert!((p[0].0 + p[1].0).abs() < 1e-12 && (p[0].1 + p[1].1).abs() < 1e-12);
    }

    #[test]
    fn linked_pair_settles_where_the_spring_balances_repulsion_and_gravity() {
        // Each end feels half the spring, (l - d) / 2, and gravity's g·l / 2 against the
        // charge's |s| / l, so l is the positive root of (1 + g)·l² - d·l - 2|s| = 0.
        let p = settle(
            &[LayoutNode::new(0.0); 2],
            &[link(0, 1)],
            &LayoutParams::default(),
        );
        let (d, s, g) = (30.0_f64, 30.0, 0.03);
        let expected = (d + (d * d + 8.0 * s * (1.0 + g)).sqrt()) / (2.0 * (1.0 + g));
        assert!((distance(p[0], p[1]) - expected).abs() < 1e-6);
        assert!((p[0].0 + p[1].0).abs() < 1e-12 && (p[0].1 + p[1].1).abs() < 1e-12);
    }

    #[test]
    fn star_puts_the_hub_at_the_centre_with_leaves_evenly_around_it() {
        let links: Vec<LayoutLink> = (1..=8).map(|leaf| link(0, leaf)).collect();
        let p = settle(&[LayoutNode::new(4.0); 9], &links, &LayoutParams::default());
        let spokes: Vec<f64> = (1..=8).map(|leaf| distance(p[0], p[leaf])).collect();
        // Measured: the hub ends 0.74 from the centre and the spokes differ by 0.14 at
        // most. After d3's 300 ticks it would be 0.14 and 0.03; 100 ticks stop earlier.
        assert!(p[0].0.hypot(p[0].1) < 1.0, "hub at {:?}", p[0]);
        let (shortest, longest) = spokes
            .iter()
            .fold((f64::MAX, 0.0_f64), |(a, b), &s| (a.min(s), b.max(s)));
        assert!(longest - shortest < 0.2, "spokes {spokes:?}");
    }

    #[test]
    fn run_stops_as_soon_as_alpha_falls_below_alpha_min() {
        let (nodes, links) = testkit::investment_network(50, 120, 3);
        let mut simulation = Simulation::new(&nodes, &links, &LayoutParams::default());
        assert_eq!(simulation.alpha(), 1.0);
        assert_eq!(simulation.run_to_convergence(), 100);
        assert!(simulation.is_converged() && simulation.alpha() < 0.001);
        assert_eq!(
            (simulation.ticks(), simulation.run_to_convergence()),
            (100, 0)
        );
    }

    #[test]
    fn run_that_cannot_cool_stops_at_max_ticks() {
        let params = LayoutParams {
            alpha_target: 0.1,
            max_ticks: 37,
            ..LayoutParams::default()
        };
        let mut simulation = Simulation::new(&[LayoutNode::new(1.0); 3], &[link(0, 1)], &params);
        assert_eq!(simulation.run_to_convergence(), 37);
        assert!(!simulation.is_converged());
    }

    #[test]
    fn pinned_nodes_never_move_on_any_tick() {
        let (mut nodes, links) = testkit::investment_network(60, 150, 5);
        nodes[0].pinned = Some((100.0, -40.0));
        nodes[7].pinned = Some((-3.5, 12.25));
        // Node 8 is pinned onto node 9's previous position, to be pushed at by collision.
        nodes[9].previous = Some((50.0, 50.0));
        nodes[8].pinned = Some((50.0, 50.0));
        let mut simulation = Simulation::new(&nodes, &links, &LayoutParams::default());
        for _ in 0..30 {
            simulation.tick();
            let p = simulation.positions();
            assert_eq!(
                (p[0], p[7], p[8]),
                ((100.0, -40.0), (-3.5, 12.25), (50.0, 50.0))
            );
        }
        simulation.run_to_convergence();
        let p = simulation.positions();
        assert_eq!(
            (p[0], p[7], p[8]),
            ((100.0, -40.0), (-3.5, 12.25), (50.0, 50.0))
        );
    }

    #[test]
    fn warm_start_begins_cooler_in_proportion_to_new_nodes() {
        let mut nodes = [LayoutNode::new(1.0); 4];
        let params = LayoutParams::default();
        for (i, node) in nodes.iter_mut().enumerate() {
            node.previous = Some((i as f64 * 10.0, 0.0));
        }
        assert_eq!(Simulation::new(&nodes, &[], &params).alpha(), 0.05);
        nodes[3].previous = None;
        let quarter_new = 0.05 + (1.0 - 0.05) / 4.0;
        assert_eq!(Simulation::new(&nodes, &[], &params).alpha(), quarter_new);
        let fresh = LayoutParams {
            fresh: true,
            ..params
        };
        assert_eq!(Simulation::new(&nodes, &[], &fresh).alpha(), 1.0);
    }
}
