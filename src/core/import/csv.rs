//! Importing a CSV of deals, one row per event, into a schema-v1 dataset.
//!
//! The columns are documented in docs/DATA.md. Every cell is checked and every problem
//! is reported with its line, column, value and reason; a file with any problem is not
//! applied at all, so a partial import can never replace what is on screen.

use super::builder::Builder;
use super::row::{Columns, Row};
use crate::core::dataset::limits::{MAX_EVENTS, check_size};
use crate::core::dataset::schema::Dataset;
use crate::core::dataset::validate::validate;
use crate::core::date::PartialDate;
use crate::core::problem::Problem;

/// Columns a file must have (cells may be blank where the docs allow).
pub const REQUIRED_COLUMNS: [&str; 7] = [
    "date",
    "investor",
    "company",
    "amount_usd",
    "valuation_usd",
    "status",
    "source_url",
];

/// Columns read when present. Any other column is ignored.
pub const OPTIONAL_COLUMNS: [&str; 14] = [
    "id",
    "part_of",
    "kind",
    "title",
    "summary",
    "parties",
    "amount_qualifier",
    "valuation_qualifier",
    "quote",
    "publisher",
    "parents",
    "kinds",
    "aliases",
    "entity_ids",
];

/// Reads a CSV file named `name`. `as_of_fallback` dates the dataset when no row is dated.
pub fn import_csv(
    name: &str,
    text: &str,
    as_of_fallback: PartialDate,
) -> Result<Dataset, Vec<Problem>> {
    check_size(text.len()).map_err(|p| vec![p])?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = ::csv::ReaderBuilder::new()
        .flexible(true)
        .trim(::csv::Trim::All)
        .from_reader(text.as_bytes());
    let columns = match reader.headers() {
        Ok(headers) => Columns::new(headers),
        Err(error) => {
            return Err(vec![Problem::new(
                "line 1",
                format!("the header row cannot be read: {error}"),
            )]);
        }
    };
    let missing: Vec<Problem> = REQUIRED_COLUMNS
        .iter()
        .filter(|c| !columns.has(c))
        .map(|c| Problem::new("header", "a required column is missing").with_value(c))
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }

    let mut builder = Builder::new(name);
    let mut problems = Vec::new();
    let mut record = ::csv::StringRecord::new();
    loop {
        let start = reader.position().byte() as usize;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(error) => {
                problems.push(Problem::new(
                    format!("line {}", reader.position().line()),
                    error.to_string(),
                ));
                continue;
            }
        }
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(str::is_empty) {
            continue;
        }
        if builder.events() >= MAX_EVENTS {
            return Err(vec![Problem::new(
                "the file",
                format!("more than the limit of {MAX_EVENTS} events"),
            )]);
        }
        let end = (reader.position().byte() as usize).min(text.len());
        let raw = text.get(start..end).unwrap_or_default().trim();
        let row = Row {
            columns: &columns,
            record: &record,
            line,
        };
        builder.add(&row, raw, &mut problems);
    }
    problems.extend(builder.apply_statements());
    if problems.is_empty() && builder.events() == 0 {
        problems.push(Problem::new(
            "the file",
            "there are no rows of data under the header",
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    // In row order, so by event: found by a binary search (a map would add its code).
    let parts = builder.take_part_lines();
    let dataset = builder.finish(as_of_fallback);
    let mut invalid = validate(&dataset);
    // The checks of parts that need every row (loops, depth, recipients) are the
    // dataset's; their problems name the row's line, as every other problem here does.
    for problem in &mut invalid {
        let event = (problem.location.strip_prefix("events["))
            .and_then(|rest| rest.strip_suffix("].part_of"))
            .and_then(|index| index.parse::<usize>().ok());
        let found = event.and_then(|event| parts.binary_search_by_key(&event, |p| p.0).ok());
        if let Some(&(_, line)) = found.map(|at| &parts[at]) {
            problem.location = format!("line {line}, column part_of");
        }
    }
    if invalid.is_empty() {
        Ok(dataset)
    } else {
        Err(invalid)
    }
}

#[cfg(test)]
#[path = "csv_tests.rs"]
mod tests;
