use super::*;
use crate::core::dataset::Event;
use crate::core::dataset::EventKind::Founding;
use crate::core::index::Atlas;
use crate::core::link::LaneGrouping;
use crate::core::testkit::{EventExt, all, atlas, event};
use crate::core::timeline::testkit::synthetic_atlas;
use crate::core::timeline::{MAX_RADIUS, layout};

const NAN: f64 = f64::NAN;
const INF: f64 = f64::INFINITY;

/// The first day of a date text, as a fractional day.
fn day(text: &str) -> f64 {
    f64::from(
        text.parse::<crate::core::date::PartialDate>()
            .expect("test dates are valid")
            .first_day(),
    )
}

fn laid_out(events: Vec<Event>) -> (Atlas, TimelineData) {
    let atlas = atlas(events);
    let data = layout(&atlas, &all(&atlas), LaneGrouping::Recipient);
    (atlas, data)
}

/// A 1,000 px wide view of the days from `from` to `to`, all of it visible.
fn view(from: f64, to: f64, min_separation: f64) -> Viewport {
    Viewport {
        scale: TimeScale::new((from, to), (0.0, 1000.0)),
        visible: (0.0, 1000.0),
        min_separation,
    }
}

/// Glyphs as text: a mark is its event id, a cluster its ids in brackets, followed by
/// "+n" when n stacked marks folded into it.
fn names(atlas: &Atlas, data: &TimelineData, glyphs: &[Glyph]) -> Vec<String> {
    let id = |m: usize| atlas.dataset.events[data.marks[m].event].id.clone();
    glyphs
        .iter()
        .map(|glyph| match glyph {
            Glyph::Mark { mark, .. } => id(*mark),
            Glyph::Cluster { marks, folded, .. } => {
                let ids: Vec<String> = marks.clone().map(id).collect();
                let folded = if *folded > 0 {
                    format!("+{folded}")
                } else {
                    String::new()
                };
                format!("[{}]{folded}", ids.join(" "))
            }
        })
        .collect()
}

/// Three marks in one lane: two a day apart, one a month later.
fn three() -> (Atlas, TimelineData) {
    laid_out(vec![
        event("a", Some("2024-03-01")).to("x"),
        event("b", Some("2024-03-02")).to("x"),
        event("c", Some("2024-04-01")).to("x"),
    ])
}

#[test]
fn close_marks_merge_and_split_when_zoomed_in() {
    let (atlas, data) = three();
    let start = day("2024-02-15");
    // Each case: days shown across 1,000 px, and what is drawn at 10 px separation.
    let cases: [(f64, &[&str]); 4] = [
        (4000.0, &["[a b c]"]),
        (400.0, &["[a b]", "c"]),
        (100.0, &["a", "b", "c"]),
        (40.0, &["a", "b"]),
    ];
    for (span, want) in cases {
        let glyphs = cluster(&data, &view(start, start + span, 10.0));
        assert_eq!(names(&atlas, &data, &glyphs), want, "{span} days");
    }
}

#[test]
fn a_cluster_sits_between_its_members_and_spans_their_days() {
    let (_, data) = three();
    let start = day("2024-02-15");
    let v = view(start, start + 400.0, 10.0);
    let glyphs = cluster(&data, &v);
    let Glyph::Cluster {
        lane,
        row,
        x,
        count,
        marks,
        folded,
        days,
    } = &glyphs[0]
    else {
        panic!("{glyphs:?}")
    };
    let a = v.scale.apply(day("2024-03-01") + 0.5);
    let b = v.scale.apply(day("2024-03-02") + 0.5);
    assert_eq!(
        (*lane, *row, *count, marks.clone(), *folded),
        (0, 0, 2, 0..2, 0)
    );
    assert!((x - (a + b) / 2.0).abs() < 1e-9);
    assert_eq!(*days, (day("2024-03-01"), day("2024-03-03")));
    assert_eq!(glyphs[0].x(), *x);
}

