//! Fitting a name into a narrow column on up to two lines, for the timeline's lane
//! names, or cutting it to a length, for the network's. On a phone the lanes' column
//! holds about eleven characters: "Project Rainier" read "Project R…", and broken
//! between its words it fits whole.

use super::hyphen::hyphen_break;

/// `name` in at most two lines of at most `width` characters each. A name that fits
/// stays on one line; a longer one breaks between words, with as many on the first line
/// as fit. Words are separated by ASCII whitespace, whose runs count as one space; a
/// no-break space keeps its words together. A first word longer than a line breaks
/// with a hyphen where [`hyphen_break`] allows. What still does not fit is cut short
/// with "…": a word longer than a line that may not be broken, or a third line's worth.
/// A `width` under 2 is taken as 2, so a cut name keeps at least one character before
/// its "…".
///
/// Widths count characters, an estimate: wide characters (CJK, emoji) take about two
/// columns, so a name of them may run past its column, as it did before it broke.
pub fn two_lines(name: &str, width: usize) -> Vec<String> {
    let width = width.max(2);
    let words: Vec<&str> = name
        .split(|c: char| c.is_ascii_whitespace())
        .filter(|word| !word.is_empty())
        .collect();
    let whole = words.join(" ");
    if whole.chars().count() <= width {
        return vec![whole];
    }
    // The first line takes whole words while they fit.
    let mut first = String::new();
    let mut taken = 0;
    for word in &words {
        let length = first.chars().count() + usize::from(!first.is_empty()) + word.chars().count();
        if length > width {
            break;
        }
        if !first.is_empty() {
            first.push(' ');
        }
        first.push_str(word);
        taken += 1;
    }
    // A first word longer than a line breaks with a hyphen where it may, its rest and
    // the words after it going on the second line; otherwise it is cut on its own line.
    if taken == 0 {
        let Some(at) = hyphen_break(words[0], width) else {
            return vec![cut(&whole, width)];
        };
        // `whole` starts with the word, so its rest runs on into the words after it.
        let (head, rest) = whole.split_at(at);
        return vec![head.to_string() + "-", cut(rest, width)];
    }
    vec![first, cut(&words[taken..].join(" "), width)]
}

