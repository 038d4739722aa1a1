//! Whether a name's spot is so near another node that a reader could take it for that
//! node's name.
//!
//! Readers pair a name with the nearest mark (the Gestalt law of proximity). A name sits
//! [`LABEL_GAP`](super::LABEL_GAP) from its own node, so a spot that comes within a few
//! pixels of another node reads as that node's name just as well: "Amazon" beside its
//! circle and just under Whole Foods' was read as Whole Foods' name. A name therefore
//! prefers a spot that keeps [`NAME_CLEARANCE`] from every other node (those at full
//! strength: see `labels.rs`), and only takes a crowded one when it has nothing better.

use rustc_hash::FxHashMap;

use crate::core::scale::{LabelBox, grid_cells};

/// How far a name keeps from every node but its own when it can, in screen pixels:
/// well over the 3 px gap to its own node, so the nearest node is clearly its own. At
/// 8 px a long name beside its node ran 18 px over another, unnamed node, and was read
/// as that node's ("Financial investors (unnamed)" over the sovereign funds' square);
/// at 14 the name goes over its own node and the square gets its name too.
pub const NAME_CLEARANCE: f64 = 14.0;

/// A node's circle on screen: centre and radius.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Circle {
    pub x: f64,
    pub y: f64,
    pub r: f64,
}

/// The side of a cell of [`Circles`]' grid, in screen pixels: about a name's height and
/// a small node's reach, so a spot looks in a handful of cells.
const CELL: f64 = 32.0;

/// The nodes' circles, indexed in a uniform grid by the cells they reach (their circle
/// grown by [`NAME_CLEARANCE`]), so that a spot is compared only with the few circles
/// near it, not with every node of a large graph.
pub struct Circles {
    circles: Vec<(usize, Circle)>,
    cells: FxHashMap<(i64, i64), Vec<usize>>,
    /// Circles too large for the grid, by index in `circles`.
    large: Vec<usize>,
}

impl Circles {
    /// Indexes the circles; those with a coordinate or radius that is not finite (nodes
    /// not on screen) are left out, and a negative radius counts as 0.
    pub fn new(circles: impl IntoIterator<Item = (usize, Circle)>) -> Self {
        let circles: Vec<(usize, Circle)> = circles
            .into_iter()
            .filter(|(_, c)| c.x.is_finite() && c.y.is_finite() && c.r.is_finite())
            .map(|(node, c)| {
                (
                    node,
                    Circle {
                        r: c.r.max(0.0),
                        ..c
                    },
                )
            })
            .collect();
        let mut index = Self {
            circles: Vec::new(),
            cells: FxHashMap::default(),
            large: Vec::new(),
        };
        for (at, &(_, c)) in circles.iter().enumerate() {
            let reach = c.r + NAME_CLEARANCE;
            let reached = LabelBox {
                x: c.x - reach,
                y: c.y - reach,
                width: 2.0 * reach,
                height: 2.0 * reach,
                priority: 0.0,
            };
            match grid_cells(&reached, CELL, CELL) {
                Some((c0, c1, r0, r1)) => {
                    for column in c0..=c1 {
                        for row in r0..=r1 {
                            index.cells.entry((column, row)).or_default().push(at);
                        }
                    }
                }
                None => index.large.push(at),
            }
        }
        index.circles = circles;
        index
    }

    /// How much room `spot`, a name of node `own`, keeps from every other node's circle,
    /// in whole screen pixels (negative when it covers one), up to [`NAME_CLEARANCE`]:
    /// a spot with that much room is clear, and spots with less are crowded, the more
    /// the less room they have. Whole pixels keep a name from changing spots when a pan
    /// moves everything by a fraction of one. A spot that is not finite has all the
    /// room there is: it is never placed anyway.
    pub fn room(&self, spot: &LabelBox, own: usize) -> f64 {
        self.nearest(spot, own)
            .map_or(NAME_CLEARANCE, |(_, gap)| gap.floor().min(NAME_CLEARANCE))
    }

