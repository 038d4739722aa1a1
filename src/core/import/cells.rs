//! Reading single CSV cells as people write them: names with notes, amounts with
//! qualifiers or ranges, statuses by their common synonyms, and the `;`-separated
//! statements of the `parents`, `kinds`, `aliases` and `entity_ids` columns.

use crate::core::dataset::{EntityKind, EventKind, Status};
use crate::core::money::{Money, Qualifier, parse_usd};
use crate::core::problem::Problem;

/// A name from an investor or company cell, with any parenthesised note split off:
/// "Thrive Capital (lead)" is the name "Thrive Capital" with the note "lead".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedParty {
    pub name: String,
    pub note: Option<String>,
}

/// Splits a cell listing several names separated by ";".
pub fn parties(cell: &str) -> Vec<NamedParty> {
    cell.split(';').filter_map(party).collect()
}

/// The note is the last parenthesised group, with any parentheses nested in it, so a
/// name that itself ends in parentheses can be written with an empty note after it:
/// `Financial investors (unnamed) ()`. Text whose final `)` has no matching `(` has no
/// note.
fn party(text: &str) -> Option<NamedParty> {
    let text = text.trim();
    let (name, note) = match last_group(text) {
        Some(open) if open > 0 => {
            let note = text[open + 1..text.len() - 1].trim();
            (
                text[..open].trim(),
                (!note.is_empty()).then(|| note.to_string()),
            )
        }
        _ => (text, None),
    };
    let name = tidy_name(name);
    (!name.is_empty()).then_some(NamedParty { name, note })
}

/// The statements of a cell of statements (`parents`, `kinds`, `aliases`,
/// `entity_ids`): its `;`-separated parts, trimmed, leaving out empty ones, so a
/// trailing `;` or a doubled one is not a malformed statement.
pub fn statements(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(';').map(str::trim).filter(|s| !s.is_empty())
}

/// The two sides of a `Name = value` statement: the name tidied, the value trimmed.
/// `None` when there is no `=` or either side is empty. The name is what comes before
/// the first `=`, so a value may hold one.
pub fn name_equals(statement: &str) -> Option<(String, &str)> {
    let (name, value) = statement.split_once('=')?;
    let (name, value) = (tidy_name(name), value.trim());
    (!name.is_empty() && !value.is_empty()).then_some((name, value))
}

/// A problem with one statement in a cell of statements (`parents`, `kinds`, `aliases`):
/// it names the line and column, and quotes the statement rather than the whole cell.
pub fn statement_problem(line: u64, column: &str, statement: &str, reason: &str) -> Problem {
    Problem::new(format!("line {line}, column {column}"), reason).with_value(statement)
}

/// Text with its runs of whitespace made single spaces and its ends trimmed, as every
/// cell that holds names or words is read.
pub fn tidy_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A name as the import matches it to an entity: tidied, and in lowercase.
pub fn name_key(name: &str) -> String {
    tidy_name(name).to_lowercase()
}

/// Where the parenthesised group that ends `text` opens: the `(` matching its final `)`.
fn last_group(text: &str) -> Option<usize> {
    if !text.ends_with(')') {
        return None;
    }
    let mut depth = 0usize;
    for (at, c) in text.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at);
                }
            }
            _ => {}
        }
    }
    None
}

/// Reads a status, accepting the words newsrooms and spreadsheets use.
pub fn status(cell: &str) -> Option<Status> {
    let word = cell.trim().to_lowercase().replace(['-', '_'], " ");
    let word = tidy_name(&word);
    Some(match word.as_str() {
        "rumored" | "rumoured" | "rumor" | "rumour" | "speculated" => Status::Rumored,
        "talks" | "in talks" | "reported" | "in discussions" | "discussions" | "negotiating"
        | "negotiations" | "exploring" => Status::Talks,
        "announced" | "planned" | "pledged" => Status::Announced,
        "agreed" | "signed" | "committed" | "term sheet" => Status::Agreed,
        "completed" | "complete" | "closed" | "done" | "finalized" | "finalised" | "funded" => {
            Status::Completed
        }
        "cancelled" | "canceled" | "abandoned" | "called off" | "withdrawn" => Status::Cancelled,
        "estimate" | "estimated" | "forecast" | "projected" | "expected" => Status::Estimate,
        _ => return None,
    })
}

