//! Marks: the zoom-independent geometry and style of each placed event.
//!
//! Positions are kept in days, not pixels, so that a mark is computed once per data,
//! filter or grouping change and every zoom or pan frame only multiplies by the scale.

use crate::core::dataset::{Event, Status};
use crate::core::index::Atlas;
use crate::core::money::{Money, Qualifier};
use crate::core::scale::SqrtScale;

use super::lanes::Lane;

/// The radius of the smallest amount, in pixels.
///
/// Four pixels (an 8 px dot) is about the smallest circle that still reads as a circle
/// rather than a speck next to a diamond, and that a pointer can hit once the interface
/// pads the hit area. Because the radius scale adds area *above* this minimum in
/// proportion to the amount, tiny deals stay visible without distorting the large ones.
pub const MIN_RADIUS: f64 = 4.0;

/// The radius of the largest amount in view, in pixels.
///
/// Eighteen pixels (a 36 px circle) is about 20 times the area of the smallest mark,
/// enough to tell a $100B deal from a $1B one at a glance, while rows of 40 px hold it
/// without touching the rows above and below, so stacked events stay compact.
pub const MAX_RADIUS: f64 = 18.0;

/// The size of a diamond (an event with no amount), from centre to tip, in pixels.
pub const DIAMOND: f64 = 6.0;

/// How a mark is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkShape {
    /// An amount is known: a circle whose area grows with it.
    Circle,
    /// No usable amount: a small fixed-size diamond, so that "unknown" never looks like
    /// "small".
    Diamond,
}

/// Which ends of an amount the source states, when it states a span rather than a point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RangeKind {
    /// "Up to $50B": the circle is the ceiling; the interface draws it as a ring or a
    /// whisker reaching down.
    UpTo,
    /// "At least $8B": the circle is the floor; the interface hints that it may be more.
    AtLeast,
    /// "$10B–$20B": both ends are known; the circle is the upper one.
    Between,
}

/// How a mark's outline is drawn, from the event's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stroke {
    /// Completed, agreed or announced: it happened, or was firmly said to.
    Solid,
    /// Talks, rumours and cancelled deals: it may never happen, or did not.
    Dashed,
    /// Estimates: an outline with no fill, because nobody reported the number as fact.
    Hollow,
    /// Cancelled deals: greyed and struck through. Drawn like talks they would read as
    /// still alive; drawn solid, as having happened.
    Cancelled,
}

/// One placed event, in days and pixels of radius; see [`crate::core::timeline`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    /// The event's index in the dataset.
    pub event: usize,
    /// The lane's index in `TimelineData::lanes`.
    pub lane: usize,
    /// The first day the event's date covers.
    pub day_start: f64,
    /// The day after the last day the date covers (an exclusive end), so that a
    /// day-precision event spans exactly one day and a month its whole month.
    pub day_end: f64,
    /// Where the mark's centre goes: the middle of the span.
    pub center_day: f64,
    /// The circle's radius in pixels; zero for a diamond.
    pub radius: f64,
    /// The radius of the part of the amount the source states for certain: the whole
    /// circle for a point or "at least", the lower end for a range, zero for "up to"
    /// with no floor. The interface fills this much and draws the rest as a ring, so a
    /// ceiling is never shown as a solid point.
    pub floor_radius: f64,
    pub shape: MarkShape,
    /// Whether the amount is a span, and which kind.
    pub range: Option<RangeKind>,
    pub stroke: Stroke,
    /// The row within the lane, for events that share their exact date span.
    pub stack: u16,
    /// How many marks of the lane share this mark's exact span (one when none does):
    /// the height of its stack, which the lane needs when the stack is drawn open.
    pub stack_height: u16,
}

impl Mark {
    /// True when the date covers more than one day (a month or a year), so the interface
    /// draws a faint band over the whole span behind the mark.
    pub fn has_band(&self) -> bool {
        self.day_end - self.day_start > 1.0
    }
}

