//! A CSV file's header and rows as the import reads them: columns found by their
//! normalised names, cells by column name, and problems that name line and column.

use std::collections::HashMap;

use crate::core::problem::Problem;

/// Header positions, matched leniently: "Amount USD" finds `amount_usd`.
pub struct Columns(HashMap<String, usize>);

impl Columns {
    pub fn new(headers: &::csv::StringRecord) -> Self {
        let normal = |h: &str| h.trim().to_lowercase().replace([' ', '-'], "_");
        let mut positions = HashMap::new();
        for (i, header) in headers.iter().enumerate() {
            // The first column of a name wins, as a reader scanning the header would expect.
            positions.entry(normal(header)).or_insert(i);
        }
        Self(positions)
    }

    pub fn has(&self, column: &str) -> bool {
        self.0.contains_key(column)
    }
}

/// One data row, read cell by cell.
pub struct Row<'a> {
    pub columns: &'a Columns,
    pub record: &'a ::csv::StringRecord,
    pub line: u64,
}

impl Row<'_> {
    pub fn cell(&self, column: &str) -> &str {
        self.columns
            .0
            .get(column)
            .and_then(|&i| self.record.get(i))
            .unwrap_or("")
    }

    pub fn problem(&self, column: &str, reason: impl Into<String>) -> Problem {
        Problem::new(format!("line {}, column {column}", self.line), reason)
            .with_value(self.cell(column))
    }
}
