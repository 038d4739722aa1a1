//! Greedy label collision: show the most important labels, hide any that would overlap
//! one already shown.
//!
//! Greedy by priority is what map and chart labelling usually settles for: it is
//! predictable (a label never disappears because a less important one moved), stable
//! under small changes and fast. Finding the largest set of non-overlapping labels is
//! NP-hard and would make labels flicker as the view changes.
//!
//! Shown boxes are indexed in a uniform grid, with cells the size of a typical label, so
//! each candidate is checked only against the few shown boxes near it: O(n log n) for the
//! sort plus about O(n) for the placement, instead of O(n²).

use rustc_hash::FxHashMap;

/// A label's bounding box and importance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width, at least 0.
    pub width: f64,
    /// Height, at least 0.
    pub height: f64,
    /// Higher is shown first. NaN ranks below everything.
    pub priority: f64,
}

impl LabelBox {
    /// Whether the box can be placed at all: finite position and size, size not negative.
    fn is_placeable(&self) -> bool {
        let right = self.x + self.width;
        let bottom = self.y + self.height;
        self.width >= 0.0
            && self.height >= 0.0
            && right.is_finite()
            && bottom.is_finite()
            && self.x.is_finite()
            && self.y.is_finite()
    }

    /// Whether the interiors intersect. Boxes that only touch along an edge do not
    /// collide, so labels can sit flush against each other.
    pub(crate) fn overlaps(&self, other: &LabelBox) -> bool {
        self.x < other.x + other.width
            && other.x < self.x + self.width
            && self.y < other.y + other.height
            && other.y < self.y + self.height
    }
}

/// Which labels to show: `result[i]` is true when `boxes[i]` is visible.
///
/// Boxes are taken by descending priority, ties in input order, and each is shown unless
/// it overlaps a box already shown. The result depends only on the input, never on hash
/// order or timing. Boxes with a NaN or infinite coordinate, or a negative size, are
/// never shown.
pub fn resolve_collisions(boxes: &[LabelBox]) -> Vec<bool> {
    let spots: Vec<Vec<LabelBox>> = boxes.iter().map(|b| vec![*b]).collect();
    place_labels(&[], &spots)
        .into_iter()
        .map(|spot| spot.is_some())
        .collect()
}

/// Where to put labels that may each go in one of several spots: `result[i]` is the
/// index in `spots[i]` of the spot label `i` takes, or `None` when it is hidden.
///
/// `obstacles` (the marks themselves, say) are always there: no label is placed over
/// one. Labels are taken by descending priority of their first spot, ties in input
/// order; each takes the first of its spots, in the order given, that is placeable and
/// overlaps neither an obstacle nor a label already placed. With one spot per label and
/// no obstacles this is [`resolve_collisions`].
pub fn place_labels(obstacles: &[LabelBox], spots: &[Vec<LabelBox>]) -> Vec<Option<usize>> {
    // One flat list, obstacles first, so the grid can refer to every box by index.
    let mut boxes: Vec<LabelBox> = obstacles.to_vec();
    let mut first_of = Vec::with_capacity(spots.len());
    for label in spots {
        first_of.push(boxes.len());
        boxes.extend_from_slice(label);
    }
    let placeable: Vec<usize> = (0..boxes.len())
        .filter(|&i| boxes[i].is_placeable())
        .collect();
    let mut grid = Grid::new(&boxes, &placeable);
    for (i, obstacle) in obstacles.iter().enumerate() {
        if obstacle.is_placeable() {
            grid.insert(obstacle, i);
        }
    }
    let mut order: Vec<usize> = (0..spots.len()).filter(|&i| !spots[i].is_empty()).collect();
    // A stable sort on priority alone would also keep ties in input order; comparing the
    // index as well states the rule instead of relying on it.
    crate::core::order::sort_indices(&mut order, &|a, b| {
        rank(spots[b][0].priority)
            .total_cmp(&rank(spots[a][0].priority))
            .then(a.cmp(&b))
    });
    let mut chosen = vec![None; spots.len()];
    for label in order {
        let free = spots[label]
            .iter()
            .position(|spot| spot.is_placeable() && !grid.collides(&boxes, spot));
        if let Some(spot) = free {
            grid.insert(&spots[label][spot], first_of[label] + spot);
            chosen[label] = Some(spot);
        }
    }
    chosen
}

