//! Entities made from the names in an imported file, matched without regard to case.

use std::collections::HashMap;

use crate::core::dataset::limits::MAX_PARENT_DEPTH;
use crate::core::dataset::schema::{Entity, EntityKind};

/// Names seen so far and the entity each became.
///
/// Lookups are hashed: a file with thousands of distinct names would otherwise compare
/// every new id against every entity so far, quadratic in the names.
#[derive(Debug, Default)]
pub struct EntityTable {
    entities: Vec<Entity>,
    by_name: HashMap<String, usize>,
    by_id: HashMap<String, usize>,
    /// The next number to try after each slug already taken.
    next_suffix: HashMap<String, usize>,
    /// Ids the `entity_ids` column gives names that no row had made when it was read,
    /// by lowercase name (taken out when the entity is made), and every id so given with
    /// its name (kept, so that no id made from a name takes one).
    reserved: HashMap<String, String>,
    reserved_ids: HashMap<String, String>,
}

impl EntityTable {
    /// The id for a name in an investor cell.
    pub fn investor(&mut self, name: &str) -> String {
        self.get_or_add(name, EntityKind::Investor)
    }

    /// The id for a name in a company or parties cell. A name first seen as an investor
    /// and later as a company is a company: it raises money too.
    pub fn company(&mut self, name: &str) -> String {
        self.get_or_add(name, EntityKind::Company)
    }

    /// The id for a name in a `parents` link: an existing entity keeps its kind, a new
    /// one is a company.
    pub fn named(&mut self, name: &str) -> String {
        match self.by_name.get(&name.to_lowercase()) {
            Some(&at) => self.entities[at].id.clone(),
            None => self.get_or_add(name, EntityKind::Company),
        }
    }

    /// The id of an entity already made for a name, matched without regard to case.
    pub fn find(&self, name: &str) -> Option<String> {
        let at = *self.by_name.get(&name.to_lowercase())?;
        Some(self.entities[at].id.clone())
    }

    /// Gives the entity named `name` the id `id` when it is made, instead of one made
    /// from the name: `Ok(true)` when this reserves it, `Ok(false)` when the name already
    /// has that id (a repeated statement). The reason it cannot, when the name already
    /// has another id (an earlier row made it) or the id is another name's.
    pub fn reserve(&mut self, name: &str, id: &str) -> Result<bool, String> {
        let key = name.to_lowercase();
        if let Some(&at) = self.by_name.get(&key) {
            let made = &self.entities[at].id;
            return match made == id {
                true => Ok(false),
                false => Err(format!(
                    "an earlier row made {name} with the id {made}: give its id in the first row that names it"
                )),
            };
        }
        if let Some(given) = self.reserved.get(&key) {
            return match given == id {
                true => Ok(false),
                false => Err(format!("{name} is already given the id {given}")),
            };
        }
        let owner = (self.by_id.get(id).map(|&at| &self.entities[at].name))
            .or_else(|| self.reserved_ids.get(id));
        if let Some(owner) = owner {
            return Err(format!("the id {id} is already {owner}'s"));
        }
        self.reserved.insert(key, id.to_string());
        self.reserved_ids.insert(id.to_string(), name.to_string());
        Ok(true)
    }

    pub fn parent_of(&self, id: &str) -> Option<String> {
        self.get(id)?.parent.clone()
    }

    pub fn name_of(&self, id: &str) -> Option<&str> {
        self.get(id).map(|e| e.name.as_str())
    }

    pub fn set_kind(&mut self, id: &str, kind: EntityKind) {
        if let Some(&at) = self.by_id.get(id) {
            self.entities[at].kind = kind;
        }
    }

    /// Adds another name for an entity. The caller keeps out repeats and the entity's own
    /// name.
    pub fn add_alias(&mut self, id: &str, alias: String) {
        if let Some(&at) = self.by_id.get(id) {
            self.entities[at].aliases.push(alias);
        }
    }

    pub fn set_parent(&mut self, id: &str, parent: String) {
        if let Some(&at) = self.by_id.get(id) {
            self.entities[at].parent = Some(parent);
        }
    }

    /// True when `ancestor` is `id` or is reached by following parents up from `id`
    /// within `MAX_PARENT_DEPTH` steps. Deeper families are refused by validation once
    /// every row is read; the bound keeps a file of one long chain from costing the
    /// square of its length here first.
    pub fn is_ancestor(&self, ancestor: &str, id: &str) -> bool {
        let mut at = Some(id.to_string());
        for _ in 0..=MAX_PARENT_DEPTH {
            match at {
                Some(current) if current == ancestor => return true,
                Some(current) => at = self.parent_of(&current),
                None => return false,
            }
        }
        false
    }

