//! Which of the timeline's encodings the events in the window use, so that its legend
//! explains those and no others.
//!
//! On a phone the legend was twice the chart's height, and it explained a cancelled
//! deal's strike and an "at least" amount's spikes that no event in the bundled data
//! has. The legend keys on the events in the date window rather than the marks in the
//! scrolled rows (like its key for the sign of a disputed figure), so that scrolling
//! the lanes never changes it; a pan or a zoom moves the window, and may.

use super::marks::{Mark, MarkShape, RangeKind, Stroke};
use crate::core::dataset::{Event, EventKind};

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
    /// A circle sized by its amount: the area key.
    pub area: bool,
    /// The kinds of event drawn, one bit each in `EventKind::ALL`'s order ([`kind_bit`]):
    /// the colour key shows their swatches alone.
    pub kinds: u16,
}

// Every kind has a bit in `Encodings::kinds`.
const _: () = assert!(EventKind::ALL.len() <= u16::BITS as usize);

/// A kind's bit in `Encodings::kinds`.
pub fn kind_bit(kind: EventKind) -> u16 {
    EventKind::ALL
        .iter()
        .position(|k| *k == kind)
        .map_or(0, |bit| 1 << bit)
}

impl Encodings {
    /// The legend's classes for the encodings used, each with a space before it
    /// (" uses-ring uses-band"): one class list on the legend shows every key it needs,
    /// which costs less WebAssembly than a reactive class on each key.
    pub fn classes(&self) -> String {
        let kinds = EventKind::ALL
            .iter()
            .filter(|kind| self.kinds & kind_bit(**kind) != 0)
            .map(|kind| format!(" uses-kind-{}", kind.id()));
        [
            (self.ring, " uses-ring"),
            (self.spikes, " uses-spikes"),
            (self.diamond, " uses-diamond"),
            (self.solid, " uses-solid"),
            (self.dashed, " uses-dashed"),
            (self.hollow, " uses-hollow"),
            (self.cancelled, " uses-cancelled"),
            (self.band, " uses-band"),
            (self.area, " uses-area"),
            (self.kinds != 0, " uses-kind"),
        ]
        .iter()
        .filter(|(used, _)| *used)
        .map(|(_, class)| class.to_string())
        .chain(kinds)
        .collect()
    }
}

