use super::*;
use crate::core::testkit::seeded;
use crate::core::timeline::testkit::{at, badge, marks_only, row_mark};
use crate::core::timeline::{DIAMOND, Mark, badge_radius};

/// Every mark wants a title, and no title fits whole anywhere.
fn all(_: usize) -> Option<f64> {
    Some(f64::INFINITY)
}

#[test]
fn a_title_runs_from_its_mark_to_the_next_glyph_of_its_row() {
    // Mark 0 (radius 10) at 100, mark 1 (radius 10) at 400: mark 0's title starts at
    // 100 + 10 + 1 outline + 4 gap and stops 10 px before mark 1's reach (389).
    let data = marks_only(vec![row_mark(0, 0, 10.0), row_mark(0, 0, 10.0)]);
    let glyphs = [at(0, 100.0), at(1, 400.0)];
    let rooms = title_rooms(&data, &glyphs, &[], &[], (0.0, 800.0), all);
    assert_eq!(
        rooms,
        vec![
            TitleRoom {
                mark: 0,
                x: 115.0,
                width: 379.0 - 115.0,
                before: false,
            },
            TitleRoom {
                mark: 1,
                x: 415.0,
                width: 385.0,
                before: false,
            },
        ]
    );
}

#[test]
fn a_title_follows_its_marks_figure_and_keeps_clear_of_others() {
    let data = marks_only(vec![
        row_mark(0, 0, 10.0),
        row_mark(0, 0, 0.0),
        row_mark(1, 0, 10.0),
    ]);
    let glyphs = [at(0, 100.0), at(1, 500.0), at(2, 100.0)];
    // Mark 0's figure on its right; mark 1's figure on its left, in mark 0's way.
    let figures = [
        Figure {
            mark: 0,
            row: (0, 0),
            x: 115.0,
            before: false,
            badge: false,
            span: (115.0, 195.0),
        },
        Figure {
            mark: 1,
            row: (0, 0),
            x: 490.0,
            before: true,
            badge: false,
            span: (420.0, 490.0),
        },
    ];
    let rooms = title_rooms(&data, &glyphs, &figures, &[], (0.0, 800.0), all);
    // Mark 0's title keeps 24 px from mark 1's figure, lest the two read as one phrase.
    let mark_0 = rooms.iter().find(|r| r.mark == 0).unwrap();
    assert_eq!((mark_0.x, mark_0.width), (201.0, 396.0 - 201.0));
    // Mark 1, a diamond, runs to the plot's edge; mark 2's row holds nothing else.
    let mark_1 = rooms.iter().find(|r| r.mark == 1).unwrap();
    assert_eq!(mark_1.x, 500.0 + DIAMOND + 1.0 + FIGURE_GAP);
    assert_eq!(mark_1.x + mark_1.width, 800.0);
    assert!(rooms.iter().any(|r| r.mark == 2 && r.x == 115.0));
}

