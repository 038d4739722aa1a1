use super::*;
use crate::core::testkit::seeded;
use crate::core::timeline::badge_radius;
use crate::core::timeline::testkit::{at, badge, marks_only, row_mark};

/// Every mark labelled, ranked by its radius, 40 px wide.
fn by_radius(data: &TimelineData) -> impl Fn(usize, bool) -> Option<(f64, f64)> + '_ {
    |m, _| Some((data.marks[m].radius, 40.0))
}

/// Every mark's figure, ranked alike and 40 px wide.
fn alike(_: usize, _: bool) -> Option<(f64, f64)> {
    Some((1.0, 40.0))
}

/// `range` as a plot of one pixel a day.
fn plot(range: (f64, f64)) -> FigurePlot {
    FigurePlot {
        range,
        px_per_day: 1.0,
    }
}

/// Every row wants figures.
fn every(_: (usize, u16)) -> bool {
    true
}

/// At most `max` figures for every mark, ranked by radius, 40 px wide, in an 800 px plot.
fn place(data: &TimelineData, glyphs: &[Glyph], max: usize) -> Vec<Figure> {
    place_figures(
        data,
        glyphs,
        every,
        by_radius(data),
        plot((0.0, 800.0)),
        max,
        &[],
    )
}

#[test]
fn the_largest_mark_gets_its_figure_on_its_right() {
    let data = marks_only(vec![row_mark(0, 0, 10.0), row_mark(0, 0, 18.0)]);
    let glyphs = [at(0, 100.0), at(1, 300.0)];
    let placed = place(&data, &glyphs, 1);
    // 300 + 18 reach + 1 outline + 4 gap.
    assert_eq!(
        placed,
        vec![Figure {
            mark: 1,
            row: (0, 0),
            x: 323.0,
            before: false,
            badge: false,
            span: (323.0, 363.0),
        }]
    );
}

#[test]
fn figures_go_right_then_left_then_nowhere() {
    // (the other glyph's centre in the row, where the figure goes)
    let cases: &[(f64, Option<(f64, bool)>)] = &[
        // Far away: on the right.
        (400.0, Some((215.0, false))),
        // Close on the right: on the left (200 - 10 reach - 1 - 4 gap).
        (250.0, Some((185.0, true))),
    ];
    for &(other, expected) in cases {
        let data = marks_only(vec![row_mark(0, 0, 10.0), row_mark(0, 0, 4.0)]);
        let glyphs = [at(0, 200.0), at(1, other)];
        let placed = place(&data, &glyphs, 1);
        let got = placed.first().map(|f| (f.x, f.before));
        assert_eq!(got, expected, "other glyph at {other}");
    }
    // Hemmed in on both sides: no figure at all.
    let data = marks_only(vec![
        row_mark(0, 0, 4.0),
        row_mark(0, 0, 10.0),
        row_mark(0, 0, 4.0),
    ]);
    let glyphs = [at(0, 150.0), at(1, 200.0), at(2, 250.0)];
    let labels = |m: usize, _| (m == 1).then_some((1.0, 40.0));
    assert!(place_figures(&data, &glyphs, every, labels, plot((0.0, 800.0)), 5, &[]).is_empty());
}

#[test]
fn figures_stay_inside_the_plot() {
    let data = marks_only(vec![row_mark(0, 0, 10.0)]);
    let cases: &[(f64, (f64, f64), Option<bool>)] = &[
        // Near the right edge: on the left.
        (780.0, (0.0, 800.0), Some(true)),
        // Near the left edge: on the right.
        (20.0, (0.0, 800.0), Some(false)),
        // A plot too narrow for either side.
        (50.0, (0.0, 100.0), None),
        // A plot given right to left is the same plot.
        (780.0, (800.0, 0.0), Some(true)),
    ];
    for &(x, plot, expected) in cases {
        let placed = place_figures(
            &data,
            &[at(0, x)],
            every,
            by_radius(&data),
            self::plot(plot),
            3,
            &[],
        );
        assert_eq!(
            placed.first().map(|f| f.before),
            expected,
            "mark at {x} in {plot:?}"
        );
    }
}