    /// The circle of another node than `own` nearest to `spot` and its gap from it, if
    /// one comes within [`NAME_CLEARANCE`] of it. A spot that is not finite has none.
    pub fn nearest(&self, spot: &LabelBox, own: usize) -> Option<(Circle, f64)> {
        let mut best: Option<(Circle, f64)> = None;
        self.crowding(spot, own, |c, gap| {
            if best.is_none_or(|(_, b)| gap < b) {
                best = Some((c, gap));
            }
        });
        best
    }

    /// Calls `each` with every circle of another node than `own` that comes within
    /// [`NAME_CLEARANCE`] of `spot`, and its gap from it (a circle may come more than
    /// once). A spot that is not finite has none.
    pub fn crowding(&self, spot: &LabelBox, own: usize, mut each: impl FnMut(Circle, f64)) {
        let (right, bottom) = (spot.x + spot.width, spot.y + spot.height);
        if !(spot.x.is_finite() && spot.y.is_finite() && right.is_finite() && bottom.is_finite()) {
            return;
        }
        let mut visit = |at: usize| {
            let (node, c) = self.circles[at];
            let gap = gap(spot, c);
            if node != own && gap < NAME_CLEARANCE {
                each(c, gap);
            }
        };
        for &at in &self.large {
            visit(at);
        }
        match grid_cells(spot, CELL, CELL) {
            Some((c0, c1, r0, r1)) => {
                for column in c0..=c1 {
                    for row in r0..=r1 {
                        for &at in self.cells.get(&(column, row)).into_iter().flatten() {
                            visit(at);
                        }
                    }
                }
            }
            // A spot too large for the grid (hostile names) looks at every circle.
            None => (0..self.circles.len()).for_each(&mut visit),
        }
    }
}

