//! The CSV's optional `entity_ids` column: the id an entity keeps, written `Name = id`
//! and separated by `;`, e.g. `United Arab Emirates = uae`.
//!
//! Without it an entity's id is made from its name ("United Arab Emirates" becomes
//! `united-arab-emirates`), so a CSV export of data whose ids differ from their names
//! came back with other ids, and every link that named them (`company=uae`,
//! `sel=entity:uae`) found nothing. Unlike `kinds` and `aliases`, a statement takes
//! effect as its row is read: an id must be known before the entity is made, so it is
//! given in the first row that names the entity (or an earlier one).

use std::collections::HashSet;

use super::aliases::EQUALS;
use super::cells::{self, statement_problem};
use super::entities::{EntityTable, not_given, slug};
use super::family::first_reached;
use crate::core::dataset::validate::is_slug;
use crate::core::problem::Problem;

/// One `Name = id` statement as written, with the line it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdStatement {
    pub name: String,
    pub id: String,
    pub line: u64,
}

/// Reads an `entity_ids` cell and reserves each id for its name in `entities`. Each
/// malformed or conflicting statement becomes a problem; the rest are kept, to check
/// with [`unreached`] once every row is read.
pub fn declare(
    cell: &str,
    line: u64,
    entities: &mut EntityTable,
) -> (Vec<IdStatement>, Vec<Problem>) {
    let mut statements = Vec::new();
    let mut problems = Vec::new();
    for pair in cells::statements(cell) {
        let Some((name, id)) = cells::name_equals(pair) else {
            problems.push(problem(
                line,
                pair,
                "write each as Name = id, e.g. United Arab Emirates = uae",
            ));
            continue;
        };
        if !is_slug(id) {
            problems.push(problem(
                line,
                pair,
                "an id is lowercase letters, digits, -, _ and ., starting with a letter or digit",
            ));
            continue;
        }
        // A repeated statement is kept once, so a name no row gives is one problem.
        match entities.reserve(&name, id) {
            Ok(true) => statements.push(IdStatement {
                name,
                id: id.to_string(),
                line,
            }),
            Ok(false) => {}
            Err(reason) => problems.push(problem(line, pair, &reason)),
        }
    }
    (statements, problems)
}

/// A problem for each statement whose name no row gives: most likely it is misspelt,
/// and the entity it meant would keep an id made from its name without a word.
pub fn unreached(statements: &[IdStatement], entities: &EntityTable) -> Vec<Problem> {
    statements
        .iter()
        .filter(|s| entities.find(&s.name).is_none())
        .map(|s| {
            let written = format!("{}{EQUALS}{}", s.name, s.id);
            problem(s.line, &written, &not_given(&s.name))
        })
        .collect()
}

/// The `entity_ids` cell for a row naming `ids`: the id of each of them, and of every
/// entity above them in their families, that no earlier row wrote (`written`
/// remembers) and that differs from the one the import makes from the name. Names that
/// `shared` says another entity's name matches are left out: the import makes one
/// entity of both.
pub fn write_ids<'a>(
    ids: impl IntoIterator<Item = &'a str>,
    written: &mut HashSet<&'a str>,
    shared: impl Fn(&str) -> bool,
    parent_of: impl Fn(&str) -> Option<&'a str>,
    name_of: impl Fn(&str) -> &'a str,
) -> String {
    let pairs: Vec<String> = first_reached(ids, written, parent_of, &name_of)
        .into_iter()
        .filter_map(|id| {
            let name = name_of(id);
            // A name holding the cell's separators cannot be written unambiguously, and
            // an unknown one (empty) not at all.
            let writable = !name.trim().is_empty() && !name.contains([';', '=']);
            (writable && slug(name) != id && !shared(name)).then(|| format!("{name}{EQUALS}{id}"))
        })
        .collect();
    pairs.join("; ")
}

