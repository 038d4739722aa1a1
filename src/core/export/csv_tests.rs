//! Tests of the CSV export: every row imports back to the same events and entities.

use super::*;
use crate::core::dataset::{EntityKind, load_json};
use crate::core::import::csv::import_csv;
use crate::core::import::entities::slug;

#[test]
fn an_export_imports_back_to_the_same_events() {
    let atlas = Atlas::new(load_json(include_str!("../../../assets/data/atlas.json")).unwrap());
    let events: Vec<usize> = atlas.index.by_date.clone();
    let text = to_csv(&atlas, &events);
    let back =
        import_csv("export.csv", &text, atlas.dataset.as_of).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(back.events.len(), events.len());
    for (original, imported) in events
        .iter()
        .map(|&i| &atlas.dataset.events[i])
        .zip(&back.events)
    {
        assert_eq!(imported.id, original.id);
        assert_eq!(imported.title, original.title);
        assert_eq!(imported.date, original.date);
        assert_eq!(imported.status, original.status);
        assert_eq!(imported.kind, original.kind);
        assert_eq!(imported.amount, original.amount, "{}", original.id);
        assert_eq!(
            imported.valuation.map(|v| v.money()),
            original.valuation.map(|v| v.money())
        );
        assert_eq!(imported.from.len(), original.from.len());
        assert_eq!(
            imported.parties.len(),
            original.parties.len(),
            "{}",
            original.id
        );
        assert_eq!(imported.evidence[0].quote, original.evidence[0].quote);
        assert_eq!(imported.part_of, original.part_of, "{}", original.id);
    }
    assert!(back.events.iter().any(|e| e.part_of.is_some()));
    // Every entity's family comes back, by name: filtering by a company reaches the
    // same events after a round trip.
    let back = Atlas::new(back);
    let parent_name = |atlas: &Atlas, name: &str| {
        let entity = atlas.dataset.entities.iter().find(|e| e.name == name)?;
        let parent = atlas.index.entity(entity.parent.as_deref()?)?;
        Some(atlas.dataset.entities[parent].name.clone())
    };
    let with_parents: Vec<&str> = atlas
        .dataset
        .entities
        .iter()
        .filter(|e| e.parent.is_some())
        .map(|e| e.name.as_str())
        .collect();
    assert!(with_parents.len() >= 5);
    for name in with_parents {
        assert_eq!(
            parent_name(&back, name),
            parent_name(&atlas, name),
            "{name}"
        );
    }
}

/// Every entity as (name, kind, parent's name, aliases), sorted by name.
fn entities_by_name(
    dataset: &crate::core::dataset::Dataset,
) -> Vec<(String, EntityKind, Option<String>, Vec<String>)> {
    let name_of = |id: &str| {
        dataset
            .entities
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.name.clone())
    };
    let mut all: Vec<_> = dataset
        .entities
        .iter()
        .map(|e| {
            (
                e.name.clone(),
                e.kind,
                e.parent.as_deref().and_then(name_of),
                e.aliases.clone(),
            )
        })
        .collect();
    all.sort_by(|a, b| a.0.cmp(&b.0));
    all
}