#[test]
fn the_largest_marks_win_the_room_and_no_more_than_max_are_placed() {
    // Marks 0 and 1 face each other across a gap that holds one figure, with 16 px to
    // spare past its far end; mark 3, close on mark 1's right and unlabelled, sends
    // mark 1's figure into that gap.
    let data = marks_only(vec![
        row_mark(0, 0, 6.0),
        row_mark(0, 0, 12.0),
        row_mark(1, 0, 8.0),
        row_mark(0, 0, 4.0),
    ]);
    let glyphs = [at(0, 100.0), at(1, 180.0), at(2, 600.0), at(3, 210.0)];
    let labels = |m: usize, _| (m != 3).then(|| (data.marks[m].radius, 40.0));
    let placed = place_figures(&data, &glyphs, every, labels, plot((50.0, 800.0)), 5, &[]);
    let sides: Vec<(usize, bool)> = placed.iter().map(|f| (f.mark, f.before)).collect();
    // Mark 1, the largest, takes the gap; mark 2 has its own lane; mark 0 finds its
    // right taken and its left cut off by the plot's edge.
    assert_eq!(sides, vec![(1, true), (2, false)]);
    let placed = place_figures(&data, &glyphs, every, labels, plot((50.0, 800.0)), 1, &[]);
    assert_eq!(placed.iter().map(|f| f.mark).collect::<Vec<_>>(), vec![1]);
    assert!(place_figures(&data, &glyphs, every, labels, plot((50.0, 800.0)), 0, &[]).is_empty());

    // Ten pixels closer, the figure would end 6 px from mark 0, under the clearance a
    // figure keeps at its far end: it would read as mark 0's, so mark 1 goes without.
    let closer = [at(0, 100.0), at(1, 170.0), at(2, 600.0), at(3, 200.0)];
    let placed = place_figures(&data, &closer, every, labels, plot((50.0, 800.0)), 5, &[]);
    let sides: Vec<(usize, bool)> = placed.iter().map(|f| (f.mark, f.before)).collect();
    assert_eq!(sides, vec![(2, false)]);
}

#[test]
fn badges_block_their_own_row_only() {
    let data = marks_only(vec![row_mark(0, 0, 10.0), row_mark(0, 1, 10.0)]);
    let glyphs = [at(0, 200.0), at(1, 200.0), badge(0, 0, 240.0, 12)];
    let placed = place(&data, &glyphs, 5);
    let sides: Vec<(usize, bool)> = placed.iter().map(|f| (f.mark, f.before)).collect();
    // Row 0 has the badge on the right, so its mark's figure goes left; row 1 is clear.
    assert_eq!(sides, vec![(0, true), (1, false)]);
}

#[test]
fn empty_unlabelled_and_hostile_input_places_nothing_odd() {
    let data = marks_only(vec![
        row_mark(0, 0, 10.0),
        row_mark(0, 0, 10.0),
        row_mark(0, 0, 0.0),
    ]);
    let none = |_: usize, _| None;
    assert!(
        place_figures(
            &data,
            &[],
            every,
            by_radius(&data),
            plot((0.0, 800.0)),
            5,
            &[]
        )
        .is_empty()
    );
    assert!(
        place_figures(
            &data,
            &[at(0, 100.0)],
            every,
            none,
            plot((0.0, 800.0)),
            5,
            &[]
        )
        .is_empty()
    );
    // NaN ranks, empty widths, NaN positions and marks that do not exist are skipped.
    let hostile = |m: usize, _| match m {
        0 => Some((f64::NAN, 40.0)),
        1 => Some((1.0, 0.0)),
        _ => Some((1.0, 40.0)),
    };
    let glyphs = [at(0, 100.0), at(1, 300.0), at(2, f64::NAN), at(9, 500.0)];
    assert!(place_figures(&data, &glyphs, every, hostile, plot((0.0, 800.0)), 5, &[]).is_empty());
    // A diamond (no amount drawn) may still carry a figure if asked to, clear of its tips.
    let glyphs = [at(2, 100.0)];
    let placed = place_figures(&data, &glyphs, every, alike, plot((0.0, 800.0)), 5, &[]);
    assert_eq!(placed[0].x, 100.0 + DIAMOND + 1.0 + FIGURE_GAP);
}

