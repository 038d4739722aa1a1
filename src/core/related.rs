//! What a selection brings forward on the timeline besides itself.
//!
//! Either kind of selection can be made in either chart: a link, the table or the
//! details panel can select a company while the timeline is showing. The timeline keeps
//! at full strength what belongs to the selection and fades the rest, so a company is
//! not invisible there just because the timeline draws events. (The network does the
//! same for an event with the nodes of its parties, `Index::participants`.)

use std::collections::HashSet;

use crate::core::index::Atlas;
use crate::core::link::Selection;

/// The events the timeline keeps at full strength besides the selected one: for an
/// event, the other events of the entities taking part in it; for an entity, its own
/// events. Empty for nothing selected, or for an id the data does not hold.
pub fn related_events(atlas: &Atlas, selection: Option<&Selection>) -> HashSet<usize> {
    match selection {
        Some(Selection::Event(id)) => {
            let Some(event) = atlas.index.event(id) else {
                return HashSet::new();
            };
            atlas.index.participants[event]
                .iter()
                .flat_map(|&p| atlas.index.events_of_entity[p].iter().copied())
                .filter(|&e| e != event)
                .collect()
        }
        Some(Selection::Entity(id)) => atlas
            .index
            .entity(id)
            .map(|entity| {
                atlas.index.events_of_entity[entity]
                    .iter()
                    .copied()
                    .collect()
            })
            .unwrap_or_default(),
        None => HashSet::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::testkit::small;

    fn event_ids(atlas: &Atlas, events: HashSet<usize>) -> Vec<&str> {
        let mut ids: Vec<&str> = events
            .into_iter()
            .map(|e| atlas.dataset.events[e].id.as_str())
            .collect();
        ids.sort_unstable();
        ids
    }

    #[test]
    fn an_entity_brings_forward_its_own_events() {
        let atlas = small();
        let selection = Selection::Entity("anthropic".into());
        assert_eq!(
            event_ids(&atlas, related_events(&atlas, Some(&selection))),
            ["amazon-anthropic", "aws-anthropic-cloud"]
        );
    }

    #[test]
    fn an_event_brings_forward_the_other_events_of_its_parties() {
        let atlas = small();
        let selection = Selection::Event("aws-anthropic-cloud".into());
        assert_eq!(
            event_ids(&atlas, related_events(&atlas, Some(&selection))),
            ["amazon-anthropic"],
            "the selected event itself is not among them"
        );
    }

    #[test]
    fn nothing_or_an_unknown_id_brings_nothing_forward() {
        let atlas = small();
        for selection in [
            None,
            Some(Selection::Event("no-such-event".into())),
            Some(Selection::Entity("no-such-entity".into())),
            Some(Selection::Entity(String::new())),
        ] {
            assert!(
                related_events(&atlas, selection.as_ref()).is_empty(),
                "{selection:?}"
            );
        }
    }
}
