//! Numbers for SVG attributes, to one decimal place, written fast.
//!
//! Charts write thousands of coordinates per frame. `format!("{v:.1}")` goes through the
//! standard library's exact float formatting, which showed up in profiles of a zoom step;
//! rounding to tenths and printing two integers is several times faster and gives the
//! same text.

/// `value` rounded to one decimal place: "12.3", "-0.5", "7.0". Not-finite values give
/// "0", which keeps an attribute valid rather than poisoning the drawing.
pub fn tenths(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_string();
    }
    let scaled = (value * 10.0).round();
    if scaled.abs() >= 1e15 {
        return format!("{value:.1}");
    }
    let scaled = scaled as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let magnitude = scaled.unsigned_abs();
    format!("{sign}{}.{}", magnitude / 10, magnitude % 10)
}

#[cfg(test)]
mod tests {
    use super::tenths;

    #[test]
    fn tenths_round_to_one_decimal() {
        for (value, want) in [
            (0.0, "0.0"),
            (1.0, "1.0"),
            (12.34, "12.3"),
            (-3.21, "-3.2"),
            (999.99, "1000.0"),
            (7.06, "7.1"),
            (-12.5, "-12.5"),
            (-0.04, "0.0"),
        ] {
            assert_eq!(tenths(value), want, "{value}");
        }
    }

    #[test]
    fn tenths_are_within_half_a_tenth_of_the_value() {
        let mut value = -5000.0;
        while value < 5000.0 {
            let back: f64 = tenths(value).parse().unwrap();
            assert!((back - value).abs() <= 0.05 + 1e-9, "{value} → {back}");
            value += 3.7137;
        }
    }

    #[test]
    fn odd_values_stay_valid_attributes() {
        assert_eq!(tenths(f64::NAN), "0");
        assert_eq!(tenths(f64::INFINITY), "0");
        assert_eq!(tenths(1e300), format!("{:.1}", 1e300));
    }
}
