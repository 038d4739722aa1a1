//! Writing a link. The form is canonical: parameters in a fixed order, lists sorted,
//! defaults left out, so one view has exactly one link.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::state::{LinkState, Selection, TableSort};
use crate::core::money::format_usd_compact;

/// Characters left as they are in values: unreserved ones plus `,` (our list separator)
/// and `:` (in `entity:`), which are safe in a query and keep links readable.
const VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b',')
    .remove(b':');

/// The query string for a state, without the leading `?`; empty for the default view.
pub fn format(state: &LinkState) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let filter = &state.filter;
    if state.view != super::state::View::Timeline {
        pairs.push(("view", state.view.id().to_string()));
    }
    if !filter.companies.is_empty() {
        pairs.push(("company", filter.companies.join(",")));
    }
    if let Some(from) = filter.from {
        pairs.push(("from", from.to_string()));
    }
    if let Some(to) = filter.to {
        pairs.push(("to", to.to_string()));
    }
    if !filter.statuses.is_empty() {
        pairs.push((
            "status",
            filter
                .statuses
                .iter()
                .map(|s| s.id())
                .collect::<Vec<_>>()
                .join(","),
        ));
    }
    if !filter.kinds.is_empty() {
        pairs.push((
            "kind",
            filter
                .kinds
                .iter()
                .map(|k| k.id())
                .collect::<Vec<_>>()
                .join(","),
        ));
    }
    if let Some(min) = filter.min_usd {
        pairs.push(("min", format_usd_compact(min)));
    }
    if !filter.query.is_empty() {
        pairs.push(("q", filter.query.clone()));
    }
    match &state.selection {
        Some(Selection::Event(id)) => pairs.push(("sel", id.clone())),
        Some(Selection::Entity(id)) => pairs.push(("sel", format!("entity:{id}"))),
        None => {}
    }
    if state.group != super::state::LaneGrouping::Recipient {
        pairs.push(("group", state.group.id().to_string()));
    }
    if state.sort != TableSort::DEFAULT {
        let sign = if state.sort.descending { "-" } else { "" };
        pairs.push(("sort", format!("{sign}{}", state.sort.column.id())));
    }
    if let Some(data) = &state.data {
        pairs.push(("data", data.clone()));
    }
    pairs
        .iter()
        .map(|(key, value)| format!("{key}={}", utf8_percent_encode(value, VALUE)))
        .collect::<Vec<_>>()
        .join("&")
}
