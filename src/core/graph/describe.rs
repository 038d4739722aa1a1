//! Words for the network's marks: accessible names and tooltips. Size, width, dashes
//! and arrowheads are never the only carriers of meaning; what they encode is said here
//! too, so a screen reader user hears what a sighted reader sees.

use crate::core::dataset::{Event, Status};
use crate::core::format;
use crate::core::index::Atlas;

use super::build::{EdgeKind, Graph, GraphEdge};

/// A node's accessible name, starting with the entity's name so that typing a letter
/// finds it: "OpenAI, company, 9 events". Empty for a node that does not exist.
pub fn node_name(atlas: &Atlas, graph: &Graph, node: usize) -> String {
    let Some(node) = graph.nodes.get(node) else {
        return String::new();
    };
    let Some(entity) = atlas.dataset.entities.get(node.entity) else {
        return String::new();
    };
    format!(
        "{}, {}, {}",
        entity.name,
        entity.kind.label().to_lowercase(),
        events_text(node.events.len())
    )
}

/// An edge's accessible name: its two ends, then what happened between them.
///
/// One event says what it was: "Amazon → OpenAI: up to $50B, in talks, 29 Jan 2026"
/// for a flow, "AWS — Anthropic: partnership, 2023" for a relation (whose status is
/// named only when it is not completed). Merged events give their count and combined
/// range: "Amazon → OpenAI: 4 events, $10B–$60B, all in talks". Empty for an edge that
/// does not exist.
pub fn edge_name(atlas: &Atlas, graph: &Graph, edge: usize) -> String {
    let Some(e) = graph.edges.get(edge) else {
        return String::new();
    };
    format!("{}: {}", ends(atlas, graph, e), summary(atlas, e))
}

/// The lines of an edge's tooltip: its ends, for merged edges the count and combined
/// range, then each event as date and title, in date order.
pub fn edge_tooltip(atlas: &Atlas, graph: &Graph, edge: usize) -> Vec<String> {
    let Some(e) = graph.edges.get(edge) else {
        return Vec::new();
    };
    let mut lines = vec![ends(atlas, graph, e)];
    if e.events.len() > 1 {
        lines.push(summary(atlas, e));
    }
    for event in e.events.iter().filter_map(|&i| atlas.dataset.events.get(i)) {
        lines.push(format!(
            "{} · {}",
            date_text(event, "Date not reported"),
            event.title
        ));
    }
    lines
}

/// "1 event", "9 events", "1,200 events".
fn events_text(count: usize) -> String {
    match count {
        1 => "1 event".to_string(),
        n => format!("{} events", format::count(n)),
    }
}

/// "Amazon → OpenAI" for a flow, "AWS — Anthropic" for a relation.
fn ends(atlas: &Atlas, graph: &Graph, edge: &GraphEdge) -> String {
    let name = |node: usize| {
        graph
            .nodes
            .get(node)
            .and_then(|n| atlas.dataset.entities.get(n.entity))
            .map_or("unknown", |entity| entity.name.as_str())
    };
    let arrow = match edge.kind {
        EdgeKind::Flow => "→",
        EdgeKind::Relation => "—",
    };
    format!("{} {arrow} {}", name(edge.source), name(edge.target))
}

/// What happened along an edge, without its ends.
fn summary(atlas: &Atlas, edge: &GraphEdge) -> String {
    let events: Vec<&Event> = edge
        .events
        .iter()
        .filter_map(|&i| atlas.dataset.events.get(i))
        .collect();
    if let [event] = events.as_slice() {
        let mut parts = Vec::new();
        if edge.kind == EdgeKind::Relation {
            parts.push(event.kind.label().to_lowercase());
        }
        // The same amount the edge's range was built from: only valid ones, and none
        // for the people a directed event ties to its recipient.
        if edge.range.count > 0
            && let Some(amount) = event.amount
        {
            parts.push(format::money(&amount));
        }
        if edge.kind == EdgeKind::Flow || event.status != Status::Completed {
            parts.push(event.status.label().to_lowercase());
        }
        parts.push(date_text(event, "date not reported"));
        return parts.join(", ");
    }
    let mut parts = vec![events_text(events.len())];
    if edge.range.count > 0 {
        parts.push(edge.range.text());
    }
    if edge.tentative && !events.is_empty() {
        let mut statuses: Vec<Status> = events.iter().map(|e| e.status).collect();
        crate::core::order::sort_dedup(&mut statuses);
        let words: Vec<String> = statuses.iter().map(|s| s.label().to_lowercase()).collect();
        parts.push(format!("all {}", words.join(" or ")));
    }
    parts.join(", ")
}

/// The event's date at its precision, or `missing` when it has none.
fn date_text(event: &Event, missing: &str) -> String {
    event
        .date
        .map_or_else(|| missing.to_string(), |date| format::date(&date))
}

#[cfg(test)]
mod tests;
