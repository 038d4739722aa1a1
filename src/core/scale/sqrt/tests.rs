use super::*;

const NAN: f64 = f64::NAN;
const INF: f64 = f64::INFINITY;

#[test]
fn ends_map_to_the_radius_bounds() {
    let s = SqrtScale::new(100.0, 3.0, 40.0);
    assert_eq!(s.radius(0.0), 3.0);
    assert_eq!(s.radius(100.0), 40.0);
}

#[test]
fn area_above_the_minimum_is_proportional_to_the_value() {
    let s = SqrtScale::new(50e9, 4.0, 36.0);
    let extra_area = |v: f64| s.radius(v).powi(2) - 4.0f64.powi(2);
    for (a, b) in [(10e9, 20e9), (1e9, 5e9), (12.5e9, 50e9)] {
        let ratio = extra_area(b) / extra_area(a);
        assert!((ratio - b / a).abs() < 1e-9, "{a} vs {b}: {ratio}");
    }
}

#[test]
fn without_a_minimum_area_is_proportional_to_the_value() {
    let s = SqrtScale::new(1.0, 0.0, 10.0);
    assert!((s.radius(0.25) - 5.0).abs() < 1e-12);
    assert!((s.radius(1.0) / s.radius(0.25) - 2.0).abs() < 1e-12);
}

#[test]
fn values_outside_the_domain_are_clamped() {
    let s = SqrtScale::new(100.0, 2.0, 20.0);
    for (value, radius) in [(-5.0, 2.0), (-INF, 2.0), (1e6, 20.0), (INF, 20.0)] {
        assert_eq!(s.radius(value), radius, "{value}");
    }
}

#[test]
fn unusable_inputs_give_the_minimum_radius() {
    for (scale, value) in [
        (SqrtScale::new(100.0, 2.0, 20.0), NAN),
        (SqrtScale::new(0.0, 2.0, 20.0), 0.0),
        (SqrtScale::new(0.0, 2.0, 20.0), 7.0),
        (SqrtScale::new(-1.0, 2.0, 20.0), 7.0),
        (SqrtScale::new(NAN, 2.0, 20.0), 7.0),
        (SqrtScale::new(INF, 2.0, 20.0), 7.0),
        (SqrtScale::new(INF, 2.0, 20.0), INF),
    ] {
        assert_eq!(scale.radius(value), 2.0, "{scale:?} at {value}");
    }
}

#[test]
fn hostile_radii_still_give_finite_non_negative_sizes() {
    for (scale, expected) in [
        (SqrtScale::new(10.0, -3.0, 20.0), 20.0),
        (SqrtScale::new(10.0, NAN, 20.0), 20.0),
        (SqrtScale::new(10.0, 5.0, NAN), 5.0),
        (SqrtScale::new(10.0, 5.0, INF), 5.0),
        (SqrtScale::new(10.0, 30.0, 20.0), 30.0),
        (SqrtScale::new(10.0, 1e300, 1e305), 1e305),
    ] {
        assert_eq!(scale.radius(10.0), expected, "{scale:?}");
        for value in [0.0, 3.0, 10.0, NAN, INF] {
            let r = scale.radius(value);
            assert!(r.is_finite() && r >= 0.0, "{scale:?} at {value}: {r}");
        }
    }
}

#[test]
fn radius_grows_with_value() {
    let s = SqrtScale::new(1000.0, 1.5, 30.0);
    let radii: Vec<f64> = (0..=100).map(|i| s.radius(f64::from(i) * 10.0)).collect();
    assert!(radii.windows(2).all(|w| w[0] < w[1]));
}
