//! Indexes over a validated dataset: lookups by id and name, events by entity and by
//! date, and the text each event is searched by. Built once per dataset, in one pass
//! over the events, so that filtering and every view work on integer indices.

use std::collections::HashMap;

use crate::core::dataset::Dataset;
use crate::core::dataset::limits::MAX_PARENT_DEPTH;
use crate::core::date::DayNumber;
use crate::core::link::Catalog;

/// A validated dataset and its indexes. Views read from this, never from raw JSON.
#[derive(Debug, Clone)]
pub struct Atlas {
    pub dataset: Dataset,
    pub index: Index,
}

impl Atlas {
    /// Indexes a dataset that has passed validation.
    pub fn new(dataset: Dataset) -> Self {
        let index = Index::build(&dataset);
        Self { dataset, index }
    }
}

/// Lookups built from a dataset. Positions are indices into the dataset's vectors.
#[derive(Debug, Clone, Default)]
pub struct Index {
    entity_by_id: HashMap<String, usize>,
    /// Lowercased ids, names and aliases.
    entity_by_name: HashMap<String, usize>,
    event_by_id: HashMap<String, usize>,
    source_by_id: HashMap<String, usize>,
    /// For each entity, its events in date order (undated last).
    pub events_of_entity: Vec<Vec<usize>>,
    /// For each entity, itself and every entity below it through `parent`.
    pub family_of_entity: Vec<Vec<usize>>,
    /// For each event, the entities that take part, each once.
    pub participants: Vec<Vec<usize>>,
    /// For each event, the days its date covers, or `None` when undated.
    pub span: Vec<Option<(DayNumber, DayNumber)>>,
    /// Every event in date order, undated ones last, ties broken by id.
    pub by_date: Vec<usize>,
    /// For each event, lowercased title, summary and participants' names and aliases.
    pub search_text: Vec<String>,
}

impl Index {
    pub fn build(dataset: &Dataset) -> Self {
        let entity_by_id: HashMap<String, usize> = dataset
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let mut entity_by_name = HashMap::new();
        // Ids win over names, names over aliases, earlier entities over later ones,
        // so a name can never shadow another entity's id.
        for (i, entity) in dataset.entities.iter().enumerate().rev() {
            for alias in &entity.aliases {
                entity_by_name.insert(alias.to_lowercase(), i);
            }
        }
        for (i, entity) in dataset.entities.iter().enumerate().rev() {
            entity_by_name.insert(entity.name.to_lowercase(), i);
        }
        for (i, entity) in dataset.entities.iter().enumerate() {
            entity_by_name.insert(entity.id.clone(), i);
        }

        let mut family_of_entity: Vec<Vec<usize>> =
            (0..dataset.entities.len()).map(|i| vec![i]).collect();
        for (i, entity) in dataset.entities.iter().enumerate() {
            // Walk up the parents, adding this entity to each ancestor's family. The
            // step limit is validation's depth limit; it also guards against loops in
            // data that skipped validation.
            let mut parent = entity
                .parent
                .as_ref()
                .and_then(|p| entity_by_id.get(p))
                .copied();
            for _ in 0..=MAX_PARENT_DEPTH {
                let Some(p) = parent.filter(|&p| p != i) else {
                    break;
                };
                family_of_entity[p].push(i);
                parent = dataset.entities[p]
                    .parent
                    .as_ref()
                    .and_then(|q| entity_by_id.get(q))
                    .copied();
            }
        }

        let span: Vec<_> = dataset
            .events
            .iter()
            .map(|e| e.date.map(|d| d.span()))
            .collect();
        let mut by_date: Vec<usize> = (0..dataset.events.len()).collect();
        crate::core::order::sort_indices(&mut by_date, &|a, b| {
            let key = |i: usize| span[i].map_or(DayNumber::MAX, |s| s.0);
            key(a)
                .cmp(&key(b))
                .then_with(|| dataset.events[a].id.cmp(&dataset.events[b].id))
        });

        let participants: Vec<Vec<usize>> = dataset
            .events
            .iter()
            .map(|e| {
                e.participants()
                    .filter_map(|id| entity_by_id.get(id).copied())
                    .collect()
            })
            .collect();

        let mut events_of_entity = vec![Vec::new(); dataset.entities.len()];
        for &event in &by_date {
            for &entity in &participants[event] {
                events_of_entity[entity].push(event);
            }
        }

        let search_text = dataset
            .events
            .iter()
            .zip(&participants)
            .map(|(event, parts)| {
                let mut text = format!("{}\n{}", event.title, event.summary);
                for &p in parts {
                    let entity = &dataset.entities[p];
                    text.push('\n');
                    text.push_str(&entity.name);
                    for alias in &entity.aliases {
                        text.push('\n');
                        text.push_str(alias);
                    }
                }
                text.to_lowercase()
            })
            .collect();

        Self {
            entity_by_id,
            entity_by_name,
            event_by_id: dataset
                .events
                .iter()
                .enumerate()
                .map(|(i, e)| (e.id.clone(), i))
                .collect(),
            source_by_id: dataset
                .sources
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id.clone(), i))
                .collect(),
            events_of_entity,
            family_of_entity,
            participants,
            span,
            by_date,
            search_text,
        }
    }

    pub fn entity(&self, id: &str) -> Option<usize> {
        self.entity_by_id.get(id).copied()
    }

    /// The entity an id, name or alias refers to, ignoring case.
    pub fn entity_named(&self, text: &str) -> Option<usize> {
        let text = text.trim();
        self.entity_by_id
            .get(text)
            .or_else(|| self.entity_by_name.get(&text.to_lowercase()))
            .copied()
    }

    pub fn event(&self, id: &str) -> Option<usize> {
        self.event_by_id.get(id).copied()
    }

    pub fn source(&self, id: &str) -> Option<usize> {
        self.source_by_id.get(id).copied()
    }
}

