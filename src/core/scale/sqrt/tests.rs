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

#[test]
fn legend_samples_are_round_amounts_that_fit_the_limit() {
    // The network's scale: radii 6 to 34 px, the largest node $128B. Only $20B fits in a
    // 16 px radius; $200M would be drawn barely above the minimum, so it is left out.
    let network = SqrtScale::new(128e9, 6.0, 34.0);
    assert_eq!(network.legend_samples(16.0, 3), [20e9, 2e9]);
    // The timeline's: its largest circle fits, so the legend starts from the round
    // amount below the largest; $1B would be 2.6 px against a 2 px minimum.
    let timeline = SqrtScale::new(125e9, 2.0, 18.0);
    assert_eq!(timeline.legend_samples(18.0, 3), [100e9, 10e9]);
    assert_eq!(timeline.legend_samples(18.0, 1), [100e9]);
    for (scale, limit) in [(network, 16.0), (timeline, 18.0)] {
        for value in scale.legend_samples(limit, 3) {
            assert!(scale.radius(value) <= limit, "{value}");
        }
    }
}

#[test]
fn legend_samples_of_degenerate_scales_are_empty_or_single() {
    for scale in [
        SqrtScale::new(0.0, 2.0, 18.0),
        SqrtScale::new(-5.0, 2.0, 18.0),
        SqrtScale::new(NAN, 2.0, 18.0),
        SqrtScale::new(INF, 2.0, 18.0),
    ] {
        assert!(scale.legend_samples(18.0, 3).is_empty(), "{scale:?}");
    }
    assert!(
        SqrtScale::new(100.0, 2.0, 18.0)
            .legend_samples(18.0, 0)
            .is_empty()
    );
    // No round amount fits a limit below the minimum radius.
    assert!(
        SqrtScale::new(100.0, 6.0, 34.0)
            .legend_samples(3.0, 3)
            .is_empty()
    );
    // A tiny maximum still gets its round amount: 0.05 of something.
    assert_eq!(
        SqrtScale::new(0.07, 2.0, 18.0).legend_samples(18.0, 1),
        [0.05]
    );
}

#[test]
fn a_zoomed_scale_multiplies_every_radius_and_ignores_unusable_zooms() {
    let scale = SqrtScale::new(100.0, 4.0, 18.0);
    for k in [0.5, 1.0, 1.4383, 3.0] {
        let zoomed = scale.zoomed(k);
        for value in [0.0, 1.0, 25.0, 100.0, 1e9] {
            let (want, got) = (scale.radius(value) * k, zoomed.radius(value));
            assert!(
                (want - got).abs() < 1e-9,
                "k {k}, value {value}: {got} vs {want}"
            );
        }
    }
    for k in [0.0, -2.0, NAN, INF] {
        assert_eq!(scale.zoomed(k), scale, "{k}");
    }
}

#[test]
fn a_legend_with_room_for_one_sample_widens_to_show_two() {
    // The network's scale on a tablet, zoomed 2.2 times: the smallest node is 13.2 px,
    // so a 17.2 px legend holds $2B alone ($200M would look like the smallest node).
    let tablet = SqrtScale::new(128e9, 6.0, 34.0).zoomed(2.2);
    assert_eq!(tablet.legend_samples(17.2, 2), [2e9]);
    let (samples, limit) = tablet.legend_samples_widening(17.2, 32.0, 2);
    assert_eq!((samples.as_slice(), limit), ([20e9, 2e9].as_slice(), 32.0));
    // Where two fit, or one is all that is asked for, or the wider limit is no wider,
    // or widening finds no more, the legend stays as compact as it was.
    let network = SqrtScale::new(128e9, 6.0, 34.0);
    assert_eq!(
        network.legend_samples_widening(16.0, 32.0, 2),
        (vec![20e9, 2e9], 16.0)
    );
    assert_eq!(
        tablet.legend_samples_widening(17.2, 32.0, 1),
        (vec![2e9], 17.2)
    );
    assert_eq!(
        tablet.legend_samples_widening(17.2, 17.2, 2),
        (vec![2e9], 17.2)
    );
    let one_amount = SqrtScale::new(2e9, 13.0, 16.0);
    assert_eq!(
        one_amount.legend_samples_widening(16.0, 32.0, 2),
        (vec![2e9], 16.0)
    );
    assert_eq!(
        SqrtScale::new(f64::NAN, 6.0, 34.0).legend_samples_widening(16.0, 32.0, 2),
        (vec![], 16.0)
    );
}