    fn get(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&at| &self.entities[at])
    }

    fn get_or_add(&mut self, name: &str, kind: EntityKind) -> String {
        let key = name.to_lowercase();
        if let Some(&at) = self.by_name.get(&key) {
            let entity = &mut self.entities[at];
            if kind == EntityKind::Company {
                entity.kind = EntityKind::Company;
            }
            return entity.id.clone();
        }
        let id = match self.reserved.remove(&key) {
            Some(id) => id,
            None => self.unique_id(&slug(name)),
        };
        self.by_name.insert(key, self.entities.len());
        self.by_id.insert(id.clone(), self.entities.len());
        self.entities.push(Entity {
            id: id.clone(),
            name: name.to_string(),
            kind,
            aliases: Vec::new(),
            parent: None,
        });
        id
    }

    /// Adds "-2", "-3"… when two different names make the same slug ("A.I. Co", "AI Co").
    /// Each slug remembers the next number to try, so a file of thousands of names with
    /// one slug (every name in Chinese script is "entity") does not count up from two
    /// for each of them.
    /// Ids reserved for other names are taken too.
    fn unique_id(&mut self, base: &str) -> String {
        let taken = |table: &Self, id: &str| {
            table.by_id.contains_key(id) || table.reserved_ids.contains_key(id)
        };
        if !taken(self, base) {
            return base.to_string();
        }
        let mut next = self.next_suffix.get(base).copied().unwrap_or(2);
        let id = loop {
            let id = format!("{base}-{next}");
            next += 1;
            if !taken(self, &id) {
                break id;
            }
        };
        self.next_suffix.insert(base.to_string(), next);
        id
    }

    pub fn into_entities(self) -> Vec<Entity> {
        self.entities
    }
}

/// Why a statement in the `kinds`, `aliases` or `entity_ids` column about `name` is
/// refused when no row gives that name: most likely it is misspelt, and making an entity
/// for it would leave the real one unchanged without a word.
pub fn not_given(name: &str) -> String {
    format!("no row names {name} in its investor, company, parties or parents")
}

/// A lowercase id from a name: "Thrive Capital" → "thrive-capital". Names with no
/// ASCII letters or digits ("😀", "北京") become "entity".
pub fn slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(80).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "entity".to_string()
    } else {
        slug.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_and_hyphenated() {
        for (name, want) in [
            ("Thrive Capital", "thrive-capital"),
            ("a16z", "a16z"),
            ("  Sequoia   Capital!! ", "sequoia-capital"),
            ("😀", "entity"),
            ("<script>alert(1)</script>", "script-alert-1-script"),
        ] {
            assert_eq!(slug(name), want, "{name}");
        }
        assert_eq!(slug(&"x".repeat(500)).len(), 80);
    }

    #[test]
    fn names_match_case_insensitively_and_slugs_stay_unique() {
        let mut table = EntityTable::default();
        let a = table.investor("OpenAI");
        let b = table.company("openai");
        let c = table.company("Open AI");
        let d = table.company("open-ai");
        assert_eq!(a, b);
        assert_eq!(c, "open-ai");
        assert_eq!(d, "open-ai-2");
        let entities = table.into_entities();
        assert_eq!(entities.len(), 3);
        assert_eq!(
            entities[0].kind,
            EntityKind::Company,
            "an investor later seen as a company is a company"
        );
    }

    #[test]
    fn parents_are_found_by_id_and_loops_are_seen() {
        let mut table = EntityTable::default();
        let aws = table.company("AWS");
        let amazon = table.company("Amazon");
        let bedrock = table.named("Amazon Bedrock");
        table.set_parent(&bedrock, aws.clone());
        table.set_parent(&aws, amazon.clone());
        // An unknown id changes nothing.
        table.set_parent("nobody", amazon.clone());
        assert_eq!(table.parent_of(&bedrock), Some(aws.clone()));
        assert_eq!(table.name_of(&bedrock), Some("Amazon Bedrock"));
        assert_eq!(table.parent_of("nobody"), None);
        assert!(table.is_ancestor(&amazon, &bedrock));
        assert!(!table.is_ancestor(&bedrock, &amazon));
        // A loop ends the climb rather than running forever.
        table.set_parent(&amazon, bedrock.clone());
        assert!(!table.is_ancestor("nobody", &amazon));
    }

    #[test]
    fn thousands_of_names_that_share_a_slug_get_distinct_ids() {
        let mut table = EntityTable::default();
        // "entity-2" takes the id the second name would have had; numbering skips it.
        let taken = table.company("Entity 2");
        // Twenty thousand names in Chinese script, each one character: all slug to
        // "entity".
        let ids: Vec<String> = (0..20_000)
            .filter_map(|n| char::from_u32(0x4E00 + n))
            .map(|c| table.company(&c.to_string()))
            .collect();
        assert_eq!(taken, "entity-2");
        assert_eq!(ids[0], "entity");
        assert_eq!(ids[1], "entity-3");
        assert_eq!(ids[19_999], "entity-20001");
        let distinct: std::collections::HashSet<&String> = ids.iter().collect();
        assert_eq!(distinct.len(), ids.len());
    }
}
