//! Type-ahead for the company filter: entities whose name or alias matches what was
//! typed, best matches first.

use crate::core::index::Atlas;

/// An entity offered for what was typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub entity: usize,
    /// The alias that matched, when it was not the name ("Amazon Web Services" for AWS).
    pub via_alias: Option<String>,
}

/// How well a candidate text matches; lower is better.
fn rank(candidate: &str, typed: &str) -> Option<u8> {
    let candidate = candidate.to_lowercase();
    if candidate == typed {
        Some(0)
    } else if candidate.starts_with(typed) {
        Some(1)
    } else if candidate
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word.starts_with(typed))
    {
        Some(2)
    } else if candidate.contains(typed) {
        Some(3)
    } else {
        None
    }
}

/// Up to `limit` entities matching `typed`, skipping those in `exclude` (already
/// chosen). Ranked by match quality, then by how many events they take part in, then
/// by name. With nothing typed, the most active entities are offered.
pub fn suggest(atlas: &Atlas, typed: &str, exclude: &[String], limit: usize) -> Vec<Suggestion> {
    let typed = typed.trim().to_lowercase();
    let mut found: Vec<(u8, usize, Suggestion)> = atlas
        .dataset
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| !exclude.contains(&e.id))
        .filter_map(|(i, entity)| {
            let events = atlas.index.events_of_entity[i].len();
            if typed.is_empty() {
                return Some((
                    0,
                    events,
                    Suggestion {
                        entity: i,
                        via_alias: None,
                    },
                ));
            }
            let by_name = rank(&entity.name, &typed).or_else(|| rank(&entity.id, &typed));
            let by_alias = entity
                .aliases
                .iter()
                .filter_map(|a| rank(a, &typed).map(|r| (r, a)))
                .min_by_key(|(r, _)| *r);
            match (by_name, by_alias) {
                (Some(r), Some((ra, alias))) if ra < r => Some((
                    ra,
                    events,
                    Suggestion {
                        entity: i,
                        via_alias: Some(alias.clone()),
                    },
                )),
                (Some(r), _) => Some((
                    r,
                    events,
                    Suggestion {
                        entity: i,
                        via_alias: None,
                    },
                )),
                (None, Some((ra, alias))) => Some((
                    ra,
                    events,
                    Suggestion {
                        entity: i,
                        via_alias: Some(alias.clone()),
                    },
                )),
                (None, None) => None,
            }
        })
        .collect();
    let name = |s: &Suggestion| atlas.dataset.entities[s.entity].name.to_lowercase();
    crate::core::order::sort_items(&mut found, &|a, b| {
        a.0.cmp(&b.0)
            .then(b.1.cmp(&a.1))
            .then_with(|| name(&a.2).cmp(&name(&b.2)))
    });
    found.into_iter().take(limit).map(|(_, _, s)| s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::load_json;

    fn atlas() -> Atlas {
        Atlas::new(load_json(include_str!("../../assets/data/atlas.json")).unwrap())
    }

    fn names(atlas: &Atlas, typed: &str, exclude: &[String]) -> Vec<String> {
        suggest(atlas, typed, exclude, 5)
            .iter()
            .map(|s| atlas.dataset.entities[s.entity].name.clone())
            .collect()
    }

    #[test]
    fn prefixes_rank_before_inner_matches() {
        let atlas = atlas();
        let found = names(&atlas, "am", &[]);
        assert_eq!(found[0], "Amazon", "{found:?}");
        assert!(found.contains(&"Amazon Bedrock".to_string()));
        assert_eq!(names(&atlas, "OPENAI", &[])[0], "OpenAI", "case is ignored");
    }

    #[test]
    fn aliases_match_and_say_so() {
        let atlas = atlas();
        let found = suggest(&atlas, "amazon web", &[], 5);
        assert_eq!(atlas.dataset.entities[found[0].entity].id, "aws");
        assert_eq!(found[0].via_alias.as_deref(), Some("Amazon Web Services"));
    }

    #[test]
    fn chosen_entities_are_not_offered_again() {
        let atlas = atlas();
        assert!(!names(&atlas, "open", &["openai".into()]).contains(&"OpenAI".to_string()));
    }

    #[test]
    fn nothing_typed_offers_the_most_active() {
        let atlas = atlas();
        assert_eq!(names(&atlas, "", &[])[0], "OpenAI");
        assert_eq!(suggest(&atlas, "", &[], 3).len(), 3);
    }

    #[test]
    fn hostile_or_unmatched_text_offers_nothing() {
        let atlas = atlas();
        for typed in ["zzzz", "<script>", "\u{202e}", &"x".repeat(5_000)] {
            assert!(names(&atlas, typed, &[]).is_empty(), "{typed}");
        }
    }
}
