//! From events to a graph: which entities are nodes, which pairs are edges, and what
//! each edge carries.
//!
//! A directed event (investors in `from`, a recipient in `to`) is money or a move going
//! one way, so it gives one *flow* edge per investor. Anything else (a partnership, a
//! founding with several founders) says only that its parties were involved together,
//! so it gives undirected *relation* edges between every pair. The people a directed
//! event names besides its two sides, such as the CEOs leading talks, are related to the
//! recipient, because that is whom the reports tie them to.

use std::collections::HashMap;

use crate::core::dataset::{EntityKind, Status};
use crate::core::details::RangeSum;
use crate::core::index::Atlas;
use crate::core::money::Money;

use super::size::SizeBasis;

/// The five colour groups that entity kinds fold into. Ten hues would be more than a
/// reader can tell apart, and the kinds within a group play the same part in a deal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeGroup {
    /// Companies.
    Company,
    /// Whoever puts money in: investors, funds and sovereign funds.
    Investor,
    /// People.
    Person,
    /// Things that are built or sold: facilities, products and chips.
    Asset,
    /// Countries and groups of entities.
    Place,
}

impl NodeGroup {
    /// The group an entity kind is drawn in.
    pub fn of(kind: EntityKind) -> Self {
        match kind {
            EntityKind::Company => NodeGroup::Company,
            EntityKind::Investor | EntityKind::Fund | EntityKind::SovereignFund => {
                NodeGroup::Investor
            }
            EntityKind::Person => NodeGroup::Person,
            EntityKind::Facility | EntityKind::Product | EntityKind::Chip => NodeGroup::Asset,
            EntityKind::Country | EntityKind::Group => NodeGroup::Place,
        }
    }
}

/// Whether an edge stands for money moving one way or for a shared involvement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EdgeKind {
    /// From an investor to a recipient; drawn with an arrowhead.
    Flow,
    /// Between two parties of the same event; drawn thin, without direction.
    Relation,
}

/// One entity in the graph.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphNode {
    /// The entity's index in the dataset.
    pub entity: usize,
    /// Its events among those the graph was built from, in date order.
    pub events: Vec<usize>,
    /// The sum of the stated bounds ([`Money::stated_bound`]) of the amounts it gave or
    /// received in directed events that were not cancelled. It sizes the node's outline;
    /// it is not a total to quote, because shared and "up to" amounts are counted whole.
    pub money: f64,
    /// The part of `money` that is firm: completed, agreed or announced. The node is
    /// filled this far and outlined up to `money`, so talks never look like done deals.
    pub firm_money: f64,
    /// The colour group of the entity's kind.
    pub group: NodeGroup,
}

/// One edge: every event between an ordered pair (flows) or an unordered pair
/// (relations), merged.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphEdge {
    /// Index of one end in [`Graph::nodes`]; for a flow, the investor.
    pub source: usize,
    /// Index of the other end; for a flow, the recipient. For a relation, the larger
    /// of the two indices.
    pub target: usize,
    /// Flow or relation.
    pub kind: EdgeKind,
    /// The events behind the edge, in date order.
    pub events: Vec<usize>,
    /// The combined money range of the events' amounts, kept honest as in
    /// [`crate::core::details::totals`]: an amount several investors share counts from
    /// nothing to the whole on each of their edges.
    pub range: RangeSum,
    /// The sum of the stated bounds of the same amounts, for the edge's width.
    pub weight: f64,
    /// True when every event is in talks, rumored or cancelled: drawn dashed, because
    /// none of it has happened.
    pub tentative: bool,
}

/// Plain nodes and edges for the graph modules' tests, which set only what they test.
#[cfg(test)]
impl GraphNode {
    /// A company node for dataset entity `entity`, without events or money.
    pub(crate) fn company(entity: usize) -> Self {
        Self {
            entity,
            events: Vec::new(),
            money: 0.0,
            firm_money: 0.0,
            group: NodeGroup::Company,
        }
    }
}

#[cfg(test)]
impl GraphEdge {
    /// An edge of `kind` between two nodes carrying `events`, without money.
    pub(crate) fn between(
        source: usize,
        target: usize,
        kind: EdgeKind,
        events: Vec<usize>,
    ) -> Self {
        Self {
            source,
            target,
            kind,
            events,
            range: RangeSum::default(),
            weight: 0.0,
            tentative: false,
        }
    }
}