/// A priority as a totally ordered number: NaN last, and −0 equal to 0.
fn rank(priority: f64) -> f64 {
    if priority.is_nan() {
        f64::NEG_INFINITY
    } else {
        priority + 0.0
    }
}

/// Boxes wider or taller than this many cells go to `Grid::large` instead of being
/// written into every cell they cover, so one huge box cannot cost millions of entries.
const MAX_CELLS_PER_BOX: i128 = 16;

/// The cells of a uniform grid (cells `cell_width` by `cell_height`) that box `b`
/// covers, as inclusive column and row ranges, or `None` when that is more than
/// `MAX_CELLS_PER_BOX` in either direction, so that one huge box cannot cost millions
/// of entries: callers keep such boxes in a list of their own. The network's names use
/// it too, to index nodes by the cells they reach (`graph::crowding`).
///
/// The cell of a coordinate is monotonic in the coordinate (float-to-int casts
/// saturate), so two overlapping boxes always share a cell, even far from the origin.
pub fn grid_cells(b: &LabelBox, cell_width: f64, cell_height: f64) -> Option<(i64, i64, i64, i64)> {
    let column = |x: f64| (x / cell_width).floor() as i64;
    let row = |y: f64| (y / cell_height).floor() as i64;
    let (c0, c1) = (column(b.x), column(b.x + b.width));
    let (r0, r1) = (row(b.y), row(b.y + b.height));
    let small = i128::from(c1) - i128::from(c0) < MAX_CELLS_PER_BOX
        && i128::from(r1) - i128::from(r0) < MAX_CELLS_PER_BOX;
    small.then_some((c0, c1, r0, r1))
}

/// The shown boxes, indexed by the grid cells they cover.
struct Grid {
    cell_width: f64,
    cell_height: f64,
    /// Hashed with FxHash: the keys are cells of the screen, which no one chooses to
    /// collide, and the standard hasher's defence against that cost a fifth of the time
    /// the network's names take (`network/names` in the benchmarks).
    cells: FxHashMap<(i64, i64), Vec<usize>>,
    /// Shown boxes too large for the cell index; every candidate is checked against them.
    large: Vec<usize>,
    /// Every shown box, for candidates too large to look up cell by cell.
    shown: Vec<usize>,
}

impl Grid {
    /// An empty grid with cells the median label size, which keeps a typical label within
    /// a few cells whatever units the caller uses; the median rather than the mean so
    /// that a few huge boxes do not coarsen the grid for everyone.
    fn new(boxes: &[LabelBox], placeable: &[usize]) -> Self {
        let median = |size: fn(&LabelBox) -> f64| {
            let mut sizes: Vec<f64> = placeable
                .iter()
                .map(|&i| size(&boxes[i]))
                .filter(|&s| s > 0.0)
                .collect();
            if sizes.is_empty() {
                return 1.0;
            }
            let middle = sizes.len() / 2;
            let (_, m, _) = sizes.select_nth_unstable_by(middle, f64::total_cmp);
            *m
        };
        Self {
            cell_width: median(|b| b.width),
            cell_height: median(|b| b.height),
            cells: FxHashMap::default(),
            large: Vec::new(),
            shown: Vec::new(),
        }
    }

    /// The cells a box covers; see [`grid_cells`].
    fn cells_of(&self, b: &LabelBox) -> Option<(i64, i64, i64, i64)> {
        grid_cells(b, self.cell_width, self.cell_height)
    }

    /// Whether `candidate` overlaps any shown box.
    fn collides(&self, boxes: &[LabelBox], candidate: &LabelBox) -> bool {
        let hit = |&i: &usize| boxes[i].overlaps(candidate);
        if self.large.iter().any(hit) {
            return true;
        }
        match self.cells_of(candidate) {
            Some((c0, c1, r0, r1)) => (c0..=c1).any(|c| {
                (r0..=r1).any(|r| {
                    self.cells
                        .get(&(c, r))
                        .is_some_and(|ids| ids.iter().any(hit))
                })
            }),
            None => self.shown.iter().any(hit),
        }
    }

    /// Records `b` (at index `i`) as shown.
    fn insert(&mut self, b: &LabelBox, i: usize) {
        self.shown.push(i);
        match self.cells_of(b) {
            Some((c0, c1, r0, r1)) => {
                for c in c0..=c1 {
                    for r in r0..=r1 {
                        self.cells.entry((c, r)).or_default().push(i);
                    }
                }
            }
            None => self.large.push(i),
        }
    }
}

#[cfg(test)]
mod tests;
