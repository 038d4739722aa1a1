//! Where to break a word too long for its line, with a hyphen: the phone's lane names
//! read "Infrastruc-" over "ture" rather than "Infrastruc…".
//!
//! A dictionary of hyphenation patterns would break more words, and more of them where
//! a typesetter would, but the patterns for English alone are tens of kilobytes of
//! download for a handful of lane names. Two rules of English syllables cover the names
//! the lanes hold: a break between two consonants ("struc-ture", "Partner-ship") or
//! before a consonant that starts a syllable with the vowel after it ("Micro-soft",
//! "Anthro-pic"). Pairs that sound as one (th, ch, ck, str…) are not split. A word the
//! rules do not fit, such as a brand with capitals inside ("OpenAI") or one with digits,
//! accents or marks, is left to be cut short instead.

/// Where to break `word` with a hyphen so the part before the break, hyphen added, fits
/// in `width` characters: the number of characters before the break, or `None` when the
/// word may not be broken so (or need not be: it fits). Each part keeps at least two
/// letters and a sounded vowel, so no line holds only a silent "e" ("Intelligen-/ce"),
/// and the latest break that fits is taken, so the first line holds as much as it can.
pub fn hyphen_break(word: &str, width: usize) -> Option<usize> {
    let letters = word.as_bytes();
    let tail = letters.get(1..).unwrap_or_default();
    let one_case =
        tail.iter().all(u8::is_ascii_lowercase) || tail.iter().all(u8::is_ascii_uppercase);
    if !letters.iter().all(u8::is_ascii_alphabetic)
        || !one_case
        || letters.len() < 4
        || letters.len() <= width
    {
        return None;
    }
    let latest = width.checked_sub(1)?.min(letters.len() - 2);
    (2..=latest)
        .rev()
        .find(|&at| breaks_before(letters, at) && sounds(&letters[..at]) && sounds(&letters[at..]))
}

/// Whether a part of a word has a vowel that is said: one before a final "e" or "es",
/// which are silent at the end of an English word ("-ce", "-tes").
fn sounds(part: &[u8]) -> bool {
    let lower = |c: &u8| c.to_ascii_lowercase();
    let end = part.len()
        - match part.iter().rev().map(lower).collect::<Vec<_>>()[..] {
            [b's', b'e', ..] => 2,
            [b'e', ..] => 1,
            _ => 0,
        };
    part[..end].iter().map(lower).any(is_vowel)
}

/// Whether a syllable may start at `letters[at]`: between two consonants that are not
/// said as one, or at a consonant between two vowels.
fn breaks_before(letters: &[u8], at: usize) -> bool {
    let (before, here) = (
        letters[at - 1].to_ascii_lowercase(),
        letters[at].to_ascii_lowercase(),
    );
    if is_vowel(here) {
        return false;
    }
    if is_vowel(before) {
        return letters
            .get(at + 1)
            .is_some_and(|c| is_vowel(c.to_ascii_lowercase()));
    }
    // "th", "ph", "ck" and the clusters that start English syllables ("st", "str",
    // "pl") stay together.
    !matches!(here, b'h' | b'l' | b'r') && !matches!((before, here), (b'c', b'k') | (b's', _))
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

#[cfg(test)]
mod tests {
    use super::hyphen_break;

    /// The word as its two lines, or `None` when it is not broken.
    fn broken(word: &str, width: usize) -> Option<(String, String)> {
        let at = hyphen_break(word, width)?;
        let first: String = word.chars().take(at).collect();
        let rest: String = word.chars().skip(at).collect();
        Some((format!("{first}-"), rest))
    }

    #[test]
    fn long_words_break_between_syllables_at_the_latest_that_fits() {
        let cases = [
            ("Infrastructure", 11, Some(("Infrastruc-", "ture"))),
            ("Investment", 8, Some(("Invest-", "ment"))),
            ("Partnership", 10, Some(("Partner-", "ship"))),
            ("Microsoft", 8, Some(("Micro-", "soft"))),
            ("Anthropic", 8, Some(("Anthro-", "pic"))),
            // A part whose only vowel is a silent final "e" is no syllable.
            ("Intelligence", 11, Some(("Intelli-", "gence"))),
            ("Conglomerate", 11, Some(("Conglome-", "rate"))),
            ("Marketplaces", 11, Some(("Market-", "places"))),
            // "dr", "bl" and "ck" stay together.
            ("Hundreds", 6, Some(("Hun-", "dreds"))),
            ("Emblems", 6, Some(("Em-", "blems"))),
            ("INFRASTRUCTURE", 11, Some(("INFRASTRUC-", "TURE"))),
        ];
        for (word, width, expected) in cases {
            let expected = expected.map(|(a, b)| (a.to_string(), b.to_string()));
            assert_eq!(broken(word, width), expected, "{word:?} at {width}");
        }
    }

    #[test]
    fn words_the_rules_do_not_fit_are_not_broken() {
        let cases = [
            // Capitals inside, digits, accents and marks.
            ("OpenAI", 4),
            ("ChatGPT", 5),
            ("Trainium2", 6),
            ("Société", 5),
            ("abc\u{301}defgh", 5),
            // Too short to leave two letters on each line, or no room at all.
            ("Arm", 2),
            ("Amazon", 0),
            ("Amazon", 1),
            ("Amazon", 2),
            // No break but inside "th", "ck" or "str".
            ("Ethos", 3),
            ("Blackstone", 4),
            ("Blackstone", 5),
            ("Strengths", 6),
            // A word that fits its line is not broken.
            ("Infrastructure", 14),
            ("Infrastructure", 20),
            ("", 5),
        ];
        for (word, width) in cases {
            assert_eq!(hyphen_break(word, width), None, "{word:?} at {width}");
        }
    }

    #[test]
    fn the_first_part_and_its_hyphen_never_overflow_the_line() {
        let words = [
            "Infrastructure",
            "Supercalifragilistic",
            "Rainier",
            "Stargate",
        ];
        for word in words {
            for width in 0..20 {
                if let Some(at) = hyphen_break(word, width) {
                    assert!(at < width, "{word:?} at {width}");
                    assert!(at >= 2 && word.len() - at >= 2, "{word:?} at {width}");
                }
            }
        }
    }
}
