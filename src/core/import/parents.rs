//! The CSV's optional `parents` column: which entity belongs to which, written
//! `Child > Parent` and separated by `;`, e.g. `Amazon Bedrock > AWS; AWS > Amazon`.
//!
//! Parents matter beyond display: filtering by a company includes its descendants, so a
//! CSV export that dropped them would import back to a dataset that filters differently.
//! Links are collected from every row and applied once all rows are read, so a name keeps
//! the kind its investor or company cells gave it wherever its link appears.

use super::cells::{self, statement_problem, tidy_name};
use super::entities::EntityTable;
use super::family::written_family;
use crate::core::problem::Problem;

/// What separates a child from its parent in a cell.
pub const ARROW: &str = " > ";

/// One `Child > Parent` link as written, with the line it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParentLink {
    pub child: String,
    pub parent: String,
    pub line: u64,
}

/// Reads a `parents` cell. Each malformed link becomes a problem; the rest are kept.
pub fn read_links(cell: &str, line: u64) -> (Vec<ParentLink>, Vec<Problem>) {
    let mut links = Vec::new();
    let mut problems = Vec::new();
    for pair in cells::statements(cell) {
        let names: Vec<String> = pair.split('>').map(tidy_name).collect();
        match names.as_slice() {
            [child, parent] if !child.is_empty() && !parent.is_empty() => {
                if child.to_lowercase() == parent.to_lowercase() {
                    problems.push(problem(line, pair, "an entity cannot be its own parent"));
                } else {
                    links.push(ParentLink {
                        child: child.clone(),
                        parent: parent.clone(),
                        line,
                    });
                }
            }
            _ => problems.push(problem(
                line,
                pair,
                "write each link as Child > Parent, e.g. AWS > Amazon",
            )),
        }
    }
    (links, problems)
}

/// Gives each linked entity its parent, adding names seen only here. A child given two
/// different parents, or links that would loop, are problems at the line that said so.
pub fn apply(links: &[ParentLink], entities: &mut EntityTable) -> Vec<Problem> {
    let mut problems = Vec::new();
    for link in links {
        let child = entities.named(&link.child);
        let parent = entities.named(&link.parent);
        let pair = format!("{}{ARROW}{}", link.child, link.parent);
        match entities.parent_of(&child) {
            Some(current) if current == parent => {}
            Some(current) => {
                let named = entities.name_of(&current).unwrap_or(&current).to_string();
                problems.push(problem(
                    link.line,
                    &pair,
                    &format!("{} already belongs to {named}", link.child),
                ));
            }
            None if entities.is_ancestor(&child, &parent) => {
                problems.push(problem(link.line, &pair, "these parents would form a loop"));
            }
            None => entities.set_parent(&child, parent),
        }
    }
    problems
}

/// The `parents` cell for a row naming `ids`: every link from each of them up to the
/// top of its family, each once, stopping at a name that holds the cell's separators
/// (see [`written_family`]). `parent_of` and `name_of` read the dataset.
pub fn write_links<'a>(
    ids: impl IntoIterator<Item = &'a str>,
    parent_of: impl Fn(&str) -> Option<&'a str>,
    name_of: impl Fn(&str) -> &'a str,
) -> String {
    let mut pairs: Vec<String> = Vec::new();
    for id in ids {
        let family: Vec<&str> = written_family(id, &parent_of, &name_of).collect();
        for link in family.windows(2) {
            let pair = format!("{}{ARROW}{}", name_of(link[0]), name_of(link[1]));
            if !pairs.contains(&pair) {
                pairs.push(pair);
            }
        }
    }
    pairs.join("; ")
}