#[test]
fn an_export_keeps_every_name_kind_parent_and_alias_through_a_round_trip() {
    let atlas = Atlas::new(load_json(include_str!("../../../assets/data/atlas.json")).unwrap());
    // Entities that no event names, and that are no named entity's ancestor, are not
    // in any row, so they cannot come back.
    let mut reached: HashSet<&str> = HashSet::new();
    for event in &atlas.dataset.events {
        for id in event.from.iter().chain(&event.to).chain(&event.parties) {
            let mut at = Some(id.as_str());
            while let Some(id) = at {
                reached.insert(id);
                at = atlas
                    .index
                    .entity(id)
                    .and_then(|i| atlas.dataset.entities[i].parent.as_deref());
            }
        }
    }
    let mut original = atlas.dataset.clone();
    original
        .entities
        .retain(|e| reached.contains(e.id.as_str()));
    let before = entities_by_name(&original);
    // The bundled data has people, countries and products, not only companies, and a
    // name that ends in parentheses ("Financial investors (unnamed)").
    for kind in [EntityKind::Person, EntityKind::Country, EntityKind::Product] {
        assert!(before.iter().any(|(_, k, _, _)| *k == kind), "{kind:?}");
    }
    assert!(before.iter().any(|(n, _, _, _)| n.ends_with(')')));
    // Some entities have more than one alias, and some are parents reached only
    // through a family (Amazon, above AWS).
    assert!(before.iter().any(|(_, _, _, a)| a.len() > 1));
    assert!(
        before
            .iter()
            .any(|(n, _, _, a)| n == "Amazon" && !a.is_empty())
    );
    let text = to_csv(&atlas, &atlas.index.by_date);
    let back = import_csv("export.csv", &text, atlas.dataset.as_of).unwrap();
    assert_eq!(entities_by_name(&back), before);
    // Ids come back too, even those not made from the name ("United Arab Emirates"
    // is `uae`), so links that name an entity still find it, and every event names
    // the same entities.
    let ids = |dataset: &crate::core::dataset::Dataset| {
        let mut all: Vec<(String, String)> = (dataset.entities.iter())
            .map(|e| (e.name.clone(), e.id.clone()))
            .collect();
        all.sort();
        all
    };
    assert_eq!(ids(&back), ids(&original));
    assert!(original.entities.iter().any(|e| slug(&e.name) != e.id));
    for event in &back.events {
        let was = &atlas.dataset.events[atlas.index.event(&event.id).unwrap()];
        assert_eq!(
            (&event.from, &event.to, &event.parties),
            (&was.from, &was.to, &was.parties),
            "{}",
            event.id
        );
    }
}

#[test]
fn each_kind_is_stated_once_in_the_first_row_naming_the_entity_or_its_family() {
    let atlas = Atlas::new(load_json(include_str!("../../../assets/data/atlas.json")).unwrap());
    let text = to_csv(&atlas, &atlas.index.by_date);
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    let column = |name: &str| COLUMNS.iter().position(|c| *c == name).unwrap();
    let (kinds, parents) = (column("kinds"), column("parents"));
    let named_cells = [column("investor"), column("company"), column("parties")];
    let mut stated: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for record in reader.records() {
        let record = record.unwrap();
        // Every name this row reaches: its cells, and the families its parents give.
        let mut here: HashSet<String> = HashSet::new();
        for &cell in &named_cells {
            for name in record[cell].split("; ").filter(|n| !n.is_empty()) {
                here.insert(name.trim_end_matches(" ()").to_string());
            }
        }
        for link in record[parents].split("; ").filter(|l| !l.is_empty()) {
            let (child, parent) = link.split_once(" > ").unwrap();
            here.extend([child.to_string(), parent.to_string()]);
        }
        for pair in record[kinds].split("; ").filter(|p| !p.is_empty()) {
            let name = pair.rsplit_once(": ").unwrap().0.to_string();
            assert!(!stated.contains(&name), "{name} stated twice");
            assert!(
                here.contains(&name),
                "{name} stated in a row that does not reach it"
            );
            assert!(
                !seen.contains(&name),
                "{name} was reached by an earlier row"
            );
            stated.push(name);
        }
        seen.extend(here);
    }
    assert!(stated.iter().any(|n| n == "OpenAI"));
    let unstated: Vec<&String> = seen.iter().filter(|n| !stated.contains(n)).collect();
    assert!(
        unstated.is_empty(),
        "reached but never stated: {unstated:?}"
    );
}

#[test]
fn a_family_name_holding_a_separator_never_makes_the_export_unreadable() {
    use crate::core::dataset::Entity;
    // Above AWS and Amazon sits a group no event names, whose name the parents
    // column cannot write: its kind and aliases must not be stated either, or the
    // import would refuse a name no row gives.
    for name in ["Amazon > Group", "Amazon; Group", "", "Amazon = Group"] {
        let mut dataset = load_json(include_str!("../../../tests/fixtures/small.json")).unwrap();
        dataset.entities.push(Entity {
            id: "group".into(),
            name: name.into(),
            kind: EntityKind::Group,
            aliases: vec!["The group".into()],
            parent: None,
        });
        let amazon = dataset.entities.iter_mut().find(|e| e.id == "amazon");
        amazon.unwrap().parent = Some("group".into());
        let atlas = Atlas::new(dataset);
        let text = to_csv(&atlas, &atlas.index.by_date);
        let back = import_csv("x.csv", &text, atlas.dataset.as_of)
            .unwrap_or_else(|p| panic!("{name:?}: {p:#?}\n{text}"));
        let group = back.entities.iter().find(|e| e.name == name);
        // A name only `=` spoils is written as a link, with its kind and aliases.
        assert_eq!(
            group.map(|g| (g.kind, g.aliases.clone())),
            (name == "Amazon = Group").then(|| (EntityKind::Group, vec![])),
            "{name:?}"
        );
    }
}

