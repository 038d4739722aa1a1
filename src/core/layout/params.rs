//! The layout's tuning knobs and their defaults.
//!
//! The force parameters keep d3-force's defaults, so that anything learned from d3 still
//! applies. Three defaults differ, each for a measured reason given at the field: the
//! cooling schedule (d3 cools over 300 ticks because it animates; this layout runs
//! before the first paint, starts each node next to its neighbours and cools in 100, see
//! [`LayoutParams::alpha_decay`]), a weak pull towards the centre
//! ([`LayoutParams::gravity`]) and a cool restart after a filter change
//! ([`LayoutParams::alpha_warm`]).

/// Everything that tunes a layout run. `LayoutParams::default()` is the intended setting.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutParams {
    /// Seeds all randomness. The same nodes, links and seed give bit-identical positions.
    pub seed: u64,
    /// Ignore every node's previous position and lay the graph out from scratch, as for a
    /// "re-layout" button. Pinned nodes stay pinned.
    pub fresh: bool,
    /// Each node's charge; negative values repel. d3's default, -30.
    pub charge: f64,
    /// Barnes–Hut accuracy: a quadtree cell is summarised when its width divided by its
    /// distance is below `theta`. Zero is exact and O(n²); d3's default is 0.9.
    pub theta: f64,
    /// Repulsion between closer nodes is computed as if they were this far apart, which
    /// bounds the force. d3's default, 1.
    pub distance_min: f64,
    /// Nodes at least this far apart do not repel. d3's default, infinity.
    pub distance_max: f64,
    /// Rest length used for links whose own distance is unusable (NaN, infinite or
    /// negative). d3's default, 30.
    pub link_distance: f64,
    /// Pull towards the centre, like d3's `forceX` and `forceY` with this strength (d3's
    /// default there is 0.1, and d3 applies none unless asked). See `gravity.rs`: without
    /// it, every warm run inflates the picture a little and unlinked nodes drift away.
    /// 0.03 keeps the picture's size within 2% over three warm re-runs, and costs a
    /// slightly tighter layout than d3's (about a fifth smaller across).
    pub gravity: f64,
    /// How much of an overlap the collision force corrects per tick, from 0 to 1. d3's
    /// default, 1.
    pub collide_strength: f64,
    /// Overlap left after convergence that [`crate::core::layout::Simulation::run_to_convergence`]
    /// still removes by moving nodes directly; it stops once none exceeds this.
    pub overlap_tolerance: f64,
    /// Fraction of velocity lost per tick, like friction. d3's default, 0.4.
    pub velocity_decay: f64,
    /// Alpha, the simulation's "temperature", at the start of a fresh run. d3's default, 1.
    pub alpha_start: f64,
    /// Alpha at the start of a run where nodes already have previous positions. A low
    /// value lets the picture adjust to a changed filter without rearranging itself. When
    /// some nodes are new, the start moves towards `alpha_start` in proportion to the
    /// share of new nodes, so that a mostly new graph still gets a proper layout.
    ///
    /// d3 users often reheat to 0.3. Measured on seeded 300-node graphs, re-running from
    /// a finished layout moved nodes by up to 78 units in a picture about 1,500 across at
    /// 0.3 without gravity, and by up to 10 in one about 1,060 across with these
    /// defaults. New nodes start next to their neighbours, so they need little heat.
    pub alpha_warm: f64,
    /// The run has converged once alpha falls below this. d3's default, 0.001.
    pub alpha_min: f64,
    /// Each tick moves alpha this fraction of the way towards `alpha_target`.
    ///
    /// d3 uses `1 - 0.001^(1/300)` ≈ 0.0228: 300 ticks from 1 to 0.001. This default is
    /// `1 - 0.001^(1/100)` ≈ 0.0667: 100 ticks. Measured on seeded 1,000-node graphs with
    /// 25 planted communities, by the share of each node's ten nearest nodes in its own
    /// community: from the start described in `placement.rs`, 100 ticks score 0.73 to
    /// 0.74 (0.75 to 0.76 without gravity), d3's spiral start after 300 ticks 0.78 to
    /// 0.80, and d3's start after about 100 ticks only 0.4. The constant is written out
    /// rather than computed because `powf` may round differently on different platforms.
    pub alpha_decay: f64,
    /// The alpha the simulation cools towards. Zero, as in d3, means it comes to rest.
    pub alpha_target: f64,
    /// Upper bound on ticks for one run, in case the schedule above never converges (for
    /// instance when `alpha_target` is not below `alpha_min`).
    pub max_ticks: usize,
    /// Spacing of the phyllotaxis spiral on which unplaced nodes start: node `k` starts
    /// at radius `spacing × √(k + ½)`. d3 uses 10.
    pub initial_spacing: f64,
    /// How far from its placed neighbours' mean a node without a position starts, as a
    /// fraction of the mean rest length of the links to them (see `placement.rs`). Much
    /// smaller offsets start the layout too dense, and it explodes: at 0.05 the result
    /// came out several times too large.
    pub placement_jitter: f64,
}

impl Default for LayoutParams {
    fn default() -> Self {
        Self {
            seed: 0,
            fresh: false,
            charge: -30.0,
            theta: 0.9,
            distance_min: 1.0,
            distance_max: f64::INFINITY,
            link_distance: 30.0,
            gravity: 0.03,
            collide_strength: 1.0,
            overlap_tolerance: 1e-3,
            velocity_decay: 0.4,
            alpha_start: 1.0,
            alpha_warm: 0.05,
            alpha_min: 0.001,
            alpha_decay: 0.066_745_699_203_008_96,
            alpha_target: 0.0,
            max_ticks: 1_000,
            initial_spacing: 10.0,
            placement_jitter: 0.5,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_alpha_decay_reaches_alpha_min_in_100_ticks() {
        let params = LayoutParams::default();
        let exact = 1.0 - params.alpha_min.powf(1.0 / 100.0);
        assert!((params.alpha_decay - exact).abs() < 1e-15);
    }
}
