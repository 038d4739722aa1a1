//! The CSV's optional `kinds` column: what sort of entity a name is, written
//! `Name: kind` and separated by `;`, e.g. `India: country; Sam Altman: person`.
//!
//! Without it a CSV tells investors from companies only by the column a name sits in,
//! so a dataset exported as CSV would come back with its countries, people and chips
//! drawn as companies in the network. The export states each entity's kind once, in the
//! first row that names it; statements are applied once every row is read, so they win
//! over what the columns suggest wherever they appear.

use std::collections::{HashMap, HashSet};

use super::cells::{self, entity_kind, name_key, statement_problem, tidy_name};
use super::entities::{EntityTable, not_given};
use super::family::first_reached;
use crate::core::dataset::EntityKind;
use crate::core::problem::Problem;

/// What separates a name from its kind in a cell.
pub const COLON: &str = ": ";

/// One `Name: kind` statement as written, with the line it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindStatement {
    pub name: String,
    pub kind: EntityKind,
    pub line: u64,
}

/// Reads a `kinds` cell. Each malformed statement becomes a problem; the rest are kept.
/// A name may hold colons of its own: the kind is what follows the last one.
pub fn read_kinds(cell: &str, line: u64) -> (Vec<KindStatement>, Vec<Problem>) {
    let mut statements = Vec::new();
    let mut problems = Vec::new();
    for pair in cells::statements(cell) {
        let Some((name, kind)) = pair
            .rsplit_once(':')
            .map(|(name, kind)| (tidy_name(name), kind))
            .filter(|(name, _)| !name.is_empty())
        else {
            problems.push(problem(
                line,
                pair,
                "write each as Name: kind, e.g. India: country",
            ));
            continue;
        };
        match entity_kind(kind) {
            Some(kind) => statements.push(KindStatement { name, kind, line }),
            None => problems.push(problem(line, pair, &EntityKind::unknown(kind.trim()))),
        }
    }
    (statements, problems)
}

/// Gives each named entity its stated kind. A name no row's cells or `parents` name is a
/// problem (most likely a misspelling, which would otherwise leave the real name's kind
/// unchanged without a word), as is a name stated to be two different kinds.
pub fn apply(statements: &[KindStatement], entities: &mut EntityTable) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut stated: HashMap<String, EntityKind> = HashMap::new();
    for statement in statements {
        let written = format!("{}{COLON}{}", statement.name, statement.kind.id());
        let Some(id) = entities.find(&statement.name) else {
            problems.push(problem(
                statement.line,
                &written,
                &not_given(&statement.name),
            ));
            continue;
        };
        match stated.get(&id) {
            Some(&kind) if kind == statement.kind => {}
            Some(&kind) => problems.push(problem(
                statement.line,
                &written,
                &format!(
                    "{} is already stated to be {}",
                    statement.name,
                    with_article(kind)
                ),
            )),
            None => {
                stated.insert(id.clone(), statement.kind);
                entities.set_kind(&id, statement.kind);
            }
        }
    }
    problems
}

/// "a country", "an investor".
fn with_article(kind: EntityKind) -> String {
    let label = kind.label().to_lowercase();
    let article = if label.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {label}")
}

/// What an export has stated so far: entities by id, and names as the import matches them
/// (without regard to case or spacing). Two entities whose names differ only in case
/// become one entity on import, so only the first is stated.
#[derive(Debug, Default)]
pub struct Stated<'a> {
    ids: HashSet<&'a str>,
    names: HashSet<String>,
}

/// The `kinds` cell for a row naming `ids`: the kind of each of them, and of every
/// entity above them in their families, that no earlier row stated (`stated` remembers).
/// `kind_of`, `parent_of` and `name_of` read the dataset.
pub fn write_kinds<'a>(
    ids: impl IntoIterator<Item = &'a str>,
    stated: &mut Stated<'a>,
    kind_of: impl Fn(&str) -> Option<EntityKind>,
    parent_of: impl Fn(&str) -> Option<&'a str>,
    name_of: impl Fn(&str) -> &'a str,
) -> String {
    let mut pairs: Vec<String> = Vec::new();
    for current in first_reached(ids, &mut stated.ids, parent_of, &name_of) {
        let name = name_of(current);
        // A name holding the cell's separator cannot be written unambiguously, and an
        // unknown one (empty) not at all.
        let writable = !name.trim().is_empty() && !name.contains(';');
        let key = name_key(name);
        if let Some(kind) = kind_of(current).filter(|_| writable)
            && stated.names.insert(key)
        {
            pairs.push(format!("{name}{COLON}{}", kind.id()));
        }
    }
    pairs.join("; ")
}

