//! Money as a newspaper writes it: $1.25B, $500M, "up to $50B", "at least $8B", "~$8B".

use crate::core::money::{Money, Qualifier, Valuation, ValuationBasis};

/// A dollar figure to three significant digits with a K, M, B or T suffix: "$13.7B".
pub fn usd(value: f64) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let (scaled, suffix) = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
        .iter()
        .find(|(scale, _)| value.abs() >= *scale * 0.9995)
        .map_or((value, ""), |(scale, suffix)| (value / scale, *suffix));
    format!("${}{suffix}", three_significant(scaled))
}

/// Rounds to three significant digits and drops trailing zeros: 13.70 → "13.7".
fn three_significant(value: f64) -> String {
    let decimals = if value.abs() >= 100.0 {
        0
    } else if value.abs() >= 10.0 {
        1
    } else {
        2
    };
    let text = format!("{value:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// An amount with its qualifier: "$13.7B", "~$8B", "up to $50B", "at least $8B",
/// "$10B–$20B".
pub fn money(amount: &Money) -> String {
    match (amount.min, amount.max, amount.qualifier) {
        (_, Some(max), Qualifier::UpTo) => format!("up to {}", usd(max)),
        (Some(min), _, Qualifier::AtLeast) => format!("at least {}", usd(min)),
        (Some(min), Some(max), qualifier) => {
            let tilde = if qualifier == Qualifier::About {
                "~"
            } else {
                ""
            };
            if usd(min) == usd(max) {
                format!("{tilde}{}", usd(min))
            } else {
                format!("{tilde}{}–{}", usd(min), usd(max))
            }
        }
        (Some(only), None, _) | (None, Some(only), _) => usd(only),
        (None, None, _) => "amount unknown".to_string(),
    }
}

/// A valuation with its qualifier and, when known, its basis: "~$830B post-money".
pub fn valuation(valuation: &Valuation) -> String {
    let text = money(&valuation.money());
    match valuation.basis {
        Some(ValuationBasis::PreMoney) => format!("{text} pre-money"),
        Some(ValuationBasis::PostMoney) => format!("{text} post-money"),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollar_figures_use_suffixes() {
        for (value, want) in [
            (1.25e9, "$1.25B"),
            (500e6, "$500M"),
            (13.7e9, "$13.7B"),
            (1e12, "$1T"),
            (125e9, "$125B"),
            (999.0, "$999"),
            (2_500.0, "$2.5K"),
            (999.9e6, "$1B"),
            (0.0, "$0"),
            (f64::NAN, "—"),
        ] {
            assert_eq!(usd(value), want, "{value}");
        }
    }

    #[test]
    fn up_to_amount_formats_as_range() {
        assert_eq!(money(&Money::up_to(50e9)), "up to $50B");
    }

    #[test]
    fn qualified_amounts_keep_their_words() {
        assert_eq!(money(&Money::at_least(50e9)), "at least $50B");
        assert_eq!(money(&Money::about(8e9)), "~$8B");
        assert_eq!(money(&Money::exact(13.7e9)), "$13.7B");
        let range = Money {
            min: Some(10e9),
            max: Some(20e9),
            qualifier: Qualifier::Exact,
        };
        assert_eq!(money(&range), "$10B–$20B");
        let vague = Money {
            min: None,
            max: None,
            qualifier: Qualifier::About,
        };
        assert_eq!(money(&vague), "amount unknown");
    }

    #[test]
    fn valuations_say_their_basis() {
        let v = Valuation {
            min: Some(830e9),
            max: Some(830e9),
            qualifier: Qualifier::About,
            basis: Some(ValuationBasis::PostMoney),
        };
        assert_eq!(valuation(&v), "~$830B post-money");
    }
}
