//! Applying the filters to a dataset. This is the only place events are dropped: every
//! view reads the one `Filtered` result it returns.

use super::state::{FilterState, is_shown};
use crate::core::index::Atlas;

/// The events that pass the filters, in date order (undated last).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filtered {
    pub events: Vec<usize>,
    /// The events that pass every filter but the date window, in the same order. The
    /// timeline lays these out, so that its lanes and sizes hold still while the reader
    /// zooms and pans, and shows only what falls inside the window.
    pub before_window: Vec<usize>,
    /// Events in the dataset, before filtering.
    pub total: usize,
    /// Undated events that match everything but the date window, which they cannot be
    /// placed in. Views say so, so that nothing disappears without a word.
    pub undated_outside_window: usize,
}

impl Filtered {
    /// "Showing X of Y events".
    pub fn count_text(&self) -> String {
        format!(
            "Showing {} of {} events",
            crate::core::format::count(self.events.len()),
            crate::core::format::count(self.total)
        )
    }

    /// "Show X events": the button that closes a phone's filter drawer on the result.
    pub fn show_text(&self) -> String {
        let count = self.events.len();
        let noun = if count == 1 { "event" } else { "events" };
        format!("Show {} {noun}", crate::core::format::count(count))
    }
}

/// Keeps the events that pass every filter.
pub fn apply(atlas: &Atlas, filter: &FilterState) -> Filtered {
    let index = &atlas.index;
    let window = window_days(filter);
    // The companies asked for, widened to their subsidiaries: Amazon includes AWS.
    let mut wanted: Vec<bool> = Vec::new();
    if !filter.companies.is_empty() {
        wanted = vec![false; atlas.dataset.entities.len()];
        for id in &filter.companies {
            if let Some(entity) = index.entity(id) {
                for &member in &index.family_of_entity[entity] {
                    wanted[member] = true;
                }
            }
        }
    }
    let words: Vec<String> = filter
        .query
        .to_lowercase()
        .split_whitespace()
        .map(String::from)
        .collect();

    let mut events = Vec::new();
    let mut before_window = Vec::new();
    let mut undated_outside_window = 0;
    for &i in &index.by_date {
        let event = &atlas.dataset.events[i];
        if !is_shown(&filter.statuses, &event.status) || !is_shown(&filter.kinds, &event.kind) {
            continue;
        }
        if !wanted.is_empty() && !index.participants[i].iter().any(|&p| wanted[p]) {
            continue;
        }
        if let Some(min) = filter.min_usd
            && event
                .headline_money()
                .and_then(|m| m.upper_bound())
                .is_none_or(|v| v < min)
        {
            continue;
        }
        if !words
            .iter()
            .all(|w| index.search_text[i].contains(w.as_str()))
        {
            continue;
        }
        before_window.push(i);
        if let Some((from, to)) = window {
            match index.span[i] {
                Some((first, last)) if last >= from && first <= to => {}
                Some(_) => continue,
                None => {
                    undated_outside_window += 1;
                    continue;
                }
            }
        }
        events.push(i);
    }
    Filtered {
        events,
        before_window,
        total: atlas.dataset.events.len(),
        undated_outside_window,
    }
}

