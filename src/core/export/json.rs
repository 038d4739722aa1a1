//! Writing events as a schema-v1 dataset holding just them and what they cite.

use std::collections::{BTreeSet, HashSet};

use crate::core::dataset::{Dataset, Event};
use crate::core::details::parts::wholes;
use crate::core::index::Atlas;

/// A dataset of `events` (indices into the dataset) with the entities they name (and
/// those entities' parents) and the sources they cite. An event is part of the nearest
/// of its wholes among `events` (none if none is), so the file loads, and its sums
/// count the part as the view they came from did.
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
        events: {
            let wholes = ExportedWholes::new(atlas, events);
            events
                .iter()
                .map(|&i| {
                    let mut event = dataset.events[i].clone();
                    event.part_of = wholes.of(atlas, &event).map(str::to_string);
                    event
                })
                .collect()
        },
    }
}

/// The events of an export, to tell whether the whole an event is part of is among
/// them: a set, built only when some event has a whole, so an export of 100,000 events
/// stays linear.
pub(crate) struct ExportedWholes(HashSet<usize>);

impl ExportedWholes {
    pub(crate) fn new(atlas: &Atlas, events: &[usize]) -> Self {
        let any = events
            .iter()
            .any(|&i| atlas.dataset.events[i].part_of.is_some());
        Self(match any {
            true => events.iter().copied().collect(),
            false => HashSet::new(),
        })
    }

    /// The id of the nearest whole `event` is part of that is exported too: a share
    /// of a round's phase, exported with the round and without the phase, stays part
    /// of the round.
    pub(crate) fn of<'a>(&self, atlas: &'a Atlas, event: &'a Event) -> Option<&'a str> {
        // Not itself, which a part of itself in data built in code would name.
        let whole = wholes(atlas, event)
            .find(|w| self.0.contains(w) && atlas.dataset.events[*w].id != event.id)?;
        Some(&atlas.dataset.events[whole].id)
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
    fn a_part_keeps_its_whole_only_where_the_whole_is_exported() {
        let atlas = Atlas::new(load_json(include_str!("../../../assets/data/atlas.json")).unwrap());
        let share = atlas.index.event("amazon-openai-talks-50b").unwrap();
        let round = atlas.index.event("openai-round-100b").unwrap();
        let alone = load_json(&to_json(&atlas, &[share])).unwrap_or_else(|p| panic!("{p:#?}"));
        assert_eq!(alone.events[0].part_of, None);
        let both = load_json(&to_json(&atlas, &[share, round])).unwrap();
        assert_eq!(both.events[0].part_of.as_deref(), Some("openai-round-100b"));
    }

    #[test]
    fn a_part_whose_whole_is_not_exported_is_part_of_the_nearest_whole_that_is() {
        use crate::core::testkit::{EventExt, atlas, event};
        let atlas = atlas(vec![
            event("round", None).to("x"),
            event("phase", None).to("x").part_of("round"),
            event("share", None).from(&["a"]).to("x").part_of("phase"),
        ]);
        let parts = |events: &[usize]| -> Vec<Option<String>> {
            subset(&atlas, events)
                .events
                .into_iter()
                .map(|e| e.part_of)
                .collect()
        };
        let round = Some("round".to_string());
        assert_eq!(parts(&[0, 2]), [None, round.clone()]);
        assert_eq!(parts(&[0, 1, 2]), [None, round, Some("phase".into())]);
        assert_eq!(parts(&[1, 2]), [None, Some("phase".into())]);
        assert_eq!(parts(&[2]), [None]);
    }

    #[test]
    fn the_whole_dataset_round_trips_exactly() {
        let atlas = Atlas::new(load_json(include_str!("../../../assets/data/atlas.json")).unwrap());
        let all: Vec<usize> = (0..atlas.dataset.events.len()).collect();
        let back = load_json(&to_json(&atlas, &all)).unwrap();
        assert_eq!(back.events, atlas.dataset.events);
    }
}