/// The encodings of the marks of `events` (the events in the window, in any order:
/// the filter keeps them in date order), whose kinds `all` (the dataset's events) gives.
pub fn encodings_used(marks: &[Mark], events: &[usize], all: &[Event]) -> Encodings {
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
        used.area |= mark.shape == MarkShape::Circle;
        if let Some(event) = all.get(mark.event) {
            used.kinds |= kind_bit(event.kind);
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
    use crate::core::testkit::{EventExt, event};
    use crate::core::timeline::testkit::row_mark;

    const INVESTMENT: u16 = 1;

    #[test]
    fn kinds_take_one_bit_each_in_their_order() {
        assert_eq!(kind_bit(EventKind::Investment), INVESTMENT);
        let all = EventKind::ALL.iter().fold(0, |bits, kind| {
            assert_eq!(bits & kind_bit(*kind), 0, "{kind:?}");
            bits | kind_bit(*kind)
        });
        assert_eq!(all.count_ones() as usize, EventKind::ALL.len());
    }

    #[test]
    fn the_stylesheet_hides_each_kind_not_drawn() {
        // The colour key's swatches are hidden by one rule per kind: a kind added
        // without its rule would always show.
        let css = include_str!("../../../assets/styles/app.css");
        for kind in EventKind::ALL {
            let id = kind.id();
            let rule = format!(".legend:not(.uses-kind-{id}) .key-kind-{id}");
            assert!(css.contains(&rule), "no rule hides the {id} swatch");
        }
    }

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
        let coloured = Encodings {
            area: true,
            kinds: INVESTMENT | kind_bit(EventKind::Product),
            ..none
        };
        assert_eq!(
            coloured.classes(),
            " uses-area uses-kind uses-kind-investment uses-kind-product"
        );
    }

    #[test]
    fn no_marks_use_no_encodings() {
        let events = [event("a", None), event("b", None)];
        assert_eq!(encodings_used(&[], &[0, 1], &events), Encodings::default());
    }

    #[test]
    fn the_colour_key_names_the_kinds_drawn() {
        let events = [
            event("round", None).kind(EventKind::FundingRound),
            event("product", None).kind(EventKind::Product),
            event("founding", None).kind(EventKind::Founding),
        ];
        let marks: Vec<Mark> = (0..3)
            .map(|event| Mark {
                event,
                ..with(MarkShape::Diamond, None, Stroke::Solid, 1.0)
            })
            .collect();
        // The founding is out of the window; its kind has no swatch.
        let used = encodings_used(&marks, &[1, 0], &events);
        assert_eq!(
            used.classes(),
            " uses-diamond uses-solid uses-kind uses-kind-funding_round uses-kind-product"
        );
    }

    #[test]
    fn a_mark_of_an_unknown_event_has_no_kind() {
        // A hostile layout whose mark names an event the dataset lacks keeps its shape
        // and adds no colour.
        let used = encodings_used(
            &[with(MarkShape::Circle, None, Stroke::Solid, 1.0)],
            &[0],
            &[],
        );
        assert_eq!((used.kinds, used.area), (0, true));
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
                    kinds: INVESTMENT,
                    ..Default::default()
                },
            ),
            (
                with(Circle, Some(RangeKind::UpTo), Stroke::Solid, 31.0),
                Encodings {
                    ring: true,
                    solid: true,
                    band: true,
                    area: true,
                    kinds: INVESTMENT,
                    ..Default::default()
                },
            ),
            (
                with(Circle, Some(RangeKind::Between), Stroke::Hollow, 1.0),
                Encodings {
                    ring: true,
                    hollow: true,
                    area: true,
                    kinds: INVESTMENT,
                    ..Default::default()
                },
            ),
            (
                with(Circle, Some(RangeKind::AtLeast), Stroke::Cancelled, 365.0),
                Encodings {
                    spikes: true,
                    cancelled: true,
                    band: true,
                    area: true,
                    kinds: INVESTMENT,
                    ..Default::default()
                },
            ),
            (
                with(Circle, None, Stroke::Solid, 1.0),
                Encodings {
                    solid: true,
                    area: true,
                    kinds: INVESTMENT,
                    ..Default::default()
                },
            ),
        ] {
            assert_eq!(
                encodings_used(&[m], &[0], &[event("e", None)]),
                want,
                "{m:?}"
            );
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
        let events: Vec<Event> = (0..8).map(|i| event(&i.to_string(), None)).collect();
        let used = encodings_used(&[cancelled, talks], &[12, 3, 99], &events);
        assert_eq!(
            used,
            Encodings {
                diamond: true,
                dashed: true,
                kinds: INVESTMENT,
                ..Default::default()
            }
        );
    }

    #[test]
    fn the_bundled_data_uses_no_strike_no_spikes_and_no_acquisition_colour() {
        // The encodings the default legend leaves out: nothing is cancelled, and no
        // amount is only a floor.
        let atlas = crate::core::testkit::bundled();
        // In date order, as the filter keeps them.
        let events = atlas.index.by_date.clone();
        let grouping = crate::core::link::LaneGrouping::Recipient;
        let data = crate::core::timeline::layout(&atlas, &events, grouping);
        let used = encodings_used(&data.marks, &events, &atlas.dataset.events);
        assert!(!used.cancelled && !used.spikes, "{used:?}");
        assert!(used.ring && used.diamond && used.solid && used.dashed && used.hollow && used.band);
        assert!(used.area);
        // Every kind but acquisitions: the one the articles report (Whole Foods) has
        // no date, so the timeline has no mark for it.
        let every_kind = EventKind::ALL.iter().fold(0, |bits, k| bits | kind_bit(*k));
        let want = every_kind & !kind_bit(EventKind::Acquisition);
        assert_eq!(used.kinds, want, "{:b}", used.kinds);
    }
}
