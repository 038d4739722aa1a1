//! A tiny seeded pseudo-random number generator.
//!
//! The layout needs a little randomness: to separate two nodes that sit on exactly the
//! same spot (no direction is better than another, so one has to be picked), and to
//! scatter newly placed nodes so that they do not start on top of each other. That
//! randomness must be reproducible, because the same graph and seed have to give the same
//! picture on every load, and it must not cost a dependency. d3-force met the same need
//! with a 32-bit linear congruential generator using the Numerical Recipes constants, and
//! this is that generator. It is statistically weak, which does not matter here: nothing
//! in the layout depends on more than "different numbers in an arbitrary but fixed order".

/// d3-force's linear congruential generator: 32 bits of state, values in `[0, 1)`.
#[derive(Debug, Clone)]
pub(super) struct Lcg {
    state: u32,
}

impl Lcg {
    /// A generator whose whole future is decided by `seed`.
    pub(super) fn new(seed: u64) -> Self {
        // d3 always starts from 1 and has no seed. Passing the seed through SplitMix64's
        // finaliser first means that consecutive seeds, and seeds that differ only in their
        // high 32 bits, still start the generator at unrelated states.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        Self {
            state: (z >> 32) as u32,
        }
    }

    /// The next value, uniform in `[0, 1)`.
    pub(super) fn next_f64(&mut self) -> f64 {
        // Wrapping u32 arithmetic is exactly d3's `(a * s + c) % 2^32`, which JavaScript
        // computes without rounding because the product stays below 2^53.
        self.state = self
            .state
            .wrapping_mul(1_664_525)
            .wrapping_add(1_013_904_223);
        f64::from(self.state) / 4_294_967_296.0
    }

    /// A tiny non-zero offset, d3's `jiggle`, used to pull coincident points apart.
    pub(super) fn jiggle(&mut self) -> f64 {
        // d3 can return exactly zero once in 2^32 draws, which then divides by zero. Drawing
        // again costs nothing and removes that case.
        loop {
            let value = (self.next_f64() - 0.5) * 1e-6;
            if value != 0.0 {
                return value;
            }
        }
    }

    /// Replaces a zero-length offset by a tiny random one, leaving any other untouched.
    ///
    /// d3 jiggles each coordinate that is zero, even when the other is not; then two
    /// nodes on a horizontal line are nudged off it. Only a zero-length offset has no
    /// direction, so only that one is replaced, and symmetric inputs stay symmetric.
    /// "Zero length" includes offsets so small that their squared length underflows.
    #[inline(always)] // The release profile optimises for size, which would not inline this.
    pub(super) fn separate(&mut self, dx: f64, dy: f64) -> (f64, f64) {
        if dx * dx + dy * dy == 0.0 {
            (self.jiggle(), self.jiggle())
        } else {
            (dx, dy)
        }
    }

    /// A direction chosen uniformly at random, as a unit vector.
    pub(super) fn unit_vector(&mut self) -> (f64, f64) {
        // Rejection sampling in the unit disc avoids `sin` and `cos`, whose last bit may
        // differ between platforms' maths libraries; `sqrt` and division are exactly
        // rounded everywhere. The layout uses only such operations, so it is bit-identical
        // across targets: checked for the 1,000-node benchmark, x86-64 against wasm32 in V8.
        loop {
            let x = 2.0 * self.next_f64() - 1.0;
            let y = 2.0 * self.next_f64() - 1.0;
            let length_squared = x * x + y * y;
            if length_squared > 1e-4 && length_squared <= 1.0 {
                let length = length_squared.sqrt();
                return (x / length, y / length);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_gives_the_same_sequence() {
        let mut a = Lcg::new(42);
        let mut b = Lcg::new(42);
        for _ in 0..100 {
            assert_eq!(a.next_f64().to_bits(), b.next_f64().to_bits());
        }
    }

    #[test]
    fn seeds_differing_only_in_high_bits_give_different_sequences() {
        let mut a = Lcg::new(7);
        let mut b = Lcg::new(7 | (1 << 40));
        let same = (0..10).all(|_| a.next_f64() == b.next_f64());
        assert!(!same);
    }

    #[test]
    fn values_stay_in_the_unit_interval() {
        let mut rng = Lcg::new(3);
        for _ in 0..10_000 {
            let value = rng.next_f64();
            assert!((0.0..1.0).contains(&value));
        }
    }

    #[test]
    fn generator_steps_like_d3_lcg_from_the_same_state() {
        // d3-force starts at s = 1; its first value is (1664525 + 1013904223) / 2^32.
        let mut rng = Lcg { state: 1 };
        assert_eq!(rng.next_f64(), 1_015_568_748.0 / 4_294_967_296.0);
    }

    #[test]
    fn jiggle_is_tiny_and_never_zero() {
        let mut rng = Lcg::new(11);
        for _ in 0..10_000 {
            let value = rng.jiggle();
            assert!(value != 0.0 && value.abs() <= 5e-7);
        }
    }

    #[test]
    fn unit_vectors_have_length_one() {
        let mut rng = Lcg::new(5);
        for _ in 0..1_000 {
            let (x, y) = rng.unit_vector();
            assert!(((x * x + y * y).sqrt() - 1.0).abs() < 1e-12);
        }
    }
}
