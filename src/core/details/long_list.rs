//! How much of a long list the details panel draws.
//!
//! A hub in a large import takes part in thousands of events, and a list no one reads to
//! the end cost most of the time it took to select one: 143 ms for the 2,038 events of
//! the busiest company in the benchmarks' 10,000-event data, 33 ms with the list cut.
//! The panel draws the first [`FIRST_SHOWN`] and offers the rest in steps of
//! [`MORE_STEP`], each a short wait; the heading still counts them all.

use crate::core::format::count;

/// How many items a list shows before the reader asks for more. No list in the bundled
/// data is this long.
pub const FIRST_SHOWN: usize = 50;

/// How many more items each "Show more" adds.
pub const MORE_STEP: usize = 200;

/// How many of `total` items to draw when the reader has asked for more `asked` times.
pub fn shown(total: usize, asked: usize) -> usize {
    FIRST_SHOWN
        .saturating_add(MORE_STEP.saturating_mul(asked))
        .min(total)
}

/// The label of the button that shows more of a list of `total` events of which `shown`
/// are drawn, or `None` when all of them are.
pub fn more_label(total: usize, shown: usize) -> Option<String> {
    let hidden = total.checked_sub(shown).filter(|&h| h > 0)?;
    Some(if hidden == 1 {
        "Show the other event".to_string()
    } else if hidden <= MORE_STEP {
        format!("Show the other {} events", count(hidden))
    } else {
        format!(
            "Show {MORE_STEP} more, of {} events not shown",
            count(hidden)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_shows_fifty_then_two_hundred_more_at_each_ask_up_to_its_length() {
        for (total, asked, expected) in [
            (0, 0, 0),
            (12, 0, 12),
            (50, 0, 50),
            (51, 0, 50),
            (2_038, 0, 50),
            (2_038, 1, 250),
            (2_038, 10, 2_038),
            (51, 3, 51),
            (usize::MAX, usize::MAX, usize::MAX),
        ] {
            assert_eq!(
                shown(total, asked),
                expected,
                "{total} events, asked {asked}"
            );
        }
    }

    #[test]
    fn the_button_says_how_many_more_it_shows_and_goes_when_all_show() {
        for (total, shown, expected) in [
            (0, 0, None),
            (12, 12, None),
            (50, 50, None),
            (60, 70, None),
            (51, 50, Some("Show the other event")),
            (52, 50, Some("Show the other 2 events")),
            (250, 50, Some("Show the other 200 events")),
            (2_038, 50, Some("Show 200 more, of 1,988 events not shown")),
        ] {
            assert_eq!(
                more_label(total, shown).as_deref(),
                expected,
                "{total}, {shown}"
            );
        }
    }
}
