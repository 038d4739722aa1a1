//! The CSV's optional `aliases` column: other names an entity goes by, written
//! `Name = other name` and separated by `;`, e.g. `AWS = Amazon Web Services`. A name
//! with several aliases is written once for each.
//!
//! Search and the company box find an entity by its aliases too ("Amazon Web Services"
//! finds AWS), so a CSV export that dropped them would import back to a dataset that
//! searches differently. Like `kinds`, statements are applied once every row is read,
//! and may only name entities that some row gives.

use std::collections::HashSet;

use super::cells::{self, statement_problem, tidy_name};
use super::entities::{EntityTable, not_given};
use super::family::first_reached;
use crate::core::problem::Problem;

/// What separates a name from its alias in a cell.
pub const EQUALS: &str = " = ";

/// One `Name = alias` statement as written, with the line it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasStatement {
    pub name: String,
    pub alias: String,
    pub line: u64,
}

/// Reads an `aliases` cell. Each malformed statement becomes a problem; the rest are
/// kept. The name is what comes before the first `=`, so an alias may hold one.
pub fn read_aliases(cell: &str, line: u64) -> (Vec<AliasStatement>, Vec<Problem>) {
    let mut statements = Vec::new();
    let mut problems = Vec::new();
    for pair in cells::statements(cell) {
        match cells::name_equals(pair) {
            Some((name, alias)) => statements.push(AliasStatement {
                name,
                alias: tidy_name(alias),
                line,
            }),
            None => problems.push(problem(
                line,
                pair,
                "write each as Name = other name, e.g. AWS = Amazon Web Services",
            )),
        }
    }
    (statements, problems)
}

/// Gives each named entity its aliases, each once, and leaves out an alias that is only
/// the entity's own name. Both are compared as written: "NVIDIA" is a fair alias of
/// "Nvidia" (it is how the company writes itself), and dropping it would change the data
/// an export came from. A name no row gives is a problem.
pub fn apply(statements: &[AliasStatement], entities: &mut EntityTable) -> Vec<Problem> {
    let mut problems = Vec::new();
    // Hashed, so that a hostile file of many aliases for one name costs linear time.
    let mut given: HashSet<(String, String)> = HashSet::new();
    for statement in statements {
        let Some(id) = entities.find(&statement.name) else {
            let written = format!("{}{EQUALS}{}", statement.name, statement.alias);
            problems.push(problem(
                statement.line,
                &written,
                &not_given(&statement.name),
            ));
            continue;
        };
        let own_name = entities
            .name_of(&id)
            .is_some_and(|name| tidy_name(name) == statement.alias);
        if !own_name && given.insert((id.clone(), statement.alias.clone())) {
            entities.add_alias(&id, statement.alias.clone());
        }
    }
    problems
}

/// The `aliases` cell for a row naming `ids`: the aliases of each of them, and of every
/// entity above them in their families, that no earlier row wrote (`written` remembers).
/// `aliases_of`, `parent_of` and `name_of` read the dataset.
pub fn write_aliases<'a>(
    ids: impl IntoIterator<Item = &'a str>,
    written: &mut HashSet<&'a str>,
    aliases_of: impl Fn(&str) -> &'a [String],
    parent_of: impl Fn(&str) -> Option<&'a str>,
    name_of: impl Fn(&str) -> &'a str,
) -> String {
    let mut pairs: Vec<String> = Vec::new();
    for current in first_reached(ids, written, parent_of, &name_of) {
        let name = name_of(current);
        // A name holding the cell's separators cannot be written unambiguously, and an
        // unknown one (empty) not at all; an alias may hold `=` but not `;`.
        if name.trim().is_empty() || name.contains([';', '=']) {
            continue;
        }
        for alias in aliases_of(current) {
            if !alias.trim().is_empty() && !alias.contains(';') {
                pairs.push(format!("{name}{EQUALS}{alias}"));
            }
        }
    }
    pairs.join("; ")
}

