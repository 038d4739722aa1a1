use super::*;
use crate::core::dataset::EventKind::{FundingRound, Partnership, Valuation};
use crate::core::link::LaneGrouping;
use crate::core::testkit::{EventExt, all, atlas, event, small};
use crate::core::timeline::lanes::lanes;

/// The marks of every event in `atlas`, grouped by recipient, keyed by event id.
fn marks_by_id(atlas: &Atlas) -> Vec<(String, Mark)> {
    let lanes = lanes(atlas, &all(atlas), LaneGrouping::Recipient);
    marks(atlas, &lanes)
        .0
        .into_iter()
        .map(|m| (atlas.dataset.events[m.event].id.clone(), m))
        .collect()
}

fn mark_of(atlas: &Atlas, id: &str) -> Mark {
    marks_by_id(atlas)
        .into_iter()
        .find(|(mark_id, _)| mark_id == id)
        .map(|(_, m)| m)
        .unwrap_or_else(|| panic!("no mark for {id}"))
}

#[test]
fn area_above_the_minimum_grows_with_the_amount() {
    let atlas = atlas(vec![
        event("big", Some("2024")).to("a").usd(100e9),
        event("quarter", Some("2024")).to("a").usd(25e9),
        event("tenth", Some("2024")).to("a").usd(10e9),
        event("zero", Some("2024")).to("a").usd(0.0),
    ]);
    let radius = |id| mark_of(&atlas, id).radius;
    assert_eq!(radius("big"), MAX_RADIUS);
    assert_eq!(radius("zero"), MIN_RADIUS);
    let extra = |id| radius(id).powi(2) - MIN_RADIUS.powi(2);
    for (id, fraction) in [("quarter", 0.25), ("tenth", 0.1)] {
        let ratio = extra(id) / extra("big");
        assert!((ratio - fraction).abs() < 1e-12, "{id}: {ratio}");
    }
}

#[test]
fn the_largest_amount_in_view_sets_the_maximum() {
    let atlas = atlas(vec![
        event("big", Some("2024")).to("a").usd(100e9),
        event("small", Some("2024")).to("b").usd(10e9),
    ]);
    let small = atlas.index.event("small").unwrap();
    let alone = lanes(&atlas, &[small], LaneGrouping::Recipient);
    let (marks, scale) = marks(&atlas, &alone);
    assert_eq!((marks[0].radius, scale.max_value), (MAX_RADIUS, 10e9));
    assert!(mark_of(&atlas, "small").radius < MAX_RADIUS);
}

#[test]
fn events_without_a_usable_amount_are_diamonds_of_radius_zero() {
    let mut valued = event("valued", Some("2025")).kind(Valuation).to("a");
    valued.valuation = Some(crate::core::money::Valuation {
        min: Some(500e9),
        max: Some(500e9),
        qualifier: Qualifier::About,
        basis: None,
    });
    let atlas = atlas(vec![
        valued,
        event("none", Some("2024"))
            .kind(Partnership)
            .parties(&["a", "b"]),
        event("nan", Some("2024")).to("a").usd(f64::NAN),
        event("inf", Some("2024")).to("a").usd(f64::INFINITY),
        event("negative", Some("2024")).to("a").usd(-1.0),
        event("real", Some("2024")).to("a").usd(1e9),
    ]);
    for id in ["valued", "none", "nan", "inf", "negative"] {
        let mark = mark_of(&atlas, id);
        assert_eq!(
            (mark.shape, mark.radius, mark.range),
            (MarkShape::Diamond, 0.0, None),
            "{id}"
        );
    }
    // The valuation did not shrink the real amount: it is still the largest.
    assert_eq!(mark_of(&atlas, "real").radius, MAX_RADIUS);
}

#[test]
fn a_huge_amount_takes_the_maximum_and_the_rest_stay_visible() {
    let atlas = atlas(vec![
        event("huge", Some("2024")).to("a").usd(f64::MAX),
        event("tiny", Some("2024")).to("a").usd(1.0),
    ]);
    assert_eq!(mark_of(&atlas, "huge").radius, MAX_RADIUS);
    assert_eq!(mark_of(&atlas, "tiny").radius, MIN_RADIUS);
}

#[test]
fn range_kinds_follow_the_bounds_and_the_qualifier() {
    let both = |min: f64, max: f64, qualifier| Money {
        min: Some(min),
        max: Some(max),
        qualifier,
    };
    let cases = [
        (Money::exact(5.0), None),
        (Money::about(5.0), None),
        (Money::up_to(5.0), Some(RangeKind::UpTo)),
        (Money::at_least(5.0), Some(RangeKind::AtLeast)),
        (both(1.0, 5.0, Qualifier::Exact), Some(RangeKind::Between)),
        (both(1.0, 5.0, Qualifier::About), Some(RangeKind::Between)),
        (both(1.0, 5.0, Qualifier::UpTo), Some(RangeKind::UpTo)),
        (both(1.0, 5.0, Qualifier::AtLeast), Some(RangeKind::AtLeast)),
        (both(5.0, 5.0, Qualifier::UpTo), None),
        (both(5.0, 1.0, Qualifier::Exact), None),
        (both(f64::NAN, 5.0, Qualifier::Exact), None),
        (
            Money {
                min: None,
                max: None,
                qualifier: Qualifier::Exact,
            },
            None,
        ),
    ];
    for (amount, want) in cases {
        assert_eq!(range_kind(&amount), want, "{amount:?}");
    }
}

