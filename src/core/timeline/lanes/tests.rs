use super::*;
use crate::core::dataset::Status;
use crate::core::money::{Money, Qualifier};
use crate::core::testkit::{EventExt, all, atlas, event, small};

use EventKind::{Corporate, Founding, FundingRound, Partnership, Valuation};

/// Each lane as its key followed by its events' ids, for compact assertions.
fn summary(atlas: &Atlas, lanes: &[Lane]) -> Vec<Vec<String>> {
    lanes
        .iter()
        .map(|lane| {
            std::iter::once(lane.key.clone())
                .chain(
                    lane.events
                        .iter()
                        .map(|&i| atlas.dataset.events[i].id.clone()),
                )
                .collect()
        })
        .collect()
}

#[test]
fn recipient_lanes_use_to_and_fall_back_to_the_first_party() {
    let atlas = small();
    let lanes = lanes(&atlas, &all(&atlas), LaneGrouping::Recipient);
    assert_eq!(
        summary(&atlas, &lanes),
        [
            vec![
                "openai",
                "openai-founded",
                "openai-valuation-2025",
                "openai-round",
                "softbank-openai",
                "amazon-openai-talks"
            ],
            vec!["aws", "aws-anthropic-cloud"],
        ]
    );
    assert_eq!(lanes[0].label, "OpenAI");
    assert_eq!(lanes[1].label, "AWS");
}

#[test]
fn recipient_lanes_fall_back_to_the_first_investor_then_to_an_unnamed_lane() {
    let atlas = atlas(vec![
        event("a", Some("2024")).kind(Corporate).from(&["x"]),
        event("b", Some("2024")).kind(Corporate),
        event("c", Some("2024")).from(&["x"]).to("y"),
    ]);
    let lanes = lanes(&atlas, &all(&atlas), LaneGrouping::Recipient);
    assert_eq!(
        summary(&atlas, &lanes),
        [vec!["x", "a"], vec!["y", "c"], vec!["", "b"]]
    );
    assert_eq!(lanes[2].label, NO_ENTITY_LABEL);
}

#[test]
fn investor_lanes_use_the_first_investor_and_put_the_uninvested_last() {
    let atlas = small();
    let lanes = lanes(&atlas, &all(&atlas), LaneGrouping::Investor);
    // The unnamed lane holds the $100B round, the largest total, and is still last.
    assert_eq!(
        summary(&atlas, &lanes),
        [
            vec!["amazon", "amazon-openai-talks"],
            vec!["softbank", "softbank-openai"],
            vec![
                "",
                "openai-founded",
                "aws-anthropic-cloud",
                "openai-valuation-2025",
                "openai-round"
            ],
        ]
    );
    assert_eq!(lanes[2].label, NO_INVESTOR_LABEL);
    assert_eq!(lanes[2].total_usd, 100e9);
}

#[test]
fn kind_lanes_follow_the_vocabulary_and_skip_empty_kinds() {
    let atlas = small();
    let lanes = lanes(&atlas, &all(&atlas), LaneGrouping::Kind);
    let keys: Vec<&str> = lanes.iter().map(|l| l.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "investment",
            "funding_round",
            "valuation",
            "partnership",
            "founding"
        ]
    );
    assert_eq!(lanes[1].label, "Funding round");
    assert_eq!(
        summary(&atlas, &lanes[..1]),
        [vec!["investment", "softbank-openai", "amazon-openai-talks"]]
    );
}

#[test]
fn lane_order_breaks_ties_by_count_then_first_date_then_key() {
    // Each case: events as (id, date, recipient, amount), and the expected lane keys.
    type Case = (
        &'static [(&'static str, &'static str, &'static str, f64)],
        [&'static str; 2],
    );
    let cases: [Case; 5] = [
        // More money first, whatever the count or dates.
        (
            &[
                ("a1", "2020", "a", 1.0),
                ("a2", "2020", "a", 1.0),
                ("b1", "2024", "b", 5.0),
            ],
            ["b", "a"],
        ),
        // Equal money: more events first.
        (
            &[
                ("a1", "2020", "a", 2.0),
                ("b1", "2024", "b", 1.0),
                ("b2", "2024", "b", 1.0),
            ],
            ["b", "a"],
        ),
        // Equal money and count: the earlier first event first.
        (
            &[("a1", "2024", "a", 1.0), ("b1", "2020", "b", 1.0)],
            ["b", "a"],
        ),
        // All equal: by key.
        (
            &[("b1", "2020", "b", 1.0), ("a1", "2020", "a", 1.0)],
            ["a", "b"],
        ),
        // Zero-amount lanes tie on money too.
        (
            &[("z1", "2020", "z", 0.0), ("y1", "2021", "y", 0.0)],
            ["z", "y"],
        ),
    ];
    for (events, want) in cases {
        let built = events
            .iter()
            .map(|&(id, date, to, usd)| event(id, Some(date)).from(&["f"]).to(to).usd(usd))
            .collect();
        let atlas = atlas(built);
        let keys: Vec<String> = lanes(&atlas, &all(&atlas), LaneGrouping::Recipient)
            .into_iter()
            .map(|l| l.key)
            .collect();
        assert_eq!(keys, want, "{events:?}");
    }
}

