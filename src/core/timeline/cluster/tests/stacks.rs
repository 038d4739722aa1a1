//! Stacks (marks of one lane with the same date span) fold into the badge their top
//! mark joins, open when it stands alone, and set their lane's height.

use super::*;

#[test]
fn a_stack_folds_into_the_cluster_its_top_mark_joins() {
    let (atlas, data) = stacks();
    let start = day("2024-01-01");
    // One pixel a day: a and d merge, so the stack under a folds into their badge; the
    // June stack stands alone and stays open.
    let v = view(start, start + 1000.0, 10.0);
    let glyphs = cluster(&data, &v);
    assert_eq!(names(&atlas, &data, &glyphs), ["[a d]+2", "e", "f", "g"]);
    assert!(matches!(
        glyphs[0],
        Glyph::Cluster {
            count: 4,
            row: 0,
            ..
        }
    ));
    assert_eq!(lane_rows_at(&data, &v), [2, 1]);
}

#[test]
fn zooming_in_opens_the_stack_and_its_lane_grows() {
    let (atlas, data) = stacks();
    let start = day("2024-02-25");
    let v = view(start, start + 20.0, 10.0);
    let glyphs = cluster(&data, &v);
    assert_eq!(names(&atlas, &data, &glyphs), ["a", "d", "b", "c", "g"]);
    assert_eq!(lane_rows_at(&data, &v), [3, 1]);
}

#[test]
fn zoomed_far_out_every_stack_folds_and_each_lane_needs_one_row() {
    let (atlas, data) = stacks();
    let start = day("2020-01-01");
    let v = view(start, start + 100_000.0, 10.0);
    let glyphs = cluster(&data, &v);
    assert_eq!(names(&atlas, &data, &glyphs), ["[a d e]+3", "g"]);
    assert_eq!(lane_rows_at(&data, &v), [1, 1]);
}

#[test]
fn without_clustering_every_stack_is_open_and_unusable_views_need_one_row() {
    let (_, data) = stacks();
    let start = day("2020-01-01");
    assert_eq!(
        lane_rows_at(&data, &view(start, start + 100_000.0, 0.0)),
        data.lane_rows
    );
    assert_eq!(lane_rows_at(&data, &view(NAN, NAN, 10.0)), [1, 1]);
}

#[test]
fn a_badge_holds_its_members_and_the_stacks_folded_into_it() {
    let (atlas, data) = stacks();
    let start = day("2024-01-01");
    let glyphs = cluster(&data, &view(start, start + 1000.0, 10.0));
    let mark_of = |id: &str| {
        data.marks
            .iter()
            .position(|m| atlas.dataset.events[m.event].id == id)
            .unwrap()
    };
    // "[a d]+2": a and d are members; b and c are stacked under a.
    let badge = &glyphs[0];
    for id in ["a", "b", "c", "d"] {
        assert!(badge.holds(&data, mark_of(id)), "{id}");
    }
    for id in ["e", "f", "g"] {
        assert!(!badge.holds(&data, mark_of(id)), "{id}");
    }
    assert_eq!(data.stack_top(mark_of("c")), Some(mark_of("a")));
    assert_eq!(data.stack_top(mark_of("f")), Some(mark_of("e")));
    assert_eq!(data.stack_top(mark_of("g")), Some(mark_of("g")));
    assert_eq!(data.stack_top(data.marks.len()), None);
}