/// Reads an event kind by its id or label, ignoring case: "funding_round", "Funding round".
pub fn kind(cell: &str) -> Option<EventKind> {
    let word = cell.trim().to_lowercase().replace([' ', '-'], "_");
    EventKind::from_id(&word).or(match word.as_str() {
        "round" | "raise" | "fundraise" | "fundraising" => Some(EventKind::FundingRound),
        "partner" | "deal" => Some(EventKind::Partnership),
        "merger" | "m&a" | "buyout" => Some(EventKind::Acquisition),
        _ => None,
    })
}

/// Reads an entity kind by its id or label, ignoring case: "sovereign_fund",
/// "Sovereign fund".
pub fn entity_kind(cell: &str) -> Option<EntityKind> {
    EntityKind::from_id(&cell.trim().to_lowercase().replace([' ', '-'], "_"))
}

/// Reads an amount qualifier: exact (the default), about, up to, at least.
pub fn qualifier(cell: &str) -> Option<Qualifier> {
    let word = cell.trim().to_lowercase().replace(['-', '_'], " ");
    Some(match tidy_name(&word).as_str() {
        "" | "exact" | "exactly" => Qualifier::Exact,
        "about" | "~" | "approx" | "approximately" | "around" | "roughly" | "circa"
        | "close to" | "nearly" => Qualifier::About,
        "up to" | "as much as" | "at most" | "<=" | "max" => Qualifier::UpTo,
        "at least" | "more than" | "over" | ">=" | "min" => Qualifier::AtLeast,
        _ => return None,
    })
}

/// Why an amount cell was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmountError(pub String);

