//! The generator's promises: valid, deterministic, realistically skewed data.

use std::collections::HashMap;

use super::*;
use crate::core::dataset::load_json;

fn small() -> Dataset {
    generate(SynthParams {
        events: 2_000,
        entities: 300,
        seed: 7,
    })
}

#[test]
fn generated_data_is_valid_schema_v1() {
    let dataset = small();
    let text = serde_json::to_string(&dataset).unwrap();
    let loaded = load_json(&text).unwrap_or_else(|p| panic!("{:#?}", &p[..p.len().min(5)]));
    assert_eq!(loaded.events.len(), 2_000);
    assert_eq!(loaded.entities.len(), 300);
}

#[test]
fn the_same_seed_gives_the_same_dataset_and_another_differs() {
    assert_eq!(small(), small());
    let other = generate(SynthParams {
        events: 2_000,
        entities: 300,
        seed: 8,
    });
    assert_ne!(small().events, other.events);
}

#[test]
fn every_status_and_kind_and_precision_appears_over_ten_years() {
    let dataset = small();
    for status in Status::ALL {
        assert!(
            dataset.events.iter().any(|e| e.status == *status),
            "{status:?}"
        );
    }
    for kind in EventKind::ALL {
        assert!(dataset.events.iter().any(|e| e.kind == *kind), "{kind:?}");
    }
    let years: Vec<i32> = dataset
        .events
        .iter()
        .filter_map(|e| e.date.map(|d| d.year_number()))
        .collect();
    assert_eq!(
        (years.iter().min(), years.iter().max()),
        (Some(&2016), Some(&2025))
    );
    assert!(dataset.events.iter().any(|e| e.date.is_none()));
    for precision in [
        crate::core::date::Precision::Year,
        crate::core::date::Precision::Month,
        crate::core::date::Precision::Day,
    ] {
        assert!(
            dataset
                .events
                .iter()
                .any(|e| e.date.map(|d| d.precision()) == Some(precision))
        );
    }
}

#[test]
fn a_few_hubs_take_a_large_share_and_amounts_span_orders_of_magnitude() {
    let dataset = small();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for event in &dataset.events {
        for id in event.participants() {
            *counts.entry(id).or_default() += 1;
        }
    }
    let mut sorted: Vec<usize> = counts.values().copied().collect();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    let total: usize = sorted.iter().sum();
    let top: usize = sorted.iter().take(3).sum();
    assert!(
        top * 5 > total,
        "the top 1% of entities take over a fifth: {top} of {total}"
    );
    let amounts: Vec<f64> = dataset
        .events
        .iter()
        .filter_map(|e| e.amount.and_then(|m| m.stated_bound()))
        .collect();
    let (low, high) = amounts
        .iter()
        .fold((f64::MAX, 0.0f64), |(l, h), &a| (l.min(a), h.max(a)));
    assert!(high / low > 1e4, "{low}..{high}");
}

#[test]
fn some_investments_are_parts_of_an_earlier_round_at_its_stage_no_larger_and_no_earlier() {
    let dataset = small();
    let index: HashMap<&str, usize> = dataset
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let parts: Vec<(usize, usize)> = dataset
        .events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((i, index[e.part_of.as_deref()?])))
        .collect();
    assert!(
        parts.len() * 100 > dataset.events.len(),
        "{} parts",
        parts.len()
    );
    let bound = |e: &Event| e.amount.and_then(|m| m.stated_bound());
    for (p, w) in parts {
        let (part, whole) = (&dataset.events[p], &dataset.events[w]);
        let about = format!("{} is part of {}", part.id, whole.id);
        assert!(w < p, "{about}");
        assert_eq!(
            (part.kind, whole.kind, whole.part_of.as_deref()),
            (EventKind::Investment, EventKind::FundingRound, None),
            "{about}"
        );
        assert_eq!(
            (&part.to, part.status),
            (&whole.to, whole.status),
            "{about}"
        );
        assert!(bound(part).is_some(), "{about}");
        if let (Some(part), Some(whole)) = (bound(part), bound(whole)) {
            assert!(part <= whole, "{about}");
        }
        if let (Some(part), Some(whole)) = (part.date, whole.date) {
            assert!(part.first_day() >= whole.first_day(), "{about}");
        }
    }
}
