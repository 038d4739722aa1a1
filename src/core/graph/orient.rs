//! A fresh network layout turned a quarter turn when that lets it fill its frame.
//!
//! A force layout has no up or down: its shape is whatever the forces settle on, and
//! is often wider than tall. Phones show the network in a portrait frame, where such a
//! drawing fitted to the width left a band of the frame empty above and below it, and
//! its names without room. Turned a quarter, the same drawing fits larger. Only a fresh
//! layout turns (the first, or after Re-layout), so that a picture the reader has seen
//! keeps its orientation through filter changes; the interface turns none with pins.

use super::viewport::ViewTransform;

/// How much larger the turned drawing must fit before it is turned: a few per cent is
/// not worth a picture that looks different from one screen to another.
pub const MIN_TURN_GAIN: f64 = 1.05;

/// Turns `positions` a quarter turn about the origin, where a fresh layout is centred,
/// when the drawing (each node a circle of `radii[i]`) then fits a `frame` of that
/// width and height, less `padding`, at least [`MIN_TURN_GAIN`] times as large.
/// Returns whether it turned them. A frame with no area turns nothing.
pub fn turn_to_frame(
    positions: &mut [(f64, f64)],
    radii: &[f64],
    frame: (f64, f64),
    padding: f64,
) -> bool {
    let (width, height) = frame;
    if !(width > 0.0 && height > 0.0 && width.is_finite() && height.is_finite()) {
        return false;
    }
    let zoom = |points: &[(f64, f64)]| ViewTransform::fit(points, radii, width, height, padding).k;
    let turned: Vec<(f64, f64)> = positions.iter().map(|&(x, y)| (-y, x)).collect();
    if zoom(&turned) >= zoom(positions) * MIN_TURN_GAIN {
        positions.copy_from_slice(&turned);
        true
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Nodes of radius 1 along a line `length` wide and 10 tall, centred on the origin.
    fn wide(length: f64) -> (Vec<(f64, f64)>, Vec<f64>) {
        let positions = vec![(-length / 2.0, -5.0), (length / 2.0, 5.0), (0.0, 0.0)];
        (positions, vec![1.0; 3])
    }

    #[test]
    fn a_wide_drawing_turns_upright_in_a_portrait_frame_and_stays_in_a_landscape_one() {
        let (mut positions, radii) = wide(200.0);
        assert!(!turn_to_frame(&mut positions, &radii, (900.0, 560.0), 28.0));
        assert_eq!(positions, wide(200.0).0);
        assert!(turn_to_frame(&mut positions, &radii, (335.0, 413.0), 28.0));
        // A quarter turn about the origin: the centre stays, the extents swap.
        assert_eq!(positions, [(5.0, -100.0), (-5.0, 100.0), (0.0, 0.0)]);
        // Turned already, it stays.
        assert!(!turn_to_frame(&mut positions, &radii, (335.0, 413.0), 28.0));
    }

    #[test]
    fn a_drawing_that_would_fit_barely_larger_is_left_as_it_is() {
        // 120 by 100 in a frame 100 by 103: turning gains 3% (a zoom of 0.858 for
        // 0.833), under the bar.
        let radii = vec![0.0; 2];
        let mut positions = vec![(-60.0, -50.0), (60.0, 50.0)];
        assert!(!turn_to_frame(&mut positions, &radii, (100.0, 103.0), 0.0));
        // A taller frame makes it worth it: 1 for 0.833.
        assert!(turn_to_frame(&mut positions, &radii, (100.0, 150.0), 0.0));
    }

    #[test]
    fn empty_degenerate_and_hostile_inputs_turn_nothing() {
        let (positions, radii) = wide(200.0);
        for frame in [
            (0.0, 413.0),
            (335.0, -1.0),
            (f64::NAN, 413.0),
            (335.0, f64::INFINITY),
        ] {
            let mut p = positions.clone();
            assert!(!turn_to_frame(&mut p, &radii, frame, 28.0), "{frame:?}");
            assert_eq!(p, positions);
        }
        assert!(!turn_to_frame(&mut [], &[], (335.0, 413.0), 28.0));
        let mut single = [(3.0, 4.0)];
        assert!(!turn_to_frame(&mut single, &[5.0], (335.0, 413.0), 28.0));
        // Positions that are not finite are ignored by the fit, and turn with the rest.
        let mut odd = vec![(-100.0, 0.0), (100.0, 0.0), (f64::NAN, 1.0)];
        assert!(turn_to_frame(&mut odd, &[1.0; 3], (335.0, 413.0), 28.0));
        assert_eq!(odd[0], (-0.0, -100.0));
    }
}
