//! Centring, after d3's `forceCenter`.
//!
//! Link forces shared out by degree do not cancel exactly, so without help the whole
//! picture drifts a little on every tick. Centring moves every node by the same amount so
//! that their mean lands on a target. Because it is a pure translation it never changes
//! the shape of the layout, only where it sits.

/// Translates all nodes so that their mean position becomes `target`.
pub(super) fn apply(x: &mut [f64], y: &mut [f64], target: (f64, f64)) {
    let n = x.len();
    if n == 0 {
        return;
    }
    let mean_x = x.iter().sum::<f64>() / n as f64;
    let mean_y = y.iter().sum::<f64>() / n as f64;
    let (shift_x, shift_y) = (mean_x - target.0, mean_y - target.1);
    for xi in x.iter_mut() {
        *xi -= shift_x;
    }
    for yi in y.iter_mut() {
        *yi -= shift_y;
    }
}

/// The mean of a set of points; the origin for none.
pub(super) fn mean(x: &[f64], y: &[f64]) -> (f64, f64) {
    if x.is_empty() {
        return (0.0, 0.0);
    }
    let n = x.len() as f64;
    (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn centring_moves_the_mean_onto_the_target_without_changing_shape() {
        let (mut x, mut y) = (vec![1.0, 5.0, 9.0], vec![-2.0, 4.0, 7.0]);
        apply(&mut x, &mut y, (10.0, 0.0));
        assert_eq!(x, vec![6.0, 10.0, 14.0]);
        assert_eq!(y, vec![-5.0, 1.0, 4.0]);
    }

    #[test]
    fn mean_of_nothing_is_the_origin() {
        assert_eq!(mean(&[], &[]), (0.0, 0.0));
        assert_eq!(mean(&[1.0, 3.0], &[2.0, -2.0]), (2.0, 0.0));
    }

    #[test]
    fn centring_nothing_does_nothing() {
        apply(&mut [], &mut [], (1.0, 1.0));
    }
}
