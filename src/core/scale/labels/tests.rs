use super::*;

const NAN: f64 = f64::NAN;
const INF: f64 = f64::INFINITY;

fn label(x: f64, y: f64, width: f64, height: f64, priority: f64) -> LabelBox {
    LabelBox {
        x,
        y,
        width,
        height,
        priority,
    }
}

/// A small deterministic generator (xorshift64*), so the property tests need no
/// dependency and fail the same way every time.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// `n` labels scattered over a 1600 × 900 chart, mostly label-sized with a few huge.
fn scattered(seed: u64, n: usize) -> Vec<LabelBox> {
    let mut rng = Rng(seed);
    (0..n)
        .map(|_| {
            let huge = rng.next() < 0.01;
            let width = if huge {
                400.0
            } else {
                20.0 + rng.next() * 80.0
            };
            let height = if huge { 300.0 } else { 12.0 + rng.next() * 6.0 };
            let priority = (rng.next() * 50.0).floor();
            label(
                rng.next() * 1600.0,
                rng.next() * 900.0,
                width,
                height,
                priority,
            )
        })
        .collect()
}

/// The definition, written the slow obvious way.
fn quadratic_greedy(boxes: &[LabelBox]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..boxes.len()).collect();
    order.sort_by(|&a, &b| rank(boxes[b].priority).total_cmp(&rank(boxes[a].priority)));
    let mut visible = vec![false; boxes.len()];
    for &i in &order {
        let clear = (0..boxes.len()).all(|j| !visible[j] || !boxes[j].overlaps(&boxes[i]));
        visible[i] = boxes[i].is_placeable() && clear;
    }
    visible
}

#[test]
fn no_two_visible_boxes_overlap() {
    let boxes = scattered(0x5eed, 2_000);
    let visible = resolve_collisions(&boxes);
    let shown: Vec<&LabelBox> = boxes
        .iter()
        .zip(&visible)
        .filter(|(_, v)| **v)
        .map(|(b, _)| b)
        .collect();
    assert!(shown.len() > 100, "only {} shown", shown.len());
    for (i, a) in shown.iter().enumerate() {
        for b in &shown[i + 1..] {
            assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
        }
    }
}

#[test]
fn grid_matches_the_quadratic_definition() {
    for seed in [1, 2, 3, 0xdead_beef] {
        let boxes = scattered(seed, 2_000);
        assert_eq!(
            resolve_collisions(&boxes),
            quadratic_greedy(&boxes),
            "seed {seed}"
        );
    }
}

#[test]
fn higher_priority_wins() {
    let boxes = [
        label(0.0, 0.0, 50.0, 10.0, 1.0),
        label(10.0, 5.0, 50.0, 10.0, 2.0),
    ];
    assert_eq!(resolve_collisions(&boxes), [false, true]);
}

#[test]
fn ties_go_to_the_earlier_box() {
    let boxes = [
        label(0.0, 0.0, 50.0, 10.0, 3.0),
        label(10.0, 5.0, 50.0, 10.0, 3.0),
    ];
    assert_eq!(resolve_collisions(&boxes), [true, false]);
    let boxes = [
        label(0.0, 0.0, 50.0, 10.0, 0.0),
        label(10.0, 5.0, 50.0, 10.0, -0.0),
    ];
    assert_eq!(resolve_collisions(&boxes), [true, false]);
}

#[test]
fn results_are_deterministic() {
    let boxes = scattered(42, 1_500);
    let first = resolve_collisions(&boxes);
    for _ in 0..3 {
        assert_eq!(resolve_collisions(&boxes), first);
    }
}

#[test]
fn a_hidden_box_does_not_block_others() {
    // B loses to A; C overlaps only B, so C is shown.
    let boxes = [
        label(0.0, 0.0, 50.0, 10.0, 3.0),
        label(40.0, 0.0, 50.0, 10.0, 2.0),
        label(80.0, 0.0, 50.0, 10.0, 1.0),
    ];
    assert_eq!(resolve_collisions(&boxes), [true, false, true]);
}

#[test]
fn touching_boxes_both_show() {
    let boxes = [
        label(0.0, 0.0, 50.0, 10.0, 1.0),
        label(50.0, 0.0, 50.0, 10.0, 1.0),
        label(0.0, 10.0, 50.0, 10.0, 1.0),
    ];
    assert_eq!(resolve_collisions(&boxes), [true, true, true]);
}

#[test]
fn unplaceable_boxes_are_hidden_and_block_nothing() {
    let boxes = [
        label(NAN, 0.0, 50.0, 10.0, 9.0),
        label(0.0, INF, 50.0, 10.0, 9.0),
        label(0.0, 0.0, -5.0, 10.0, 9.0),
        label(0.0, 0.0, 50.0, NAN, 9.0),
        label(0.0, 0.0, INF, 10.0, 9.0),
        label(1e308, 0.0, 1e308, 10.0, 9.0),
        label(0.0, 0.0, 50.0, 10.0, NAN),
    ];
    assert_eq!(
        resolve_collisions(&boxes),
        [false, false, false, false, false, false, true]
    );
}

