//! The largest deals among the events shown, which the details panel offers while
//! nothing is selected: a first-time reader sees at once what the data is about (in
//! the bundled reports, a round of up to $100B and Amazon's talks of up to $50B) and
//! can start there, where the charts alone give no figures until something is chosen.

use crate::core::dataset::{Event, EventKind, Status};

/// Whether an event's amount is money changing hands in a deal: an investment, a
/// funding round or an acquisition. A company's own spending or a valuation is not a
/// deal, however large.
fn is_deal(event: &Event) -> bool {
    matches!(
        event.kind,
        EventKind::Investment | EventKind::FundingRound | EventKind::Acquisition
    ) && event.status != Status::Cancelled
}

/// How large a deal may be, as reported: its ceiling, or its floor where it has none
/// ("at least $8B"). `None` when that figure is missing or not finite.
pub(super) fn reach(event: &Event) -> Option<f64> {
    let amount = event.amount?;
    amount.max.or(amount.min).filter(|v| v.is_finite())
}

/// Up to `count` of the events `shown` (indices into `events`) that are deals with an
/// amount, largest first. Ties go to the later date, then to the id, so the choice
/// never depends on the order events were given in.
///
/// Each event is ranked by what it reports: talks of "up to" rank by their ceiling, and
/// a round and a part of it (the $100B round and Amazon's $50B in the bundled reports)
/// may both be listed, as the events they are.
///
/// The panel asks again at every filter change, over as many as 100,000 events, so the
/// few best are kept as they are found rather than every deal sorted: linear time, and
/// no allocation beyond `count` indices.
pub fn largest_deals(events: &[Event], shown: &[usize], count: usize) -> Vec<usize> {
    let last_day = |i: usize| events[i].date.map(|d| d.last_day());
    let reach_of = |i: usize| reach(&events[i]).unwrap_or(0.0);
    // Whether event `a` ranks before event `b`.
    let before = |a: usize, b: usize| {
        reach_of(a)
            .total_cmp(&reach_of(b))
            .then(last_day(a).cmp(&last_day(b)))
            .then(events[b].id.cmp(&events[a].id))
            .is_gt()
    };
    // The best so far, best first.
    let mut best: Vec<usize> = Vec::with_capacity(count + 1);
    for &i in shown {
        if !events
            .get(i)
            .is_some_and(|e| is_deal(e) && reach(e).is_some())
        {
            continue;
        }
        let at = best.partition_point(|&b| before(b, i));
        if at < count {
            best.insert(at, i);
            best.truncate(count);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::money::{Money, Qualifier};

    fn event(
        id: &str,
        kind: EventKind,
        status: Status,
        amount: Option<(Option<f64>, Option<f64>)>,
        date: &str,
    ) -> Event {
        Event {
            id: id.into(),
            kind,
            date: date.parse().ok(),
            date_note: None,
            from: Vec::new(),
            to: None,
            parties: Vec::new(),
            amount: amount.map(|(min, max)| Money {
                min,
                max,
                qualifier: Qualifier::Exact,
            }),
            valuation: None,
            status,
            part_of: None,
            title: id.into(),
            summary: String::new(),
            evidence: Vec::new(),
        }
    }

    fn ids(events: &[Event], found: &[usize]) -> Vec<String> {
        found.iter().map(|&i| events[i].id.clone()).collect()
    }

    #[test]
    fn deals_rank_by_the_most_they_may_be_and_only_deals_count() {
        use EventKind::*;
        use Status::*;
        let events = [
            event(
                "capex",
                Infrastructure,
                Announced,
                Some((Some(125e9), Some(125e9))),
                "2026",
            ),
            event(
                "round",
                FundingRound,
                Talks,
                Some((None, Some(100e9))),
                "2026-01",
            ),
            event(
                "talks",
                Investment,
                Talks,
                Some((None, Some(50e9))),
                "2026-01-29",
            ),
            event(
                "floor",
                Investment,
                Completed,
                Some((Some(60e9), None)),
                "2025",
            ),
            event(
                "called-off",
                Acquisition,
                Cancelled,
                Some((Some(200e9), Some(200e9))),
                "2024",
            ),
            event("unknown", Investment, Completed, None, "2024"),
            event(
                "buy",
                Acquisition,
                Completed,
                Some((Some(13.7e9), Some(13.7e9))),
                "2017",
            ),
            event(
                "worth",
                Valuation,
                Completed,
                Some((Some(500e9), Some(500e9))),
                "2025",
            ),
        ];
        let all: Vec<usize> = (0..events.len()).collect();
        // "At least $60B" reaches $60B; the capex, the valuation and the cancelled
        // deal are left out, however large, and so is a deal with no amount.
        assert_eq!(
            ids(&events, &largest_deals(&events, &all, 3)),
            ["round", "floor", "talks"]
        );
        assert_eq!(
            ids(&events, &largest_deals(&events, &all, 10)),
            ["round", "floor", "talks", "buy"]
        );
        // Only the events shown are candidates, and a count of none gives none.
        assert_eq!(
            ids(&events, &largest_deals(&events, &[2, 6], 3)),
            ["talks", "buy"]
        );
        assert!(largest_deals(&events, &all, 0).is_empty());
        assert!(largest_deals(&events, &[], 3).is_empty());
    }

    #[test]
    fn the_few_kept_are_the_first_of_every_deal_fully_sorted() {
        // Amounts from a small linear congruential generator, some repeated, over
        // shuffled dates, against a full sort of the same rule.
        let mut seed = 7u64;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let events: Vec<Event> = (0..200)
            .map(|i| {
                let amount = (next(40) + 1) as f64 * 1e9;
                let date = format!("20{:02}", 10 + next(16));
                event(
                    &format!("e{i:03}"),
                    EventKind::Investment,
                    Status::Completed,
                    Some((Some(amount), Some(amount))),
                    &date,
                )
            })
            .collect();
        let shown: Vec<usize> = (0..events.len()).rev().collect();
        let mut sorted = shown.clone();
        sorted.sort_by(|&a, &b| {
            let (x, y) = (&events[a], &events[b]);
            let reach = |e: &Event| e.amount.and_then(|m| m.max).unwrap();
            reach(y)
                .total_cmp(&reach(x))
                .then(
                    y.date
                        .map(|d| d.last_day())
                        .cmp(&x.date.map(|d| d.last_day())),
                )
                .then(x.id.cmp(&y.id))
        });
        for count in [1, 3, 10, 200, 500] {
            let expected = &sorted[..count.min(sorted.len())];
            assert_eq!(
                largest_deals(&events, &shown, count),
                expected,
                "count {count}"
            );
        }
    }

    #[test]
    fn ties_go_to_the_later_date_then_the_id_and_odd_input_is_ignored() {
        use EventKind::Investment;
        use Status::Completed;
        let ten = Some((Some(10e9), Some(10e9)));
        let events = [
            event("b", Investment, Completed, ten, "2025"),
            event("a", Investment, Completed, ten, "2025"),
            event("later", Investment, Completed, ten, "2026"),
            event("undated", Investment, Completed, ten, ""),
            event(
                "nan",
                Investment,
                Completed,
                Some((Some(f64::NAN), None)),
                "2026",
            ),
            event(
                "infinite",
                Investment,
                Completed,
                Some((None, Some(f64::INFINITY))),
                "2026",
            ),
        ];
        // Index 99 is not an event; it is skipped, not a panic.
        let shown = [5, 4, 3, 1, 0, 2, 99];
        assert_eq!(
            ids(&events, &largest_deals(&events, &shown, 5)),
            ["later", "a", "b", "undated"]
        );
    }
}
