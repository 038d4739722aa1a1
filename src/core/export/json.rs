//! Writing events as a schema-v1 dataset holding just them and what they cite.

use std::collections::BTreeSet;

use crate::core::dataset::Dataset;
use crate::core::index::Atlas;

/// A dataset of `events` (indices into the dataset) with the entities they name (and
/// those entities' parents) and the sources they cite.
pub fn subset(atlas: &Atlas, events: &[usize]) -> Dataset {
    let dataset = &atlas.dataset;
    let mut entities = BTreeSet::new();
    let mut sources = BTreeSet::new();
    for &i in events {
        entities.extend(atlas.index.participants[i].iter().copied());
        for evidence in &dataset.events[i].evidence {
            sources.extend(atlas.index.source(&evidence.source));
        }
    }
    // Parents are kept so that references stay valid and the family filter still works.
    let mut stack: Vec<usize> = entities.iter().copied().collect();
    while let Some(entity) = stack.pop() {
        if let Some(parent) = dataset.entities[entity]
            .parent
            .as_ref()
            .and_then(|p| atlas.index.entity(p))
            && entities.insert(parent)
        {
            stack.push(parent);
        }
    }
    Dataset {
        schema: dataset.schema.clone(),
        title: dataset.title.clone(),
        as_of: dataset.as_of,
        sources: sources
            .into_iter()
            .map(|i| dataset.sources[i].clone())
            .collect(),
        entities: entities
            .into_iter()
            .map(|i| dataset.entities[i].clone())
            .collect(),
        events: events.iter().map(|&i| dataset.events[i].clone()).collect(),
    }
}

/// The JSON text of `subset`, indented for people.
pub fn to_json(atlas: &Atlas, events: &[usize]) -> String {
    serde_json::to_string_pretty(&subset(atlas, events)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::load_json;

    #[test]
    fn a_json_export_loads_back_to_the_same_events() {
        let atlas = Atlas::new(load_json(include_str!("../../../assets/data/atlas.json")).unwrap());
        let anthropic = atlas.index.entity("anthropic").unwrap();
        let events = atlas.index.events_of_entity[anthropic].clone();
        let back = load_json(&to_json(&atlas, &events)).unwrap_or_else(|p| panic!("{p:#?}"));
        assert_eq!(
            back.events,
            events
                .iter()
                .map(|&i| atlas.dataset.events[i].clone())
                .collect::<Vec<_>>()
        );
        assert!(
            back.entities.iter().any(|e| e.id == "amazon"),
            "AWS's parent is kept"
        );
    }

    #[test]
    fn the_whole_dataset_round_trips_exactly() {
        let atlas = Atlas::new(load_json(include_str!("../../../assets/data/atlas.json")).unwrap());
        let all: Vec<usize> = (0..atlas.dataset.events.len()).collect();
        let back = load_json(&to_json(&atlas, &all)).unwrap();
        assert_eq!(back.events, atlas.dataset.events);
    }
}
