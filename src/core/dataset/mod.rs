//! The dataset: its schema, how a file is read, and the checks it must pass.

pub mod limits;
pub mod load;
pub mod schema;
pub mod validate;

pub use load::load_json;
pub use schema::{
    Dataset, Entity, EntityKind, Event, EventKind, Evidence, SCHEMA_ID, Source, Status,
};
