//! Amounts of money as the sources state them: a range with a qualifier.
//!
//! "Up to $50B" has an upper bound and no lower bound the source states, "at least $8B"
//! the reverse, "roughly $8B" is a point with a hedge. Storing all three as one `f64`
//! would be a lie the interface could never undo, so an amount is an optional minimum,
//! an optional maximum and the qualifier the source used.

use serde::{Deserialize, Serialize};

use crate::keyword_enum;

keyword_enum! {
    /// The words a source used around a number.
    pub enum Qualifier ("qualifier") {
        Exact => "exact", "Exact",
        About => "about", "About",
        UpTo => "up_to", "Up to",
        AtLeast => "at_least", "At least",
    }
}

keyword_enum! {
    /// Whether a valuation counts the new money raised.
    pub enum ValuationBasis ("valuation basis") {
        PreMoney => "pre_money", "Pre-money",
        PostMoney => "post_money", "Post-money",
    }
}

/// An amount in US dollars.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Money {
    /// The lowest value the source supports, if it states one.
    pub min: Option<f64>,
    /// The highest value the source supports, if it states one.
    pub max: Option<f64>,
    pub qualifier: Qualifier,
}

/// A valuation: an amount plus, when the source says so, its pre- or post-money basis.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Valuation {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub qualifier: Qualifier,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<ValuationBasis>,
}

impl Money {
    /// An exactly stated amount.
    pub fn exact(value: f64) -> Self {
        Self {
            min: Some(value),
            max: Some(value),
            qualifier: Qualifier::Exact,
        }
    }

    /// "About", "roughly", "approximately": a hedged point.
    pub fn about(value: f64) -> Self {
        Self {
            min: Some(value),
            max: Some(value),
            qualifier: Qualifier::About,
        }
    }

    /// "Up to", "as much as": only the ceiling is known.
    pub fn up_to(value: f64) -> Self {
        Self {
            min: None,
            max: Some(value),
            qualifier: Qualifier::UpTo,
        }
    }

    /// "At least": only the floor is known.
    pub fn at_least(value: f64) -> Self {
        Self {
            min: Some(value),
            max: None,
            qualifier: Qualifier::AtLeast,
        }
    }

    /// The largest value the amount may take that the source names: the maximum, or
    /// the minimum when only a floor is known. Filters ("at least $10B") use this.
    pub fn upper_bound(&self) -> Option<f64> {
        self.max.or(self.min)
    }

    /// The bound the source actually states, used to size marks. For "up to" that is
    /// the ceiling, for "at least" the floor; legends say so.
    pub fn stated_bound(&self) -> Option<f64> {
        match self.qualifier {
            Qualifier::AtLeast => self.min.or(self.max),
            _ => self.max.or(self.min),
        }
    }

    /// True when the amount is a span rather than one number: "up to", "at least",
    /// or a min below the max. Such amounts are drawn as whiskers, never as points.
    pub fn is_range(&self) -> bool {
        match (self.min, self.max) {
            (Some(lo), Some(hi)) => lo < hi,
            _ => true,
        }
    }

    /// Why this amount is inconsistent, if it is.
    pub fn problem(&self) -> Option<String> {
        for value in [self.min, self.max].into_iter().flatten() {
            if !value.is_finite() || value < 0.0 {
                return Some(format!(
                    "amount {value} must be a finite number of dollars, not negative"
                ));
            }
        }
        match (self.min, self.max, self.qualifier) {
            (None, None, _) => Some("an amount needs a min, a max or both".to_string()),
            (Some(lo), Some(hi), _) if lo > hi => Some(format!("min {lo} is above max {hi}")),
            (_, None, Qualifier::UpTo) => Some("an 'up_to' amount needs a max".to_string()),
            (None, _, Qualifier::AtLeast) => Some("an 'at_least' amount needs a min".to_string()),
            (None, _, Qualifier::Exact | Qualifier::About)
            | (_, None, Qualifier::Exact | Qualifier::About) => Some(format!(
                "an '{}' amount needs both min and max",
                self.qualifier.id()
            )),
            _ => None,
        }
    }
}

impl Valuation {
    /// The valuation's range, without its basis.
    pub fn money(&self) -> Money {
        Money {
            min: self.min,
            max: self.max,
            qualifier: self.qualifier,
        }
    }
}

