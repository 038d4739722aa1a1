//! Walking up an entity's family, for the writers of the `parents`, `kinds` and
//! `aliases` columns.

use std::collections::HashSet;

use crate::core::dataset::limits::MAX_PARENT_DEPTH;

/// True when a name can stand on either side of a `parents` link: it is not blank and
/// holds neither of the cell's separators, `>` and `;`.
pub fn linkable(name: &str) -> bool {
    !name.trim().is_empty() && !name.contains(['>', ';'])
}

/// `id`, its parent, its parent's parent and so on, as far up as a `parents` cell can
/// write the links: the walk stops below the first link with a name that is not
/// [`linkable`]. No row would name an entity above that link, so stating its kind or
/// aliases would make the export's own import refuse them.
///
/// Validation keeps families within `MAX_PARENT_DEPTH` levels. The bound also ends the
/// walk in a dataset whose parents loop: validation refuses those, but an export never
/// trusts that it ran.
pub fn written_family<'a>(
    id: &'a str,
    parent_of: impl Fn(&str) -> Option<&'a str>,
    name_of: impl Fn(&str) -> &'a str,
) -> impl Iterator<Item = &'a str> {
    std::iter::successors(Some(id), move |&at| {
        let parent = parent_of(at)?;
        (linkable(name_of(at)) && linkable(name_of(parent))).then_some(parent)
    })
    .take(MAX_PARENT_DEPTH + 1)
}

/// The entities a row reaches that no earlier row did, in order, each once: every `id`
/// and those above it in its [`written_family`]. `written` remembers them. The writers
/// of the `kinds`, `aliases` and `entity_ids` columns state what they know of an entity
/// once, in the first row that reaches it.
pub fn first_reached<'a>(
    ids: impl IntoIterator<Item = &'a str>,
    written: &mut HashSet<&'a str>,
    parent_of: impl Fn(&str) -> Option<&'a str>,
    name_of: impl Fn(&str) -> &'a str,
) -> Vec<&'a str> {
    let mut reached = Vec::new();
    for id in ids {
        for current in written_family(id, &parent_of, &name_of) {
            if written.insert(current) {
                reached.push(current);
            }
        }
    }
    reached
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parent_of(id: &str) -> Option<&'static str> {
        match id {
            "bedrock" => Some("aws"),
            "aws" => Some("amazon"),
            "odd" => Some("a>b"),
            "a>b" => Some("amazon"),
            // A loop, which validation would refuse.
            "a" => Some("b"),
            "b" => Some("a"),
            _ => None,
        }
    }

    /// Ids double as names here.
    fn name_of(id: &str) -> &'static str {
        const IDS: [&str; 7] = ["bedrock", "aws", "amazon", "odd", "a>b", "a", "b"];
        IDS.iter()
            .find(|known| **known == id)
            .copied()
            .unwrap_or("")
    }

    #[test]
    fn the_walk_starts_at_the_entity_and_ends_at_the_top() {
        let family = |id| written_family(id, parent_of, name_of).collect::<Vec<_>>();
        assert_eq!(family("bedrock"), ["bedrock", "aws", "amazon"]);
        assert_eq!(family("amazon"), ["amazon"]);
        assert_eq!(family(""), [""]);
    }

    #[test]
    fn each_entity_is_first_reached_once_by_the_first_row_whose_family_holds_it() {
        let mut written = HashSet::new();
        let rows: [&[&str]; 4] = [
            &["bedrock"],
            &["aws", "odd"],
            &[],
            &["amazon", "bedrock", "a"],
        ];
        let reached: Vec<Vec<&str>> = rows
            .iter()
            .map(|row| first_reached(row.iter().copied(), &mut written, parent_of, name_of))
            .collect();
        let want: [&[&str]; 4] = [&["bedrock", "aws", "amazon"], &["odd"], &[], &["a", "b"]];
        assert_eq!(reached, want);
    }

    #[test]
    fn the_walk_stops_below_a_link_that_cannot_be_written() {
        for (id, want) in [("odd", vec!["odd"]), ("a>b", vec!["a>b"])] {
            let family: Vec<&str> = written_family(id, parent_of, name_of).collect();
            assert_eq!(family, want, "{id}");
        }
        for (name, ok) in [
            ("AWS", true),
            ("", false),
            ("  ", false),
            ("A > B", false),
            ("A; B", false),
        ] {
            assert_eq!(linkable(name), ok, "{name:?}");
        }
    }

    #[test]
    fn a_loop_ends_after_the_deepest_family_allowed() {
        assert_eq!(
            written_family("a", parent_of, name_of).count(),
            MAX_PARENT_DEPTH + 1
        );
    }
}
