//! Figures beside marks with a month or year band: clear of the band's edge.

use super::*;
use crate::core::timeline::testkit::{at, marks_only, row_mark};

/// Every mark's figure, ranked alike and 40 px wide.
fn alike(_: usize, _: bool) -> Option<(f64, f64)> {
    Some((1.0, 40.0))
}

/// Every row wants figures.
fn every(_: (usize, u16)) -> bool {
    true
}

/// A circle of radius 10 at day 50 of a band from day 40 to 60 (a month's span).
fn month() -> Mark {
    Mark {
        day_start: 40.0,
        day_end: 60.0,
        center_day: 50.0,
        ..row_mark(0, 0, 10.0)
    }
}

#[test]
fn a_figure_that_would_cross_its_band_edge_goes_past_it() {
    // A circle of radius 10 at day 50 of a band from day 40 to 60 (a month's span), on
    // a scale of `ppd` pixels a day, centred at 200 px: its figure, 40 px wide, starts
    // at 215 (200 + 10 + 1 + 4) unless it crosses the band's edge at 200 + 10 ppd.
    let month = month();
    // (case, pixels a day, other glyphs in the row, where the figure goes)
    type Case<'a> = (&'a str, f64, &'a [Glyph], Option<(f64, bool)>);
    let cases: &[Case] = &[
        // The edge at 220 falls 5 px into the figure: it starts 4 px past the edge.
        ("narrow band", 2.0, &[], Some((224.0, false))),
        // The edge at 230 is 19 px past where the figure starts, more than it may
        // move: it stays by its mark, across the edge.
        ("far edge", 3.0, &[], Some((215.0, false))),
        // The edge at 700 is beyond the figure's end: inside the band it stays.
        ("wide band", 50.0, &[], Some((215.0, false))),
        // The edge at 210 is inside the circle's reach: the figure does not cross it.
        ("band within the circle", 1.0, &[], Some((215.0, false))),
        // Past the edge is taken (a mark at 270, within the 16 px a figure keeps at its
        // far end), so it goes left, past the band's other edge at 180: it ends 4 px
        // before it.
        (
            "right taken",
            2.0,
            &[Glyph::Mark { mark: 1, x: 270.0 }],
            Some((176.0, true)),
        ),
        // A mark at 280 leaves room for the figure across the edge but not past it:
        // it stays on the right, across the edge, rather than move left.
        (
            "past the edge taken",
            2.0,
            &[Glyph::Mark { mark: 1, x: 280.0 }],
            Some((215.0, false)),
        ),
        // A small mark inside the band, between the circle and the edge (reaching to
        // 220): past the edge, the figure would sit beside it and read as its. It goes
        // left, past the other edge, where nothing stands between it and its mark.
        (
            "a mark between",
            2.0,
            &[Glyph::Mark { mark: 1, x: 215.0 }],
            Some((176.0, true)),
        ),
        // With no scale to place the band, the figure goes where a mark's would.
        ("no scale", f64::NAN, &[], Some((215.0, false))),
    ];
    for &(case, ppd, others, expected) in cases {
        let data = marks_only(vec![month, row_mark(0, 0, 4.0)]);
        let mut glyphs = vec![at(0, 200.0)];
        glyphs.extend_from_slice(others);
        let frame = FigurePlot {
            range: (0.0, 800.0),
            px_per_day: ppd,
        };
        let placed = place_figures(&data, &glyphs, every, alike, frame, 1, &[]);
        assert_eq!(placed.first().map(|f| (f.x, f.before)), expected, "{case}");
    }
}

#[test]
fn a_figure_crosses_its_band_edge_rather_than_go_without() {
    // Marks hem the circle in on both sides beyond its band's edges (180 and 220), so
    // neither spot past an edge is free; the figure crosses the right edge instead.
    let month = month();
    let data = marks_only(vec![month, row_mark(0, 0, 4.0), row_mark(0, 0, 4.0)]);
    let glyphs = [at(0, 200.0), at(1, 284.0), at(2, 125.0)];
    let frame = FigurePlot {
        range: (0.0, 800.0),
        px_per_day: 2.0,
    };
    let labels = |m: usize, _| (m == 0).then_some((1.0, 40.0));
    let placed = place_figures(&data, &glyphs, every, labels, frame, 1, &[]);
    assert_eq!(
        placed.first().map(|f| (f.x, f.before)),
        Some((215.0, false))
    );
}