fn problem(line: u64, pair: &str, reason: &str) -> Problem {
    statement_problem(line, "kinds", pair, reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_are_read_by_id_or_label_in_any_case() {
        let (statements, problems) = read_kinds(
            " India: country ;Sam  Altman:PERSON; ADIA: Sovereign fund; ",
            3,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            statements
                .iter()
                .map(|s| (s.name.as_str(), s.kind, s.line))
                .collect::<Vec<_>>(),
            [
                ("India", EntityKind::Country, 3),
                ("Sam Altman", EntityKind::Person, 3),
                ("ADIA", EntityKind::SovereignFund, 3),
            ]
        );
    }

    #[test]
    fn a_name_with_a_colon_keeps_it() {
        let (statements, _) = read_kinds("Project: Rainier: facility", 2);
        assert_eq!(statements[0].name, "Project: Rainier");
        assert_eq!(statements[0].kind, EntityKind::Facility);
    }

    #[test]
    fn malformed_statements_are_problems_and_the_rest_are_kept() {
        for (cell, kept, reason) in [
            ("", 0, None),
            ("India", 0, Some("write each as Name: kind")),
            (": country", 0, Some("write each as Name: kind")),
            ("India: nation", 0, Some("unknown entity kind 'nation'")),
            ("India:", 0, Some("unknown entity kind ''")),
            (
                "India: country; Nvidia",
                1,
                Some("write each as Name: kind"),
            ),
            ("<img onerror=x>: <script>", 0, Some("unknown entity kind")),
        ] {
            let (statements, problems) = read_kinds(cell, 2);
            assert_eq!(statements.len(), kept, "{cell}");
            match reason {
                None => assert!(problems.is_empty(), "{cell}"),
                Some(reason) => {
                    assert_eq!(problems.len(), 1, "{cell}");
                    let text = problems[0].to_string();
                    assert!(text.contains(reason), "{cell}: {text}");
                    assert!(text.contains("line 2, column kinds"), "{text}");
                }
            }
        }
    }

    fn stated(cells: &[&str]) -> (EntityTable, Vec<Problem>) {
        let mut table = EntityTable::default();
        table.investor("Amazon");
        table.company("India");
        let statements: Vec<KindStatement> = cells
            .iter()
            .enumerate()
            .flat_map(|(i, cell)| read_kinds(cell, i as u64 + 2).0)
            .collect();
        let problems = apply(&statements, &mut table);
        (table, problems)
    }

    #[test]
    fn statements_override_the_kind_the_columns_gave() {
        let (table, problems) = stated(&["india: country; Amazon: company"]);
        assert!(problems.is_empty(), "{problems:?}");
        let kinds: Vec<(String, EntityKind)> = table
            .into_entities()
            .into_iter()
            .map(|e| (e.name, e.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("Amazon".to_string(), EntityKind::Company),
                ("India".to_string(), EntityKind::Country),
            ]
        );
    }

    #[test]
    fn a_name_no_row_gives_is_refused_rather_than_made() {
        let (table, problems) = stated(&["Sam Altmn: person"]);
        assert_eq!(problems.len(), 1);
        let text = problems[0].to_string();
        assert!(
            text.contains("line 2, column kinds") && text.contains("no row names Sam Altmn"),
            "{text}"
        );
        assert_eq!(table.into_entities().len(), 2, "no entity is made for it");
    }

    #[test]
    fn a_second_different_kind_is_refused_at_its_line_and_a_repeat_is_fine() {
        let (table, problems) = stated(&[
            "India: country",
            "INDIA: country",
            "India: person",
            "Amazon: investor; Amazon: company",
        ]);
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(text.len(), 2, "{text:?}");
        assert!(text[0].contains("line 4") && text[0].contains("already stated to be a country"));
        assert!(text[1].contains("line 5") && text[1].contains("already stated to be an investor"));
        let india = table
            .into_entities()
            .into_iter()
            .find(|e| e.name == "India")
            .unwrap();
        assert_eq!(india.kind, EntityKind::Country);
    }

    #[test]
    fn written_kinds_name_each_entity_once_with_its_family_and_skip_unwritable_names() {
        let kinds = [
            ("aws", EntityKind::Company),
            ("amazon", EntityKind::Company),
            ("india", EntityKind::Country),
            ("odd", EntityKind::Person),
        ];
        let names = [
            ("aws", "AWS"),
            ("amazon", "Amazon"),
            ("india", "India"),
            ("odd", "A; B"),
        ];
        let kind_of = |id: &str| kinds.iter().find(|(i, _)| *i == id).map(|(_, k)| *k);
        let parent_of = |id: &str| (id == "aws").then_some("amazon");
        let name_of = |id: &str| names.iter().find(|(i, _)| *i == id).map_or("", |(_, n)| *n);
        let mut written = Stated::default();
        assert_eq!(
            write_kinds(
                ["aws", "india", "odd", "ghost"],
                &mut written,
                kind_of,
                parent_of,
                name_of
            ),
            "AWS: company; Amazon: company; India: country"
        );
        assert_eq!(
            write_kinds(
                ["amazon", "india"],
                &mut written,
                kind_of,
                parent_of,
                name_of
            ),
            "",
            "each kind is stated once per file"
        );
        assert_eq!(
            write_kinds([], &mut Stated::default(), kind_of, parent_of, name_of),
            ""
        );
    }

    #[test]
    fn names_that_differ_only_in_case_are_stated_once_as_the_import_merges_them() {
        let kind_of = |id: &str| {
            Some(if id == "a" {
                EntityKind::Country
            } else {
                EntityKind::Person
            })
        };
        let name_of = |id: &str| if id == "a" { "openai" } else { "OpenAI " };
        let mut written = Stated::default();
        assert_eq!(
            write_kinds(["a", "b"], &mut written, kind_of, |_| None, name_of),
            "openai: country"
        );
    }

    #[test]
    fn written_kinds_stop_on_a_loop() {
        let parent_of = |id: &str| Some(if id == "a" { "b" } else { "a" });
        let name_of = |id: &str| if id == "a" { "A" } else { "B" };
        let kind_of = |_: &str| Some(EntityKind::Group);
        let mut written = Stated::default();
        assert_eq!(
            write_kinds(["a"], &mut written, kind_of, parent_of, name_of),
            "A: group; B: group"
        );
    }
}