fn problem(line: u64, pair: &str, reason: &str) -> Problem {
    statement_problem(line, "entity_ids", pair, reason)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::import::cells::name_key;

    /// Declares each cell on its own line (from line 2), naming `made` first.
    fn declared(made: &[&str], cells: &[&str]) -> (EntityTable, Vec<IdStatement>, Vec<String>) {
        let mut table = EntityTable::default();
        for name in made {
            table.company(name);
        }
        let mut statements = Vec::new();
        let mut problems = Vec::new();
        for (i, cell) in cells.iter().enumerate() {
            let (s, p) = declare(cell, i as u64 + 2, &mut table);
            statements.extend(s);
            problems.extend(p.iter().map(ToString::to_string));
        }
        (table, statements, problems)
    }

    #[test]
    fn a_declared_id_is_the_entitys_when_a_later_row_names_it() {
        let (mut table, statements, problems) = declared(
            &[],
            &[" United  Arab Emirates =uae ; Microsoft Azure = azure"],
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(statements.len(), 2);
        // Names match without regard to case, as everywhere in the import.
        assert_eq!(table.investor("united arab emirates"), "uae");
        assert_eq!(table.company("Microsoft Azure"), "azure");
        assert!(unreached(&statements, &table).is_empty());
    }

    #[test]
    fn a_made_id_never_takes_one_reserved_for_another_name() {
        let (mut table, _, problems) = declared(&[], &["Azure Cloud = azure"]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(table.company("Azure"), "azure-2");
        assert_eq!(table.company("Azure Cloud"), "azure");
    }

    #[test]
    fn malformed_or_conflicting_statements_are_problems_and_the_rest_are_kept() {
        for (made, cell, kept, reason) in [
            (&[][..], "", 0, None),
            (&[], " ; ;", 0, None),
            (&[], "UAE", 0, Some("write each as Name = id")),
            (&[], "= uae", 0, Some("write each as")),
            (&[], "UAE =  ", 0, Some("write each as")),
            (&[], "UAE = Not A Slug", 0, Some("an id is lowercase")),
            (&[], "UAE = -uae", 0, Some("an id is lowercase")),
            (&[], "UAE = <script>", 0, Some("an id is lowercase")),
            (&[], "UAE = uae; Emirates = uae", 1, Some("already UAE's")),
            (
                &[],
                "UAE = uae; uae = emirates",
                1,
                Some("already given the id uae"),
            ),
            // An earlier row made the name: too late for another id, fine for its own.
            (
                &["UAE"],
                "UAE = emirates",
                0,
                Some("an earlier row made UAE with the id uae"),
            ),
            (&["UAE"], "UAE = uae", 0, None),
            (&["UAE"], "Emirates = uae", 0, Some("already UAE's")),
            (&[], "UAE = uae; UAE = uae", 1, None),
        ] {
            let (_, statements, problems) = declared(made, &[cell]);
            assert_eq!(statements.len(), kept, "{cell}");
            match reason {
                None => assert!(problems.is_empty(), "{cell}: {problems:?}"),
                Some(reason) => {
                    assert_eq!(problems.len(), 1, "{cell}: {problems:?}");
                    assert!(problems[0].contains(reason), "{cell}: {}", problems[0]);
                    assert!(
                        problems[0].contains("line 2, column entity_ids"),
                        "{}",
                        problems[0]
                    );
                }
            }
        }
    }

    #[test]
    fn a_name_no_row_gives_is_a_problem_once_every_row_is_read() {
        let (mut table, statements, _) = declared(&[], &["UAE = uae; Emirrates = emirates"]);
        table.company("UAE");
        let problems: Vec<String> = unreached(&statements, &table)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].contains("no row names Emirrates"),
            "{}",
            problems[0]
        );
    }

    #[test]
    fn ids_are_written_once_and_only_where_the_name_would_not_make_them() {
        let parent_of = |id: &str| match id {
            "bedrock" => Some("aws"),
            _ => None,
        };
        let name_of = |id: &str| match id {
            "bedrock" => "Amazon Bedrock",
            "aws" => "AWS",
            "uae" => "United Arab Emirates",
            "odd" => "A; B",
            _ => "",
        };
        let mut written = HashSet::new();
        let none = |_: &str| false;
        let first = write_ids(
            ["bedrock", "uae", "odd", "ghost"],
            &mut written,
            none,
            parent_of,
            name_of,
        );
        // AWS makes `aws` from its name; a name holding `;` or no name cannot be written.
        assert_eq!(
            first,
            "Amazon Bedrock = bedrock; United Arab Emirates = uae"
        );
        assert_eq!(
            write_ids(["uae", "bedrock"], &mut written, none, parent_of, name_of),
            ""
        );
        // A name another entity's matches is left out.
        let shared = |name: &str| name_key(name) == "united arab emirates";
        let mut written = HashSet::new();
        let cell = write_ids(["uae", "bedrock"], &mut written, shared, parent_of, name_of);
        assert_eq!(cell, "Amazon Bedrock = bedrock");
    }
}