/// A network of entities and the events between them, as plain vectors.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Graph {
    /// The nodes, ordered by entity id.
    pub nodes: Vec<GraphNode>,
    /// The edges: flows before relations, each by source then target.
    pub edges: Vec<GraphEdge>,
    /// For each node, its neighbours over edges of either kind, sorted and unique.
    adjacency: Vec<Vec<usize>>,
    /// (entity, node) pairs sorted by entity, for looking nodes up by entity.
    by_entity: Vec<(usize, usize)>,
    /// Scales to size this graph by instead of its own, when larger (see
    /// [`Graph::size_like`]).
    sized_like: Option<SizeBasis>,
}

impl Graph {
    /// A graph of the given nodes and edges, with its adjacency worked out. Edges whose
    /// ends are out of range, or the same node, are kept but connect nothing.
    pub fn new(nodes: Vec<GraphNode>, edges: Vec<GraphEdge>) -> Self {
        let n = nodes.len();
        let mut adjacency = vec![Vec::new(); n];
        for edge in &edges {
            let (s, t) = (edge.source, edge.target);
            if s < n && t < n && s != t {
                adjacency[s].push(t);
                adjacency[t].push(s);
            }
        }
        for list in &mut adjacency {
            crate::core::order::sort_dedup(list);
        }
        let mut by_entity: Vec<(usize, usize)> = nodes
            .iter()
            .enumerate()
            .map(|(i, node)| (node.entity, i))
            .collect();
        crate::core::order::sort_dedup(&mut by_entity);
        Self {
            nodes,
            edges,
            adjacency,
            by_entity,
            sized_like: None,
        }
    }

    /// Sizes nodes and edges as if the largest node's money and the widest flow's weight
    /// were at least `basis`'s ([`super::size_basis`]). Play draws each frame this way,
    /// sized like the whole it builds up to, so a deal keeps its size from frame to frame
    /// instead of shrinking each time a larger one arrives.
    pub fn size_like(&mut self, basis: SizeBasis) {
        self.sized_like = Some(basis);
    }

    /// The basis set by [`Graph::size_like`], if any.
    pub fn sized_like(&self) -> Option<SizeBasis> {
        self.sized_like
    }

    /// The nodes joined to `node` by any edge, sorted and each once; empty for a node
    /// that does not exist, so keyboard handlers need no bounds checks.
    pub fn neighbours(&self, node: usize) -> &[usize] {
        self.adjacency.get(node).map_or(&[], Vec::as_slice)
    }

    /// The node that stands for an entity (a dataset index), if it is in the graph.
    pub fn node_of(&self, entity: usize) -> Option<usize> {
        let at = self
            .by_entity
            .binary_search_by_key(&entity, |&(e, _)| e)
            .ok()?;
        Some(self.by_entity[at].1)
    }

    /// Whether the graph has no nodes.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }
}