#[test]
fn cramped_hidden_and_offside_marks_get_no_title() {
    let data = marks_only(vec![
        row_mark(0, 0, 4.0),
        row_mark(0, 0, 4.0),
        row_mark(0, 1, 4.0),
        row_mark(0, 2, 4.0),
    ]);
    // (what the case is, the glyphs, the plot, the marks given a title)
    type Case = (&'static str, Vec<Glyph>, (f64, f64), Vec<usize>);
    let cases: &[Case] = &[
        // 60 px between two marks: less than ten characters.
        (
            "cramped",
            vec![at(0, 100.0), at(1, 160.0)],
            (0.0, 800.0),
            vec![1],
        ),
        // A badge right after the mark in its row.
        (
            "badge",
            vec![at(0, 100.0), badge(0, 0, 150.0, 4)],
            (0.0, 800.0),
            vec![],
        ),
        // A badge in another row does not count.
        (
            "other row",
            vec![at(2, 100.0), badge(0, 0, 150.0, 4)],
            (0.0, 800.0),
            vec![2],
        ),
        // Near the plot's right edge behind another mark: it shares that mark's title's
        // room (see `titles_before_tests`). Left of the plot's left edge: nothing.
        (
            "right edge",
            vec![at(1, 100.0), at(0, 750.0)],
            (0.0, 800.0),
            vec![1, 0],
        ),
        ("left edge", vec![at(0, -30.0)], (0.0, 800.0), vec![]),
        // A plot given right to left is the same plot.
        ("reversed plot", vec![at(3, 100.0)], (800.0, 0.0), vec![3]),
        // Positions that are not numbers and marks that do not exist.
        (
            "hostile",
            vec![at(0, f64::NAN), at(9, 100.0)],
            (0.0, 800.0),
            vec![],
        ),
        ("empty", vec![], (0.0, 800.0), vec![]),
    ];
    for (name, glyphs, plot, expected) in cases {
        let rooms = title_rooms(&data, glyphs, &[], &[], *plot, all);
        let marks: Vec<usize> = rooms.iter().map(|r| r.mark).collect();
        assert_eq!(&marks, expected, "{name}");
    }
    // Only the marks asked for.
    let glyphs = [at(2, 100.0), at(3, 100.0)];
    let rooms = title_rooms(&data, &glyphs, &[], &[], (0.0, 800.0), |m| {
        (m == 3).then_some(f64::INFINITY)
    });
    assert_eq!(rooms.iter().map(|r| r.mark).collect::<Vec<_>>(), vec![3]);
}

#[test]
fn an_obstacle_reaching_over_the_start_blocks_the_title() {
    let data = marks_only(vec![row_mark(0, 0, 10.0)]);
    let glyphs = [at(0, 100.0)];
    // The selected mark drawn out of a badge across where the title would start, then
    // one that starts further on and only shortens it.
    let over = [((0, 0), (90.0, 130.0))];
    assert!(title_rooms(&data, &glyphs, &[], &over, (0.0, 800.0), all).is_empty());
    let ahead = [((0, 0), (300.0, 320.0)), ((0, 0), (50.0, 60.0))];
    let rooms = title_rooms(&data, &glyphs, &[], &ahead, (0.0, 800.0), all);
    assert_eq!(rooms[0].width, 290.0 - 115.0);
}

#[test]
fn no_title_touches_a_glyph_or_another_title_in_generated_rows() {
    let mut next = seeded(5);
    let (mut placed, mut placed_before) = (0, 0);
    for round in 0..200 {
        let count = 1 + next(30);
        let marks: Vec<Mark> = (0..count)
            .map(|_| row_mark(next(3), next(2) as u16, next(19) as f64))
            .collect();
        let data = marks_only(marks);
        let mut glyphs: Vec<Glyph> = (0..count).map(|m| at(m, next(900) as f64)).collect();
        glyphs.extend(
            (0..next(4)).map(|_| badge(next(3), next(2) as u16, next(900) as f64, 2 + next(30))),
        );
        // Obstacles too (the selected mark drawn out of its badge), which titles
        // before their marks must keep clear of as much as titles after them.
        let obstacles: Vec<Obstacle> = (0..next(3))
            .map(|_| {
                let start = next(900) as f64;
                ((next(3), next(2) as u16), (start, start + 12.0))
            })
            .collect();
        let plot = (30.0, 870.0);
        let rooms = title_rooms(&data, &glyphs, &[], &obstacles, plot, all);
        placed += rooms.len();
        placed_before += rooms.iter().filter(|r| r.before).count();
        let row_of = |g: &Glyph| match g {
            Glyph::Mark { mark, .. } => (data.marks[*mark].lane, data.marks[*mark].stack),
            Glyph::Cluster { lane, row, .. } => (*lane, *row),
        };
        let reach_of = |g: &Glyph| match g {
            Glyph::Mark { mark, .. } => mark_reach(&data.marks[*mark]),
            Glyph::Cluster { count, .. } => badge_radius(*count) + 1.0,
        };
        for (i, room) in rooms.iter().enumerate() {
            let (a, b) = (room.x, room.x + room.width);
            assert!(
                a >= plot.0 && b <= plot.1,
                "round {round}: title outside the plot"
            );
            let row = (data.marks[room.mark].lane, data.marks[room.mark].stack);
            for g in &glyphs {
                let (x, reach) = (g.x(), reach_of(g));
                assert!(
                    row_of(g) != row || b <= x - reach || a >= x + reach,
                    "round {round}: title of mark {} over a glyph",
                    room.mark
                );
            }
            for (at, (start, end)) in &obstacles {
                assert!(
                    *at != row || b <= *start || a >= *end,
                    "round {round}: title of mark {} over an obstacle",
                    room.mark
                );
            }
            for other in &rooms[..i] {
                let same = (data.marks[other.mark].lane, data.marks[other.mark].stack) == row;
                assert!(
                    !same || b <= other.x || a >= other.x + other.width,
                    "round {round}: titles overlap"
                );
            }
        }
    }
    assert!(placed > 100, "only {placed} titles in 200 rounds");
    assert!(
        placed_before > 10,
        "only {placed_before} titles before marks"
    );
}

#[test]
fn a_lone_mark_anywhere_in_an_empty_row_gets_its_room() {
    // Fractional positions, where the title's start and the mark's edge differ by
    // rounding: none may lose the title to its own mark.
    let data = marks_only(vec![row_mark(0, 0, 10.0), row_mark(0, 1, 0.0)]);
    let mut missing = Vec::new();
    for i in 0..10_000 {
        let x = 50.0 + f64::from(i) * 0.0731;
        for mark in 0..2 {
            if title_rooms(&data, &[at(mark, x)], &[], &[], (0.0, 1600.0), all).is_empty() {
                missing.push((mark, x));
            }
        }
    }
    assert_eq!(missing, Vec::<(usize, f64)>::new());
}
