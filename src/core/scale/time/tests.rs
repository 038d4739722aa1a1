use super::*;

const NAN: f64 = f64::NAN;
const INF: f64 = f64::INFINITY;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * (1.0 + a.abs().max(b.abs()))
}

#[test]
fn apply_and_invert_map_days_to_pixels_and_back() {
    let s = TimeScale::new((20_000.0, 20_100.0), (0.0, 1000.0));
    assert_eq!(s.apply(20_050.0), 500.0);
    assert_eq!(s.invert(250.0), 20_025.0);
    assert_eq!(s.px_per_day(), 10.0);
    assert_eq!(s.span_days(), 100.0);
    for day in [19_990.5, 20_000.0, 20_033.25, 20_100.0] {
        assert!(close(s.invert(s.apply(day)), day), "{day}");
    }
}

#[test]
fn fit_pads_a_span_by_a_small_margin_before_and_a_larger_one_after() {
    let s = TimeScale::fit(20_000, 20_999, (0.0, 800.0));
    // 1,000 days from 20,000 up to 21,000 (exclusive), plus 40 days before and 100
    // after, where the latest events' figures and titles are written.
    assert!(
        close(s.domain.0, 19_960.0) && close(s.domain.1, 21_100.0),
        "{s:?}"
    );
    assert_eq!(s.range, (0.0, 800.0));
}

#[test]
fn fit_opens_a_window_around_a_single_or_short_span() {
    for (first, last) in [(20_482, 20_482), (20_482, 20_481), (20_480, 20_484)] {
        let s = TimeScale::fit(first, last, (0.0, 800.0));
        assert!(close(s.span_days(), FIT_MIN_SPAN_DAYS), "{s:?}");
        let centre = (s.domain.0 + s.domain.1) / 2.0;
        let data_centre = (f64::from(first.min(last)) + f64::from(first.max(last)) + 1.0) / 2.0;
        assert!(close(centre, data_centre), "{s:?}");
    }
    let single = TimeScale::fit(20_482, 20_482, (0.0, 800.0));
    assert_eq!(single.domain, (20_467.0, 20_498.0));
}

#[test]
fn fit_accepts_ends_in_either_order() {
    assert_eq!(
        TimeScale::fit(21_000, 20_000, (0.0, 500.0)),
        TimeScale::fit(20_000, 21_000, (0.0, 500.0))
    );
}

#[test]
fn fit_never_exceeds_the_widest_zoom() {
    for (first, last) in [(-60_000, 85_000), (DayNumber::MIN, DayNumber::MAX)] {
        let s = TimeScale::fit(first, last, (0.0, 800.0));
        assert!(close(s.span_days(), MAX_SPAN_DAYS), "{s:?}");
        assert!(s.domain.0.is_finite() && s.domain.1.is_finite());
    }
}

#[test]
fn zoom_keeps_the_day_under_the_pointer_fixed() {
    let s = TimeScale::new((20_000.0, 20_400.0), (0.0, 800.0));
    for (pixel, factor) in [(0.0, 2.0), (200.0, 2.0), (800.0, 0.5), (613.0, 1.37)] {
        let before = s.invert(pixel);
        let z = s.zoom_around(pixel, factor);
        assert!(close(z.invert(pixel), before), "{pixel} × {factor}");
        assert!(close(z.span_days(), 400.0 / factor), "{pixel} × {factor}");
    }
}

#[test]
fn zoom_is_clamped_between_two_days_and_four_hundred_years() {
    let s = TimeScale::new((20_000.0, 20_010.0), (0.0, 800.0));
    let tight = s.zoom_around(400.0, 1e9);
    assert!(close(tight.span_days(), MIN_SPAN_DAYS), "{tight:?}");
    assert!(close(tight.invert(400.0), s.invert(400.0)));
    let wide = s.zoom_around(400.0, 1e-12);
    assert!(close(wide.span_days(), MAX_SPAN_DAYS), "{wide:?}");
    // Zooming into the wall does not drift.
    let again = tight.zoom_around(123.0, 4.0);
    assert!(close(again.domain.0, tight.domain.0) && close(again.domain.1, tight.domain.1));
}

