//! Titles inside the visible part of bands whose marks are out of view.

use super::*;
use crate::core::timeline::Mark;
use crate::core::timeline::testkit::{at, marks_only, row_mark};

fn all(_: usize) -> bool {
    true
}

/// A mark of radius 10 in row (0, `stack`) whose band spans days 0..31, centred on 15.5.
fn month(stack: u16) -> Mark {
    Mark {
        day_start: 0.0,
        day_end: 31.0,
        center_day: 15.5,
        ..row_mark(0, stack, 10.0)
    }
}

fn room(mark: usize, x: f64, width: f64) -> TitleRoom {
    TitleRoom {
        mark,
        x,
        width,
        before: false,
    }
}

#[test]
fn a_band_whose_mark_is_out_of_view_is_named_where_it_shows() {
    // 20 px a day in an 800 px plot: the band is 620 px wide.
    let data = marks_only(vec![month(0)]);
    // (what the case is, the mark's centre, the rooms)
    let cases: &[(&str, f64, Vec<TitleRoom>)] = &[
        // Centre 200 px left of the plot: the band runs from -510 to 110. The title
        // starts 10 px clear of the plot's edge and ends at the band's end.
        ("left", -200.0, vec![room(0, 10.0, 100.0)]),
        // Centre right of the plot: the band starts at 690, the title 6 px inside it,
        // and runs to the plot's edge.
        ("right", 1000.0, vec![room(0, 696.0, 104.0)]),
        // Too little of the band shows (to 60 px: 50 px of room).
        ("little", -250.0, vec![]),
        // The mark is in view: its title is `title_rooms`' to place.
        ("in view", 300.0, vec![]),
        ("just in view", -9.0, vec![]),
    ];
    for (name, x, expected) in cases {
        let rooms = band_title_rooms(&data, &[at(0, *x)], &[], &[], (0.0, 800.0), 20.0, all);
        assert_eq!(&rooms, expected, "{name}");
    }
    // A day's mark has no band drawn, however wide its day is zoomed in: at 700 px a
    // day, one just left of the plot gets no title.
    let day = marks_only(vec![Mark {
        day_start: 0.0,
        day_end: 1.0,
        center_day: 0.5,
        ..row_mark(0, 0, 10.0)
    }]);
    let rooms = band_title_rooms(&day, &[at(0, -20.0)], &[], &[], (0.0, 800.0), 700.0, all);
    assert_eq!(rooms, vec![]);
}

#[test]
fn a_band_title_yields_to_what_is_drawn_and_named_in_its_row() {
    // The band enters from the left (centre at -100: it ends at 210); a second mark
    // stands in its row.
    let data = marks_only(vec![month(0), row_mark(0, 0, 4.0)]);
    let plot = (0.0, 800.0);
    // A mark at 150 (reach 5): the title ends 24 px before it, lest it read as a title
    // written before that mark.
    let glyphs = [at(0, -100.0), at(1, 150.0)];
    let rooms = band_title_rooms(&data, &glyphs, &[], &[], plot, 20.0, all);
    assert_eq!(rooms, vec![room(0, 10.0, 111.0)]);
    // That mark's title, from 159, is there too: no change, it starts after the mark.
    let titled = [room(1, 159.0, 300.0)];
    let rooms = band_title_rooms(&data, &glyphs, &[], &titled, plot, 20.0, all);
    assert_eq!(rooms, vec![room(0, 10.0, 111.0)]);
    // A title written before that mark, from the plot's edge: it takes the start.
    let before = [TitleRoom {
        mark: 1,
        x: 10.0,
        width: 129.0,
        before: true,
    }];
    let rooms = band_title_rooms(&data, &glyphs, &[], &before, plot, 20.0, all);
    assert_eq!(rooms, vec![]);
    // A title in another row, or an obstacle ending more than 10 px before the start,
    // changes nothing.
    let elsewhere = marks_only(vec![month(0), row_mark(0, 1, 4.0)]);
    let rooms = band_title_rooms(
        &elsewhere,
        &glyphs,
        &[((0, 0), (-40.0, -1.0))],
        &before,
        plot,
        20.0,
        all,
    );
    assert_eq!(rooms, vec![room(0, 10.0, 200.0)]);
    // Two bands out of view in one row: the second starts where the first's title is,
    // and goes without.
    let two = marks_only(vec![month(0), month(0)]);
    let rooms = band_title_rooms(
        &two,
        &[at(0, -100.0), at(1, -100.0)],
        &[],
        &[],
        plot,
        20.0,
        all,
    );
    assert_eq!(rooms, vec![room(0, 10.0, 200.0)]);
}

#[test]
fn bands_in_rows_not_wanted_or_at_an_unusable_scale_are_not_named() {
    let data = marks_only(vec![month(0)]);
    let glyphs = [at(0, -100.0)];
    let none = |_: usize| false;
    let plot = (0.0, 800.0);
    assert_eq!(
        band_title_rooms(&data, &glyphs, &[], &[], plot, 20.0, none),
        vec![]
    );
    for ppd in [0.0, -20.0, f64::NAN, f64::INFINITY] {
        assert_eq!(
            band_title_rooms(&data, &glyphs, &[], &[], plot, ppd, all),
            vec![],
            "{ppd}"
        );
    }
    // A mark that is not in the data, or at no finite place.
    assert_eq!(
        band_title_rooms(&data, &[at(5, -100.0)], &[], &[], plot, 20.0, all),
        vec![]
    );
    assert_eq!(
        band_title_rooms(&data, &[at(0, f64::NAN)], &[], &[], plot, 20.0, all),
        vec![]
    );
}
