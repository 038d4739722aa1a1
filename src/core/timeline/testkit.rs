//! A synthetic timeline atlas for the timeline's clustering and stacking tests, and the
//! marks in rows that the figures' and titles' tests place labels among; the shared
//! fixtures and event builders are in `core::testkit`.

use super::{Glyph, MAX_RADIUS, MIN_RADIUS, Mark, MarkShape, Stroke, TimelineData};
use crate::core::index::Atlas;
use crate::core::scale::SqrtScale;
use crate::core::testkit::{EventExt, atlas, event, seeded};

/// A circle of radius `radius` in `lane`'s row `stack`, or a diamond for radius zero.
pub(super) fn row_mark(lane: usize, stack: u16, radius: f64) -> Mark {
    Mark {
        event: 0,
        lane,
        day_start: 0.0,
        day_end: 1.0,
        center_day: 0.5,
        radius,
        floor_radius: radius,
        shape: if radius > 0.0 {
            MarkShape::Circle
        } else {
            MarkShape::Diamond
        },
        range: None,
        stroke: Stroke::Solid,
        stack,
        stack_height: 1,
    }
}

/// A timeline of just `marks`, its amounts scaled up to 1.0.
pub(super) fn marks_only(marks: Vec<Mark>) -> TimelineData {
    TimelineData {
        lanes: Vec::new(),
        marks,
        lane_rows: Vec::new(),
        tracks: Vec::new(),
        radius_scale: SqrtScale::new(1.0, MIN_RADIUS, MAX_RADIUS),
        extent: None,
        undated: 0,
    }
}

/// A badge of `count` marks in `lane`'s row `row`, centred at pixel `x`.
pub(super) fn badge(lane: usize, row: u16, x: f64, count: usize) -> Glyph {
    Glyph::Cluster {
        lane,
        row,
        x,
        count,
        marks: 0..0,
        folded: 0,
        days: (0.0, 1.0),
    }
}

/// Mark `mark` drawn at pixel `x`.
pub(super) fn at(mark: usize, x: f64) -> Glyph {
    Glyph::Mark { mark, x }
}

/// A seeded synthetic atlas: `n` day-precision events spread over ten years across
/// `lanes` recipients, with amounts spanning five orders of magnitude. A few events share
/// a day in the same lane, as real data does.
pub(super) fn synthetic_atlas(n: usize, lanes: usize) -> Atlas {
    let mut next = seeded(0);
    let events = (0..n)
        .map(|i| {
            let day = 16_000 + next(3_650) as i32;
            let date = crate::core::date::PartialDate::from_day_number(day).to_string();
            let recipient = format!("co{}", next(lanes));
            let investor = format!("inv{}", next(40));
            let amount = 1e6 * 10f64.powi(next(5) as i32) * (1 + next(9)) as f64;
            event(&format!("e{i:05}"), Some(&date))
                .from(&[&investor])
                .to(&recipient)
                .usd(amount)
        })
        .collect();
    atlas(events)
}
