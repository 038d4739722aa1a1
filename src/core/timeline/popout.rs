//! The selected event, drawn out of the badge that hides it.
//!
//! At a zoom where the selected event's mark merges into a cluster badge, the badge
//! stays at full strength and its name says it holds the selection, but the reader
//! cannot see the event itself: its date, its size or its status. The interface draws
//! the mark once more, on top, where it would stand alone, in the badge's lane and row.
//! The badge keeps counting it, so nothing is counted twice or lost when the reader
//! zooms in.
//! The mark often lands on the badge, so the badge's count is written again above it:
//! the reader keeps both the event and how many it stands among.

use crate::core::scale::TimeScale;

use super::figures::mark_reach;
use super::{Glyph, TimelineData};

/// A mark drawn out of its badge: which mark, and where.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PoppedOut {
    /// The mark, as a position in `TimelineData::marks`.
    pub mark: usize,
    /// Its centre in pixels, as if it stood alone.
    pub x: f64,
    /// The lane and row of the badge that holds it. A mark stacked under another folds
    /// into its stack top's badge in row 0, and is drawn there.
    pub lane: usize,
    pub row: u16,
    /// The centre of the badge that holds it, and the badge's count, to write the count
    /// again above the mark.
    pub badge_x: f64,
    pub count: usize,
}

impl PoppedOut {
    /// True when no part of the copy shows in a plot `width` pixels wide, whose clip
    /// reaches a pixel past either end: its date is beyond the view and only its badge
    /// reaches in. The badge then keeps the selection's outline, which otherwise is the
    /// copy's alone (two outlines side by side read as two selections).
    pub fn clipped(&self, data: &TimelineData, width: f64) -> bool {
        let reach = data.marks.get(self.mark).map_or(0.0, mark_reach);
        !(self.x + reach >= -1.0 && self.x - reach <= width + 1.0)
    }
}

/// Where to draw `mark` (the selected event's, as a position in `data.marks`) when one
/// of `glyphs` is a badge that holds it; `None` when it is drawn as itself, its badge
/// is not among the glyphs (off screen), or it is not a mark. `scale` must be the one
/// the glyphs were made with. A badge reaching into view may hold a mark whose own
/// date is just outside it; the drawing's clip path hides it.
pub fn popped_out(
    data: &TimelineData,
    glyphs: &[Glyph],
    scale: &TimeScale,
    mark: Option<usize>,
) -> Option<PoppedOut> {
    let mark = mark?;
    let x = scale.apply(data.marks.get(mark)?.center_day);
    if !x.is_finite() {
        return None;
    }
    glyphs.iter().find_map(|glyph| match glyph {
        Glyph::Cluster {
            lane,
            row,
            marks,
            x: badge_x,
            count,
            ..
        } if data.badge_holds(marks.clone(), mark) => Some(PoppedOut {
            mark,
            x,
            lane: *lane,
            row: *row,
            badge_x: *badge_x,
            count: *count,
        }),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::link::LaneGrouping;
    use crate::core::testkit::{all, small};
    use crate::core::timeline::{Viewport, cluster, layout};

    /// The fixture's timeline at `width` pixels for its whole extent, clustered at 24 px.
    fn at_width(width: f64) -> (TimelineData, TimeScale, Vec<Glyph>) {
        let atlas = small();
        let data = layout(&atlas, &all(&atlas), LaneGrouping::Recipient);
        let (first, last) = data.extent.expect("the fixture has dated events");
        let scale = TimeScale::fit(first, last, (0.0, width));
        let glyphs = cluster(
            &data,
            &Viewport {
                scale,
                visible: (0.0, width),
                min_separation: 24.0,
            },
        );
        (data, scale, glyphs)
    }

    #[test]
    fn a_selected_mark_in_a_badge_is_drawn_out_of_it_at_its_own_date() {
        // At 60 px for eleven years, OpenAI's events since October 2025 share a badge
        // (the first one found).
        let (data, scale, glyphs) = at_width(60.0);
        let (badge_lane, badge_row, members, badge_x, count) = glyphs
            .iter()
            .find_map(|g| match g {
                Glyph::Cluster {
                    lane,
                    row,
                    marks,
                    x,
                    count,
                    ..
                } => Some((*lane, *row, marks.clone(), *x, *count)),
                Glyph::Mark { .. } => None,
            })
            .expect("a badge at this width");
        let held: Vec<usize> = (0..data.marks.len())
            .filter(|&m| data.badge_holds(members.clone(), m))
            .collect();
        // A mark stacked under another is drawn in its badge's row, not its own.
        assert!(held.iter().any(|&m| data.marks[m].stack > 0), "{held:?}");
        // The count written above the mark is the badge's: every mark it holds.
        assert_eq!(count, held.len());
        for &mark in &held {
            let popped = popped_out(&data, &glyphs, &scale, Some(mark));
            assert_eq!(
                popped,
                Some(PoppedOut {
                    mark,
                    x: scale.apply(data.marks[mark].center_day),
                    lane: badge_lane,
                    row: badge_row,
                    badge_x,
                    count,
                }),
                "mark {mark}"
            );
        }
    }

    #[test]
    fn a_copy_is_clipped_only_when_no_part_of_it_reaches_into_the_plot() {
        let (data, scale, glyphs) = at_width(60.0);
        let mark = (0..data.marks.len())
            .find(|&m| popped_out(&data, &glyphs, &scale, Some(m)).is_some())
            .expect("a mark in a badge");
        let popped = popped_out(&data, &glyphs, &scale, Some(mark)).unwrap();
        let reach = mark_reach(&data.marks[mark]);
        let at = |x: f64| PoppedOut { x, ..popped };
        // The clip runs from -1 to width + 1; a copy counts while any of it is inside.
        for (x, clipped) in [
            (30.0, false),
            (0.0, false),
            (60.0, false),
            (61.0 + reach - 0.5, false),
            (61.0 + reach + 0.5, true),
            (-1.0 - reach + 0.5, false),
            (-1.0 - reach - 0.5, true),
            (f64::NAN, true),
            (f64::INFINITY, true),
        ] {
            assert_eq!(at(x).clipped(&data, 60.0), clipped, "x = {x}");
        }
    }

    #[test]
    fn a_mark_drawn_as_itself_or_no_mark_is_not_popped_out() {
        // Wide enough that nothing merges.
        let (data, scale, glyphs) = at_width(100_000.0);
        assert!(glyphs.iter().all(|g| matches!(g, Glyph::Mark { .. })));
        for mark in 0..data.marks.len() {
            assert_eq!(popped_out(&data, &glyphs, &scale, Some(mark)), None);
        }
        let (data, scale, glyphs) = at_width(60.0);
        for hostile in [None, Some(data.marks.len()), Some(usize::MAX)] {
            assert_eq!(popped_out(&data, &glyphs, &scale, hostile), None);
        }
        // A scale that maps nothing to a finite pixel pops nothing out.
        let broken = TimeScale::new((0.0, 0.0), (0.0, f64::NAN));
        assert_eq!(popped_out(&data, &glyphs, &broken, Some(0)), None);
    }
}
