//! The table's order: any column, either way, always deterministic.

use std::cmp::Ordering;

use crate::core::index::Atlas;
use crate::core::link::{SortColumn, TableSort};

/// Sorts `events` (indices into the dataset) by `sort`. Rows without a value in the
/// sorted column (undated, no amount) go last in both directions, and ties fall back
/// to date (as the Date column orders it, ascending) and id, so the order never depends
/// on the input order.
pub fn sort_events(atlas: &Atlas, events: &[usize], sort: TableSort) -> Vec<usize> {
    let mut rows = events.to_vec();
    let dataset = &atlas.dataset;
    let name = |id: Option<&String>| {
        id.and_then(|id| atlas.index.entity(id))
            .map(|i| dataset.entities[i].name.to_lowercase())
    };
    let key = |i: usize| -> SortKey {
        let event = &dataset.events[i];
        match sort.column {
            SortColumn::Date => SortKey::Span(atlas.index.span[i]),
            SortColumn::Title => SortKey::Text(Some(event.title.to_lowercase())),
            SortColumn::From => {
                SortKey::Text(name(event.from.first()).or_else(|| name(event.parties.first())))
            }
            SortColumn::To => {
                SortKey::Text(name(event.to.as_ref()).or_else(|| name(event.parties.last())))
            }
            SortColumn::Amount => SortKey::Number(event.amount.and_then(|m| m.upper_bound())),
            SortColumn::Valuation => {
                SortKey::Number(event.valuation.and_then(|v| v.money().upper_bound()))
            }
            SortColumn::Status => SortKey::Number(Some(event.status as u8 as f64)),
            SortColumn::Kind => SortKey::Number(Some(event.kind as u8 as f64)),
        }
    };
    // Ties go by date as the Date column orders it ascending (undated last), then id.
    let tiebreak = |a: usize, b: usize| {
        let span = |i: usize| SortKey::Span(atlas.index.span[i]);
        span(a)
            .compare(&span(b), false)
            .then_with(|| dataset.events[a].id.cmp(&dataset.events[b].id))
    };
    // Keys are computed once per row, not once per comparison.
    let mut keyed: Vec<(usize, SortKey)> = rows.drain(..).map(|i| (i, key(i))).collect();
    crate::core::order::sort_items(&mut keyed, &|(a, key_a), (b, key_b)| {
        key_a
            .compare(key_b, sort.descending)
            .then_with(|| tiebreak(*a, *b))
    });
    keyed.into_iter().map(|(i, _)| i).collect()
}

enum SortKey {
    Number(Option<f64>),
    Text(Option<String>),
    /// A date's first and last day. Dates that start on the same day go from the widest
    /// to the narrowest, as an outline does ("2026", "Jan 2026", "1 Jan 2026"), and the
    /// other way round when descending: by their first day alone, a year-only date fell
    /// among the month's dates in the order of their ids.
    Span(Option<(i32, i32)>),
}

impl SortKey {
    /// Compares present values in the asked direction; missing values always last.
    fn compare(&self, other: &Self, descending: bool) -> Ordering {
        let directed = |o: Ordering| if descending { o.reverse() } else { o };
        match (self, other) {
            (SortKey::Number(Some(a)), SortKey::Number(Some(b))) => directed(a.total_cmp(b)),
            (SortKey::Text(Some(a)), SortKey::Text(Some(b))) => directed(a.cmp(b)),
            (SortKey::Span(Some(a)), SortKey::Span(Some(b))) => {
                directed(a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
            }
            (SortKey::Number(None), SortKey::Number(None))
            | (SortKey::Text(None), SortKey::Text(None))
            | (SortKey::Span(None), SortKey::Span(None)) => Ordering::Equal,
            (SortKey::Number(None), _) | (SortKey::Text(None), _) | (SortKey::Span(None), _) => {
                Ordering::Greater
            }
            _ => Ordering::Less,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::load_json;

    fn atlas() -> Atlas {
        Atlas::new(load_json(include_str!("../../tests/fixtures/small.json")).unwrap())
    }

    fn ids(atlas: &Atlas, column: SortColumn, descending: bool) -> Vec<String> {
        let all: Vec<usize> = (0..atlas.dataset.events.len()).collect();
        sort_events(atlas, &all, TableSort { column, descending })
            .into_iter()
            .map(|i| atlas.dataset.events[i].id.clone())
            .collect()
    }

    #[test]
    fn date_sort_puts_undated_last_both_ways() {
        let atlas = atlas();
        let up = ids(&atlas, SortColumn::Date, false);
        assert_eq!(up.first().unwrap(), "openai-founded");
        assert_eq!(&up[6..], ["amazon-anthropic", "microsoft-openai-compute"]);
        let down = ids(&atlas, SortColumn::Date, true);
        assert_eq!(down.first().unwrap(), "amazon-openai-talks");
        assert_eq!(&down[6..], ["amazon-anthropic", "microsoft-openai-compute"]);
    }

    #[test]
    fn dates_that_start_together_go_from_the_year_to_the_day_and_back() {
        // Three events starting on 1 Jan 2026, listed narrowest first with ids that
        // would order them otherwise, a later one and an undated one.
        use crate::core::testkit::{atlas, event};
        let atlas = atlas(vec![
            event("e-day", Some("2026-01-01")),
            event("d-month", Some("2026-01")),
            event("c-year", Some("2026")),
            event("b-later", Some("2026-01-28")),
            event("a-undated", None),
        ]);
        assert_eq!(
            ids(&atlas, SortColumn::Date, false),
            ["c-year", "d-month", "e-day", "b-later", "a-undated"]
        );
        assert_eq!(
            ids(&atlas, SortColumn::Date, true),
            ["b-later", "e-day", "d-month", "c-year", "a-undated"]
        );
        // Rows tied in another column (all five are investments) fall back to the same
        // order, ascending, whichever way that column goes.
        for descending in [false, true] {
            assert_eq!(
                ids(&atlas, SortColumn::Kind, descending),
                ["c-year", "d-month", "e-day", "b-later", "a-undated"]
            );
        }
    }

    #[test]
    fn amount_sort_uses_the_upper_bound() {
        let atlas = atlas();
        let down = ids(&atlas, SortColumn::Amount, true);
        assert_eq!(
            &down[..4],
            [
                "openai-round",
                "amazon-openai-talks",
                "softbank-openai",
                "amazon-anthropic"
            ]
        );
    }

    #[test]
    fn every_column_sorts_deterministically() {
        let atlas = atlas();
        for &column in SortColumn::ALL {
            for descending in [false, true] {
                let once = ids(&atlas, column, descending);
                let mut reversed_input: Vec<usize> =
                    (0..atlas.dataset.events.len()).rev().collect();
                reversed_input.rotate_left(3);
                let again: Vec<String> =
                    sort_events(&atlas, &reversed_input, TableSort { column, descending })
                        .into_iter()
                        .map(|i| atlas.dataset.events[i].id.clone())
                        .collect();
                assert_eq!(once, again, "{column:?} {descending}");
                assert_eq!(once.len(), 8);
            }
        }
    }

    #[test]
    fn title_sort_ignores_case() {
        let atlas = atlas();
        let up = ids(&atlas, SortColumn::Title, false);
        // Case-sensitively "AWS…" would sort before "Amazon…".
        assert_eq!(up.first().unwrap(), "amazon-openai-talks");
    }
}