fn problem(line: u64, pair: &str, reason: &str) -> Problem {
    statement_problem(line, "parents", pair, reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_read_from_a_cell_of_pairs() {
        let (links, problems) = read_links(" Amazon  Bedrock > AWS ;AWS>Amazon; ", 4);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            links
                .iter()
                .map(|l| (l.child.as_str(), l.parent.as_str(), l.line))
                .collect::<Vec<_>>(),
            [("Amazon Bedrock", "AWS", 4), ("AWS", "Amazon", 4)]
        );
    }

    #[test]
    fn malformed_links_are_problems_and_the_rest_are_kept() {
        for (cell, kept, reason) in [
            ("", 0, None),
            ("AWS", 0, Some("write each link")),
            ("AWS >", 0, Some("write each link")),
            ("> Amazon", 0, Some("write each link")),
            ("A > B > C", 0, Some("write each link")),
            ("aws > AWS", 0, Some("its own parent")),
            ("AWS > Amazon; Amazon", 1, Some("write each link")),
            ("<script> > x", 0, Some("write each link")),
        ] {
            let (links, problems) = read_links(cell, 2);
            assert_eq!(links.len(), kept, "{cell}");
            match reason {
                None => assert!(problems.is_empty(), "{cell}"),
                Some(reason) => {
                    assert_eq!(problems.len(), 1, "{cell}");
                    assert!(
                        problems[0].to_string().contains(reason),
                        "{cell}: {}",
                        problems[0]
                    );
                    assert!(problems[0].to_string().contains("line 2, column parents"));
                }
            }
        }
    }

    fn linked(cells: &[&str]) -> (EntityTable, Vec<Problem>) {
        let mut table = EntityTable::default();
        table.investor("Amazon");
        let links: Vec<ParentLink> = cells
            .iter()
            .enumerate()
            .flat_map(|(i, cell)| read_links(cell, i as u64 + 2).0)
            .collect();
        let problems = apply(&links, &mut table);
        (table, problems)
    }

    #[test]
    fn links_give_parents_and_add_names_seen_only_there() {
        let (table, problems) = linked(&["Amazon Bedrock > AWS", "AWS > Amazon; aws > amazon"]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(table.parent_of("amazon-bedrock").as_deref(), Some("aws"));
        assert_eq!(table.parent_of("aws").as_deref(), Some("amazon"));
        assert_eq!(table.parent_of("amazon"), None);
        let entities = table.into_entities();
        assert_eq!(entities.len(), 3);
        assert_eq!(
            entities[0].kind,
            crate::core::dataset::EntityKind::Investor,
            "a link keeps the kind the rows gave"
        );
    }

    #[test]
    fn a_second_parent_and_a_loop_are_refused_at_their_line() {
        let (table, problems) = linked(&["AWS > Amazon", "AWS > Google", "Amazon > AWS"]);
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(text.len(), 2, "{text:?}");
        assert!(text[0].contains("line 3") && text[0].contains("already belongs to Amazon"));
        assert!(text[1].contains("line 4") && text[1].contains("loop"));
        assert_eq!(table.parent_of("aws").as_deref(), Some("amazon"));
    }

    #[test]
    fn written_links_climb_each_family_once_and_skip_unwritable_names() {
        let parents = [("bedrock", "aws"), ("aws", "amazon"), ("odd", "x;y")];
        let names = [
            ("bedrock", "Amazon Bedrock"),
            ("aws", "AWS"),
            ("amazon", "Amazon"),
            ("odd", "Odd"),
            ("x;y", "X; Y"),
            ("openai", "OpenAI"),
        ];
        let parent_of = |id: &str| parents.iter().find(|(c, _)| *c == id).map(|(_, p)| *p);
        let name_of = |id: &str| names.iter().find(|(i, _)| *i == id).map_or("", |(_, n)| *n);
        assert_eq!(
            write_links(["bedrock", "aws", "openai", "odd"], parent_of, name_of),
            "Amazon Bedrock > AWS; AWS > Amazon"
        );
        assert_eq!(write_links(["openai"], parent_of, name_of), "");
        assert_eq!(write_links([], parent_of, name_of), "");
    }

    #[test]
    fn written_links_stop_on_a_loop() {
        let parent_of = |id: &str| Some(if id == "a" { "b" } else { "a" });
        let name_of = |id: &str| if id == "a" { "A" } else { "B" };
        assert_eq!(write_links(["a"], parent_of, name_of), "A > B; B > A");
    }
}