/// Reads an amount cell with its qualifier. A blank cell is no amount. A range such as
/// "10B-20B" keeps both ends; otherwise the qualifier decides which bounds are known.
pub fn amount(cell: &str, qualifier: Qualifier) -> Result<Option<Money>, AmountError> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(None);
    }
    if cell.starts_with('-') {
        return Err(AmountError("amounts cannot be negative".into()));
    }
    let number = |text: &str| {
        parse_usd(text).ok_or_else(|| {
            AmountError("not an amount such as 500000000, 500M, 1.5B or 10B-20B".into())
        })
    };
    if let Some((low, high)) = cell.split_once(['–', '-']) {
        let (min, max) = (number(low)?, number(high)?);
        if min > max {
            return Err(AmountError(
                "the range's low end is above its high end".into(),
            ));
        }
        let qualifier = if qualifier == Qualifier::About {
            Qualifier::About
        } else {
            Qualifier::Exact
        };
        return Ok(Some(Money {
            min: Some(min),
            max: Some(max),
            qualifier,
        }));
    }
    let value = number(cell)?;
    Ok(Some(match qualifier {
        Qualifier::Exact => Money::exact(value),
        Qualifier::About => Money::about(value),
        Qualifier::UpTo => Money::up_to(value),
        Qualifier::AtLeast => Money::at_least(value),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_are_trimmed_and_empty_ones_left_out() {
        let cases: [(&str, &[&str]); 5] = [
            ("", &[]),
            (" ;; ; ", &[]),
            ("AWS > Amazon", &["AWS > Amazon"]),
            (" a = b ;c=d; ", &["a = b", "c=d"]),
            ("\u{a0}x\t;\ny", &["x", "y"]),
        ];
        for (cell, expected) in cases {
            assert_eq!(statements(cell).collect::<Vec<_>>(), expected, "{cell:?}");
        }
    }

    #[test]
    fn name_equals_splits_at_the_first_equals_and_refuses_an_empty_side() {
        let cases = [
            (
                " United  Arab Emirates =uae ",
                Some(("United Arab Emirates", "uae")),
            ),
            ("a = b = c", Some(("a", "b = c"))),
            ("no equals", None),
            ("= uae", None),
            ("UAE =  ", None),
            ("=", None),
            ("", None),
        ];
        for (statement, expected) in cases {
            let found = name_equals(statement);
            let found = found.as_ref().map(|(name, value)| (name.as_str(), *value));
            assert_eq!(found, expected, "{statement:?}");
        }
    }

    #[test]
    fn notes_in_parentheses_are_not_part_of_the_name() {
        let found = parties("Thrive Capital (lead); a16z ;  Sequoia   Capital ;;");
        assert_eq!(
            found,
            [
                NamedParty {
                    name: "Thrive Capital".into(),
                    note: Some("lead".into())
                },
                NamedParty {
                    name: "a16z".into(),
                    note: None
                },
                NamedParty {
                    name: "Sequoia Capital".into(),
                    note: None
                },
            ]
        );
        assert!(parties(" ; ").is_empty());
        assert_eq!(
            parties("(lead)")[0].name,
            "(lead)",
            "a cell that is only a note keeps its text"
        );
    }

    #[test]
    fn the_note_is_the_last_parenthesised_group_with_what_nests_in_it() {
        for (cell, name, note) in [
            (
                "Financial investors (unnamed) ()",
                "Financial investors (unnamed)",
                None,
            ),
            (
                "Financial investors (unnamed) (lead)",
                "Financial investors (unnamed)",
                Some("lead"),
            ),
            (
                "Financial investors (unnamed)",
                "Financial investors",
                Some("unnamed"),
            ),
            ("A (B", "A (B", None),
            ("A ()", "A", None),
            (
                "Thrive Capital (lead (co-lead))",
                "Thrive Capital",
                Some("lead (co-lead)"),
            ),
            ("A (B) C (lead)", "A (B) C", Some("lead")),
            ("A)", "A)", None),
            ("A (B))", "A (B))", None),
            ("(lead)", "(lead)", None),
        ] {
            let found = &parties(cell)[0];
            assert_eq!(
                (found.name.as_str(), found.note.as_deref()),
                (name, note),
                "{cell}"
            );
        }
    }

    #[test]
    fn status_synonyms_map_to_statuses() {
        for (cell, want) in [
            ("closed", Status::Completed),
            ("In talks", Status::Talks),
            ("reported", Status::Talks),
            ("RUMOURED", Status::Rumored),
            ("term-sheet", Status::Agreed),
            ("canceled", Status::Cancelled),
            ("forecast", Status::Estimate),
            ("announced", Status::Announced),
        ] {
            assert_eq!(status(cell), Some(want), "{cell}");
        }
        for cell in ["", "maybe", "<b>closed</b>"] {
            assert_eq!(status(cell), None, "{cell}");
        }
    }

    #[test]
    fn amounts_read_suffixes_ranges_and_qualifiers() {
        assert_eq!(amount("", Qualifier::Exact), Ok(None));
        assert_eq!(
            amount("500000000", Qualifier::Exact),
            Ok(Some(Money::exact(5e8)))
        );
        assert_eq!(amount("50B", Qualifier::UpTo), Ok(Some(Money::up_to(50e9))));
        assert_eq!(
            amount("$8B", Qualifier::AtLeast),
            Ok(Some(Money::at_least(8e9)))
        );
        let range = amount("10B-20B", Qualifier::Exact).unwrap().unwrap();
        assert_eq!((range.min, range.max), (Some(10e9), Some(20e9)));
    }

    #[test]
    fn bad_amounts_say_why() {
        for (cell, needle) in [
            ("-5", "negative"),
            ("lots", "not an amount"),
            ("20B-10B", "above"),
            ("1e9", "not an amount"),
        ] {
            let error = amount(cell, Qualifier::Exact).unwrap_err();
            assert!(error.0.contains(needle), "{cell}: {}", error.0);
        }
    }

    #[test]
    fn qualifiers_and_kinds_accept_plain_words() {
        assert_eq!(qualifier("up to"), Some(Qualifier::UpTo));
        assert_eq!(qualifier("Up_To"), Some(Qualifier::UpTo));
        assert_eq!(qualifier("~"), Some(Qualifier::About));
        assert_eq!(qualifier(""), Some(Qualifier::Exact));
        assert_eq!(qualifier("perhaps"), None);
        assert_eq!(kind("Funding round"), Some(EventKind::FundingRound));
        assert_eq!(kind("investment"), Some(EventKind::Investment));
        assert_eq!(kind("gift"), None);
    }
}
