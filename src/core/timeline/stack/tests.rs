use super::*;
use crate::core::dataset::EventKind::Founding;
use crate::core::index::Atlas;
use crate::core::link::LaneGrouping;
use crate::core::testkit::{EventExt, all, atlas, event};
use crate::core::timeline::layout;
use crate::core::timeline::testkit::synthetic_atlas;

/// Each mark as (event id, lane, row), in the order of `TimelineData::marks`.
fn rows(atlas: &Atlas, grouping: LaneGrouping) -> Vec<(String, usize, u16)> {
    layout(atlas, &all(atlas), grouping)
        .marks
        .iter()
        .map(|m| (atlas.dataset.events[m.event].id.clone(), m.lane, m.stack))
        .collect()
}

fn row(id: &str, lane: usize, stack: u16) -> (String, usize, u16) {
    (id.to_string(), lane, stack)
}

#[test]
fn same_day_events_stack_in_id_order() {
    let atlas = atlas(vec![
        event("c", Some("2024-05-01")).to("a"),
        event("a", Some("2024-05-01")).to("a"),
        event("b", Some("2024-05-01")).to("a"),
        event("d", Some("2024-05-02")).to("a"),
    ]);
    assert_eq!(
        rows(&atlas, LaneGrouping::Recipient),
        [
            row("a", 0, 0),
            row("d", 0, 0),
            row("b", 0, 1),
            row("c", 0, 2)
        ]
    );
    assert_eq!(
        layout(&atlas, &all(&atlas), LaneGrouping::Recipient).lane_rows,
        [3]
    );
}

#[test]
fn every_member_of_a_stack_knows_its_height() {
    let atlas = atlas(vec![
        event("c", Some("2024-05-01")).to("a"),
        event("a", Some("2024-05-01")).to("a"),
        event("b", Some("2024-05-01")).to("a"),
        event("d", Some("2024-05-02")).to("a"),
        event("e", Some("2024-05-02")).to("b"),
        event("f", Some("2024-05-02")).to("b"),
    ]);
    let data = layout(&atlas, &all(&atlas), LaneGrouping::Recipient);
    let heights: Vec<(&str, u16)> = data
        .marks
        .iter()
        .map(|m| (atlas.dataset.events[m.event].id.as_str(), m.stack_height))
        .collect();
    assert_eq!(
        heights,
        [("a", 3), ("d", 1), ("b", 3), ("c", 3), ("e", 2), ("f", 2)]
    );
}

#[test]
fn only_identical_spans_stack() {
    // Two months at month precision stack; the day inside that month and the year
    // around it overlap them but do not share their span, so they stay in row 0.
    let atlas = atlas(vec![
        event("m2", Some("2024-05")).to("a"),
        event("m1", Some("2024-05")).to("a"),
        event("day", Some("2024-05-16")).to("a"),
        event("year", Some("2024")).kind(Founding).parties(&["a"]),
    ]);
    let got = rows(&atlas, LaneGrouping::Recipient);
    let row_of = |id: &str| got.iter().find(|r| r.0 == id).map(|r| r.2);
    assert_eq!(
        [row_of("m1"), row_of("m2"), row_of("day"), row_of("year")],
        [Some(0), Some(1), Some(0), Some(0)]
    );
}

#[test]
fn events_in_different_lanes_never_stack_together() {
    let atlas = atlas(vec![
        event("x", Some("2024-05-01")).to("a").usd(2.0),
        event("y", Some("2024-05-01")).to("b").usd(1.0),
    ]);
    assert_eq!(
        rows(&atlas, LaneGrouping::Recipient),
        [row("x", 0, 0), row("y", 1, 0)]
    );
    // Grouped by kind they share a lane, and so they stack.
    assert_eq!(
        rows(&atlas, LaneGrouping::Kind),
        [row("x", 0, 0), row("y", 0, 1)]
    );
}

#[test]
fn marks_are_sorted_into_contiguous_tracks() {
    let atlas = synthetic_atlas(2_000, 30);
    let data = layout(&atlas, &all(&atlas), LaneGrouping::Recipient);
    assert_eq!(data.marks.len(), 2_000);
    let mut covered = 0;
    for track in &data.tracks {
        assert_eq!(track.marks.start, covered, "tracks tile the marks");
        covered = track.marks.end;
        let marks = &data.marks[track.marks.clone()];
        assert!(
            marks
                .iter()
                .all(|m| m.lane == track.lane && m.stack == track.row)
        );
        assert!(marks.windows(2).all(|w| w[0].center_day <= w[1].center_day));
        assert_eq!(track.max_half_span, 0.5, "day precision only");
    }
    assert_eq!(covered, data.marks.len());
    for (lane, &count) in data.lane_rows.iter().enumerate() {
        let highest = data
            .marks
            .iter()
            .filter(|m| m.lane == lane)
            .map(|m| m.stack)
            .max();
        assert_eq!(highest.map(|h| h + 1), Some(count), "lane {lane}");
    }
    assert!(
        data.lane_rows.iter().any(|&r| r > 1),
        "the synthetic data has stacks"
    );
}

#[test]
fn marks_in_lanes_that_do_not_exist_are_dropped() {
    let atlas = atlas(vec![event("x", Some("2024")).to("a")]);
    let data = layout(&atlas, &all(&atlas), LaneGrouping::Recipient);
    let mut marks = data.marks.clone();
    marks[0].lane = 7;
    let (lane_rows, tracks) = stack(&mut marks, 1);
    assert!(marks.is_empty() && tracks.is_empty());
    assert_eq!(lane_rows, [1]);
}

#[test]
fn rows_saturate_instead_of_overflowing() {
    let template = data_with_one_mark();
    let mut marks = vec![template; usize::from(u16::MAX) + 5];
    for (i, mark) in marks.iter_mut().enumerate() {
        mark.event = i;
    }
    let (lane_rows, tracks) = stack(&mut marks, 1);
    assert_eq!(lane_rows, [u16::MAX]);
    assert_eq!(marks.last().map(|m| m.stack), Some(u16::MAX));
    assert_eq!(tracks.last().map(|t| t.marks.len()), Some(5));
}

fn data_with_one_mark() -> Mark {
    let atlas = atlas(vec![event("x", Some("2024-01-01")).to("a")]);
    layout(&atlas, &all(&atlas), LaneGrouping::Recipient).marks[0]
}
