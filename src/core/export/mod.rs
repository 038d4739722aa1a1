//! Exports of the filtered events, in the formats the import reads.

pub mod csv;
pub mod json;

pub use self::csv::to_csv;
pub use self::json::to_json;
