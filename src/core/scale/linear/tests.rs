use super::*;

const NAN: f64 = f64::NAN;
const INF: f64 = f64::INFINITY;

/// Equal up to rounding relative to `size`, the magnitude of the numbers involved.
fn close(a: f64, b: f64, size: f64) -> bool {
    (a - b).abs() <= 1e-9 * (1.0 + size)
}

#[test]
fn apply_maps_domain_ends_exactly_to_range_ends() {
    for (domain, range) in [
        ((0.0, 10.0), (0.0, 100.0)),
        ((0.1, 0.3), (17.0, 913.0)),
        ((10.0, 0.0), (0.0, 100.0)),
        ((-1e308, 1e308), (0.0, 1600.0)),
        ((3.0, 7.0), (500.0, -500.0)),
    ] {
        let s = LinearScale::new(domain, range);
        assert_eq!(s.apply(domain.0), range.0, "{s:?}");
        assert_eq!(s.apply(domain.1), range.1, "{s:?}");
    }
}

#[test]
fn apply_extrapolates_outside_the_domain() {
    let s = LinearScale::new((0.0, 10.0), (0.0, 100.0));
    assert_eq!(s.apply(5.0), 50.0);
    assert_eq!(s.apply(-1.0), -10.0);
    assert_eq!(s.apply(20.0), 200.0);
    assert_eq!(s.apply(INF), INF);
    assert_eq!(s.apply(-INF), -INF);
}

#[test]
fn invert_undoes_apply() {
    let scales = [
        LinearScale::new((0.0, 10.0), (0.0, 100.0)),
        LinearScale::new((-3.5, 1e6), (1600.0, 0.0)),
        LinearScale::new((20_000.0, 20_500.25), (12.0, 1212.0)),
        LinearScale::new((-1e308, 1e308), (0.0, 1600.0)),
    ];
    for s in scales {
        // A pixel can only tell apart values a pixel's worth of domain apart, so the
        // tolerance grows with the domain.
        let size = s.domain.0.abs().max(s.domain.1.abs());
        for x in [s.domain.0, s.domain.1, 0.0, 1.0, 123.456, -7.0] {
            assert!(close(s.invert(s.apply(x)), x, size), "{s:?} at {x}");
        }
    }
}

#[test]
fn zero_width_domain_maps_to_the_middle_and_inverts_to_the_domain_value() {
    let s = LinearScale::new((0.1, 0.1), (0.0, 300.0));
    for x in [0.1, -5.0, 1e300, INF] {
        assert_eq!(s.apply(x), 150.0, "{x}");
    }
    for y in [0.0, 150.0, 1e9, -INF] {
        assert_eq!(s.invert(y), 0.1, "{y}");
    }
}

#[test]
fn zero_width_range_maps_everything_to_that_pixel() {
    let s = LinearScale::new((0.0, 10.0), (42.0, 42.0));
    assert_eq!(s.apply(3.0), 42.0);
    assert_eq!(s.invert(42.0), 5.0);
}

#[test]
fn nan_in_gives_nan_out() {
    let scales = [
        LinearScale::new((0.0, 10.0), (0.0, 100.0)),
        LinearScale::new((5.0, 5.0), (0.0, 100.0)),
        LinearScale::new((NAN, 10.0), (0.0, 100.0)),
        LinearScale::new((0.0, 10.0), (NAN, 100.0)),
    ];
    for s in scales {
        assert!(s.apply(NAN).is_nan(), "{s:?}");
        assert!(s.invert(NAN).is_nan(), "{s:?}");
    }
    assert!(scales[2].apply(3.0).is_nan());
    assert!(scales[3].apply(3.0).is_nan());
}

#[test]
fn tick_step_is_one_two_or_five_times_a_power_of_ten() {
    for (start, stop, count, step) in [
        (0.0, 10.0, 10, 1.0),
        (0.0, 10.0, 5, 2.0),
        (0.0, 10.0, 2, 5.0),
        (0.0, 1.0, 10, 0.1),
        (0.0, 1.0, 4, 0.2),
        (0.0, 100.0, 3, 50.0),
        (10.0, 0.0, 10, -1.0),
        (-1e9, 1e9, 10, 2e8),
    ] {
        assert_eq!(
            tick_step(start, stop, count),
            step,
            "{start}..{stop} / {count}"
        );
    }
}