#[test]
fn zoom_ignores_unusable_input() {
    let s = TimeScale::new((20_000.0, 20_400.0), (0.0, 800.0));
    for (pixel, factor) in [
        (NAN, 2.0),
        (10.0, NAN),
        (10.0, 0.0),
        (10.0, -2.0),
        (10.0, INF),
    ] {
        assert_eq!(s.zoom_around(pixel, factor), s, "{pixel} × {factor}");
    }
    let broken = TimeScale::new((NAN, 20_400.0), (0.0, 800.0));
    assert_eq!(
        broken.zoom_around(10.0, 2.0).domain.1,
        broken.domain.1,
        "a NaN domain stays as it is"
    );
}

#[test]
fn zoom_opens_a_zero_width_domain_around_its_day() {
    let s = TimeScale::new((20_000.0, 20_000.0), (0.0, 800.0));
    let z = s.zoom_around(100.0, 2.0);
    assert!(close(z.span_days(), MIN_SPAN_DAYS));
    assert!(close((z.domain.0 + z.domain.1) / 2.0, 20_000.0), "{z:?}");
}

#[test]
fn zoom_keeps_a_reversed_domain_reversed() {
    let s = TimeScale::new((20_400.0, 20_000.0), (0.0, 800.0));
    let z = s.zoom_around(200.0, 2.0);
    assert!(z.domain.0 > z.domain.1);
    assert!(close(z.invert(200.0), s.invert(200.0)));
}

#[test]
fn pan_moves_content_with_the_pointer() {
    let s = TimeScale::new((20_000.0, 20_400.0), (0.0, 800.0));
    let p = s.pan_by(100.0);
    assert_eq!(p.domain, (19_950.0, 20_350.0));
    assert_eq!(p.apply(20_000.0), s.apply(20_000.0) + 100.0);
    assert_eq!(s.pan_by(-100.0).pan_by(100.0), s);
}

#[test]
fn pan_ignores_unusable_input() {
    let s = TimeScale::new((20_000.0, 20_400.0), (0.0, 800.0));
    for pixels in [NAN, INF, -INF] {
        assert_eq!(s.pan_by(pixels), s, "{pixels}");
    }
    let flat = TimeScale::new((20_000.0, 20_400.0), (300.0, 300.0));
    assert_eq!(flat.pan_by(10.0), flat);
}

#[test]
fn degenerate_scales_answer_without_panicking() {
    for s in [
        TimeScale::new((5.0, 5.0), (0.0, 800.0)),
        TimeScale::new((NAN, NAN), (0.0, 800.0)),
        TimeScale::new((0.0, 10.0), (NAN, 800.0)),
        TimeScale::new((-INF, INF), (0.0, 800.0)),
        TimeScale::new((0.0, 10.0), (0.0, 0.0)),
    ] {
        let _ = (s.apply(3.0), s.invert(3.0), s.px_per_day(), s.span_days());
        let _ = (s.zoom_around(400.0, 2.0), s.pan_by(5.0));
    }
    assert_eq!(TimeScale::new((5.0, 5.0), (0.0, 800.0)).px_per_day(), INF);
    assert_eq!(TimeScale::new((5.0, 5.0), (0.0, 800.0)).apply(99.0), 400.0);
}

#[test]
fn shows_days_inside_the_range_edges_included() {
    let scale = TimeScale::new((100.0, 200.0), (0.0, 500.0));
    for (day, shown) in [
        (100.0, true),
        (150.0, true),
        (200.0, true),
        (99.9, false),
        (200.1, false),
        (f64::NAN, false),
        (f64::INFINITY, false),
    ] {
        assert_eq!(scale.shows(day), shown, "{day}");
    }
    // A reversed range holds the same days.
    let reversed = TimeScale::new((100.0, 200.0), (500.0, 0.0));
    assert!(reversed.shows(120.0) && !reversed.shows(201.0));
}