#[test]
fn nan_priority_ranks_last() {
    let boxes = [
        label(0.0, 0.0, 50.0, 10.0, NAN),
        label(10.0, 0.0, 50.0, 10.0, -1e300),
    ];
    assert_eq!(resolve_collisions(&boxes), [false, true]);
}

#[test]
fn huge_and_far_away_boxes_still_collide() {
    let boxes = [
        label(-1e9, -1e9, 2e9, 2e9, 10.0),
        label(5.0, 5.0, 10.0, 10.0, 1.0),
        label(1e300, 1e300, 1e290, 1e290, 5.0),
        label(1e300 + 1e289, 1e300 + 1e289, 1e289, 1e289, 4.0),
    ];
    assert_eq!(resolve_collisions(&boxes), [true, false, true, false]);
    // The same with the huge box placed last, so it is the candidate looked up by
    // scanning rather than the obstacle in the side list.
    let boxes = [
        label(5.0, 5.0, 10.0, 10.0, 10.0),
        label(-1e9, -1e9, 2e9, 2e9, 1.0),
    ];
    assert_eq!(resolve_collisions(&boxes), [true, false]);
}

#[test]
fn degenerate_inputs_do_not_panic() {
    assert!(resolve_collisions(&[]).is_empty());
    let zero = [
        label(3.0, 3.0, 0.0, 0.0, 1.0),
        label(3.0, 3.0, 0.0, 0.0, 1.0),
    ];
    assert_eq!(resolve_collisions(&zero), [true, true]);
    let stacked = vec![label(0.0, 0.0, 30.0, 12.0, 1.0); 5_000];
    let visible = resolve_collisions(&stacked);
    assert_eq!(visible.iter().filter(|v| **v).count(), 1);
    assert!(visible[0]);
}

#[test]
fn a_label_takes_its_first_free_spot_and_never_covers_an_obstacle() {
    // A mark at the origin; label 0 prefers the spot on it, so takes its second.
    let obstacles = [label(0.0, 0.0, 10.0, 10.0, 0.0)];
    let spots = vec![
        vec![
            label(0.0, 5.0, 20.0, 10.0, 2.0),
            label(0.0, 12.0, 20.0, 10.0, 2.0),
        ],
        // Label 1 ranks lower: both its spots are taken by the mark or by label 0.
        vec![
            label(5.0, 15.0, 20.0, 10.0, 1.0),
            label(2.0, 2.0, 4.0, 4.0, 1.0),
        ],
        // Label 2 is free where it first asks.
        vec![
            label(100.0, 0.0, 20.0, 10.0, 0.5),
            label(0.0, 0.0, 1.0, 1.0, 0.5),
        ],
    ];
    assert_eq!(place_labels(&obstacles, &spots), [Some(1), None, Some(0)]);
}

#[test]
fn spots_that_cannot_be_placed_are_skipped_and_empty_lists_hide() {
    let spots = vec![
        vec![
            label(NAN, 0.0, 10.0, 10.0, 1.0),
            label(0.0, 0.0, 10.0, 10.0, 1.0),
        ],
        vec![],
        vec![label(INF, 0.0, 10.0, 10.0, 1.0)],
    ];
    assert_eq!(
        place_labels(&[label(NAN, 0.0, 1.0, 1.0, 0.0)], &spots),
        [Some(1), None, None]
    );
}

#[test]
fn placed_labels_overlap_neither_each_other_nor_the_obstacles() {
    let obstacles = scattered(3, 120);
    let spots: Vec<Vec<LabelBox>> = scattered(9, 400)
        .into_iter()
        .map(|b| {
            [(0.0, 0.0), (0.0, -30.0), (40.0, 0.0), (-40.0, 0.0)]
                .map(|(dx, dy)| LabelBox {
                    x: b.x + dx,
                    y: b.y + dy,
                    ..b
                })
                .to_vec()
        })
        .collect();
    let chosen = place_labels(&obstacles, &spots);
    let placed: Vec<LabelBox> = chosen
        .iter()
        .zip(&spots)
        .filter_map(|(c, s)| c.map(|c| s[c]))
        .collect();
    assert!(placed.len() > 50, "{}", placed.len());
    for (i, a) in placed.iter().enumerate() {
        assert!(placed[i + 1..].iter().all(|b| !a.overlaps(b)));
        assert!(
            obstacles
                .iter()
                .filter(|o| o.is_placeable())
                .all(|o| !a.overlaps(o))
        );
    }
}