/// The window as inclusive day numbers, open ends widened to the extremes.
fn window_days(filter: &FilterState) -> Option<(i32, i32)> {
    if !filter.has_window() {
        return None;
    }
    let from = filter.from.map_or(i32::MIN, |d| d.first_day());
    let to = filter.to.map_or(i32::MAX, |d| d.last_day());
    Some((from, to))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::{EventKind, Status, load_json};

    fn atlas() -> Atlas {
        Atlas::new(load_json(include_str!("../../../tests/fixtures/small.json")).unwrap())
    }

    fn ids(atlas: &Atlas, filter: &FilterState) -> Vec<String> {
        apply(atlas, filter)
            .events
            .iter()
            .map(|&i| atlas.dataset.events[i].id.clone())
            .collect()
    }

    #[test]
    fn no_filter_keeps_everything_in_date_order() {
        let atlas = atlas();
        let result = apply(&atlas, &FilterState::default());
        assert_eq!(result.events.len(), result.total);
        assert_eq!(atlas.dataset.events[result.events[0]].id, "openai-founded");
        assert_eq!(result.count_text(), "Showing 8 of 8 events");
    }

    #[test]
    fn show_text_counts_the_events_kept_in_the_singular_for_one() {
        let shown = |n: usize| {
            Filtered {
                events: (0..n).collect(),
                total: 20_000,
                ..Filtered::default()
            }
            .show_text()
        };
        for (n, want) in [
            (0, "Show 0 events"),
            (1, "Show 1 event"),
            (2, "Show 2 events"),
            (12_345, "Show 12,345 events"),
        ] {
            assert_eq!(shown(n), want);
        }
    }

    #[test]
    fn company_keeps_events_on_either_side_and_subsidiaries() {
        let atlas = atlas();
        let anthropic = ids(&atlas, &FilterState::default().with_company("anthropic"));
        assert_eq!(anthropic, ["aws-anthropic-cloud", "amazon-anthropic"]);
        let amazon = ids(&atlas, &FilterState::default().with_company("amazon"));
        assert!(
            amazon.contains(&"aws-anthropic-cloud".to_string()),
            "AWS belongs to Amazon: {amazon:?}"
        );
        assert!(amazon.contains(&"amazon-openai-talks".to_string()));
    }

    #[test]
    fn window_is_inclusive_and_overlaps_partial_dates() {
        let atlas = atlas();
        let filter = FilterState {
            from: "2025-10-31".parse().ok(),
            to: "2026-01-28".parse().ok(),
            ..Default::default()
        };
        // The Oct 2025 valuation and the Jan 2026 month-precision events overlap the
        // window; the 29 Jan talks fall just outside it.
        assert_eq!(
            ids(&atlas, &filter),
            ["openai-valuation-2025", "openai-round", "softbank-openai"]
        );
        let result = apply(&atlas, &filter);
        assert_eq!(result.undated_outside_window, 2);
        assert_eq!(
            result.before_window.len(),
            8,
            "the window alone drops nothing from before_window"
        );
    }

    #[test]
    fn open_ended_windows_work() {
        let atlas = atlas();
        let from_only = FilterState {
            from: "2026".parse().ok(),
            ..Default::default()
        };
        assert_eq!(ids(&atlas, &from_only).len(), 3);
        let to_only = FilterState {
            to: "2015".parse().ok(),
            ..Default::default()
        };
        assert_eq!(ids(&atlas, &to_only), ["openai-founded"]);
    }

    #[test]
    fn min_uses_the_upper_bound_and_falls_back_to_valuation() {
        let atlas = atlas();
        let filter = FilterState {
            min_usd: Some(40e9),
            ..Default::default()
        };
        assert_eq!(
            ids(&atlas, &filter),
            [
                "openai-valuation-2025",
                "openai-round",
                "amazon-openai-talks"
            ]
        );
    }

    #[test]
    fn status_and_kind_sets_restrict() {
        let atlas = atlas();
        let mut filter = FilterState::default();
        filter.statuses.insert(Status::Talks);
        filter.kinds.insert(EventKind::Investment);
        assert_eq!(
            ids(&atlas, &filter),
            ["softbank-openai", "amazon-openai-talks"]
        );
    }

    #[test]
    fn search_matches_every_word_in_titles_summaries_and_aliases() {
        let atlas = atlas();
        let by_alias = FilterState {
            query: "amazon web services".into(),
            ..Default::default()
        };
        assert_eq!(ids(&atlas, &by_alias), ["aws-anthropic-cloud"]);
        let two_words = FilterState {
            query: "SECONDARY openai".into(),
            ..Default::default()
        };
        assert_eq!(ids(&atlas, &two_words), ["openai-valuation-2025"]);
        let hostile = FilterState {
            query: "<script>".into(),
            ..Default::default()
        };
        assert!(ids(&atlas, &hostile).is_empty());
    }

    #[test]
    fn an_empty_dataset_filters_to_nothing() {
        let mut atlas = atlas();
        atlas.dataset.events.clear();
        let atlas = Atlas::new(atlas.dataset);
        let result = apply(&atlas, &FilterState::default());
        assert_eq!((result.events.len(), result.total), (0, 0));
    }
}
