//! Walking up an entity's family, for the writers of the `parents`, `kinds` and
//! `aliases` columns.

use crate::core::dataset::limits::MAX_PARENT_DEPTH;

/// `id`, its parent, its parent's parent and so on up to the top of its family.
///
/// Validation keeps families within `MAX_PARENT_DEPTH` levels. The bound also ends the
/// walk in a dataset whose parents loop: validation refuses those, but an export never
/// trusts that it ran.
pub fn up_from<'a>(
    id: &'a str,
    parent_of: impl Fn(&str) -> Option<&'a str>,
) -> impl Iterator<Item = &'a str> {
    std::iter::successors(Some(id), move |&at| parent_of(at)).take(MAX_PARENT_DEPTH + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parent_of(id: &str) -> Option<&'static str> {
        match id {
            "bedrock" => Some("aws"),
            "aws" => Some("amazon"),
            // A loop, which validation would refuse.
            "a" => Some("b"),
            "b" => Some("a"),
            _ => None,
        }
    }

    #[test]
    fn the_walk_starts_at_the_entity_and_ends_at_the_top() {
        let chain: Vec<&str> = up_from("bedrock", parent_of).collect();
        assert_eq!(chain, ["bedrock", "aws", "amazon"]);
        assert_eq!(up_from("amazon", parent_of).collect::<Vec<_>>(), ["amazon"]);
        assert_eq!(up_from("", parent_of).collect::<Vec<_>>(), [""]);
    }

    #[test]
    fn a_loop_ends_after_the_deepest_family_allowed() {
        assert_eq!(up_from("a", parent_of).count(), MAX_PARENT_DEPTH + 1);
    }
}