/// The distance from the edge of circle `c` to the nearest point of box `b`, or a
/// negative number when they overlap.
pub(super) fn gap(b: &LabelBox, c: Circle) -> f64 {
    let dx = (b.x - c.x).max(c.x - (b.x + b.width)).max(0.0);
    let dy = (b.y - c.y).max(c.y - (b.y + b.height)).max(0.0);
    dx.hypot(dy) - c.r
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPOT: LabelBox = LabelBox {
        x: 100.0,
        y: 100.0,
        width: 60.0,
        height: 14.0,
        priority: 0.0,
    };

    fn circles(list: &[(f64, f64, f64)]) -> Circles {
        Circles::new(
            list.iter()
                .enumerate()
                .map(|(node, &(x, y, r))| (node, Circle { x, y, r })),
        )
    }

    #[test]
    fn room_is_the_gap_to_the_nearest_other_node_in_whole_pixels_up_to_the_clearance() {
        // The spot spans x 100..160 and y 100..114; node 1 sits at each place in turn.
        for ((x, y, r), want, why) in [
            ((130.0, 84.0, 10.0), 6.0, "edge 6 px above"),
            ((130.0, 80.0, 10.0), 10.0, "edge 10 px above"),
            (
                (130.0, 76.0, 10.0),
                NAME_CLEARANCE,
                "edge 14 px above: clear",
            ),
            (
                (130.0, 70.0, 10.0),
                NAME_CLEARANCE,
                "edge 20 px above: clear",
            ),
            ((130.0, 107.0, 5.0), -5.0, "inside the spot"),
            ((170.0, 107.0, 5.0), 5.0, "edge 5 px past its right end"),
            ((175.0, 107.0, 5.0), 10.0, "edge 10 px past its right end"),
            (
                (180.0, 107.0, 5.0),
                NAME_CLEARANCE,
                "edge 15 px past its right end: clear",
            ),
            ((164.0, 96.0, 1.0), 4.0, "off its top right corner, 4.7 px"),
            (
                (170.0, 90.0, 1.0),
                13.0,
                "off its top right corner, 13.1 px",
            ),
            (
                (-100.0, 107.0, 195.0),
                5.0,
                "a huge circle starting far to the left",
            ),
            (
                (130.0, 300.0, 150.0),
                NAME_CLEARANCE,
                "a huge circle 36 px below",
            ),
            (
                (-1.0e6, 107.0, 1.0e6 + 95.0),
                5.0,
                "an enormous circle, kept out of the grid",
            ),
            (
                (f64::NAN, 107.0, 5.0),
                NAME_CLEARANCE,
                "a node not on screen",
            ),
            (
                (130.0, 107.0, f64::INFINITY),
                NAME_CLEARANCE,
                "a radius that is not finite",
            ),
        ] {
            let nodes = circles(&[(400.0, 400.0, 10.0), (x, y, r)]);
            assert_eq!(nodes.room(&SPOT, 0), want, "{why}");
        }
        // The nearest of several decides.
        let nodes = circles(&[(0.0, 0.0, 1.0), (130.0, 84.0, 10.0), (170.0, 107.0, 5.0)]);
        assert_eq!(nodes.room(&SPOT, 0), 5.0);
        // A spot too wide for the grid still finds them.
        let wide = LabelBox {
            x: -1.0e9,
            width: 2.0e9,
            ..SPOT
        };
        assert_eq!(nodes.room(&wide, 0), -5.0);
    }

    #[test]
    fn a_spot_keeps_room_only_from_other_nodes() {
        // Node 0's circle is 3 px over the spot, where its name goes under it.
        let nodes = circles(&[(130.0, 87.0, 10.0)]);
        assert_eq!(nodes.room(&SPOT, 0), NAME_CLEARANCE);
        assert_eq!(
            nodes.room(&SPOT, 1),
            3.0,
            "the same circle as another node's"
        );
    }

    #[test]
    fn a_spot_that_is_not_finite_has_all_the_room() {
        let nodes = circles(&[(130.0, 107.0, 5.0)]);
        for spot in [
            LabelBox {
                x: f64::NAN,
                ..SPOT
            },
            LabelBox {
                width: f64::INFINITY,
                ..SPOT
            },
            LabelBox {
                y: f64::NEG_INFINITY,
                ..SPOT
            },
        ] {
            assert_eq!(nodes.room(&spot, 1), NAME_CLEARANCE, "{spot:?}");
        }
        assert_eq!(
            circles(&[]).room(&SPOT, 0),
            NAME_CLEARANCE,
            "no nodes at all"
        );
    }

    /// A name's spot (x 100..160, y 100..114) and four nodes: node 0, the name's own,
    /// under it; node 1 10 px below it; node 2 4 px right of it; node 3 40 px off.
    fn crowded_spot() -> (LabelBox, Circles) {
        let spot = LabelBox {
            x: 100.0,
            y: 100.0,
            width: 60.0,
            height: 14.0,
            priority: 0.0,
        };
        let nodes = circles(&[
            (130.0, 107.0, 5.0),
            (130.0, 129.0, 5.0),
            (169.0, 107.0, 5.0),
            (130.0, 159.0, 5.0),
        ]);
        (spot, nodes)
    }

    #[test]
    fn nearest_is_the_closest_other_node_within_the_clearance() {
        let (spot, nodes) = crowded_spot();
        let (circle, gap) = nodes.nearest(&spot, 0).expect("node 2 crowds the spot");
        assert_eq!((circle.x, circle.y, gap), (169.0, 107.0, 4.0));
        // Seen as node 2's name, node 0 is the nearest other: the spot covers it.
        let (circle, gap) = nodes.nearest(&spot, 2).expect("node 0 is under the spot");
        assert_eq!((circle.x, circle.y), (130.0, 107.0));
        assert!(gap < 0.0);
        // Nothing within the clearance, or a spot that is not finite: none.
        assert_eq!(circles(&[(130.0, 159.0, 5.0)]).nearest(&spot, 9), None);
        let nowhere = LabelBox {
            x: f64::NAN,
            ..spot
        };
        assert_eq!(nodes.nearest(&nowhere, 0), None);
    }

    #[test]
    fn crowding_lists_every_other_node_within_the_clearance() {
        let (spot, nodes) = crowded_spot();
        let mut seen = Vec::new();
        nodes.crowding(&spot, 0, |c, gap| seen.push(((c.x, c.y), gap)));
        seen.sort_by(|a, b| a.1.total_cmp(&b.1));
        seen.dedup();
        assert_eq!(seen, vec![((169.0, 107.0), 4.0), ((130.0, 129.0), 10.0)]);
    }
}
