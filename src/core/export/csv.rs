//! Writing events as a CSV in the import format, so an export imports back to the
//! same events.

use std::collections::HashSet;

use super::json::ExportedWholes;
use crate::core::dataset::Event;
use crate::core::import::aliases::write_aliases;
use crate::core::import::cells::name_key;
use crate::core::import::ids::write_ids;
use crate::core::import::kinds::{Stated, write_kinds};
use crate::core::import::parents::write_links;
use crate::core::index::Atlas;
use crate::core::money::{Money, Qualifier};

/// The columns written, the import's required ones first.
pub const COLUMNS: [&str; 21] = [
    "date",
    "investor",
    "company",
    "amount_usd",
    "valuation_usd",
    "status",
    "source_url",
    "amount_qualifier",
    "valuation_qualifier",
    "kind",
    "title",
    "parties",
    "id",
    "part_of",
    "publisher",
    "quote",
    "summary",
    "parents",
    "kinds",
    "aliases",
    "entity_ids",
];

/// The CSV text for `events` (indices into the dataset), in the order given.
pub fn to_csv(atlas: &Atlas, events: &[usize]) -> String {
    let mut writer = ::csv::WriterBuilder::new().from_writer(Vec::new());
    // Writing to memory cannot fail, so errors are ignored rather than unwrapped.
    let _ = writer.write_record(COLUMNS);
    // Each entity's kind, aliases and id are written once, in the first row that names
    // it.
    let mut written = Written {
        shared_names: shared_names(atlas),
        ..Written::default()
    };
    // A whole not exported is left out, or the file would not import back.
    let wholes = ExportedWholes::new(atlas, events);
    for &i in events {
        let event = &atlas.dataset.events[i];
        let whole = wholes.of(atlas, event).unwrap_or_default();
        let _ = writer.write_record(row(atlas, event, whole, &mut written));
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The entities whose kinds, aliases and ids earlier rows wrote, and the names the
/// import reads as another entity's.
#[derive(Default)]
struct Written<'a> {
    kinds: Stated<'a>,
    aliases: HashSet<&'a str>,
    ids: HashSet<&'a str>,
    shared_names: HashSet<String>,
}

/// The names of more than one entity as the import matches names (spacing tidied, case
/// ignored), as `name_key` writes them: "OpenAI" and "OPENAI". The import makes one
/// entity of them, so no id is written for any of them: one would be refused, or
/// silently taken by the other.
fn shared_names(atlas: &Atlas) -> HashSet<String> {
    let mut seen = HashSet::new();
    let mut shared = HashSet::new();
    for entity in &atlas.dataset.entities {
        let key = name_key(&entity.name);
        if !seen.insert(key.clone()) {
            shared.insert(key);
        }
    }
    shared
}

fn row<'a>(
    atlas: &'a Atlas,
    event: &'a Event,
    whole: &str,
    written: &mut Written<'a>,
) -> [String; 21] {
    let name = |id: &String| {
        let name = atlas
            .index
            .entity(id)
            .map_or(id.clone(), |i| atlas.dataset.entities[i].name.clone());
        // The import reads a last parenthesised group as a note, so a name that ends in
        // one gets an empty note after it to come back whole.
        if name.trim_end().ends_with(')') {
            format!("{name} ()")
        } else {
            name
        }
    };
    let names = |ids: &[String]| ids.iter().map(name).collect::<Vec<_>>().join("; ");
    let evidence = event.evidence.first();
    let source = evidence
        .and_then(|e| atlas.index.source(&e.source))
        .map(|s| &atlas.dataset.sources[s]);
    let (amount, amount_qualifier) = money_cells(event.amount);
    let (valuation, valuation_qualifier) = money_cells(event.valuation.map(|v| v.money()));
    let entity = |id: &str| atlas.index.entity(id).map(|i| &atlas.dataset.entities[i]);
    let named = || {
        event
            .from
            .iter()
            .chain(&event.to)
            .chain(&event.parties)
            .map(String::as_str)
    };
    let parent_of = |id: &str| entity(id).and_then(|e| e.parent.as_deref());
    let name_of = |id: &str| entity(id).map_or("", |e| e.name.as_str());
    let parents = write_links(named(), parent_of, name_of);
    let kinds = write_kinds(
        named(),
        &mut written.kinds,
        |id| entity(id).map(|e| e.kind),
        parent_of,
        name_of,
    );
    let aliases = write_aliases(
        named(),
        &mut written.aliases,
        |id| entity(id).map_or(&[][..], |e| e.aliases.as_slice()),
        parent_of,
        name_of,
    );
    let shared = &written.shared_names;
    let ids = write_ids(
        named(),
        &mut written.ids,
        |name| shared.contains(&name_key(name)),
        parent_of,
        name_of,
    );
    [
        event.date.map(|d| d.to_string()).unwrap_or_default(),
        names(&event.from),
        event.to.as_ref().map(name).unwrap_or_default(),
        amount,
        valuation,
        event.status.id().to_string(),
        source.and_then(|s| s.url.clone()).unwrap_or_default(),
        amount_qualifier,
        valuation_qualifier,
        event.kind.id().to_string(),
        event.title.clone(),
        names(&event.parties),
        event.id.clone(),
        whole.to_string(),
        source.map(|s| s.publisher.clone()).unwrap_or_default(),
        evidence.map(|e| e.quote.clone()).unwrap_or_default(),
        event.summary.clone(),
        parents,
        kinds,
        aliases,
        ids,
    ]
}

/// An amount as the import reads it: the number (or a `min-max` range) and its qualifier.
fn money_cells(money: Option<Money>) -> (String, String) {
    let Some(money) = money else {
        return (String::new(), String::new());
    };
    let number = |v: f64| format!("{v}");
    let value = match (money.min, money.max, money.qualifier) {
        (_, Some(max), Qualifier::UpTo) => number(max),
        (Some(min), _, Qualifier::AtLeast) => number(min),
        (Some(min), Some(max), _) if min < max => format!("{}-{}", number(min), number(max)),
        (Some(value), _, _) | (None, Some(value), _) => number(value),
        (None, None, _) => String::new(),
    };
    (value, money.qualifier.id().to_string())
}

#[cfg(test)]
#[path = "csv_tests.rs"]
mod tests;