/// `text` cut to `width` characters (at least 2), its last one "…", when it is longer.
/// The network's names use it alone, and `two_lines` for what spills past its second
/// line. A cut inside a word moves back to the end of the word before, when there is one
/// ("sovereign wealth…", not "sovereign wealth fu…"). The cut never falls inside a
/// character sequence drawn as one: before a joiner, a combining mark or a variation
/// selector, or after a joiner, it moves back. A comma, semicolon, colon, dash or
/// opening parenthesis it would end on goes ("OpenAI…", not "OpenAI,…").
pub fn cut(text: &str, width: usize) -> String {
    let width = width.max(2);
    if text.chars().count() <= width {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut keep = width - 1;
    if chars[keep] != ' '
        && let Some(space) = chars[..keep].iter().rposition(|&c| c == ' ')
    {
        keep = space;
    }
    while keep > 1 && (joins_previous(chars[keep]) || chars[keep - 1] == ZERO_WIDTH_JOINER) {
        keep -= 1;
    }
    let head: String = chars[..keep].iter().collect();
    let trimmed = trim_dangling(&head);
    let head = if trimmed.is_empty() {
        head.trim_end()
    } else {
        trimmed
    };
    format!("{head}…")
}

/// `text` without the spaces and the punctuation (comma, semicolon, colon, dash or
/// opening parenthesis) at its end: left dangling before an ellipsis, they read as a
/// typo.
pub fn trim_dangling(text: &str) -> &str {
    text.trim_end_matches(|c: char| c.is_whitespace() || ",;:-–—(".contains(c))
}

const ZERO_WIDTH_JOINER: char = '\u{200d}';

/// Whether `c` draws as part of the character before it.
fn joins_previous(c: char) -> bool {
    matches!(c,
        ZERO_WIDTH_JOINER
        | '\u{0300}'..='\u{036f}' // combining diacritical marks
        | '\u{fe00}'..='\u{fe0f}' // variation selectors
        | '\u{1f3fb}'..='\u{1f3ff}' // skin tones
    )
}

#[cfg(test)]
mod tests {
    use super::{cut, two_lines};

    #[test]
    fn a_cut_name_ends_after_a_whole_word_where_it_can() {
        let cases = [
            (
                "Financial investors (unnamed)",
                32,
                "Financial investors (unnamed)",
            ),
            (
                "Middle East sovereign wealth funds",
                32,
                "Middle East sovereign wealth…",
            ),
            ("Supercalifragilistic", 10, "Supercali…"),
            ("OpenAI, Microsoft and Nvidia", 12, "OpenAI…"),
            ("Stargate – phase two", 12, "Stargate…"),
            // Only punctuation before the cut: kept, rather than an ellipsis alone.
            ("((((((((((((", 5, "((((…"),
            // Degenerate: no room is taken as room for one character and the "…".
            ("Anthropic", 0, "A…"),
            ("", 5, ""),
        ];
        for (text, width, expected) in cases {
            assert_eq!(cut(text, width), expected, "{text:?} at {width}");
        }
    }

    #[test]
    fn a_name_breaks_between_words_and_is_cut_only_where_it_must_be() {
        let cases: [(&str, usize, &[&str]); 18] = [
            ("OpenAI", 10, &["OpenAI"]),
            ("Project Rainier", 10, &["Project", "Rainier"]),
            ("Project Rainier", 20, &["Project Rainier"]),
            ("Microsoft Azure", 10, &["Microsoft", "Azure"]),
            // As many words on the first line as fit; the rest on the second.
            ("Abu Dhabi MGX fund", 10, &["Abu Dhabi", "MGX fund"]),
            // A third line's worth is cut short on the second, after a whole word.
            (
                "Middle East sovereign wealth funds",
                10,
                &["Middle", "East…"],
            ),
            (
                "Middle East sovereign wealth funds",
                22,
                &["Middle East sovereign", "wealth funds"],
            ),
            // A first word longer than a line breaks between syllables, with a hyphen,
            // and its rest is cut when it still does not fit.
            ("Infrastructure", 11, &["Infrastruc-", "ture"]),
            ("Infrastructure deals", 11, &["Infrastruc-", "ture deals"]),
            ("Supercalifragilistic", 10, &["Superca-", "lifragili…"]),
            // One that may not be broken is cut on its own line, as is a word longer
            // than a line after the first.
            ("ChatGPTEnterprise", 10, &["ChatGPTEn…"]),
            ("Big Supercalifragilistic", 10, &["Big", "Supercali…"]),
            // A no-break space holds its words together.
            ("Dr.\u{a0}Lisa Su", 10, &["Dr.\u{a0}Lisa", "Su"]),
            // A cut never splits a joined emoji or a letter from its accent.
            (
                "ab 👨\u{200d}👩\u{200d}👧\u{200d}👦 family",
                6,
                &["ab", "👨…"],
            ),
            ("abcde\u{301}fgh", 6, &["abcd…"]),
            // Degenerate: empty, blank, and a column too narrow for anything.
            ("", 10, &[""]),
            ("   ", 10, &[""]),
            ("Anthropic", 0, &["A…"]),
        ];
        for (name, width, expected) in cases {
            assert_eq!(two_lines(name, width), expected, "{name:?} at {width}");
        }
    }

    #[test]
    fn no_line_is_longer_than_its_width_whatever_the_text() {
        let names = [
            "ＷLongnameLongname partners 🚀💰🤖👨‍👩‍👧‍👦",
            "a b c d e f g h i j k l m n o p",
            "\u{202e}evil\u{200b} name\tand\nlines",
            "x",
        ];
        for name in names {
            for width in 2..16 {
                for line in two_lines(name, width) {
                    assert!(line.chars().count() <= width, "{line:?} at {width}");
                    assert!(!line.contains('\n') && !line.contains('\t'), "{line:?}");
                }
            }
        }
    }
}
