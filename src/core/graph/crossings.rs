//! Whether a line crosses a box: a node's name prefers a spot no edge runs through, so
//! the name is not struck through by a line.

use super::crowding::NAME_CLEARANCE;
use crate::core::scale::LabelBox;

/// A straight line on screen from `(x0, y0)` to `(x1, y1)`.
pub type Line = [f64; 4];

/// Above this many line-and-spot tests, names do not look for spots clear of edges: a
/// graph of thousands of edges would make every hover or zoom slow, and in one that
/// dense few names are candidates and lines cross everything anyway.
pub const MAX_CROSSING_TESTS: usize = 200_000;

/// Whether `line` runs through the inside of `b`. Touching its edge or a corner does
/// not count, nor does a line with a coordinate that is not finite.
///
/// Liang–Barsky clipping: the line is the points `start + t·(end − start)` for `t` in
/// 0..=1, each side of the box narrows that interval, and the line crosses the box when
/// a stretch of positive length is left.
pub fn crosses(line: &Line, b: &LabelBox) -> bool {
    if !line.iter().all(|v| v.is_finite()) {
        return false;
    }
    let [x0, y0, x1, y1] = *line;
    let (dx, dy) = (x1 - x0, y1 - y0);
    let sides = [
        (-dx, x0 - b.x),
        (dx, b.x + b.width - x0),
        (-dy, y0 - b.y),
        (dy, b.y + b.height - y0),
    ];
    let (mut enter, mut leave) = (0.0_f64, 1.0_f64);
    for (p, q) in sides {
        if p == 0.0 {
            // Parallel to this side: inside only if strictly within it.
            if q <= 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                enter = enter.max(t);
            } else {
                leave = leave.min(t);
            }
        }
    }
    enter < leave
}

/// The order in which to try `spots`, given each one's `room` from other nodes (see
/// `crowding`; missing entries count as clear): first the clear spots, those no line
/// crosses before those a line crosses; then the crowded ones, those with more room
/// first, and among equals those no line crosses first. Ties keep their given order.
/// A name struck through by a line can still be read as its node's; one against
/// another node is read as that node's, which is worse. With `look` false, lines are
/// not tested.
pub fn clear_first(spots: &[LabelBox], room: &[f64], lines: &[Line], look: bool) -> Vec<usize> {
    let crossed: Vec<bool> = spots
        .iter()
        .map(|spot| look && lines.iter().any(|line| crosses(line, spot)))
        .collect();
    let room = |i: usize| {
        room.get(i)
            .copied()
            .unwrap_or(f64::INFINITY)
            .min(NAME_CLEARANCE)
    };
    let mut order: Vec<usize> = (0..spots.len()).collect();
    crate::core::order::sort_indices(&mut order, &|a, b| {
        room(b)
            .total_cmp(&room(a))
            .then(crossed[a].cmp(&crossed[b]))
    });
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOX: LabelBox = LabelBox {
        x: 10.0,
        y: 10.0,
        width: 20.0,
        height: 10.0,
        priority: 0.0,
    };

    #[test]
    fn lines_through_the_inside_cross_and_others_do_not() {
        for (line, want, why) in [
            ([0.0, 15.0, 40.0, 15.0], true, "straight through"),
            ([0.0, 0.0, 40.0, 30.0], true, "diagonally through"),
            ([20.0, 15.0, 100.0, 100.0], true, "starting inside"),
            ([15.0, 12.0, 25.0, 18.0], true, "wholly inside"),
            ([20.0, 15.0, 20.0, 15.0], true, "a point inside"),
            ([0.0, 0.0, 40.0, 0.0], false, "above"),
            ([0.0, 10.0, 40.0, 10.0], false, "along the top edge"),
            ([0.0, 0.0, 10.0, 10.0], false, "ending at a corner"),
            ([0.0, 20.0, 20.0, 40.0], false, "missing past a corner"),
            ([0.0, 15.0, 5.0, 15.0], false, "stopping short"),
            ([10.0, 10.0, 10.0, 10.0], false, "a point on the corner"),
            ([f64::NAN, 15.0, 40.0, 15.0], false, "not finite"),
            ([0.0, 15.0, f64::INFINITY, 15.0], false, "infinite"),
        ] {
            assert_eq!(crosses(&line, &BOX), want, "{why}: {line:?}");
        }
    }

    #[test]
    fn spots_clear_of_lines_come_first_in_their_order() {
        let spot = |y: f64| LabelBox { y, ..BOX };
        let spots = [spot(10.0), spot(40.0), spot(70.0), spot(100.0)];
        let lines = [[0.0, 15.0, 40.0, 15.0], [0.0, 75.0, 40.0, 75.0]];
        assert_eq!(clear_first(&spots, &[], &lines, true), [1, 3, 0, 2]);
        assert_eq!(clear_first(&spots, &[], &lines, false), [0, 1, 2, 3]);
        assert_eq!(clear_first(&spots, &[], &[], true), [0, 1, 2, 3]);
        assert!(clear_first(&[], &[], &lines, true).is_empty());
    }

    #[test]
    fn crowded_spots_come_after_crossed_ones_the_most_crowded_last() {
        let spot = |y: f64| LabelBox { y, ..BOX };
        let spots = [spot(10.0), spot(40.0), spot(70.0), spot(100.0), spot(130.0)];
        // Spot 0 is crossed, spot 1 crowded, spot 2 both, spot 3 neither, spot 4 the
        // most crowded; rooms past the clearance count as clear.
        let lines = [[0.0, 15.0, 40.0, 15.0], [0.0, 75.0, 40.0, 75.0]];
        let room = [NAME_CLEARANCE, 3.0, 3.0, 100.0, -2.0];
        assert_eq!(clear_first(&spots, &room, &lines, true), [3, 0, 1, 2, 4]);
        assert_eq!(clear_first(&spots, &room, &lines, false), [0, 3, 1, 2, 4]);
        let room = [NAME_CLEARANCE, 3.0, 5.0, 100.0, -2.0];
        assert_eq!(clear_first(&spots, &room, &lines, true), [3, 0, 2, 1, 4]);
    }
}