fn problem(line: u64, pair: &str, reason: &str) -> Problem {
    statement_problem(line, "aliases", pair, reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_are_read_with_tidy_spacing_and_an_alias_may_hold_an_equals_sign() {
        let (statements, problems) = read_aliases(
            " AWS =Amazon  Web Services;Project Rainier = Indiana campus ; E = mc = 2; ",
            3,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            statements
                .iter()
                .map(|s| (s.name.as_str(), s.alias.as_str(), s.line))
                .collect::<Vec<_>>(),
            [
                ("AWS", "Amazon Web Services", 3),
                ("Project Rainier", "Indiana campus", 3),
                ("E", "mc = 2", 3),
            ]
        );
    }

    #[test]
    fn malformed_statements_are_problems_and_the_rest_are_kept() {
        for (cell, kept, reason) in [
            ("", 0, None),
            (" ; ;", 0, None),
            ("AWS", 0, Some("write each as Name = other name")),
            ("AWS: Amazon Web Services", 0, Some("write each as")),
            ("= Amazon Web Services", 0, Some("write each as")),
            ("AWS =  ", 0, Some("write each as")),
            (
                "AWS = Amazon Web Services; Nvidia",
                1,
                Some("write each as"),
            ),
            // Markup is only text here; the views never read it as HTML.
            ("<script>=</script>", 1, None),
        ] {
            let (statements, problems) = read_aliases(cell, 2);
            assert_eq!(statements.len(), kept, "{cell}");
            match reason {
                None => assert!(problems.is_empty(), "{cell}"),
                Some(reason) => {
                    assert_eq!(problems.len(), 1, "{cell}");
                    let text = problems[0].to_string();
                    assert!(text.contains(reason), "{cell}: {text}");
                    assert!(text.contains("line 2, column aliases"), "{text}");
                }
            }
        }
    }

    fn applied(cells: &[&str]) -> (Vec<(String, Vec<String>)>, Vec<Problem>) {
        let mut table = EntityTable::default();
        table.company("AWS");
        table.investor("Nvidia");
        let statements: Vec<AliasStatement> = cells
            .iter()
            .enumerate()
            .flat_map(|(i, cell)| read_aliases(cell, i as u64 + 2).0)
            .collect();
        let problems = apply(&statements, &mut table);
        let entities = table
            .into_entities()
            .into_iter()
            .map(|e| (e.name, e.aliases))
            .collect();
        (entities, problems)
    }

    #[test]
    fn aliases_go_to_the_entity_named_in_any_case_each_once() {
        let (entities, problems) = applied(&[
            "aws = Amazon Web Services; AWS = Amazon cloud",
            "AWS = Amazon  Web Services; Nvidia = NVIDIA; nvidia = Nvidia",
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            entities,
            [
                (
                    "AWS".to_string(),
                    vec![
                        "Amazon Web Services".to_string(),
                        "Amazon cloud".to_string()
                    ]
                ),
                ("Nvidia".to_string(), vec!["NVIDIA".to_string()]),
            ],
            "a repeat, and an alias that is only the name, are left out; case counts"
        );
    }

    #[test]
    fn a_name_no_row_gives_is_refused_rather_than_made() {
        let (entities, problems) = applied(&["Amazn = Amazon.com"]);
        assert_eq!(problems.len(), 1);
        let text = problems[0].to_string();
        assert!(
            text.contains("line 2, column aliases")
                && text.contains("no row names Amazn")
                && text.contains("Amazn = Amazon.com"),
            "{text}"
        );
        assert_eq!(entities.len(), 2, "no entity is made for it");
    }

    #[test]
    fn many_aliases_for_one_name_are_kept_in_linear_time() {
        let cell: String = (0..20_000).map(|n| format!("AWS = name {n}; ")).collect();
        let (entities, problems) = applied(&[&cell, &cell]);
        assert!(problems.is_empty());
        assert_eq!(entities[0].1.len(), 20_000);
    }

    #[test]
    fn written_aliases_name_each_entity_once_with_its_family_and_skip_unwritable_ones() {
        let aliases: [(&str, Vec<String>); 5] = [
            ("aws", vec!["Amazon Web Services".into(), "A; B".into()]),
            ("amazon", vec!["Amazon.com".into()]),
            ("nvidia", vec![]),
            ("odd", vec!["Odd one".into()]),
            ("rainier", vec!["x = y".into(), " ".into()]),
        ];
        let names = [
            ("aws", "AWS"),
            ("amazon", "Amazon"),
            ("nvidia", "Nvidia"),
            ("odd", "E = mc2"),
            ("rainier", "Project Rainier"),
        ];
        let aliases_of = |id: &str| {
            aliases
                .iter()
                .find(|(i, _)| *i == id)
                .map_or(&[][..], |(_, a)| a.as_slice())
        };
        let parent_of = |id: &str| (id == "aws").then_some("amazon");
        let name_of = |id: &str| names.iter().find(|(i, _)| *i == id).map_or("", |(_, n)| *n);
        let mut written = HashSet::new();
        assert_eq!(
            write_aliases(
                ["aws", "nvidia", "odd", "rainier", "ghost"],
                &mut written,
                aliases_of,
                parent_of,
                name_of
            ),
            "AWS = Amazon Web Services; Amazon = Amazon.com; Project Rainier = x = y"
        );
        assert_eq!(
            write_aliases(["amazon"], &mut written, aliases_of, parent_of, name_of),
            "",
            "each entity's aliases are written once per file"
        );
    }
}
