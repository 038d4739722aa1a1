//! Titles written before their marks: where nothing precedes a mark in its row and
//! the room after it is too small, or short and smaller than the room before.

use super::*;
use crate::core::timeline::testkit::{at, badge, marks_only, row_mark};

/// Every mark wants a title, and no title fits whole anywhere.
fn all(_: usize) -> Option<f64> {
    Some(f64::INFINITY)
}

/// Mark 0's figure, written before it in row (0, 0): from `start` to 735, just left of
/// the mark at 750 (reach 11) that most tests here place.
fn figure_before(start: f64) -> Figure {
    Figure {
        mark: 0,
        row: (0, 0),
        x: 735.0,
        before: true,
        badge: false,
        span: (start, 735.0),
    }
}

#[test]
fn a_mark_with_no_room_after_it_and_nothing_before_it_takes_the_room_before() {
    // Radius 10 at 750 of an 800 px plot: 39 px after it; before it, from 10 px clear
    // of the plot's edge (where the lanes' names end) to 6 px before its reach, 11.
    let data = marks_only(vec![row_mark(0, 0, 10.0), row_mark(0, 0, 10.0)]);
    let alone = title_rooms(&data, &[at(0, 750.0)], &[], &[], (0.0, 800.0), all);
    let before = |x: f64, width: f64| TitleRoom {
        mark: 0,
        x,
        width,
        before: true,
    };
    assert_eq!(alone, vec![before(10.0, 723.0)]);
    // With its figure before it, the title ends before the figure, further from it
    // than from a mark, so that the two do not read as one phrase.
    let figure = figure_before(670.0);
    let rooms = title_rooms(&data, &[at(0, 750.0)], &[figure], &[], (0.0, 800.0), all);
    assert_eq!(rooms, vec![before(10.0, 670.0 - 16.0 - 10.0)]);
    // A glyph wholly left of the plot precedes nothing that shows; a plot that starts
    // further right starts the room there.
    let off = title_rooms(
        &data,
        &[at(1, -50.0), at(0, 750.0)],
        &[],
        &[],
        (20.0, 800.0),
        all,
    );
    assert_eq!(off, vec![before(30.0, 703.0)]);
    // With its figure after it, the title stays after the figure where a title fits
    // there: title and figure on either side of the mark read as two marks' labels.
    // Where none fits, it goes before the mark rather than leave the figure untitled.
    let after = Figure {
        before: false,
        x: 765.0,
        span: (765.0, 790.0),
        ..figure
    };
    let rooms = title_rooms(&data, &[at(0, 750.0)], &[after], &[], (0.0, 800.0), all);
    assert_eq!(rooms, vec![before(10.0, 723.0)]);
    // A whole title of 300 px fits before (723 px) and not after (204): before, whole,
    // rather than cut after the figure.
    let whole = title_rooms(&data, &[at(0, 750.0)], &[after], &[], (0.0, 1000.0), |_| {
        Some(300.0)
    });
    assert_eq!(whole, vec![before(10.0, 723.0)]);
    let wide = title_rooms(&data, &[at(0, 750.0)], &[after], &[], (0.0, 1000.0), all);
    assert_eq!(
        wide,
        vec![TitleRoom {
            mark: 0,
            x: 796.0,
            width: 204.0,
            before: false,
        }]
    );
    // Beyond the plot's right edge (drawn for its band), nothing before it shows.
    let beyond = title_rooms(&data, &[at(0, 1500.0)], &[], &[], (0.0, 800.0), all);
    assert_eq!(beyond, vec![]);
}

