//! Reading a link. Parsing is total: any string gives a state. Each value that cannot
//! be used is dropped on its own and reported, and the rest still applies.

use std::borrow::Cow;

use super::catalog::Catalog;
use super::state::{LaneGrouping, LinkState, Selection, SortColumn, TableSort, View};
use crate::core::dataset::{EventKind, Status};
use crate::core::date::{PartialDate, shorten};
use crate::core::money::parse_usd;

/// The longest free-text search a link may carry; longer text is cut, and the notice says so.
pub const MAX_QUERY_CHARS: usize = 200;

/// A value from the link that was not used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    pub param: &'static str,
    /// The value as written, shortened for display.
    pub value: String,
    pub reason: String,
}

/// The state a link describes, and what in it was ignored.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub state: LinkState,
    pub ignored: Vec<Ignored>,
}

/// Parses a query string (with or without its leading `?`) against the ids in `catalog`.
pub fn parse(query: &str, catalog: &dyn Catalog) -> Parsed {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut state = LinkState::default();
    let mut ignored = Vec::new();
    let mut ignore = |param: &'static str, value: &str, reason: String| {
        ignored.push(Ignored {
            param,
            value: shorten(value),
            reason,
        });
    };

    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let value: Cow<str> = value;
        match key.as_ref() {
            "view" => match View::from_id(&value) {
                Some(view) => state.view = view,
                None => ignore("view", &value, View::unknown(&value)),
            },
            "company" => {
                for item in list(&value) {
                    match catalog.resolve_entity(item) {
                        Some(id) => state.filter.companies.push(id),
                        None => ignore("company", item, "no such company in the data".into()),
                    }
                }
            }
            "from" => match value.parse::<PartialDate>() {
                Ok(date) => state.filter.from = Some(date),
                Err(error) => ignore("from", &value, error.0),
            },
            "to" => match value.parse::<PartialDate>() {
                Ok(date) => state.filter.to = Some(date),
                Err(error) => ignore("to", &value, error.0),
            },
            "status" => {
                for item in list(&value) {
                    match Status::from_id(item) {
                        Some(status) => {
                            state.filter.statuses.insert(status);
                        }
                        None => ignore("status", item, Status::unknown(item)),
                    }
                }
            }
            "kind" => {
                for item in list(&value) {
                    match EventKind::from_id(item) {
                        Some(kind) => {
                            state.filter.kinds.insert(kind);
                        }
                        None => ignore("kind", item, EventKind::unknown(item)),
                    }
                }
            }
            "min" => match parse_usd(&value) {
                Some(min) => state.filter.min_usd = (min > 0.0).then_some(min),
                None => ignore(
                    "min",
                    &value,
                    "not an amount such as 500M, 10B or 1.5T".into(),
                ),
            },
            "q" => {
                let text = value.trim();
                if text.chars().count() > MAX_QUERY_CHARS {
                    ignore(
                        "q",
                        text,
                        format!("cut to its first {MAX_QUERY_CHARS} characters"),
                    );
                }
                state.filter.query = text
                    .chars()
                    .take(MAX_QUERY_CHARS)
                    .collect::<String>()
                    .trim()
                    .to_string();
            }
            "sel" => match parse_selection(&value, catalog) {
                Some(selection) => state.selection = Some(selection),
                None => ignore("sel", &value, "nothing in the data has this id".into()),
            },
            "group" => match LaneGrouping::from_id(&value) {
                Some(group) => state.group = group,
                None => ignore("group", &value, LaneGrouping::unknown(&value)),
            },
            "sort" => match parse_sort(&value) {
                Some(sort) => state.sort = sort,
                None => ignore(
                    "sort",
                    &value,
                    SortColumn::unknown(value.trim_start_matches('-')),
                ),
            },
            "data" => match check_data_url(&value) {
                Ok(url) => state.data = Some(url.to_string()),
                Err(reason) => ignore("data", &value, reason),
            },
            // Unknown parameters (tracking tags, future features) are ignored silently.
            _ => {}
        }
    }

    crate::core::order::sort_dedup(&mut state.filter.companies);
    if let (Some(from), Some(to)) = (state.filter.from, state.filter.to)
        && from.first_day() > to.last_day()
    {
        ignore("to", &to.to_string(), format!("it is before from '{from}'"));
        state.filter.to = None;
    }
    // Every status or every kind is the same view as none; store it the short way.
    if state.filter.statuses.len() == Status::ALL.len() {
        state.filter.statuses.clear();
    }
    if state.filter.kinds.len() == EventKind::ALL.len() {
        state.filter.kinds.clear();
    }
    Parsed { state, ignored }
}

/// Splits a comma-separated list, skipping empty items.
fn list(value: &str) -> impl Iterator<Item = &str> {
    value
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

fn parse_selection(value: &str, catalog: &dyn Catalog) -> Option<Selection> {
    match value.strip_prefix("entity:") {
        Some(entity) => catalog.resolve_entity(entity).map(Selection::Entity),
        None => catalog
            .has_event(value)
            .then(|| Selection::Event(value.to_string())),
    }
}

fn parse_sort(value: &str) -> Option<TableSort> {
    let (descending, column) = match value.strip_prefix('-') {
        Some(column) => (true, column),
        None => (false, value),
    };
    SortColumn::from_id(column).map(|column| TableSort { column, descending })
}

/// Accepts http(s) addresses and relative paths (which stay on this site); refuses every
/// other scheme, such as `javascript:`, `data:` or `file:`.
pub fn check_data_url(value: &str) -> Result<&str, String> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err("the address is empty".into());
    }
    if trimmed.chars().any(char::is_control) {
        return Err("the address contains control characters".into());
    }
    let lower = trimmed.to_ascii_lowercase();
    let scheme_end = lower.find(':');
    let path_start = lower.find(['/', '?', '#']).unwrap_or(lower.len());
    match scheme_end {
        Some(colon) if colon < path_start => {
            if lower.starts_with("https://") || lower.starts_with("http://") {
                Ok(trimmed)
            } else {
                Err("only http and https addresses can be loaded".into())
            }
        }
        _ if lower.starts_with("//") => Err("only http and https addresses can be loaded".into()),
        _ => Ok(trimmed),
    }
}
