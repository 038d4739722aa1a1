//! Lanes: which horizontal band of the timeline each event belongs to, and the order of
//! the bands.

use std::cmp::Ordering;
use std::collections::HashMap;

use crate::core::dataset::{Event, EventKind};
use crate::core::date::DayNumber;
use crate::core::index::Atlas;
use crate::core::link::LaneGrouping;

/// The key of the lane for events that name no investor (investor grouping) or no
/// entity at all (recipient grouping). Entity ids are non-empty slugs, so the empty
/// string never collides with one.
pub const UNNAMED_LANE_KEY: &str = "";

/// The label of the lane for events that name no investor.
pub const NO_INVESTOR_LABEL: &str = "No investor named";

/// The label of the lane for events that name no entity at all. Validated datasets have
/// none; the lane exists so that hand-built data still places every dated event.
pub const NO_ENTITY_LABEL: &str = "No entity named";

/// One horizontal band of the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// The entity id or event-kind id the lane stands for, or `UNNAMED_LANE_KEY`.
    pub key: String,
    /// What the reader sees at the start of the lane.
    pub label: String,
    /// The lane's events (indices into the dataset), in date order, ties by event id.
    pub events: Vec<usize>,
    /// The sum of the stated amounts of the lane's events, in US dollars. Valuations are
    /// not counted, and amounts that are not finite non-negative numbers count as zero.
    pub total_usd: f64,
    /// The first day of the lane's earliest event.
    pub first_day: Option<DayNumber>,
}

/// What a lane stands for, before it is turned into text. Keeping the fallback lane as
/// its own variant means no entity id, however odd, can be merged into it. Kinds order
/// as the vocabulary does, which is the order of kind lanes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum LaneId<'a> {
    Entity(&'a str),
    Kind(EventKind),
    Unnamed,
}

/// Splits `events` into lanes by `grouping`.
///
/// Only dated events are placed; undated ones are left out (count them with
/// [`undated`]). Indices that are out of range are ignored and repeated indices count
/// once, so no input can panic or draw an event twice.
///
/// - **Recipient**: the event's `to`; failing that its first party, so that "OpenAI
///   founded" sits in OpenAI's lane; failing that its first `from`.
/// - **Investor**: the event's first `from`; events with none share one lane,
///   "No investor named", placed last.
/// - **Kind**: one lane per event kind that has events, in vocabulary order.
///
/// Recipient and investor lanes are ordered by total stated amount, largest first, then
/// by number of events (more first), then by first date (earlier first), then by key.
/// The biggest flows of money are the story the timeline tells, and a reader's eye
/// starts at the top, so the lanes that matter most come first; ordering by first event
/// would instead lead with whoever happens to be oldest, often a founding with no money
/// attached. The later keys only break ties, which makes the order fully deterministic.
pub fn lanes(atlas: &Atlas, events: &[usize], grouping: LaneGrouping) -> Vec<Lane> {
    let mut lanes: Vec<(LaneId, Lane)> = Vec::new();
    let mut position: HashMap<LaneId, usize> = HashMap::new();
    for (index, event, first_day) in placeable(atlas, events) {
        let id = lane_id(event, grouping);
        let slot = *position.entry(id.clone()).or_insert_with(|| {
            lanes.push((id.clone(), empty_lane(atlas, &id, grouping)));
            lanes.len() - 1
        });
        let lane = &mut lanes[slot].1;
        lane.events.push(index);
        lane.total_usd += stated_usd(event);
        lane.first_day = Some(lane.first_day.map_or(first_day, |d| d.min(first_day)));
    }
    let ids = |i: usize| atlas.dataset.events.get(i).map_or("", |e| e.id.as_str());
    let span = |i: usize| atlas.index.span.get(i).copied().flatten();
    for (_, lane) in &mut lanes {
        crate::core::order::sort_indices(&mut lane.events, &|a, b| {
            let first = |i| span(i).map(|(first, _)| first);
            first(a)
                .cmp(&first(b))
                .then_with(|| ids(a).cmp(ids(b)))
                .then(a.cmp(&b))
        });
    }
    crate::core::order::sort_items(&mut lanes, &|(a_id, a), (b_id, b)| match grouping {
        LaneGrouping::Kind => a_id.cmp(b_id),
        LaneGrouping::Recipient | LaneGrouping::Investor => by_weight(a_id, a, b_id, b),
    });
    lanes.into_iter().map(|(_, lane)| lane).collect()
}