#[test]
fn glyphs_outside_the_visible_range_are_culled_with_a_margin() {
    let start = day("2024-01-01");
    // One pixel per day: 16 days before the edge is within the 18 px margin, 31 is not.
    let (atlas, data) = laid_out(vec![
        event("far-left", Some("2023-12-01")).to("x"),
        event("near-left", Some("2023-12-16")).to("y"),
        event("inside", Some("2024-06-01")).to("x"),
        event("near-right", Some("2026-09-30")).to("y"),
        event("far-right", Some("2026-11-01")).to("x"),
    ]);
    assert_eq!(data.radius_scale.max_radius, MAX_RADIUS);
    let glyphs = cluster(&data, &view(start, start + 1000.0, 0.0));
    let mut got = names(&atlas, &data, &glyphs);
    got.sort();
    assert_eq!(got, ["inside", "near-left", "near-right"]);
}

#[test]
fn a_band_in_view_keeps_its_mark_even_when_the_centre_is_off_screen() {
    let (atlas, data) = laid_out(vec![
        event("year", Some("2024")).kind(Founding).parties(&["x"]),
        event("day", Some("2023-06-01")).to("x"),
    ]);
    // February 2024: the year's centre (2 July) is far to the right.
    let v = view(day("2024-02-01"), day("2024-03-01"), 10.0);
    let glyphs = cluster(&data, &v);
    assert_eq!(names(&atlas, &data, &glyphs), ["year"]);
    assert!(glyphs[0].x() > 1000.0);
}

/// A lane with a stack of three on 1 March (a, b, c), a lone mark a day later (d), and a
/// stack of two on 1 June (e, f); and a second lane with one mark (g).
fn stacks() -> (Atlas, TimelineData) {
    laid_out(vec![
        event("a", Some("2024-03-01")).to("x"),
        event("b", Some("2024-03-01")).to("x"),
        event("c", Some("2024-03-01")).to("x"),
        event("d", Some("2024-03-02")).to("x"),
        event("e", Some("2024-06-01")).to("x"),
        event("f", Some("2024-06-01")).to("x"),
        event("g", Some("2024-03-01")).to("y"),
    ])
}

#[test]
fn separation_that_is_not_positive_turns_clustering_off_and_infinity_merges_all() {
    let (atlas, data) = three();
    let start = day("2024-01-01");
    let cases: [(f64, &[&str]); 5] = [
        (0.0, &["a", "b", "c"]),
        (-5.0, &["a", "b", "c"]),
        (NAN, &["a", "b", "c"]),
        (INF, &["[a b c]"]),
        (f64::MAX, &["[a b c]"]),
    ];
    for (separation, want) in cases {
        let glyphs = cluster(&data, &view(start, start + 2000.0, separation));
        assert_eq!(names(&atlas, &data, &glyphs), want, "{separation}");
    }
}

#[test]
fn unusable_viewports_draw_nothing() {
    let (_, data) = three();
    let start = day("2024-01-01");
    let good = view(start, start + 1000.0, 10.0);
    let cases = [
        Viewport {
            scale: TimeScale::new((NAN, start), (0.0, 1000.0)),
            ..good
        },
        Viewport {
            scale: TimeScale::new((start, start), (0.0, 1000.0)),
            ..good
        },
        Viewport {
            scale: TimeScale::new((start, start + 10.0), (0.0, 0.0)),
            ..good
        },
        Viewport {
            scale: TimeScale::new((start, INF), (0.0, 1000.0)),
            ..good
        },
        Viewport {
            visible: (NAN, 1000.0),
            ..good
        },
        Viewport {
            visible: (0.0, INF),
            ..good
        },
    ];
    for v in cases {
        assert!(cluster(&data, &v).is_empty(), "{v:?}");
    }
}

#[test]
fn reversed_scales_and_visible_ranges_draw_the_same_glyphs() {
    let (atlas, data) = three();
    let start = day("2024-02-15");
    let forward = view(start, start + 400.0, 10.0);
    let mirrored = Viewport {
        scale: TimeScale::new((start, start + 400.0), (1000.0, 0.0)),
        visible: (1000.0, 0.0),
        ..forward
    };
    let a = cluster(&data, &forward);
    let b = cluster(&data, &mirrored);
    assert_eq!(names(&atlas, &data, &a), names(&atlas, &data, &b));
    for (a, b) in a.iter().zip(&b) {
        assert!((a.x() - (1000.0 - b.x())).abs() < 1e-9);
    }
}

