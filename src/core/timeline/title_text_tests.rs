use super::*;
use crate::core::date::PartialDate;

#[test]
fn a_title_opens_with_its_date_where_a_wide_band_hides_that_the_day_is_unknown() {
    let title = "Microsoft in talks to join OpenAI's round";
    let date = |text: &str| text.parse::<PartialDate>().ok();
    // (the date, the band's width in pixels, the text)
    let cases: &[(Option<PartialDate>, f64, &str)] = &[
        (
            date("2026-01"),
            400.0,
            "Jan 2026 · Microsoft in talks to join OpenAI's round",
        ),
        (
            date("2026"),
            160.0,
            "2026 · Microsoft in talks to join OpenAI's round",
        ),
        // A narrow band shows what it is; a day is known.
        (date("2026-01"), 159.0, title),
        (date("2026-01-29"), 400.0, title),
        // No date, or a width that is not a number.
        (None, 400.0, title),
        (date("2026-01"), f64::NAN, title),
    ];
    for (date, width, expected) in cases {
        assert_eq!(
            title_text(title, *date, *width),
            *expected,
            "{date:?} at {width}"
        );
    }
}

#[test]
fn a_dated_title_keeps_enough_of_the_title_or_goes_without_the_date() {
    let title = "Nvidia in talks to join OpenAI's round";
    let jan = "2026-01".parse::<PartialDate>().ok();
    let fit = |width_in_chars: usize, band: f64| {
        fit_dated_title(
            title,
            jan,
            band,
            width_in_chars as f64 * TITLE_CHAR_WIDTH,
            estimated_width,
        )
    };
    // Room for the date and the title's first words.
    assert_eq!(
        fit(30, 400.0).as_deref(),
        Some("Jan 2026 · Nvidia in talks…")
    );
    // Room for the date and one word: the title alone, cut.
    assert_eq!(fit(18, 400.0).as_deref(), Some("Nvidia in talks…"));
    // A narrow band: no date.
    assert_eq!(fit(60, 100.0).as_deref(), Some(title));
    // No room for either.
    assert_eq!(fit(8, 400.0), None);
}

#[test]
fn titles_are_cut_after_a_whole_word_that_is_not_left_dangling() {
    let title = "Amazon in talks to invest up to $50B in OpenAI";
    let w = |chars: usize| chars as f64 * TITLE_CHAR_WIDTH;
    let rockets = "🚀".repeat(20);
    let cut_rockets = format!("{}…", "🚀".repeat(14));
    let cases: &[(&str, f64, Option<&str>)] = &[
        (title, w(46), Some(title)),
        (title, w(200), Some(title)),
        // After the last whole word that fits with its ellipsis.
        (title, w(26), Some("Amazon in talks to invest…")),
        (title, w(16), Some("Amazon in talks…")),
        // Not on a small word: "to" goes.
        (title, w(25), Some("Amazon in talks…")),
        // Under fourteen characters would be left ("Amazon…"): nothing.
        (title, w(15), None),
        (title, w(13), None),
        ("Microsoft in talks to join OpenAI's round", w(14), None),
        ("A deal could close in March", w(15), None),
        (
            "Amazon unveils Project Rainier",
            w(16),
            Some("Amazon unveils…"),
        ),
        ("Amazon unveils Project Rainier", w(14), None),
        // A whole title may be short.
        ("Merger", w(20), Some("Merger")),
        // No room, or none that is a number, and titles with nothing in them.
        (title, 0.0, None),
        (title, f64::NAN, None),
        (title, -50.0, None),
        ("", w(40), None),
        ("   ", w(40), None),
        // A word is cut in two only when the first word alone is too long.
        (
            "Supercalifragilisticexpialidocious",
            w(14),
            Some("Supercalifrag…"),
        ),
        ("Supercalifragilisticexpialidocious", w(12), None),
        // A dangling comma, dash or small word goes, however many there are.
        (
            "OpenAI, Microsoft and others",
            w(20),
            Some("OpenAI, Microsoft…"),
        ),
        (
            "OpenAI, Microsoft and others",
            w(24),
            Some("OpenAI, Microsoft…"),
        ),
        (
            "Stargate – phase two of many",
            w(23),
            Some("Stargate – phase two…"),
        ),
        (
            "Stargate – phase two of many",
            w(25),
            Some("Stargate – phase two…"),
        ),
        ("Stargate – phase two of many", w(15), None),
        // Characters, not bytes: accents and emoji count once.
        (
            "Société Générale backs Mistral",
            w(20),
            Some("Société Générale…"),
        ),
        (&rockets, w(15), Some(&cut_rockets)),
        // Only punctuation before the cut: kept as it is.
        ("((((((((((((((((", w(15), Some("((((((((((((((…")),
    ];
    for &(text, width, expected) in cases {
        assert_eq!(
            fit_title(text, width, estimated_width).as_deref(),
            expected,
            "{text:?} in {width}"
        );
    }
}

#[test]
fn titles_fit_by_their_measured_width() {
    let title = "Amazon in talks to invest up to $50B in OpenAI";
    // A narrower type than the estimate's fits the whole title in 4 px a character.
    let narrow = |text: &str| text.chars().count() as f64 * 4.0;
    assert_eq!(fit_title(title, 184.0, narrow).as_deref(), Some(title));
    assert_eq!(
        fit_title(title, 104.0, narrow).as_deref(),
        Some("Amazon in talks to invest…")
    );
    // Wide capitals take more room than their count says.
    let capitals = |text: &str| {
        text.chars()
            .map(|c| if c.is_uppercase() { 9.0 } else { 5.0 })
            .sum::<f64>()
    };
    assert_eq!(
        fit_title("AWS AND NVIDIA EXPAND THEIR DEAL", 125.0, capitals).as_deref(),
        Some("AWS AND NVIDIA…")
    );
    // A measure that says nothing fits, or that is not a number, fits nothing.
    assert_eq!(fit_title(title, 500.0, |_| f64::INFINITY), None);
    assert_eq!(fit_title(title, 500.0, |_| f64::NAN), None);
}

#[test]
fn a_hostile_title_is_never_measured_whole() {
    let title = "word ".repeat(200_000);
    let longest = std::cell::Cell::new(0);
    let fitted = fit_title(&title, 300.0, |text| {
        longest.set(longest.get().max(text.chars().count()));
        estimated_width(text)
    });
    assert!(fitted.is_some_and(|t| t.ends_with('…')));
    assert!(
        longest.get() <= 150,
        "measured {} characters",
        longest.get()
    );
}
