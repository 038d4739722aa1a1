//! What a CSV row means where the file leaves cells blank: a kind guessed from who is
//! named and what money is reported, and a title made from the names and the amount.

use super::cells::NamedParty;
use crate::core::dataset::EventKind;
use crate::core::money::Money;

/// Guesses a kind when the file has no kind column: money from named investors is an
/// investment, money for a company alone a round, a valuation alone a valuation.
pub fn default_kind(
    investors: &[NamedParty],
    companies: &[NamedParty],
    amount: Option<Money>,
    valuation: Option<Money>,
) -> EventKind {
    match (
        investors.is_empty(),
        companies.is_empty(),
        amount,
        valuation,
    ) {
        (false, _, _, _) => EventKind::Investment,
        (true, false, Some(_), _) => EventKind::FundingRound,
        (true, false, None, Some(_)) => EventKind::Valuation,
        _ => EventKind::Partnership,
    }
}

/// "Thrive Capital, a16z → OpenAI, $6.6B"
pub fn generated_title(
    investors: &[NamedParty],
    companies: &[NamedParty],
    others: &[NamedParty],
    amount: Option<Money>,
) -> String {
    let names = |list: &[NamedParty]| {
        list.iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut title = match (investors.is_empty(), companies.is_empty()) {
        (false, false) => format!("{} → {}", names(investors), names(companies)),
        (true, false) => names(companies),
        _ => names(others),
    };
    if let Some(amount) = amount {
        title.push_str(", ");
        title.push_str(&crate::core::format::money(&amount));
    }
    title
}