#[test]
fn no_figure_touches_a_glyph_or_another_figure_in_generated_rows() {
    let mut next = seeded(11);
    let mut placed_in_all = 0;
    for round in 0..200 {
        let count = 1 + next(40);
        let marks: Vec<Mark> = (0..count)
            .map(|_| {
                let mut m = row_mark(next(3), next(2) as u16, next(19) as f64);
                // Some "at least" marks, whose spikes reach past their circle.
                if m.radius > 0.0 && next(4) == 0 {
                    m.range = Some(RangeKind::AtLeast);
                    m.floor_radius = m.radius / 2.0;
                }
                m
            })
            .collect();
        let data = marks_only(marks);
        let mut glyphs: Vec<Glyph> = (0..count).map(|m| at(m, next(900) as f64)).collect();
        // And a few badges among them.
        let badges: Vec<(usize, u16, f64, usize)> = (0..next(4))
            .map(|_| (next(3), next(2) as u16, next(900) as f64, 2 + next(30)))
            .collect();
        glyphs.extend(
            badges
                .iter()
                .map(|&(lane, row, x, count)| badge(lane, row, x, count)),
        );
        let widths: Vec<f64> = (0..count).map(|_| 20.0 + next(60) as f64).collect();
        let label = |m: usize, _| Some((data.marks[m].radius, widths[m]));
        let plot = (30.0, 870.0);
        let max = next(8);
        let placed = place_figures(&data, &glyphs, every, label, self::plot(plot), max, &[]);
        assert!(placed.len() <= max, "round {round}");
        placed_in_all += placed.len();
        let span = |f: &Figure| {
            let w = widths[f.mark];
            if f.before {
                (f.x - w, f.x)
            } else {
                (f.x, f.x + w)
            }
        };
        for (i, f) in placed.iter().enumerate() {
            let (a, b) = span(f);
            assert!(
                a >= plot.0 && b <= plot.1,
                "round {round}: figure outside the plot"
            );
            let row = (data.marks[f.mark].lane, data.marks[f.mark].stack);
            for (m, g) in glyphs.iter().take(count).enumerate() {
                let same_row = (data.marks[m].lane, data.marks[m].stack) == row;
                let reach = mark_reach(&data.marks[m]);
                let x = g.x();
                assert!(
                    !same_row || b <= x - reach || a >= x + reach,
                    "round {round}: figure of mark {} over mark {m}",
                    f.mark
                );
            }
            for &(lane, badge_row, x, n) in &badges {
                let reach = badge_radius(n);
                assert!(
                    (lane, badge_row) != row || b <= x - reach || a >= x + reach,
                    "round {round}: figure of mark {} over a badge",
                    f.mark
                );
            }
            for g in &placed[..i] {
                let (c, d) = span(g);
                let same_row = (data.marks[g.mark].lane, data.marks[g.mark].stack) == row;
                assert!(
                    !same_row || b <= c || a >= d,
                    "round {round}: figures overlap"
                );
            }
        }
    }
    // Most rounds have room for some: the check above is not vacuous.
    assert!(
        placed_in_all > 200,
        "only {placed_in_all} figures placed in 200 rounds"
    );
}

#[test]
fn obstacles_and_small_amounts_keep_figures_away() {
    let data = marks_only(vec![row_mark(0, 0, 10.0), row_mark(1, 0, 10.0)]);
    let glyphs = [at(0, 200.0), at(1, 200.0)];
    // The selected mark drawn out of a badge just right of mark 0, in its row only.
    let popped = [((0, 0), (220.0, 250.0))];
    let placed = place_figures(&data, &glyphs, every, alike, plot((0.0, 800.0)), 5, &popped);
    let sides: Vec<(usize, bool)> = placed.iter().map(|f| (f.mark, f.before)).collect();
    assert_eq!(sides, vec![(0, true), (1, false)]);
    // Under a tenth of the timeline's largest amount (the scale's top is 1.0 here): none.
    let small = |m: usize, _| Some((if m == 0 { 0.09 } else { 0.1 }, 40.0));
    let placed = place_figures(&data, &glyphs, every, small, plot((0.0, 800.0)), 5, &[]);
    assert_eq!(placed.iter().map(|f| f.mark).collect::<Vec<_>>(), vec![1]);
}

