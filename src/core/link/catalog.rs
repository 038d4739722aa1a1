//! What a link's ids are checked against: the entities and events of the loaded data.

/// Resolves ids in a link. The index of the loaded dataset implements it.
pub trait Catalog {
    /// The canonical id of an entity named by `text`: its id, its name or an alias,
    /// compared without regard to case.
    fn resolve_entity(&self, text: &str) -> Option<String>;

    /// Whether an event with this exact id exists.
    fn has_event(&self, id: &str) -> bool;
}

/// A catalog that knows nothing, for reading a link before any data has loaded.
/// Every id is accepted as written, to be checked again once data arrives.
pub struct AcceptAll;

impl Catalog for AcceptAll {
    fn resolve_entity(&self, text: &str) -> Option<String> {
        Some(text.to_string())
    }

    fn has_event(&self, _id: &str) -> bool {
        true
    }
}
