//! How far to scroll the page so one box sits in sight within a band of the screen.
//!
//! On phones and tablets the details panel is a bottom sheet over the lower part of the
//! page, so a selected mark, node or row can end up beneath it. The band is the part of
//! the screen the sheet leaves uncovered; the page scrolls by the distance found here.

/// A vertical span in screen pixels, from `top` down to `bottom`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    pub top: f64,
    pub bottom: f64,
}

impl Span {
    fn height(self) -> f64 {
        self.bottom - self.top
    }

    fn centre(self) -> f64 {
        (self.top + self.bottom) / 2.0
    }
}

/// The clearance kept between a revealed box and the band's edges, so a selection ring
/// or a row's border is not flush with the sheet.
pub const MARGIN: f64 = 12.0;

/// The distance to scroll the page down (negative: up) so that `item` lies inside `band`
/// with `MARGIN` to spare, or `None` when it already does or nothing sensible can be done.
///
/// An item that must move is centred in the band, so the reader sees what surrounds it
/// rather than a mark pressed against the sheet's edge. An item taller than the band
/// shows its top. Degenerate spans (upside down, or not finite) give `None`: a page
/// that cannot be measured is left where the reader put it.
pub fn scroll_to_reveal(item: Span, band: Span) -> Option<f64> {
    if !revealable(item, band) {
        return None;
    }
    let inside = item.top >= band.top + MARGIN && item.bottom <= band.bottom - MARGIN;
    if inside {
        return None;
    }
    let distance = if item.height() <= band.height() - 2.0 * MARGIN {
        item.centre() - band.centre()
    } else {
        item.top - (band.top + MARGIN)
    };
    (distance != 0.0).then_some(distance)
}

/// Whether `item` and `band` can be measured and make sense: finite, the right way up,
/// and a band with some height.
fn revealable(item: Span, band: Span) -> bool {
    let measurable = [item.top, item.bottom, band.top, band.bottom]
        .iter()
        .all(|v| v.is_finite());
    measurable && item.height() >= 0.0 && band.height() > 0.0
}