/// The marks of every event in `lanes`, in lane order then lane (date) order, all in
/// stack row 0 (see `stack::stack` for rows), and the radius scale they share.
///
/// The scale maps the largest stated amount among these events to `MAX_RADIUS`, so
/// sizes compare within what is on screen; the legend should draw its sample circles
/// with the same scale. Events whose index or date cannot be read are skipped.
pub fn marks(atlas: &Atlas, lanes: &[Lane]) -> (Vec<Mark>, SqrtScale) {
    let event_at = |i: usize| atlas.dataset.events.get(i);
    let largest = lanes
        .iter()
        .flat_map(|lane| &lane.events)
        .filter_map(|&i| event_at(i).and_then(usable_amount))
        .fold(0.0, f64::max);
    let scale = SqrtScale::new(largest, MIN_RADIUS, MAX_RADIUS);
    let mut marks = Vec::with_capacity(lanes.iter().map(|l| l.events.len()).sum());
    for (lane, events) in lanes.iter().map(|l| &l.events).enumerate() {
        for &i in events {
            let (Some(event), Some((first, last))) =
                (event_at(i), atlas.index.span.get(i).copied().flatten())
            else {
                continue;
            };
            let day_start = f64::from(first);
            let day_end = f64::from(last) + 1.0;
            let amount = usable_amount(event);
            let radius = amount.map_or(0.0, |value| scale.radius(value));
            let floor_radius = match event.amount.filter(|_| amount.is_some()) {
                Some(money) => match (range_kind(&money), money.min) {
                    (None | Some(RangeKind::AtLeast), _) => radius,
                    (Some(_), Some(min)) if min.is_finite() && min > 0.0 => {
                        scale.radius(min).min(radius)
                    }
                    (Some(_), _) => 0.0,
                },
                None => 0.0,
            };
            marks.push(Mark {
                event: i,
                lane,
                day_start,
                day_end,
                center_day: (day_start + day_end) / 2.0,
                radius,
                floor_radius,
                shape: if amount.is_some() {
                    MarkShape::Circle
                } else {
                    MarkShape::Diamond
                },
                range: event
                    .amount
                    .filter(|_| amount.is_some())
                    .and_then(|m| range_kind(&m)),
                stroke: stroke(event.status),
                stack: 0,
                stack_height: 1,
            });
        }
    }
    (marks, scale)
}

/// The amount that sizes an event's mark: the bound its source states.
///
/// Only the event's own amount counts, never its valuation, for the same reason lane
/// totals leave valuations out. NaN, infinite and negative amounts, which validation
/// refuses but hand-built data may hold, count as no amount at all.
pub fn usable_amount(event: &Event) -> Option<f64> {
    event
        .amount
        .and_then(|m| m.stated_bound())
        .filter(|v| v.is_finite() && *v >= 0.0)
}

/// Which kind of span an amount is, or `None` for a point ("$13.7B", "about $8B").
///
/// The bounds the source gives decide: only a ceiling is "up to", only a floor "at
/// least". When both are given and differ, the source's own words win ("up to $50B",
/// even if a floor is known too), and otherwise it is "between".
pub fn range_kind(amount: &Money) -> Option<RangeKind> {
    if !amount.is_range() {
        return None;
    }
    match (amount.min, amount.max, amount.qualifier) {
        (None, None, _) => None,
        (None, Some(_), _) | (Some(_), Some(_), Qualifier::UpTo) => Some(RangeKind::UpTo),
        (Some(_), None, _) | (Some(_), Some(_), Qualifier::AtLeast) => Some(RangeKind::AtLeast),
        (Some(_), Some(_), Qualifier::Exact | Qualifier::About) => Some(RangeKind::Between),
    }
}

/// The outline for a status: solid for what happened or was firmly said to, dashed for
/// what may never happen, struck through for what was called off.
pub fn stroke(status: Status) -> Stroke {
    match status {
        Status::Completed | Status::Agreed | Status::Announced => Stroke::Solid,
        Status::Talks | Status::Rumored => Stroke::Dashed,
        Status::Cancelled => Stroke::Cancelled,
        Status::Estimate => Stroke::Hollow,
    }
}

#[cfg(test)]
mod tests;
