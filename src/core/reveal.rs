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
    let measurable = [item.top, item.bottom, band.top, band.bottom]
        .iter()
        .all(|v| v.is_finite());
    if !measurable || item.height() < 0.0 || band.height() <= 0.0 {
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
    fn zero_height_item_in_the_band_centre_needs_no_scroll() {
        assert_eq!(scroll_to_reveal(span(150.0, 150.0), span(0.0, 300.0)), None);
    }
}
