//! Titles inside the visible part of bands whose marks are out of view.

use super::*;
use crate::core::timeline::Mark;
use crate::core::timeline::testkit::{at, marks_only, row_mark};

/// Every mark wants a title, and no title fits whole anywhere.
fn all(_: usize) -> Option<f64> {
    Some(f64::INFINITY)
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

/// The rooms after adding the bands' to `rooms`, every mark wanted.
fn named(
    data: &TimelineData,
    glyphs: &[Glyph],
    obstacles: &[Obstacle],
    rooms: &[TitleRoom],
    plot: (f64, f64),
    px_per_day: f64,
) -> Vec<TitleRoom> {
    let mut rooms = rooms.to_vec();
    band_title_rooms(data, glyphs, obstacles, &mut rooms, plot, px_per_day, all);
    rooms
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
        let rooms = named(&data, &[at(0, *x)], &[], &[], (0.0, 800.0), 20.0);
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
    let rooms = named(&day, &[at(0, -20.0)], &[], &[], (0.0, 800.0), 700.0);
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
    let rooms = named(&data, &glyphs, &[], &[], plot, 20.0);
    assert_eq!(rooms, vec![room(0, 10.0, 111.0)]);
    // That mark's title, from 159, is there too: no change, it starts after the mark.
    let titled = [room(1, 159.0, 300.0)];
    let rooms = named(&data, &glyphs, &[], &titled, plot, 20.0);
    assert_eq!(rooms, vec![titled[0], room(0, 10.0, 111.0)]);
    // A title in another row, or an obstacle ending more than 10 px before the start,
    // changes nothing.
    let elsewhere = marks_only(vec![month(0), row_mark(0, 1, 4.0)]);
    let obstacle = [((0, 0), (-40.0, -1.0))];
    let rooms = named(&elsewhere, &glyphs, &obstacle, &titled, plot, 20.0);
    assert_eq!(rooms, vec![titled[0], room(0, 10.0, 200.0)]);
    // An obstacle within 10 px of the start takes it.
    let obstacle = [((0, 0), (-40.0, 1.0))];
    assert_eq!(
        named(&data, &glyphs[..1], &obstacle, &[], plot, 20.0),
        vec![]
    );
    // Two bands out of view in one row: the second starts where the first's title is,
    // and goes without.
    let two = marks_only(vec![month(0), month(0)]);
    let rooms = named(&two, &[at(0, -100.0), at(1, -100.0)], &[], &[], plot, 20.0);
    assert_eq!(rooms, vec![room(0, 10.0, 200.0)]);
}

#[test]
fn a_title_written_before_its_mark_shares_its_room_with_the_band_it_covers() {
    // Mark 1, at 700 (reach 5), has its title written before it, from the plot's edge;
    // a band enters from the left: a month's (centre at -100, ending at 210) or a
    // year's (centre at -300, ending past the plot), at 20 px a day.
    let year = Mark {
        day_end: 365.0,
        center_day: 182.5,
        ..month(0)
    };
    let before = |x: f64, width: f64| TitleRoom {
        mark: 1,
        x,
        width,
        before: true,
    };
    let plot = (0.0, 800.0);
    let month_and_mark = marks_only(vec![month(0), row_mark(0, 0, 4.0)]);
    let year_and_mark = marks_only(vec![year, row_mark(0, 0, 4.0)]);
    let (month_at, year_at) = ([at(0, -100.0), at(1, 700.0)], [at(0, -300.0), at(1, 700.0)]);
    let whole = [before(10.0, 679.0)];
    // The month's title ends at its band's end, short of half the room; the title
    // before the mark starts 24 px on.
    let rooms = named(&month_and_mark, &month_at, &[], &whole, plot, 20.0);
    assert_eq!(rooms, vec![before(234.0, 455.0), room(0, 10.0, 200.0)]);
    // The year's takes half of 689 - 10 - 24.
    let rooms = named(&year_and_mark, &year_at, &[], &whole, plot, 20.0);
    assert_eq!(rooms, vec![before(361.5, 327.5), room(0, 10.0, 327.5)]);
    // Too little room for two (half of 210 - 10 - 24 is 88 px): the title before its
    // mark keeps it all, and the band goes without.
    let short = [before(10.0, 200.0)];
    let rooms = named(&month_and_mark, &month_at, &[], &short, plot, 20.0);
    assert_eq!(rooms, short.to_vec());
    // Where the band's start is taken (an obstacle over it), the band goes without and
    // the title before the mark keeps its room.
    let taken = [((0, 0), (-40.0, 15.0))];
    let rooms = named(&year_and_mark, &year_at, &taken, &whole, plot, 20.0);
    assert_eq!(rooms, whole.to_vec());
    // One that starts after the band's start ends the band's title 24 px before it.
    let later = [before(300.0, 389.0)];
    let rooms = named(&year_and_mark, &year_at, &[], &later, plot, 20.0);
    assert_eq!(rooms, vec![later[0], room(0, 10.0, 266.0)]);
}

#[test]
fn bands_in_rows_not_wanted_or_at_an_unusable_scale_are_not_named() {
    let data = marks_only(vec![month(0)]);
    let glyphs = [at(0, -100.0)];
    let plot = (0.0, 800.0);
    let mut rooms = Vec::new();
    band_title_rooms(&data, &glyphs, &[], &mut rooms, plot, 20.0, |_| None);
    assert_eq!(rooms, vec![]);
    for ppd in [0.0, -20.0, f64::NAN, f64::INFINITY] {
        assert_eq!(named(&data, &glyphs, &[], &[], plot, ppd), vec![], "{ppd}");
    }
    // A mark that is not in the data, or at no finite place.
    assert_eq!(named(&data, &[at(5, -100.0)], &[], &[], plot, 20.0), vec![]);
    assert_eq!(
        named(&data, &[at(0, f64::NAN)], &[], &[], plot, 20.0),
        vec![]
    );
}