#[test]
fn cells_with_commas_quotes_and_newlines_survive() {
    let mut dataset = load_json(include_str!("../../../tests/fixtures/small.json")).unwrap();
    dataset.events[0].title = "A \"quoted\", comma\nand newline <b>".into();
    let atlas = Atlas::new(dataset);
    let text = to_csv(&atlas, &[0]);
    let back = import_csv("x.csv", &text, atlas.dataset.as_of).unwrap();
    assert_eq!(back.events[0].title, "A \"quoted\", comma\nand newline <b>");
}

#[test]
fn every_column_the_import_reads_is_exported_once_and_nothing_else() {
    use crate::core::import::csv::{OPTIONAL_COLUMNS, REQUIRED_COLUMNS};
    let mut read: Vec<&str> = REQUIRED_COLUMNS
        .iter()
        .chain(&OPTIONAL_COLUMNS)
        .copied()
        .collect();
    let mut written = COLUMNS.to_vec();
    assert_eq!(
        written[..REQUIRED_COLUMNS.len()],
        REQUIRED_COLUMNS,
        "required columns first"
    );
    read.sort_unstable();
    written.sort_unstable();
    assert_eq!(written, read);
}

#[test]
fn nothing_to_export_is_a_header_only() {
    let atlas = Atlas::new(load_json(include_str!("../../../tests/fixtures/small.json")).unwrap());
    assert_eq!(to_csv(&atlas, &[]).lines().count(), 1);
}

#[test]
fn entities_whose_names_the_import_reads_as_one_are_exported_without_ids_and_import() {
    // The UAE renamed "INDIA  " matches India once case and spacing are set aside: the
    // import makes one entity of both. Writing "INDIA = uae" would have made the import
    // refuse the file (India's row came first) or give India the wrong id.
    let mut dataset = load_json(include_str!("../../../assets/data/atlas.json")).unwrap();
    let uae = dataset.entities.iter().position(|e| e.id == "uae").unwrap();
    dataset.entities[uae].name = "INDIA  ".to_string();
    let atlas = Atlas::new(dataset);
    let text = to_csv(&atlas, &atlas.index.by_date);
    assert!(!text.contains("= uae"), "{text}");
    // Other ids are still written.
    assert!(text.contains("Microsoft Azure = azure"));
    let back = import_csv("export.csv", &text, atlas.dataset.as_of).expect("the export imports");
    let india: Vec<&str> = (back.entities.iter())
        .filter(|e| e.name.trim().eq_ignore_ascii_case("india"))
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(india, ["india"]);
}

#[test]
fn a_part_whose_whole_is_not_exported_is_exported_whole_and_imports() {
    // Amazon's events hold its share of OpenAI's round, not the round, which names no
    // investor: the share is written without it, and the file imports.
    let atlas = Atlas::new(load_json(include_str!("../../../assets/data/atlas.json")).unwrap());
    let amazon = atlas.index.entity("amazon").unwrap();
    let events = atlas.index.events_of_entity[amazon].clone();
    let share = atlas.index.event("amazon-openai-talks-50b").unwrap();
    assert!(events.contains(&share));
    assert!(atlas.dataset.events[share].part_of.is_some());
    let text = to_csv(&atlas, &events);
    let back =
        import_csv("amazon.csv", &text, atlas.dataset.as_of).unwrap_or_else(|p| panic!("{p:#?}"));
    assert!(back.events.iter().all(|e| e.part_of.is_none()));
    // With the round, the share keeps it.
    let round = atlas.index.event("openai-round-100b").unwrap();
    let text = to_csv(&atlas, &[round, share]);
    let back = import_csv("round.csv", &text, atlas.dataset.as_of).unwrap();
    assert_eq!(back.events[1].part_of.as_deref(), Some("openai-round-100b"));
}