/// Like [`scroll_to_reveal`], but also keeps `context` in sight (the timeline's axis, so
/// a revealed mark is never shown without its years) whenever the two fit in the band
/// together. The page then moves the least that shows both, and the context may touch
/// the band's top edge: an axis carries its own space above its labels. When they do
/// not fit, or the context cannot be measured, the item alone is revealed.
pub fn scroll_to_reveal_with_context(item: Span, context: Span, band: Span) -> Option<f64> {
    // The same degenerate item or band as `scroll_to_reveal` leaves the page alone.
    if !revealable(item, band) {
        return None;
    }
    let measurable = [context.top, context.bottom].iter().all(|v| v.is_finite());
    if !measurable || context.height() < 0.0 {
        return scroll_to_reveal(item, band);
    }
    let both = Span {
        top: item.top.min(context.top),
        bottom: item.bottom.max(context.bottom),
    };
    let room = Span {
        top: band.top,
        bottom: band.bottom - MARGIN,
    };
    if !both.height().is_finite() || both.height() > room.height() {
        return scroll_to_reveal(item, band);
    }
    if both.top < room.top {
        Some(both.top - room.top)
    } else if both.bottom > room.bottom {
        Some(both.bottom - room.bottom)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(top: f64, bottom: f64) -> Span {
        Span { top, bottom }
    }

    #[test]
    fn item_already_in_the_band_needs_no_scroll() {
        assert_eq!(scroll_to_reveal(span(100.0, 120.0), span(0.0, 300.0)), None);
    }

    #[test]
    fn item_under_the_sheet_scrolls_down_to_the_band_centre() {
        // A 20 px mark at 500–520 under a sheet whose top is at 300: its centre (510)
        // goes to the band's centre (150), so the page scrolls 360 px down.
        assert_eq!(
            scroll_to_reveal(span(500.0, 520.0), span(0.0, 300.0)),
            Some(360.0)
        );
    }

    #[test]
    fn item_above_the_screen_scrolls_up() {
        assert_eq!(
            scroll_to_reveal(span(-200.0, -180.0), span(0.0, 300.0)),
            Some(-340.0)
        );
    }

    #[test]
    fn item_touching_an_edge_within_the_margin_is_moved() {
        // Visible, but its bottom is 4 px from the sheet: closer than the margin.
        assert_eq!(
            scroll_to_reveal(span(276.0, 296.0), span(0.0, 300.0)),
            Some(136.0)
        );
        assert_eq!(
            scroll_to_reveal(span(4.0, 24.0), span(0.0, 300.0)),
            Some(-136.0)
        );
    }

    #[test]
    fn item_taller_than_the_band_shows_its_top() {
        assert_eq!(
            scroll_to_reveal(span(400.0, 900.0), span(0.0, 300.0)),
            Some(388.0)
        );
    }

    #[test]
    fn band_offset_from_the_top_of_the_screen_is_respected() {
        assert_eq!(
            scroll_to_reveal(span(0.0, 20.0), span(50.0, 250.0)),
            Some(-140.0)
        );
    }

    #[test]
    fn degenerate_or_unmeasurable_spans_leave_the_page_alone() {
        let cases = [
            (span(10.0, 20.0), span(300.0, 300.0)),
            (span(10.0, 20.0), span(300.0, 0.0)),
            (span(20.0, 10.0), span(0.0, 300.0)),
            (span(f64::NAN, 20.0), span(0.0, 300.0)),
            (span(10.0, f64::INFINITY), span(0.0, 300.0)),
            (span(500.0, 520.0), span(0.0, f64::NAN)),
        ];
        for (item, band) in cases {
            assert_eq!(scroll_to_reveal(item, band), None, "{item:?} in {band:?}");
        }
    }

    #[test]
    fn context_and_item_that_fit_together_both_come_into_sight() {
        // (item, context, band, expected scroll), the band 0–300 (room to 288).
        let cases = [
            // The axis scrolled off the top, the mark in sight: back up to the axis.
            (span(100.0, 120.0), span(-150.0, -104.0), Some(-150.0)),
            // Both below the sheet: down just far enough for the mark to clear it.
            (span(500.0, 520.0), span(300.0, 346.0), Some(232.0)),
            // Already both in sight: nothing moves, even with the axis flush at the top.
            (span(200.0, 220.0), span(0.0, 46.0), None),
            // They fit exactly: the axis at the top, the mark at the margin.
            (span(258.0, 278.0), span(-10.0, 36.0), Some(-10.0)),
        ];
        for (item, context, expected) in cases {
            assert_eq!(
                scroll_to_reveal_with_context(item, context, span(0.0, 300.0)),
                expected,
                "{item:?} with {context:?}"
            );
        }
    }

    #[test]
    fn context_too_far_from_the_item_is_given_up_for_the_item() {
        // A mark 400 px below its axis cannot share a 300 px band with it: the mark
        // alone is centred, as without a context.
        let item = span(500.0, 520.0);
        let band = span(0.0, 300.0);
        assert_eq!(
            scroll_to_reveal_with_context(item, span(100.0, 146.0), band),
            scroll_to_reveal(item, band)
        );
        assert_eq!(
            scroll_to_reveal_with_context(item, span(100.0, 146.0), band),
            Some(360.0)
        );
    }

    #[test]
    fn unmeasurable_or_upside_down_context_is_ignored() {
        let item = span(500.0, 520.0);
        let band = span(0.0, 300.0);
        for context in [
            span(f64::NAN, 46.0),
            span(0.0, f64::INFINITY),
            span(46.0, 0.0),
        ] {
            assert_eq!(
                scroll_to_reveal_with_context(item, context, band),
                Some(360.0),
                "{context:?}"
            );
        }
        // A degenerate item or band leaves the page alone, as without a context, even
        // with the axis out of sight.
        let axis = span(-150.0, -104.0);
        for (item, band) in [
            (item, span(300.0, 300.0)),
            (span(f64::NAN, 20.0), band),
            (span(10.0, f64::INFINITY), band),
            (span(20.0, 10.0), band),
            (item, span(0.0, f64::NAN)),
        ] {
            assert_eq!(
                scroll_to_reveal_with_context(item, axis, band),
                None,
                "{item:?} in {band:?}"
            );
        }
    }

    #[test]
    fn zero_height_item_in_the_band_centre_needs_no_scroll() {
        assert_eq!(scroll_to_reveal(span(150.0, 150.0), span(0.0, 300.0)), None);
    }
}