#[test]
fn marks_carry_the_range_of_their_amount() {
    let atlas = small();
    assert_eq!(
        mark_of(&atlas, "amazon-openai-talks").range,
        Some(RangeKind::UpTo)
    );
    assert_eq!(mark_of(&atlas, "openai-founded").range, None);
}

#[test]
fn strokes_follow_the_status() {
    let cases = [
        (Status::Completed, Stroke::Solid),
        (Status::Agreed, Stroke::Solid),
        (Status::Announced, Stroke::Solid),
        (Status::Talks, Stroke::Dashed),
        (Status::Rumored, Stroke::Dashed),
        (Status::Cancelled, Stroke::Cancelled),
        (Status::Estimate, Stroke::Hollow),
    ];
    assert_eq!(cases.len(), Status::ALL.len(), "every status is covered");
    for (status, want) in cases {
        assert_eq!(stroke(status), want, "{status:?}");
        let atlas = atlas(vec![
            event("e", Some("2024"))
                .kind(FundingRound)
                .to("a")
                .status(status),
        ]);
        assert_eq!(mark_of(&atlas, "e").stroke, want, "{status:?}");
    }
}

#[test]
fn spans_cover_the_whole_day_month_or_year() {
    let atlas = atlas(vec![
        event("day", Some("2024-02-10")).to("a"),
        event("month", Some("2024-02")).to("a"),
        event("year", Some("2024")).to("a"),
    ]);
    let feb = "2024-02-01"
        .parse::<crate::core::date::PartialDate>()
        .unwrap()
        .first_day() as f64;
    let cases = [
        ("day", feb + 9.0, 1.0, false),
        ("month", feb, 29.0, true),
        ("year", feb - 31.0, 366.0, true),
    ];
    for (id, start, days, band) in cases {
        let mark = mark_of(&atlas, id);
        assert_eq!(mark.day_start, start, "{id}");
        assert_eq!(mark.day_end - mark.day_start, days, "{id}");
        assert_eq!(mark.center_day, start + days / 2.0, "{id}");
        assert_eq!(mark.has_band(), band, "{id}");
        let date = atlas.dataset.events[mark.event].date.unwrap();
        assert_eq!(mark.center_day, date.midpoint(), "{id}");
    }
}

#[test]
fn every_mark_lies_in_its_lane_with_finite_geometry() {
    let atlas = small();
    let lanes = lanes(&atlas, &all(&atlas), LaneGrouping::Investor);
    let (marks, _) = marks(&atlas, &lanes);
    assert_eq!(marks.len(), 6);
    for mark in &marks {
        assert!(lanes[mark.lane].events.contains(&mark.event));
        assert!(mark.radius.is_finite() && mark.radius >= 0.0);
        assert!(mark.day_start < mark.center_day && mark.center_day < mark.day_end);
        assert_eq!(mark.stack, 0);
    }
}

#[test]
fn no_lanes_give_no_marks() {
    let atlas = small();
    let (marks, scale) = marks(&atlas, &[]);
    assert!(marks.is_empty());
    assert_eq!(scale.radius(1.0), MIN_RADIUS);
}

#[test]
fn only_the_stated_floor_is_filled() {
    use crate::core::money::Money;
    let mut up_to = event("up-to", Some("2024")).to("a");
    up_to.amount = Some(Money::up_to(50e9));
    let mut at_least = event("at-least", Some("2024")).to("b");
    at_least.amount = Some(Money::at_least(8e9));
    let mut between = event("between", Some("2024")).to("c");
    between.amount = Some(Money {
        min: Some(10e9),
        max: Some(40e9),
        qualifier: crate::core::money::Qualifier::Exact,
    });
    let point = event("point", Some("2024")).to("d").usd(20e9);
    let atlas = atlas(vec![up_to, at_least, between, point]);
    let up_to = mark_of(&atlas, "up-to");
    assert_eq!(
        (up_to.floor_radius, up_to.radius),
        (0.0, MAX_RADIUS),
        "a ceiling alone has no filled core"
    );
    let at_least = mark_of(&atlas, "at-least");
    assert_eq!(
        at_least.floor_radius, at_least.radius,
        "a floor is filled whole"
    );
    let between = mark_of(&atlas, "between");
    assert!(between.floor_radius > MIN_RADIUS && between.floor_radius < between.radius);
    let point = mark_of(&atlas, "point");
    assert_eq!(point.floor_radius, point.radius);
}
