//! A problem found in input (a data file, a CSV row, a link), told so a person can fix it.

use std::fmt;

/// Where the problem is, what the offending value was, and why it was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// A JSON path (`events[3].amount.max`), or a CSV row and column (`row 5, amount_usd`).
    pub location: String,
    /// The offending value as text, shortened, when there is one to show.
    pub value: Option<String>,
    pub reason: String,
}

impl Problem {
    pub fn new(location: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            location: location.into(),
            value: None,
            reason: reason.into(),
        }
    }

    pub fn with_value(mut self, value: impl AsRef<str>) -> Self {
        self.value = Some(crate::core::date::shorten(value.as_ref()));
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.value {
            Some(value) => write!(f, "{}: '{}': {}", self.location, value, self.reason),
            None => write!(f, "{}: {}", self.location, self.reason),
        }
    }
}
