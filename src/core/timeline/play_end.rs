//! What the reader is told when "Play" reaches the end of the data.
//!
//! A play that runs to its end gives back the reader's own date window. When that
//! window was every date, the undated events come back with it, all at once, in a frame
//! that would otherwise read as the last step of the dates: the message says why they
//! appeared, and tells a screen reader that the play is over.

use crate::core::format::count;

/// The message shown as a play ends. `every_date` is true when the reader's window,
/// given back, has no dates of its own; `undated_back` undated events then return with
/// it (a window with dates leaves them out).
pub fn play_ended_message(every_date: bool, undated_back: usize) -> String {
    match (every_date, undated_back) {
        (false, _) => "Play ended: back to your dates".to_string(),
        (true, 0) => "Play ended: back to every date".to_string(),
        (true, 1) => "Play ended: back to every date, with 1 undated event".to_string(),
        (true, n) => format!(
            "Play ended: back to every date, with {} undated events",
            count(n)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_end_of_a_play_names_the_undated_events_it_brings_back() {
        for (every_date, undated, want) in [
            (false, 0, "Play ended: back to your dates"),
            (false, 5, "Play ended: back to your dates"),
            (true, 0, "Play ended: back to every date"),
            (
                true,
                1,
                "Play ended: back to every date, with 1 undated event",
            ),
            (
                true,
                14,
                "Play ended: back to every date, with 14 undated events",
            ),
            (
                true,
                12_000,
                "Play ended: back to every date, with 12,000 undated events",
            ),
        ] {
            assert_eq!(
                play_ended_message(every_date, undated),
                want,
                "{every_date} {undated}"
            );
        }
    }
}
