//! Morton keys: a point's place along a Z-shaped curve through the plane.
//!
//! Interleaving the bits of a point's quantised x and y gives one integer whose order
//! visits the plane quadrant by quadrant, recursively: exactly the depth-first order of a
//! quadtree. Sorting points by it therefore lays out every quadtree cell as one
//! contiguous run, which is what lets [`super::quadtree`] build its tree from a sorted
//! list instead of inserting points one by one.

/// Bits of each coordinate in a key; two coordinates fill 62 of 64 bits.
pub(super) const BITS: u32 = 31;

/// The key of the quantised point `(qx, qy)`, each below 2^[`BITS`]: x's bits at the
/// even positions, y's at the odd ones, so that each pair of bits is d3-quadtree's
/// quadrant number (bit 0 for the right half, bit 1 for the lower half).
#[inline(always)] // Hot in the tree build; the size-optimised build would not inline it.
pub(super) fn key(qx: u32, qy: u32) -> u64 {
    spread(qx) | (spread(qy) << 1)
}

/// Spreads the low 32 bits of `v` out to the even bit positions of a `u64`.
#[inline(always)]
fn spread(v: u32) -> u64 {
    let mut v = u64::from(v);
    v = (v | (v << 16)) & 0x0000_FFFF_0000_FFFF;
    v = (v | (v << 8)) & 0x00FF_00FF_00FF_00FF;
    v = (v | (v << 4)) & 0x0F0F_0F0F_0F0F_0F0F;
    v = (v | (v << 2)) & 0x3333_3333_3333_3333;
    (v | (v << 1)) & 0x5555_5555_5555_5555
}

/// Sorts `(key, node)` pairs, fast when they are nearly sorted already.
///
/// Between ticks nodes move a little and the keys stay almost in last tick's order, so
/// insertion sort usually finishes in a few passes' worth of moves. If it has to move
/// elements too far (early ticks, when everything moves), the general sort takes over.
/// The pairs are all distinct, so every sort yields the same order and the tree stays
/// deterministic.
pub(super) fn sort_nearly_sorted(keys: &mut [(u64, u32)]) {
    let budget = 8 * keys.len();
    let mut moves = 0;
    for k in 1..keys.len() {
        let item = keys[k];
        let mut j = k;
        while j > 0 && keys[j - 1] > item {
            keys[j] = keys[j - 1];
            j -= 1;
        }
        keys[j] = item;
        moves += k - j;
        if moves > budget {
            keys.sort_unstable();
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_interleaves_x_into_even_bits_and_y_into_odd_bits() {
        assert_eq!(key(0, 0), 0);
        assert_eq!(key(1, 0), 0b01);
        assert_eq!(key(0, 1), 0b10);
        assert_eq!(key(0b11, 0b01), 0b0111);
        let top = (1 << BITS) - 1;
        assert_eq!(key(top, top), (1 << (2 * BITS)) - 1);
    }

    #[test]
    fn keys_order_points_quadrant_by_quadrant() {
        // At the top level, every point of the upper-left quadrant comes first, then
        // upper-right, lower-left, lower-right.
        let half = 1 << (BITS - 1);
        let corners = [(half - 1, half - 1), (half, 0), (0, half), (half, half)];
        let keys: Vec<u64> = corners.iter().map(|&(x, y)| key(x, y)).collect();
        assert!(keys.windows(2).all(|pair| pair[0] < pair[1]), "{keys:?}");
    }

    #[test]
    fn sorting_nearly_sorted_keys_matches_a_full_sort() {
        let mut nearly: Vec<(u64, u32)> = (0..500).map(|i| (u64::from(i) * 10, i)).collect();
        nearly.swap(3, 4);
        nearly.swap(100, 102);
        let mut expected = nearly.clone();
        expected.sort_unstable();
        sort_nearly_sorted(&mut nearly);
        assert_eq!(nearly, expected);
    }

    #[test]
    fn sorting_reversed_keys_falls_back_to_a_full_sort() {
        let mut reversed: Vec<(u64, u32)> = (0..500).rev().map(|i| (u64::from(i) % 7, i)).collect();
        let mut expected = reversed.clone();
        expected.sort_unstable();
        sort_nearly_sorted(&mut reversed);
        assert_eq!(reversed, expected);
    }
}
