//! Which of the timeline's encodings the events in the window use, so that its legend
//! explains those and no others.
//!
//! On a phone the legend was twice the chart's height, and it explained a cancelled
//! deal's strike and an "at least" amount's spikes that no event in the bundled data
//! has. The legend keys on the events in the date window rather than the marks in view
//! (like its key for the sign of a disputed figure), so that a pan never changes its
//! height, and the chart's with it.

use super::marks::{Mark, MarkShape, RangeKind, Stroke};

/// The encodings some mark uses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Encodings {
    /// A ring around a filled part: an "up to" or "between" amount.
    pub ring: bool,
    /// Spikes: an "at least" amount.
    pub spikes: bool,
    /// A diamond: no amount reported.
    pub diamond: bool,
    /// A solid outline: completed, agreed or announced.
    pub solid: bool,
    /// A dashed outline: talks or rumours.
    pub dashed: bool,
    /// An outline with no fill: an estimate.
    pub hollow: bool,
    /// Greyed and struck through: cancelled.
    pub cancelled: bool,
    /// A band across the month or year an event is dated to.
    pub band: bool,
}

impl Encodings {
    /// The legend's classes for the encodings used, each with a space before it
    /// (" uses-ring uses-band"): one class list on the legend shows every key it needs,
    /// which costs less WebAssembly than a reactive class on each key.
    pub fn classes(&self) -> String {
        [
            (self.ring, " uses-ring"),
            (self.spikes, " uses-spikes"),
            (self.diamond, " uses-diamond"),
            (self.solid, " uses-solid"),
            (self.dashed, " uses-dashed"),
            (self.hollow, " uses-hollow"),
            (self.cancelled, " uses-cancelled"),
            (self.band, " uses-band"),
        ]
        .iter()
        .filter(|(used, _)| *used)
        .map(|(_, class)| *class)
        .collect()
    }
}

/// The encodings of the marks of `events` (the events in the window, in any order:
/// the filter keeps them in date order).
pub fn encodings_used(marks: &[Mark], events: &[usize]) -> Encodings {
    let mut inside = vec![false; marks.iter().map(|m| m.event + 1).max().unwrap_or(0)];
    for &event in events {
        if let Some(slot) = inside.get_mut(event) {
            *slot = true;
        }
    }
    let mut used = Encodings::default();
    for mark in marks.iter().filter(|m| inside[m.event]) {
        match (mark.shape, mark.range) {
            (MarkShape::Diamond, _) => used.diamond = true,
            (MarkShape::Circle, Some(RangeKind::UpTo | RangeKind::Between)) => used.ring = true,
            (MarkShape::Circle, Some(RangeKind::AtLeast)) => used.spikes = true,
            (MarkShape::Circle, None) => {}
        }
        match mark.stroke {
            Stroke::Solid => used.solid = true,
            Stroke::Dashed => used.dashed = true,
            Stroke::Hollow => used.hollow = true,
            Stroke::Cancelled => used.cancelled = true,
        }
        used.band |= mark.has_band();
    }
    used
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::timeline::testkit::row_mark;

    /// A mark of event 0 drawn with `shape`, `range` and `stroke`, `days` long.
    fn with(shape: MarkShape, range: Option<RangeKind>, stroke: Stroke, days: f64) -> Mark {
        Mark {
            shape,
            range,
            stroke,
            day_end: days,
            ..row_mark(0, 0, 5.0)
        }
    }

    #[test]
    fn the_legend_gets_a_class_for_each_encoding_used() {
        let none = Encodings::default();
        assert_eq!(none.classes(), "");
        let some = Encodings {
            ring: true,
            cancelled: true,
            band: true,
            ..none
        };
        assert_eq!(some.classes(), " uses-ring uses-cancelled uses-band");
    }

    #[test]
    fn no_marks_use_no_encodings() {
        assert_eq!(encodings_used(&[], &[0, 1]), Encodings::default());
    }

    #[test]
    fn each_mark_names_its_shape_range_outline_and_band() {
        use MarkShape::{Circle, Diamond};
        for (m, want) in [
            (
                with(Diamond, None, Stroke::Dashed, 1.0),
                Encodings {
                    diamond: true,
                    dashed: true,
                    ..Default::default()
                },
            ),
            (
                with(Circle, Some(RangeKind::UpTo), Stroke::Solid, 31.0),
                Encodings {
                    ring: true,
                    solid: true,
                    band: true,
                    ..Default::default()
                },
            ),
            (
                with(Circle, Some(RangeKind::Between), Stroke::Hollow, 1.0),
                Encodings {
                    ring: true,
                    hollow: true,
                    ..Default::default()
                },
            ),
            (
                with(Circle, Some(RangeKind::AtLeast), Stroke::Cancelled, 365.0),
                Encodings {
                    spikes: true,
                    cancelled: true,
                    band: true,
                    ..Default::default()
                },
            ),
            (
                with(Circle, None, Stroke::Solid, 1.0),
                Encodings {
                    solid: true,
                    ..Default::default()
                },
            ),
        ] {
            assert_eq!(encodings_used(&[m], &[0]), want, "{m:?}");
        }
    }

    #[test]
    fn marks_of_events_out_of_the_window_count_nothing() {
        let cancelled = Mark {
            event: 7,
            ..with(
                MarkShape::Circle,
                Some(RangeKind::AtLeast),
                Stroke::Cancelled,
                1.0,
            )
        };
        let talks = Mark {
            event: 3,
            ..with(MarkShape::Diamond, None, Stroke::Dashed, 1.0)
        };
        // Events beyond the marks' (a hostile list) are passed over.
        let used = encodings_used(&[cancelled, talks], &[12, 3, 99]);
        assert_eq!(
            used,
            Encodings {
                diamond: true,
                dashed: true,
                ..Default::default()
            }
        );
    }

    #[test]
    fn the_bundled_data_uses_no_strike_and_no_spikes() {
        // The encodings the default legend leaves out: nothing is cancelled, and no
        // amount is only a floor.
        let atlas = crate::core::testkit::bundled();
        // In date order, as the filter keeps them.
        let events = atlas.index.by_date.clone();
        let grouping = crate::core::link::LaneGrouping::Recipient;
        let data = crate::core::timeline::layout(&atlas, &events, grouping);
        let used = encodings_used(&data.marks, &events);
        assert!(!used.cancelled && !used.spikes, "{used:?}");
        assert!(used.ring && used.diamond && used.solid && used.dashed && used.hollow && used.band);
    }
}