#[test]
fn totals_count_stated_amounts_but_never_valuations() {
    let mut valued = event("v", Some("2025")).kind(Valuation).parties(&["big"]);
    valued.valuation = Some(crate::core::money::Valuation {
        min: Some(800e9),
        max: Some(800e9),
        qualifier: Qualifier::About,
        basis: None,
    });
    let atlas = atlas(vec![
        valued,
        event("r", Some("2025"))
            .kind(FundingRound)
            .to("small")
            .amount(Money::up_to(10e9)),
        event("s", Some("2025"))
            .kind(FundingRound)
            .to("small")
            .amount(Money::at_least(2e9)),
    ]);
    let lanes = lanes(&atlas, &all(&atlas), LaneGrouping::Recipient);
    let totals: Vec<(&str, f64)> = lanes
        .iter()
        .map(|l| (l.key.as_str(), l.total_usd))
        .collect();
    assert_eq!(totals, [("small", 12e9), ("big", 0.0)]);
}

#[test]
fn unusable_amounts_count_as_zero_and_huge_ones_do_not_panic() {
    let atlas = atlas(vec![
        event("nan", Some("2024")).to("a").usd(f64::NAN),
        event("inf", Some("2024")).to("a").usd(f64::INFINITY),
        event("neg", Some("2024")).to("a").usd(-5.0),
        event("huge1", Some("2024")).to("b").usd(f64::MAX),
        event("huge2", Some("2024")).to("b").usd(f64::MAX),
        event("one", Some("2024")).to("c").usd(1.0),
    ]);
    let lanes = lanes(&atlas, &all(&atlas), LaneGrouping::Recipient);
    let totals: Vec<(&str, f64)> = lanes
        .iter()
        .map(|l| (l.key.as_str(), l.total_usd))
        .collect();
    // Two f64::MAX overflow to infinity, which still sorts as the largest.
    assert_eq!(totals, [("b", f64::INFINITY), ("c", 1.0), ("a", 0.0)]);
}

#[test]
fn undated_events_are_counted_not_placed() {
    let atlas = small();
    let events = all(&atlas);
    let placed: usize = lanes(&atlas, &events, LaneGrouping::Recipient)
        .iter()
        .map(|l| l.events.len())
        .sum();
    assert_eq!((placed, undated(&atlas, &events)), (6, 2));
}

#[test]
fn hostile_indices_are_skipped_and_repeats_count_once() {
    let atlas = small();
    let undated_index = atlas.index.event("amazon-anthropic").unwrap();
    let founded = atlas.index.event("openai-founded").unwrap();
    let events = [
        founded,
        9_999,
        founded,
        usize::MAX,
        undated_index,
        undated_index,
    ];
    let lanes = lanes(&atlas, &events, LaneGrouping::Recipient);
    assert_eq!(summary(&atlas, &lanes), [vec!["openai", "openai-founded"]]);
    assert_eq!(undated(&atlas, &events), 1);
}

#[test]
fn empty_input_gives_no_lanes_under_every_grouping() {
    let empty = atlas(Vec::new());
    let fixture = small();
    for grouping in LaneGrouping::ALL {
        assert!(lanes(&fixture, &[], *grouping).is_empty());
        assert!(lanes(&empty, &all(&empty), *grouping).is_empty());
    }
    assert_eq!(undated(&fixture, &[]), 0);
}

#[test]
fn lanes_do_not_depend_on_input_order() {
    let atlas = small();
    let mut events = all(&atlas);
    for grouping in LaneGrouping::ALL {
        let forward = lanes(&atlas, &events, *grouping);
        events.reverse();
        assert_eq!(lanes(&atlas, &events, *grouping), forward, "{grouping:?}");
    }
}

#[test]
fn lane_events_are_in_date_order_with_ties_by_id() {
    let atlas = atlas(vec![
        event("c", Some("2024-05-01")).to("a"),
        event("b", Some("2024-05")).to("a"),
        event("a", Some("2024-05-01")).to("a"),
        event("z", Some("2020")).kind(Founding).parties(&["a"]),
    ]);
    let lanes = lanes(&atlas, &all(&atlas), LaneGrouping::Recipient);
    assert_eq!(summary(&atlas, &lanes), [vec!["a", "z", "a", "b", "c"]]);
    assert_eq!(lanes[0].first_day, Some(first_day("2020")));
}

#[test]
fn an_id_naming_no_entity_is_its_own_label() {
    let built = atlas(vec![
        event("a", Some("2024"))
            .kind(Partnership)
            .parties(&["ghost"])
            .status(Status::Talks),
    ]);
    let mut dataset = built.dataset;
    dataset.entities.clear();
    let atlas = Atlas::new(dataset);
    let lanes = lanes(&atlas, &all(&atlas), LaneGrouping::Recipient);
    assert_eq!(
        (lanes[0].key.as_str(), lanes[0].label.as_str()),
        ("ghost", "ghost")
    );
}

/// The first day of a date text, for readable expectations.
fn first_day(text: &str) -> DayNumber {
    text.parse::<crate::core::date::PartialDate>()
        .map_or(DayNumber::MIN, |d| d.first_day())
}