/// How many of `events` are valid, distinct indices of events without a date: the ones
/// the timeline cannot place and should say it left out.
pub fn undated(atlas: &Atlas, events: &[usize]) -> usize {
    let mut seen = vec![false; atlas.dataset.events.len()];
    events
        .iter()
        .filter(|&&i| i < seen.len() && !std::mem::replace(&mut seen[i], true))
        .filter(|&&i| atlas.index.span.get(i).copied().flatten().is_none())
        .count()
}

/// The dated events among `events`, each once, with the first day of their date.
fn placeable<'a>(
    atlas: &'a Atlas,
    events: &'a [usize],
) -> impl Iterator<Item = (usize, &'a Event, DayNumber)> + 'a {
    let mut seen = vec![false; atlas.dataset.events.len()];
    events.iter().filter_map(move |&i| {
        let event = atlas.dataset.events.get(i)?;
        let (first, _) = atlas.index.span.get(i).copied().flatten()?;
        (!std::mem::replace(&mut seen[i], true)).then_some((i, event, first))
    })
}

/// The lane an event belongs to under `grouping`.
fn lane_id(event: &Event, grouping: LaneGrouping) -> LaneId<'_> {
    let entity = match grouping {
        LaneGrouping::Kind => return LaneId::Kind(event.kind),
        LaneGrouping::Recipient => event
            .to
            .as_deref()
            .or(event.parties.first().map(String::as_str))
            .or(event.from.first().map(String::as_str)),
        LaneGrouping::Investor => event.from.first().map(String::as_str),
    };
    entity.map_or(LaneId::Unnamed, LaneId::Entity)
}

/// A lane with no events yet, its key and label filled in.
fn empty_lane(atlas: &Atlas, id: &LaneId, grouping: LaneGrouping) -> Lane {
    let (key, label) = match id {
        LaneId::Entity(entity) => {
            // An id that names no entity (possible only in unvalidated data) is shown as
            // itself rather than dropped.
            let name = atlas
                .index
                .entity(entity)
                .and_then(|i| atlas.dataset.entities.get(i))
                .map_or(*entity, |e| e.name.as_str());
            (entity.to_string(), name.to_string())
        }
        LaneId::Kind(kind) => (kind.id().to_string(), kind.label().to_string()),
        LaneId::Unnamed => {
            let label = match grouping {
                LaneGrouping::Investor => NO_INVESTOR_LABEL,
                LaneGrouping::Recipient | LaneGrouping::Kind => NO_ENTITY_LABEL,
            };
            (UNNAMED_LANE_KEY.to_string(), label.to_string())
        }
    };
    Lane {
        key,
        label,
        events: Vec::new(),
        total_usd: 0.0,
        first_day: None,
    }
}

/// The amount an event adds to its lane's total: the bound its source states, or zero
/// when it has no amount or the amount is not a finite non-negative number. Valuations
/// are left out on purpose: a $500B valuation would dwarf every actual deal.
fn stated_usd(event: &Event) -> f64 {
    event
        .amount
        .and_then(|m| m.stated_bound())
        .filter(|v| v.is_finite() && *v >= 0.0)
        .unwrap_or(0.0)
}

/// The recipient and investor order: the unnamed lane last, then heaviest first.
fn by_weight(a_id: &LaneId, a: &Lane, b_id: &LaneId, b: &Lane) -> Ordering {
    let unnamed = |id: &LaneId| matches!(id, LaneId::Unnamed);
    unnamed(a_id)
        .cmp(&unnamed(b_id))
        .then_with(|| b.total_usd.total_cmp(&a.total_usd))
        .then_with(|| b.events.len().cmp(&a.events.len()))
        .then_with(|| a.first_day.cmp(&b.first_day))
        .then_with(|| a.key.cmp(&b.key))
}

#[cfg(test)]
mod tests;