/// Parses amounts as people type them: `500M`, `10B`, `1.5T`, `2.5k`, `$10B` or a plain
/// number of dollars. Refuses negatives, NaN and infinities.
pub fn parse_usd(text: &str) -> Option<f64> {
    let trimmed = text.trim().trim_start_matches('$').replace([',', '_'], "");
    let (number, scale) = match trimmed.chars().last()?.to_ascii_uppercase() {
        'K' => (&trimmed[..trimmed.len() - 1], 1e3),
        'M' => (&trimmed[..trimmed.len() - 1], 1e6),
        'B' => (&trimmed[..trimmed.len() - 1], 1e9),
        'T' => (&trimmed[..trimmed.len() - 1], 1e12),
        _ => (trimmed.as_str(), 1.0),
    };
    // `f64::from_str` accepts "inf" and "NaN"; money is plain digits and one dot.
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let value = number.parse::<f64>().ok()? * scale;
    value.is_finite().then_some(value)
}

/// Writes a dollar amount in the shortest form `parse_usd` reads back exactly:
/// `500M`, `10B`, `1.5T`, or plain digits when no suffix round-trips.
pub fn format_usd_compact(value: f64) -> String {
    for (suffix, scale) in [("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3)] {
        if value >= scale {
            let text = format!("{}{suffix}", value / scale);
            if parse_usd(&text) == Some(value) {
                return text;
            }
        }
    }
    format!("{value}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_amounts_parse_with_suffixes() {
        let cases = [
            ("500M", Some(500e6)),
            ("10B", Some(10e9)),
            ("10b", Some(10e9)),
            ("1.5T", Some(1.5e12)),
            ("$13.7B", Some(13.7e9)),
            ("2,500,000", Some(2.5e6)),
            ("0", Some(0.0)),
            (" 7k ", Some(7e3)),
        ];
        for (text, want) in cases {
            assert_eq!(parse_usd(text), want, "{text}");
        }
    }

    #[test]
    fn compact_amounts_use_the_shortest_exact_suffix() {
        let cases = [
            (500e6, "500M"),
            (10e9, "10B"),
            (1.5e12, "1.5T"),
            (2500.0, "2.5K"),
            (999.0, "999"),
        ];
        for (value, want) in cases {
            assert_eq!(format_usd_compact(value), want);
            assert_eq!(parse_usd(want), Some(value));
        }
        for awkward in [
            123_456_789.0,
            0.1,
            1e-7,
            3.3e9 + 0.5,
            9_007_199_254_740_993.0,
            1e21,
        ] {
            assert_eq!(
                parse_usd(&format_usd_compact(awkward)),
                Some(awkward),
                "{awkward}"
            );
        }
    }

    #[test]
    fn hostile_amounts_are_refused() {
        for text in [
            "", "-5B", "B", "1.2.3B", "NaN", "inf", "1e400", "ten", "5 B", "<b>1</b>", "１０B",
        ] {
            assert_eq!(parse_usd(text), None, "{text}");
        }
    }

    #[test]
    fn up_to_amount_is_a_range_with_only_a_ceiling() {
        let amount = Money::up_to(50e9);
        assert!(amount.is_range());
        assert_eq!(amount.min, None);
        assert_eq!(amount.upper_bound(), Some(50e9));
        assert_eq!(amount.stated_bound(), Some(50e9));
        assert_eq!(amount.problem(), None);
    }

    #[test]
    fn at_least_amount_is_sized_by_its_floor() {
        let amount = Money::at_least(8e9);
        assert!(amount.is_range());
        assert_eq!(amount.stated_bound(), Some(8e9));
        assert_eq!(amount.upper_bound(), Some(8e9));
    }

    #[test]
    fn about_amount_is_a_point() {
        assert!(!Money::about(8e9).is_range());
        assert!(!Money::exact(13.7e9).is_range());
    }

    #[test]
    fn inconsistent_amounts_are_explained() {
        let cases = [
            (
                Money {
                    min: Some(5.0),
                    max: Some(1.0),
                    qualifier: Qualifier::Exact,
                },
                "above max",
            ),
            (
                Money {
                    min: None,
                    max: None,
                    qualifier: Qualifier::About,
                },
                "needs a min",
            ),
            (
                Money {
                    min: Some(1.0),
                    max: None,
                    qualifier: Qualifier::UpTo,
                },
                "needs a max",
            ),
            (
                Money {
                    min: None,
                    max: Some(1.0),
                    qualifier: Qualifier::AtLeast,
                },
                "needs a min",
            ),
            (
                Money {
                    min: Some(1.0),
                    max: None,
                    qualifier: Qualifier::Exact,
                },
                "both",
            ),
            (
                Money {
                    min: Some(-1.0),
                    max: Some(1.0),
                    qualifier: Qualifier::Exact,
                },
                "not negative",
            ),
            (
                Money {
                    min: Some(f64::NAN),
                    max: Some(1.0),
                    qualifier: Qualifier::Exact,
                },
                "finite",
            ),
        ];
        for (amount, needle) in cases {
            let problem = amount.problem().unwrap_or_default();
            assert!(problem.contains(needle), "{amount:?}: {problem}");
        }
    }
}