impl Catalog for Atlas {
    fn resolve_entity(&self, text: &str) -> Option<String> {
        self.index
            .entity_named(text)
            .map(|i| self.dataset.entities[i].id.clone())
    }

    fn has_event(&self, id: &str) -> bool {
        self.index.event(id).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::load_json;

    pub(crate) fn small_atlas() -> Atlas {
        let text = include_str!("../../tests/fixtures/small.json");
        Atlas::new(load_json(text).expect("fixture is valid"))
    }

    #[test]
    fn names_and_aliases_resolve_case_insensitively() {
        let atlas = small_atlas();
        let aws = atlas.index.entity("aws").unwrap();
        for text in [
            "aws",
            "AWS",
            "Amazon Web Services",
            "amazon web services",
            " aws ",
        ] {
            assert_eq!(atlas.index.entity_named(text), Some(aws), "{text}");
        }
        assert_eq!(atlas.index.entity_named("no such thing"), None);
    }

    #[test]
    fn events_are_in_date_order_with_undated_last() {
        let atlas = small_atlas();
        let dates: Vec<Option<String>> = atlas
            .index
            .by_date
            .iter()
            .map(|&i| atlas.dataset.events[i].date.map(|d| d.to_string()))
            .collect();
        let undated_from = dates
            .iter()
            .position(Option::is_none)
            .unwrap_or(dates.len());
        assert!(dates[undated_from..].iter().all(Option::is_none));
        let days: Vec<_> = atlas.index.by_date[..undated_from]
            .iter()
            .map(|&i| atlas.index.span[i].unwrap().0)
            .collect();
        assert!(days.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    }

    #[test]
    fn a_family_holds_the_entity_and_its_descendants() {
        let atlas = small_atlas();
        let amazon = atlas.index.entity("amazon").unwrap();
        let family: Vec<&str> = atlas.index.family_of_entity[amazon]
            .iter()
            .map(|&i| atlas.dataset.entities[i].id.as_str())
            .collect();
        assert!(
            family.contains(&"amazon") && family.contains(&"aws"),
            "{family:?}"
        );
        let aws = atlas.index.entity("aws").unwrap();
        assert_eq!(atlas.index.family_of_entity[aws], [aws]);
    }

    #[test]
    fn each_entity_lists_its_events() {
        let atlas = small_atlas();
        let openai = atlas.index.entity("openai").unwrap();
        assert!(!atlas.index.events_of_entity[openai].is_empty());
        for &event in &atlas.index.events_of_entity[openai] {
            assert!(atlas.index.participants[event].contains(&openai));
        }
    }
}