#[test]
fn a_title_goes_before_a_mark_that_something_precedes_only_after_it() {
    let data = marks_only(vec![row_mark(0, 0, 10.0), row_mark(0, 0, 4.0)]);
    // (what precedes mark 0 at 750, as glyphs and obstacles)
    type Case = (&'static str, Vec<Glyph>, Vec<Obstacle>);
    let cases: &[Case] = &[
        ("a mark", vec![at(1, 40.0), at(0, 750.0)], vec![]),
        ("a badge", vec![badge(0, 0, 300.0, 3), at(0, 750.0)], vec![]),
        (
            "an obstacle",
            vec![at(0, 750.0)],
            vec![((0, 0), (500.0, 520.0))],
        ),
        (
            "a mark reaching into the plot",
            vec![at(1, -2.0), at(0, 750.0)],
            vec![],
        ),
    ];
    // Mark 0 never takes the room from the plot's edge; after a mark, whose title runs
    // up to it, it may share that title's room (see below), starting after it.
    for (name, glyphs, obstacles) in cases {
        let rooms = title_rooms(&data, glyphs, &[], obstacles, (0.0, 800.0), all);
        let from_the_edge = rooms.iter().any(|r| r.mark == 0 && r.x <= 10.0);
        assert!(!from_the_edge, "{name}: {rooms:?}");
        let others = rooms.iter().filter(|r| r.mark != 0);
        let after_them = rooms
            .iter()
            .filter(|r| r.mark == 0)
            .all(|r| others.clone().all(|o| o.x + o.width + 24.0 <= r.x));
        assert!(after_them, "{name}: {rooms:?}");
    }
}

#[test]
fn a_figure_after_another_marks_title_gets_its_own_marks_title_before_it() {
    // Mark 1 (radius 10, reach 11) at 100, its title from 115; mark 0 at 750 with its figure
    // before it, from 670, and no room after it in an 800 px plot.
    let data = marks_only(vec![row_mark(0, 0, 10.0), row_mark(0, 0, 10.0)]);
    let room = |mark: usize, x: f64, width: f64, before: bool| TitleRoom {
        mark,
        x,
        width,
        before,
    };
    // (what the case is, where the figure starts, the plot's width, the rooms)
    type Case = (&'static str, f64, f64, Vec<TitleRoom>);
    let cases: &[Case] = &[
        // 670 - 6 - 115 - 24 = 525 px shared: 262.5 each, 24 px apart.
        (
            "room for two",
            670.0,
            800.0,
            vec![room(1, 115.0, 262.5, false), room(0, 401.5, 262.5, true)],
        ),
        // 320 - 145 = 175 px shared: 87.5 each, less than 14 characters (92.4 px).
        // The title before keeps it all.
        (
            "too little",
            320.0,
            800.0,
            vec![room(1, 115.0, 320.0 - 24.0 - 115.0, false)],
        ),
    ];
    let glyphs = [at(1, 100.0), at(0, 750.0)];
    for (name, start, width, expected) in cases {
        let rooms = title_rooms(
            &data,
            &glyphs,
            &[figure_before(*start)],
            &[],
            (0.0, *width),
            all,
        );
        assert_eq!(&rooms, expected, "{name}");
    }
    // Without a figure before it, the mark after a title shares its room all the same:
    // that title ran up to it, most of its room empty, and left it unnamed.
    let rooms = title_rooms(&data, &glyphs, &[], &[], (0.0, 800.0), all);
    assert_eq!(
        rooms,
        vec![room(1, 115.0, 297.0, false), room(0, 436.0, 297.0, true)]
    );
    // Something other than a title in between (an obstacle): the mark goes without.
    let obstacle = [((0, 0), (500.0, 520.0))];
    let rooms = title_rooms(
        &data,
        &glyphs,
        &[figure_before(670.0)],
        &obstacle,
        (0.0, 800.0),
        all,
    );
    assert_eq!(rooms, vec![room(1, 115.0, 500.0 - 10.0 - 115.0, false)]);
    // However close to the mark it lies: the title ends 10 px before it, near enough
    // to the figure to be sharing its room, but the obstacle stays between them.
    let close = [((0, 0), (656.0, 662.0))];
    let rooms = title_rooms(
        &data,
        &glyphs,
        &[figure_before(670.0)],
        &close,
        (0.0, 800.0),
        all,
    );
    assert_eq!(rooms, vec![room(1, 115.0, 656.0 - 10.0 - 115.0, false)]);
}

#[test]
fn a_short_room_after_a_mark_gives_way_to_a_larger_one_before_it() {
    // Radius 4 (reach 5): the room after a mark at `x` of a plot `width` wide is
    // width - x - 9, the room before it x - 21 (10 px clear of the plot's edge).
    let data = marks_only(vec![row_mark(0, 0, 4.0), row_mark(0, 0, 4.0)]);
    // (what the case is, the glyphs, the plot's width, the rooms as (mark, before))
    type Case = (&'static str, Vec<Glyph>, f64, Vec<(usize, bool)>);
    let cases: &[Case] = &[
        // 151 px after (less than 24 characters), 379 before: before.
        ("phone", vec![at(0, 400.0)], 560.0, vec![(0, true)]),
        // 491 px after: after, though 279 would do before.
        ("room after", vec![at(0, 300.0)], 800.0, vec![(0, false)]),
        // 151 px after and 129 before: after, where titles belong.
        (
            "no larger before",
            vec![at(0, 150.0)],
            310.0,
            vec![(0, false)],
        ),
        // Short after, but a mark precedes it: after, and the first mark's room runs
        // up to it.
        (
            "preceded",
            vec![at(1, 50.0), at(0, 400.0)],
            560.0,
            vec![(1, false), (0, false)],
        ),
    ];
    for (name, glyphs, width, expected) in cases {
        let rooms = title_rooms(&data, glyphs, &[], &[], (0.0, *width), all);
        let got: Vec<(usize, bool)> = rooms.iter().map(|r| (r.mark, r.before)).collect();
        assert_eq!(&got, expected, "{name}");
    }
}

#[test]
fn a_whole_title_goes_where_it_fits_after_its_mark_first() {
    // Radius 4 (reach 5) at 500 of an 800 px plot: 291 px after it, 479 before it.
    let data = marks_only(vec![row_mark(0, 0, 4.0)]);
    // (the whole title's width, whether it is written before its mark)
    let cases: &[(f64, bool)] = &[
        // It fits after: after, where titles belong.
        (291.0, false),
        // It fits only before: before, whole, rather than cut after.
        (292.0, true),
        (479.0, true),
        // It fits nowhere: after, where the room is comfortable.
        (480.0, false),
    ];
    for &(width, before) in cases {
        let rooms = title_rooms(&data, &[at(0, 500.0)], &[], &[], (0.0, 800.0), |_| {
            Some(width)
        });
        assert_eq!(
            rooms.iter().map(|r| r.before).collect::<Vec<_>>(),
            vec![before],
            "{width}"
        );
    }
    // A whole title shorter than a cut one may be (60 px) goes where it fits whole: at
    // 90 of a 150 px plot, 51 px after the mark, 69 before it.
    let short = title_rooms(&data, &[at(0, 90.0)], &[], &[], (0.0, 150.0), |_| {
        Some(60.0)
    });
    assert_eq!(
        short,
        vec![TitleRoom {
            mark: 0,
            x: 10.0,
            width: 69.0,
            before: true
        }]
    );
}

#[test]
fn two_titles_share_a_room_by_what_each_needs() {
    // 14 characters are 92.4 px.
    type Case = (f64, Option<f64>, Option<f64>, Option<(f64, f64)>);
    let cases: &[Case] = &[
        // Both fit whole: the second gets what it needs, the first the rest.
        (400.0, Some(150.0), Some(120.0), Some((280.0, 120.0))),
        // One needs no more than half: it gets that, the other the rest.
        (400.0, Some(150.0), Some(300.0), Some((150.0, 250.0))),
        (400.0, Some(300.0), Some(150.0), Some((250.0, 150.0))),
        // Both need more than half, or say nothing: half each.
        (400.0, Some(300.0), Some(300.0), Some((200.0, 200.0))),
        (400.0, None, None, Some((200.0, 200.0))),
        // A whole title shorter than a cut one may be: it fits whole.
        (400.0, Some(350.0), Some(50.0), Some((350.0, 50.0))),
        (400.0, Some(360.0), Some(60.0), Some((340.0, 60.0))),
        // A share too small for its title whole or cut: none.
        (150.0, Some(200.0), Some(100.0), None),
        (150.0, None, None, None),
        (f64::NAN, None, None, None),
    ];
    for &(available, first, second, expected) in cases {
        let got = split(available, first, second);
        assert_eq!(got, expected, "{available} {first:?} {second:?}");
    }
}

#[test]
fn a_title_whose_room_ends_at_another_marks_figure_stays_after_its_mark_to_share_it() {
    // Mark 1 (reach 11) at 400, whose whole 300 px title fits only before it (373 px
    // there, 231 after); mark 0 at 750 with its figure before it, from 670.
    let data = marks_only(vec![row_mark(0, 0, 10.0), row_mark(0, 0, 10.0)]);
    let figure = figure_before(670.0);
    let glyphs = [at(1, 400.0), at(0, 750.0)];
    let rooms = title_rooms(&data, &glyphs, &[figure], &[], (0.0, 800.0), |m| {
        Some(if m == 1 { 300.0 } else { f64::INFINITY })
    });
    // 670 - 6 - 415 - 24 = 225 px shared: the whole title needs more than half.
    let room = |mark: usize, x: f64, before: bool| TitleRoom {
        mark,
        x,
        width: 112.5,
        before,
    };
    assert_eq!(rooms, vec![room(1, 415.0, false), room(0, 551.5, true)]);
}
