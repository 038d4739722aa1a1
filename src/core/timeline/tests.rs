use super::*;
use crate::core::dataset::EventKind::Founding;
use crate::core::filter::{FilterState, apply};
use crate::core::scale::TimeScale;
use crate::core::testkit::{EventExt, all, atlas, event, small};

#[test]
fn the_fixture_lays_out_in_two_recipient_lanes() {
    let atlas = small();
    let filtered = apply(&atlas, &FilterState::default());
    let data = layout(&atlas, &filtered.events, LaneGrouping::Recipient);
    let labels: Vec<&str> = data.lanes.iter().map(|l| l.label.as_str()).collect();
    assert_eq!(labels, ["OpenAI", "AWS"]);
    assert_eq!((data.marks.len(), data.undated), (6, 2));
    // The two January 2026 events in OpenAI's lane share a month and stack.
    assert_eq!(data.lane_rows, [2, 1]);
    assert_eq!(data.lane_offsets(), [0, 2, 3]);
    let first = "2015".parse::<crate::core::date::PartialDate>().unwrap();
    let last = "2026-01".parse::<crate::core::date::PartialDate>().unwrap();
    assert_eq!(data.extent, Some((first.first_day(), last.last_day())));
}

#[test]
fn every_grouping_places_every_dated_event_once() {
    let atlas = small();
    let events = all(&atlas);
    for grouping in LaneGrouping::ALL {
        let data = layout(&atlas, &events, *grouping);
        let mut placed: Vec<usize> = data.marks.iter().map(|m| m.event).collect();
        placed.sort_unstable();
        let mut dated: Vec<usize> = events
            .iter()
            .copied()
            .filter(|&i| atlas.index.span[i].is_some())
            .collect();
        dated.sort_unstable();
        assert_eq!(placed, dated, "{grouping:?}");
        assert_eq!(data.lane_rows.len(), data.lanes.len());
        for mark in &data.marks {
            assert!(data.lanes[mark.lane].events.contains(&mark.event));
        }
    }
}

#[test]
fn layout_is_deterministic_whatever_the_input_order() {
    let atlas = small();
    let mut events = all(&atlas);
    for grouping in LaneGrouping::ALL {
        let forward = layout(&atlas, &events, *grouping);
        events.reverse();
        assert_eq!(layout(&atlas, &events, *grouping), forward);
        assert_eq!(layout(&atlas, &events, *grouping), forward);
    }
}

#[test]
fn empty_and_all_undated_inputs_give_an_empty_timeline() {
    let atlas = atlas(vec![
        event("u1", None).to("a"),
        event("u2", None).kind(Founding).parties(&["b"]),
    ]);
    for events in [Vec::new(), all(&atlas)] {
        let data = layout(&atlas, &events, LaneGrouping::Recipient);
        assert!(data.lanes.is_empty() && data.marks.is_empty() && data.tracks.is_empty());
        assert_eq!(data.extent, None);
        assert_eq!(data.lane_offsets(), [0]);
        assert_eq!(data.undated, events.len());
        let view = Viewport {
            scale: TimeScale::new((0.0, 100.0), (0.0, 100.0)),
            visible: (0.0, 100.0),
            min_separation: 10.0,
        };
        assert!(cluster(&data, &view).is_empty());
    }
}

#[test]
fn a_mutated_atlas_with_stale_indexes_does_not_panic() {
    let mut atlas = small();
    let events = all(&atlas);
    // The dataset shrinks but the index still describes the old one.
    atlas.dataset.events.truncate(3);
    atlas.dataset.entities.clear();
    for grouping in LaneGrouping::ALL {
        let data = layout(&atlas, &events, *grouping);
        assert!(data.marks.iter().all(|m| m.event < 3));
    }
}

#[test]
fn hostile_amounts_give_finite_geometry() {
    let atlas = atlas(vec![
        event("nan", Some("2024-01-01")).to("a").usd(f64::NAN),
        event("max", Some("2024-01-01")).to("a").usd(f64::MAX),
        event("tiny", Some("2024-01-02"))
            .to("a")
            .usd(f64::MIN_POSITIVE),
    ]);
    let data = layout(&atlas, &all(&atlas), LaneGrouping::Investor);
    assert!(data.lanes.iter().all(|l| l.total_usd.is_finite()));
    for mark in &data.marks {
        assert!((0.0..=MAX_RADIUS).contains(&mark.radius), "{mark:?}");
    }
}

#[test]
fn marks_of_events_finds_each_drawn_event_and_skips_undated_and_unknown_ones() {
    let atlas = small();
    let data = layout(&atlas, &all(&atlas), LaneGrouping::Recipient);
    let index = |id: &str| atlas.index.event(id).unwrap();
    let events: std::collections::HashSet<usize> = [
        index("openai-round"),
        index("aws-anthropic-cloud"),
        // Undated, so not on the timeline.
        index("amazon-anthropic"),
        usize::MAX,
    ]
    .into();
    let found = data.marks_of(&events);
    let mut drawn: Vec<&str> = found
        .iter()
        .map(|&m| atlas.dataset.events[data.marks[m].event].id.as_str())
        .collect();
    drawn.sort_unstable();
    assert_eq!(drawn, ["aws-anthropic-cloud", "openai-round"]);
    assert!(found.windows(2).all(|w| w[0] < w[1]), "in order");
    assert!(data.marks_of(&Default::default()).is_empty());
}

#[test]
fn a_badge_holds_a_mark_exactly_when_it_holds_one_of_its_badge_members() {
    let atlas = small();
    let data = layout(&atlas, &all(&atlas), LaneGrouping::Recipient);
    // The fixture stacks two January 2026 events in OpenAI's lane.
    let stacked = (0..data.marks.len())
        .find(|&m| data.marks[m].stack > 0)
        .expect("a stacked mark");
    let top = data.stack_top(stacked).unwrap();
    assert_ne!(top, stacked);
    for positions in [vec![], vec![stacked], vec![0, stacked], vec![usize::MAX]] {
        let members = data.badge_members(&positions);
        for start in 0..data.marks.len() {
            for end in start..=data.marks.len() {
                let holds = positions.iter().any(|&m| data.badge_holds(start..end, m));
                let by_members = (start..end).any(|i| members.contains(&i));
                assert_eq!(by_members, holds, "{positions:?} in {start}..{end}");
            }
        }
    }
}

#[test]
fn the_days_of_marks_run_from_the_earliest_start_to_the_latest_end() {
    // A day in mid-2025, then the whole of 2025 (centred on 2 July, so ordered after the
    // day), then a day in 2026: the year starts before the first mark.
    let atlas = atlas(vec![
        event("day", Some("2025-06-01")).to("a"),
        event("year", Some("2025")).to("b"),
        event("later", Some("2026-01-29")).to("c"),
    ]);
    let data = layout(&atlas, &all(&atlas), LaneGrouping::Kind);
    let mut marks = data.marks.clone();
    marks.sort_by(|a, b| a.center_day.total_cmp(&b.center_day));
    let day = |text: &str| {
        f64::from(
            text.parse::<crate::core::date::PartialDate>()
                .unwrap()
                .first_day(),
        )
    };
    assert_eq!(days_of(&marks), (day("2025-01-01"), day("2026-01-30")));
    assert_eq!(days_of(&marks[..1]), (day("2025-06-01"), day("2025-06-02")));
    assert_eq!(days_of(&[]), (f64::INFINITY, f64::NEG_INFINITY));
}