/// Lane 0: in row 0, a stack of three on days 0–1 (radii 5, then 12 and 3 beneath) and a
/// mark of radius 8 on days 10–11; lane 1 holds a mark of radius 20 on days 0–1.
fn stacked() -> TimelineData {
    let at_days = |lane: usize, stack: u16, radius: f64, start: f64, height: u16| Mark {
        day_start: start,
        day_end: start + 1.0,
        center_day: start + 0.5,
        stack_height: height,
        ..row_mark(lane, stack, radius)
    };
    marks_only(vec![
        at_days(0, 0, 5.0, 0.0, 3),
        at_days(0, 0, 8.0, 10.0, 1),
        at_days(0, 1, 12.0, 0.0, 3),
        at_days(0, 2, 3.0, 0.0, 3),
        at_days(1, 0, 20.0, 0.0, 1),
    ])
}

#[test]
fn a_badge_leads_with_the_largest_mark_it_holds_stacks_folded_in() {
    let data = stacked();
    let cases: &[(&str, std::ops::Range<usize>, Option<usize>)] = &[
        ("row 0 with its stacks", 0..2, Some(2)),
        ("only the mark without a stack", 1..2, Some(1)),
        ("a lower row folds nothing in", 2..4, Some(2)),
        (
            "another lane's mark on the same days is not held",
            0..1,
            Some(2),
        ),
        ("no members", 0..0, None),
        ("members past the end", 7..9, None),
    ];
    for (name, members, expected) in cases {
        assert_eq!(badge_lead(&data, members.clone()), *expected, "{name}");
    }
}

#[test]
fn estimates_and_cancelled_deals_do_not_lead_a_badge() {
    use crate::core::timeline::Stroke;
    for (stroke, leads) in [
        (Stroke::Hollow, false),
        (Stroke::Cancelled, false),
        (Stroke::Dashed, true),
        (Stroke::Solid, true),
    ] {
        // Mark 2, the largest in lane 0, folded under mark 0.
        let mut data = stacked();
        data.marks[2].stroke = stroke;
        let want = if leads { Some(2) } else { Some(1) };
        assert_eq!(badge_lead(&data, 0..2), want, "{stroke:?}");
    }
    // A badge of nothing but estimates has no lead, so no figure.
    let mut data = stacked();
    for mark in &mut data.marks {
        mark.stroke = Stroke::Hollow;
    }
    assert_eq!(badge_lead(&data, 0..2), None);
}

#[test]
fn a_badge_carries_the_figure_of_its_largest_mark_beside_it_in_its_row() {
    let data = stacked();
    let mut held = badge(0, 0, 200.0, 4);
    if let Glyph::Cluster { marks, .. } = &mut held {
        *marks = 0..2;
    }
    let glyphs = [held, at(4, 200.0)];
    let placed = place(&data, &glyphs, 5);
    // Lane 1's mark is the largest, so it is placed first; the badge's figure is mark
    // 2's, folded two rows down, written in the badge's row just right of the badge.
    assert_eq!(placed.len(), 2);
    assert_eq!((placed[0].mark, placed[0].row), (4, (1, 0)));
    let badge_figure = placed[1];
    assert_eq!((badge_figure.mark, badge_figure.row), (2, (0, 0)));
    assert_eq!(badge_figure.x, 200.0 + badge_radius(4) + 1.0 + FIGURE_GAP);
    assert!(!badge_figure.before);
    assert!(badge_figure.badge && !placed[0].badge);
    // Only the rows that want figures get them.
    let off_screen = |row: (usize, u16)| row != (0, 0);
    let placed = place_figures(
        &data,
        &glyphs,
        off_screen,
        by_radius(&data),
        plot((0.0, 800.0)),
        5,
        &[],
    );
    assert_eq!(
        placed.iter().map(|f| f.row).collect::<Vec<_>>(),
        vec![(1, 0)]
    );
}