#[test]
fn empty_data_and_a_single_event_draw_what_they_hold() {
    let (_, empty) = laid_out(Vec::new());
    assert!(cluster(&empty, &view(0.0, 1000.0, 10.0)).is_empty());
    let (_, one) = laid_out(vec![event("only", Some("2024-03-01")).to("x")]);
    let v = view(day("2024-01-01"), day("2025-01-01"), 10.0);
    let x = v.scale.apply(day("2024-03-01") + 0.5);
    assert_eq!(cluster(&one, &v), [Glyph::Mark { mark: 0, x }]);
}

#[test]
fn events_decades_apart_are_found_at_any_zoom() {
    let (atlas, data) = laid_out(vec![
        event("old", Some("1900-01-01")).to("x"),
        event("new", Some("2199-12-31")).to("x"),
    ]);
    let (first, last) = data.extent.expect("two dated events");
    let fitted = Viewport {
        scale: TimeScale::fit(first, last, (0.0, 1000.0)),
        visible: (0.0, 1000.0),
        min_separation: 10.0,
    };
    assert_eq!(
        names(&atlas, &data, &cluster(&data, &fitted)),
        ["old", "new"]
    );
    let zoomed = Viewport {
        scale: fitted
            .scale
            .zoom_around(fitted.scale.apply(day("2199-12-31")), 1e4),
        ..fitted
    };
    assert_eq!(names(&atlas, &data, &cluster(&data, &zoomed)), ["new"]);
}

#[test]
fn the_output_buffer_is_reused() {
    let (_, data) = three();
    let mut out = vec![Glyph::Mark { mark: 99, x: 0.0 }; 50];
    let capacity = out.capacity();
    cluster_into(
        &data,
        &view(day("2024-01-01"), day("2025-01-01"), 0.0),
        &mut out,
    );
    assert_eq!(out.len(), 3);
    assert_eq!(out.capacity(), capacity);
}

/// The days a glyph's members cover on screen, as `cluster_into` measures them.
fn reach(data: &TimelineData, glyph: &Glyph, margin_days: f64) -> (f64, f64) {
    let members = match glyph {
        Glyph::Mark { mark, .. } => *mark..*mark + 1,
        Glyph::Cluster { marks, .. } => marks.clone(),
    };
    data.marks[members].iter().fold((INF, -INF), |(lo, hi), m| {
        (
            lo.min(m.day_start).min(m.center_day - margin_days),
            hi.max(m.day_end).max(m.center_day + margin_days),
        )
    })
}

#[test]
fn panning_never_regroups_marks_and_glyphs_keep_their_distance() {
    let atlas = synthetic_atlas(1_500, 12);
    let data = layout(&atlas, &all(&atlas), LaneGrouping::Recipient);
    let (first, last) = data.extent.unwrap();
    for (span, separation) in [(40.0, 12.0), (300.0, 16.0), (4000.0, 8.0)] {
        let whole = Viewport {
            scale: TimeScale::new((f64::from(first), f64::from(first) + span), (0.0, 1000.0)),
            visible: (-1e12, 1e12),
            min_separation: separation,
        };
        let everything = cluster(&data, &whole);
        let margin_days = MAX_RADIUS / whole.scale.px_per_day();
        let mut offset = 0.0;
        while offset < f64::from(last - first) * whole.scale.px_per_day() {
            let panned = Viewport {
                visible: (offset, offset + 1000.0),
                ..whole
            };
            let (d0, d1) = (
                panned.scale.invert(offset),
                panned.scale.invert(offset + 1000.0),
            );
            let expected: Vec<&Glyph> = everything
                .iter()
                .filter(|g| {
                    let (lo, hi) = reach(&data, g, margin_days);
                    hi >= d0 && lo <= d1
                })
                .collect();
            let got = cluster(&data, &panned);
            assert_eq!(
                got.iter().collect::<Vec<_>>(),
                expected,
                "span {span} offset {offset}"
            );
            offset += 777.0;
        }
        for pair in everything.windows(2) {
            if track_of(&data, &pair[0]) == track_of(&data, &pair[1]) {
                assert!(pair[1].x() - pair[0].x() >= separation, "{pair:?}");
            }
        }
    }
}

fn track_of(data: &TimelineData, glyph: &Glyph) -> (usize, u16) {
    match glyph {
        Glyph::Mark { mark, .. } => (data.marks[*mark].lane, data.marks[*mark].stack),
        Glyph::Cluster { lane, row, .. } => (*lane, *row),
    }
}

mod lane_rows;
mod stacks;