/// Builds the graph of `events` (indices into the atlas's dataset, usually
/// `Filtered::events`).
///
/// Nodes are the entities taking part, ordered by id. The result depends only on the
/// set of events: their order does not matter, repeats count once and indices out of
/// range are skipped. Ids that name no entity, and amounts that are not a valid range,
/// are ignored rather than trusted, since `Atlas::new` does not validate.
pub fn build(atlas: &Atlas, events: &[usize]) -> Graph {
    let dataset = &atlas.dataset;
    let index = &atlas.index;
    let count = dataset.events.len().min(index.participants.len());
    // Sorting by position in `by_date` puts every event list in date order at once.
    let mut rank = vec![usize::MAX; count];
    for (position, &event) in index.by_date.iter().enumerate() {
        if let Some(slot) = rank.get_mut(event) {
            *slot = position;
        }
    }
    let mut chosen: Vec<usize> = events.iter().copied().filter(|&e| e < count).collect();
    crate::core::order::sort_indices(&mut chosen, &|a, b| (rank[a], a).cmp(&(rank[b], b)));
    chosen.dedup();

    let mut entities: Vec<usize> = chosen
        .iter()
        .flat_map(|&e| index.participants[e].iter().copied())
        .filter(|&entity| entity < dataset.entities.len())
        .collect();
    crate::core::order::sort_indices(&mut entities, &|a, b| {
        let id = |i: usize| dataset.entities[i].id.as_str();
        id(a).cmp(id(b)).then(a.cmp(&b))
    });
    entities.dedup();
    let mut node_of = vec![usize::MAX; dataset.entities.len()];
    let mut nodes: Vec<GraphNode> = entities
        .iter()
        .enumerate()
        .map(|(node, &entity)| {
            node_of[entity] = node;
            GraphNode {
                entity,
                events: Vec::new(),
                money: 0.0,
                firm_money: 0.0,
                group: NodeGroup::of(dataset.entities[entity].kind),
            }
        })
        .collect();

    let mut edges = Edges::default();
    for &e in &chosen {
        let event = &dataset.events[e];
        let participants: Vec<usize> = index.participants[e]
            .iter()
            .filter_map(|&entity| node_of.get(entity).copied())
            .filter(|&node| node != usize::MAX)
            .collect();
        for &node in &participants {
            nodes[node].events.push(e);
        }
        let resolve = |id: &str| {
            let node = index.entity(id).and_then(|i| node_of.get(i).copied());
            node.filter(|&n| n != usize::MAX)
        };
        let amount = event.amount.filter(|m| m.problem().is_none());
        if let (false, Some(to)) = (event.from.is_empty(), event.to.as_deref()) {
            let Some(to) = resolve(to) else { continue };
            let mut investors: Vec<usize> = event.from.iter().filter_map(|f| resolve(f)).collect();
            crate::core::order::sort_dedup(&mut investors);
            // Cancelled deals moved no money and never will: they size nothing.
            let bound = match event.status {
                Status::Cancelled => 0.0,
                _ => amount.and_then(|m| m.stated_bound()).unwrap_or(0.0),
            };
            let firm = if event.status.is_firm() { bound } else { 0.0 };
            nodes[to].money += bound;
            nodes[to].firm_money += firm;
            for &investor in investors.iter().filter(|&&i| i != to) {
                nodes[investor].money += bound;
                nodes[investor].firm_money += firm;
                let money = amount.map(|m| (m, investors.len() > 1));
                edges.add(EdgeKind::Flow, (investor, to), e, event.status, money);
            }
            // The money is on the flows; the other people named are tied to the
            // recipient without it, since they neither gave nor received it.
            for &party in participants
                .iter()
                .filter(|&&p| p != to && !investors.contains(&p))
            {
                let (a, b) = (party.min(to), party.max(to));
                edges.add(EdgeKind::Relation, (a, b), e, event.status, None);
            }
        } else {
            // With more than two parties nobody reports how an amount splits between
            // pairs, so each pair's share is anywhere from nothing to the whole.
            let money = amount.map(|m| (m, participants.len() > 2));
            for (i, &a) in participants.iter().enumerate() {
                for &b in &participants[i + 1..] {
                    edges.add(
                        EdgeKind::Relation,
                        (a.min(b), a.max(b)),
                        e,
                        event.status,
                        money,
                    );
                }
            }
        }
    }
    Graph::new(nodes, edges.finish())
}

/// Whether an event's status means it has not happened: drawn dashed.
fn is_tentative(status: Status) -> bool {
    status.is_tentative() || status == Status::Cancelled
}

/// Edges being gathered, keyed by kind and ends, in order of first appearance.
#[derive(Default)]
struct Edges {
    slot: HashMap<(EdgeKind, usize, usize), usize>,
    list: Vec<GraphEdge>,
}

impl Edges {
    /// Adds event `e` to the edge between `ends` (source, target), creating it if
    /// needed, with the event's amount and whether that amount is shared, if it counts
    /// on this edge. Self-loops are dropped: a line from a node to itself says nothing.
    fn add(
        &mut self,
        kind: EdgeKind,
        ends: (usize, usize),
        e: usize,
        status: Status,
        money: Option<(Money, bool)>,
    ) {
        let (source, target) = ends;
        if source == target {
            return;
        }
        let list = &mut self.list;
        let at = *self.slot.entry((kind, source, target)).or_insert_with(|| {
            list.push(GraphEdge {
                source,
                target,
                kind,
                events: Vec::new(),
                range: RangeSum::default(),
                weight: 0.0,
                tentative: true,
            });
            list.len() - 1
        });
        let edge = &mut self.list[at];
        // Events arrive in date order, each once, so a repeat can only be the last one.
        if edge.events.last() == Some(&e) {
            return;
        }
        edge.events.push(e);
        edge.tentative &= is_tentative(status);
        if let Some((amount, shared)) = money {
            edge.range.add(&amount, shared);
            edge.weight += amount.stated_bound().unwrap_or(0.0);
        }
    }

    /// The edges in their final order: flows first, then by source and target.
    fn finish(mut self) -> Vec<GraphEdge> {
        crate::core::order::sort_items(&mut self.list, &|a, b| {
            (a.kind, a.source, a.target).cmp(&(b.kind, b.source, b.target))
        });
        self.list
    }
}

#[cfg(test)]
mod tests;
