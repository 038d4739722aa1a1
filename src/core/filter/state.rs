//! What the reader has asked to see: the filters every view shares.

use std::collections::BTreeSet;

use crate::core::dataset::{EventKind, Status};
use crate::core::date::PartialDate;

/// The filters. Empty sets and `None` mean "no restriction", so the default shows all.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FilterState {
    /// Entity ids, sorted and unique. An event passes when any of them takes part.
    pub companies: Vec<String>,
    /// The first day of the window, inclusive.
    pub from: Option<PartialDate>,
    /// The last day of the window, inclusive: `to=2025` runs to 31 Dec 2025.
    pub to: Option<PartialDate>,
    pub statuses: BTreeSet<Status>,
    pub kinds: BTreeSet<EventKind>,
    /// The smallest amount shown, in USD, compared with an amount's upper bound.
    pub min_usd: Option<f64>,
    /// Free text matched against titles, summaries and entity names and aliases.
    pub query: String,
}

impl FilterState {
    /// True when nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// True when a date window is set, which hides undated events.
    pub fn has_window(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// Adds a company, keeping the list sorted and unique.
    pub fn with_company(mut self, id: &str) -> Self {
        if let Err(at) = self.companies.binary_search_by(|c| c.as_str().cmp(id)) {
            self.companies.insert(at, id.to_string());
        }
        self
    }

    /// Removes a company.
    pub fn without_company(mut self, id: &str) -> Self {
        self.companies.retain(|c| c != id);
        self
    }

    /// Toggles one status. Turning off the last one shown brings back all of them,
    /// because an empty choice means "all".
    pub fn toggle_status(mut self, status: Status) -> Self {
        self.statuses = toggle(&self.statuses, status, Status::ALL);
        self
    }

    /// Toggles one event kind, with the same rule as statuses.
    pub fn toggle_kind(mut self, kind: EventKind) -> Self {
        self.kinds = toggle(&self.kinds, kind, EventKind::ALL);
        self
    }
}

/// Whether `value` is shown under a set where empty means "all".
pub fn is_shown<T: Ord>(set: &BTreeSet<T>, value: &T) -> bool {
    set.is_empty() || set.contains(value)
}

/// Flips `value` in a set where empty means all, keeping the set canonical: a set that
/// holds everything, or nothing, is stored empty.
fn toggle<T: Ord + Copy>(set: &BTreeSet<T>, value: T, all: &[T]) -> BTreeSet<T> {
    let mut shown: BTreeSet<T> = if set.is_empty() {
        all.iter().copied().collect()
    } else {
        set.clone()
    };
    if !shown.remove(&value) {
        shown.insert(value);
    }
    if shown.len() == all.len() || shown.is_empty() {
        BTreeSet::new()
    } else {
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_filters_nothing() {
        assert!(FilterState::default().is_empty());
        assert!(!FilterState::default().has_window());
    }

    #[test]
    fn companies_stay_sorted_and_unique() {
        let state = FilterState::default()
            .with_company("openai")
            .with_company("amazon")
            .with_company("openai");
        assert_eq!(state.companies, ["amazon", "openai"]);
        assert_eq!(state.without_company("amazon").companies, ["openai"]);
    }

    #[test]
    fn toggling_from_all_hides_one_and_back_shows_all() {
        let state = FilterState::default().toggle_status(Status::Talks);
        assert!(!is_shown(&state.statuses, &Status::Talks));
        assert!(is_shown(&state.statuses, &Status::Completed));
        assert_eq!(state.statuses.len(), Status::ALL.len() - 1);
        let back = state.toggle_status(Status::Talks);
        assert!(back.statuses.is_empty(), "all shown is stored as empty");
    }

    #[test]
    fn turning_off_the_last_shown_kind_shows_all() {
        let mut state = FilterState::default();
        for kind in EventKind::ALL.iter().skip(1) {
            state = state.toggle_kind(*kind);
        }
        assert_eq!(state.kinds.len(), 1);
        let state = state.toggle_kind(EventKind::ALL[0]);
        assert!(state.kinds.is_empty());
    }
}
