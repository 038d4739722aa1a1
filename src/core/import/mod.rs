//! Reading the reader's own data: schema-v1 JSON or a CSV of deals.

pub mod aliases;
pub mod builder;
pub mod cells;
pub mod csv;
pub mod defaults;
pub mod entities;
pub mod family;
pub mod ids;
pub mod kinds;
pub mod parents;
pub mod row;
pub mod sources;

use crate::core::dataset::{Dataset, load_json};
use crate::core::date::PartialDate;
use crate::core::problem::Problem;

/// Reads a file as JSON when its name or first character says so, otherwise as CSV.
/// `today` dates a CSV whose rows carry no dates.
pub fn read_any(name: &str, text: &str, today: PartialDate) -> Result<Dataset, Vec<Problem>> {
    let lower = name.to_ascii_lowercase();
    let looks_like_json = lower.ends_with(".json")
        || (!lower.ends_with(".csv") && text.trim_start().starts_with('{'));
    if looks_like_json {
        load_json(text)
    } else {
        self::csv::import_csv(name, text, today)
    }
}