#[test]
fn tick_step_is_nan_without_a_step() {
    for (start, stop, count) in [
        (1.0, 1.0, 10),
        (0.0, 1.0, 0),
        (NAN, 1.0, 10),
        (0.0, INF, 10),
        (-INF, INF, 10),
        (0.0, 5e-324, 10),
    ] {
        assert!(tick_step(start, stop, count).is_nan(), "{start}..{stop}");
    }
}

#[test]
fn ticks_land_on_exact_decimals() {
    let s = LinearScale::new((0.0, 1.0), (0.0, 100.0));
    assert_eq!(
        s.ticks(10),
        [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]
    );
    let s = LinearScale::new((-0.73, 2.41), (0.0, 100.0));
    assert_eq!(s.ticks(5), [-0.5, 0.0, 0.5, 1.0, 1.5, 2.0]);
    assert_eq!(s.ticks(4), [0.0, 1.0, 2.0]);
}

#[test]
fn ticks_follow_a_reversed_domain() {
    let s = LinearScale::new((10.0, 0.0), (0.0, 100.0));
    assert_eq!(s.ticks(2), [10.0, 5.0, 0.0]);
}

#[test]
fn degenerate_and_hostile_domains_tick_without_panicking() {
    for (domain, count, expected) in [
        ((5.0, 5.0), 10, vec![5.0]),
        ((0.0, 10.0), 0, vec![]),
        ((NAN, 10.0), 10, vec![]),
        ((0.0, INF), 10, vec![]),
        ((-INF, INF), 10, vec![]),
        ((0.0, 5e-324), 10, vec![]),
        ((1e300, 1e300 + 1.0), 10, vec![1e300]),
    ] {
        let s = LinearScale::new(domain, (0.0, 1.0));
        assert_eq!(s.ticks(count), expected, "{domain:?}");
    }
}

#[test]
fn tick_counts_stay_bounded_for_huge_requests_and_spans() {
    for (domain, count) in [
        ((0.0, 1.0), usize::MAX),
        ((-1e308, 1e308), 10),
        ((-1e308, 1e308), usize::MAX),
        ((1e20, 1e20 + 1e6), 10),
        ((0.0, 1e-300), 10),
    ] {
        let ticks = LinearScale::new(domain, (0.0, 1.0)).ticks(count);
        assert!(ticks.len() <= 2 * MAX_TICK_COUNT, "{domain:?}");
        assert!(ticks.windows(2).all(|w| w[0] < w[1]), "{domain:?}");
        assert!(
            ticks.iter().all(|&t| t >= domain.0 && t <= domain.1),
            "{domain:?}"
        );
    }
}

#[test]
fn nice_extends_the_domain_to_round_numbers() {
    for (domain, count, nice) in [
        ((0.0, 0.96), 10, (0.0, 1.0)),
        ((1.1, 10.9), 10, (1.0, 11.0)),
        ((10.9, 1.1), 10, (11.0, 1.0)),
        ((-10.1, 10.9), 10, (-12.0, 12.0)),
        ((12.0, 87.0), 5, (0.0, 100.0)),
        ((0.3, 0.3), 10, (0.3, 0.3)),
        ((NAN, 1.0), 10, (NAN, 1.0)),
        ((0.0, INF), 10, (0.0, INF)),
    ] {
        let s = LinearScale::new(domain, (0.0, 1.0)).nice(count);
        let same = |a: f64, b: f64| a == b || (a.is_nan() && b.is_nan());
        assert!(
            same(s.domain.0, nice.0) && same(s.domain.1, nice.1),
            "{domain:?} became {:?}",
            s.domain
        );
        assert_eq!(s.range, (0.0, 1.0));
    }
}

#[test]
fn nice_domain_ends_are_ticks() {
    for domain in [(0.013, 0.987), (3.0, 1234.5), (-77.0, -2.0), (1e9, 3.3e9)] {
        let s = LinearScale::new(domain, (0.0, 1.0)).nice(10);
        let ticks = s.ticks(10);
        assert_eq!(ticks.first(), Some(&s.domain.0), "{domain:?}");
        assert_eq!(ticks.last(), Some(&s.domain.1), "{domain:?}");
    }
}
