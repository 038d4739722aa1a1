use super::*;
use crate::core::date::day_number;

const NAN: f64 = f64::NAN;
const INF: f64 = f64::INFINITY;

/// The label width the tests assume: 7 px a character, roughly 12 px sans-serif.
fn seven_px(text: &str) -> f64 {
    text.chars().count() as f64 * 7.0
}

const GAP: f64 = 6.0;

fn day(y: i32, m: u8, d: u8) -> DayNumber {
    day_number(y, m, d)
}

fn labels(set: &TickSet) -> Vec<&str> {
    set.ticks.iter().map(|t| t.label.as_str()).collect()
}

/// A scale from the start of `first` to the end of `last`, inclusive.
fn scale(first: DayNumber, last: DayNumber, width: f64) -> TimeScale {
    TimeScale::new((f64::from(first), f64::from(last) + 1.0), (0.0, width))
}

/// Asserts the promises `time_ticks` makes about any result.
fn assert_well_formed(scale: &TimeScale, set: &TickSet, gap: f64) {
    let (lo, hi) = (
        scale.domain.0.min(scale.domain.1),
        scale.domain.0.max(scale.domain.1),
    );
    for pair in set.ticks.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(a.day < b.day, "{scale:?}: ticks out of order");
        let distance = (scale.apply(f64::from(b.day)) - scale.apply(f64::from(a.day))).abs();
        let needed = (seven_px(&a.label) + seven_px(&b.label)) / 2.0 + gap;
        assert!(
            distance >= needed,
            "{scale:?}: '{}' and '{}' are {distance:.1} px apart, need {needed:.1}",
            a.label,
            b.label
        );
    }
    for tick in &set.ticks {
        let d = f64::from(tick.day);
        assert!(lo <= d && d <= hi, "{scale:?}: {} outside", tick.label);
    }
    assert!(set.ticks.len() <= MAX_TICKS);
}

#[test]
fn labels_never_overlap_from_three_days_to_three_centuries() {
    let starts = [
        f64::from(day(2026, 1, 29)) + 0.37,
        f64::from(day(1999, 12, 30)),
        f64::from(day(1890, 2, 27)) - 0.5,
    ];
    let mut zooms = 0;
    for start in starts {
        let mut span = 3.0;
        while span <= 300.0 * 365.25 {
            for width in (300..=1600).step_by(100) {
                let scale = TimeScale::new((start, start + span), (0.0, f64::from(width)));
                let set = time_ticks(&scale, seven_px, GAP);
                assert_well_formed(&scale, &set, GAP);
                let first = set
                    .ticks
                    .first()
                    .unwrap_or_else(|| panic!("{scale:?}: no ticks"));
                let year = date_of(first.day).year().to_string();
                assert!(first.label.contains(&year), "{scale:?}: '{}'", first.label);
                zooms += 1;
            }
            span *= 1.15;
        }
    }
    assert!(zooms > 1_000);
}

#[test]
fn the_chosen_interval_is_the_finest_that_fits() {
    let start = f64::from(day(2026, 1, 29));
    let mut span = 3.0;
    while span <= 300.0 * 365.25 {
        let scale = TimeScale::new((start, start + span), (0.0, 900.0));
        let set = time_ticks(&scale, seven_px, GAP);
        let chosen = set.interval.expect("an interval fits");
        let (first, last) = tickable_days(&scale).unwrap();
        for finer in Interval::ALL.iter().take_while(|&&i| i < chosen) {
            let fits = labels_fit(
                &scale,
                *finer,
                first,
                last,
                &seven_px,
                GAP,
                &mut String::new(),
            );
            assert!(
                !fits,
                "{span} days: {finer:?} fits but {chosen:?} was chosen"
            );
        }
        span *= 1.3;
    }
}

#[test]
fn zoom_levels_choose_intervals_from_days_to_decades() {
    for (first, last, width, interval) in [
        (day(2026, 1, 29), day(2026, 2, 1), 800.0, Interval::Day),
        (day(2026, 1, 1), day(2026, 2, 28), 800.0, Interval::Week),
        (day(2025, 1, 1), day(2025, 12, 31), 800.0, Interval::Month),
        (day(2023, 1, 1), day(2026, 12, 31), 800.0, Interval::Quarter),
        (day(2016, 1, 1), day(2026, 12, 31), 800.0, Interval::Year),
        (
            day(1966, 1, 1),
            day(2025, 12, 31),
            800.0,
            Interval::FiveYears,
        ),
        (
            day(1800, 1, 1),
            day(2099, 12, 31),
            800.0,
            Interval::TwoDecades,
        ),
    ] {
        let set = time_ticks(&scale(first, last, width), seven_px, GAP);
        assert_eq!(set.interval, Some(interval), "{:?}", labels(&set));
    }
}

#[test]
fn decade_span_ticks_every_ten_years() {
    let set = time_ticks(
        &scale(day(1975, 6, 1), day(2026, 1, 29), 250.0),
        seven_px,
        GAP,
    );
    assert_eq!(set.interval, Some(Interval::Decade));
    assert_eq!(labels(&set), ["1980", "1990", "2000", "2010", "2020"]);
}

#[test]
fn day_labels_name_the_month_on_the_first_and_the_year_once() {
    let set = time_ticks(
        &scale(day(2026, 1, 30), day(2026, 2, 1), 800.0),
        seven_px,
        GAP,
    );
    assert_eq!(labels(&set), ["30 Jan 2026", "31", "1 Feb", "2"]);
    let ticks = make_ticks(
        Interval::Day,
        day(2025, 12, 31),
        day(2026, 1, 2),
        &mut String::new(),
    );
    let texts: Vec<&str> = ticks.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(texts, ["31 Dec 2025", "1 Jan 2026", "2"]);
}

#[test]
fn labels_carry_the_year_on_the_first_tick_and_where_it_changes() {
    for (interval, first, last, expected) in [
        (
            Interval::Week,
            day(2025, 12, 20),
            day(2026, 1, 12),
            &["22 Dec 2025", "29 Dec", "5 Jan 2026", "12 Jan"][..],
        ),
        (
            Interval::Month,
            day(2025, 11, 1),
            day(2026, 2, 1),
            &["Nov 2025", "Dec", "Jan 2026", "Feb"],
        ),
        (
            Interval::Quarter,
            day(2025, 10, 1),
            day(2026, 7, 1),
            &["Q4 2025", "Q1 2026", "Q2", "Q3"],
        ),
        (
            Interval::HalfYear,
            day(2025, 7, 1),
            day(2026, 7, 1),
            &["H2 2025", "H1 2026", "H2"],
        ),
        (
            Interval::Year,
            day(2025, 1, 1),
            day(2026, 1, 1),
            &["2025", "2026"],
        ),
        (
            Interval::Century,
            day(1850, 1, 1),
            day(2100, 1, 1),
            &["1900", "2000", "2100"],
        ),
    ] {
        let ticks = make_ticks(interval, first, last, &mut String::new());
        let texts: Vec<&str> = ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(texts, expected, "{interval:?}");
    }
}

#[test]
fn major_ticks_begin_the_next_coarser_unit() {
    for (interval, date, major) in [
        (Interval::Day, day(2026, 2, 1), true),
        (Interval::Day, day(2026, 2, 2), false),
        (Interval::Week, day(2026, 2, 2), true),
        (Interval::Week, day(2026, 2, 9), false),
        (Interval::Month, day(2026, 1, 1), true),
        (Interval::Month, day(2026, 2, 1), false),
        (Interval::Quarter, day(2026, 1, 1), true),
        (Interval::Quarter, day(2026, 4, 1), false),
        (Interval::Year, day(2020, 1, 1), true),
        (Interval::Year, day(2021, 1, 1), false),
        (Interval::Decade, day(2000, 1, 1), true),
        (Interval::Decade, day(2010, 1, 1), false),
        (Interval::Century, day(2000, 1, 1), true),
    ] {
        assert_eq!(is_major(interval, date), major, "{interval:?} {date}");
    }
}

#[test]
fn ticks_stay_inside_a_fractional_domain() {
    let start = f64::from(day(2026, 1, 29));
    let s = TimeScale::new((start + 0.5, start + 3.5), (0.0, 600.0));
    let set = time_ticks(&s, seven_px, GAP);
    let days: Vec<DayNumber> = set.ticks.iter().map(|t| t.day).collect();
    assert_eq!(days, [day(2026, 1, 30), day(2026, 1, 31), day(2026, 2, 1)]);
    assert_eq!(set.ticks[0].label, "30 Jan 2026");
}

#[test]
fn a_fitted_single_day_gets_ticks_that_tell_the_year() {
    let d = day(2026, 1, 29);
    let s = TimeScale::fit(d, d, (0.0, 800.0));
    let set = time_ticks(&s, seven_px, GAP);
    assert_well_formed(&s, &set, GAP);
    assert!(set.ticks.len() >= 2, "{:?}", labels(&set));
    assert!(set.ticks[0].label.ends_with("2026"), "{:?}", labels(&set));
}

#[test]
fn reversed_domains_and_ranges_tick_like_forward_ones() {
    let forward = scale(day(2024, 3, 1), day(2026, 1, 29), 1000.0);
    let expected = time_ticks(&forward, seven_px, GAP);
    let (d0, d1) = forward.domain;
    for reversed in [
        TimeScale::new((d1, d0), (0.0, 1000.0)),
        TimeScale::new((d0, d1), (1000.0, 0.0)),
        TimeScale::new((d1, d0), (1000.0, 0.0)),
    ] {
        let set = time_ticks(&reversed, seven_px, GAP);
        assert_eq!(set, expected, "{reversed:?}");
        assert_well_formed(&reversed, &set, GAP);
    }
}

#[test]
fn centuries_of_domain_tick_without_overlap() {
    for (first, last, width) in [
        (day(1826, 1, 1), day(2225, 12, 31), 300.0),
        (day(1826, 1, 1), day(2225, 12, 31), 1600.0),
        (day(1900, 1, 1), day(2000, 1, 1), 500.0),
    ] {
        let s = scale(first, last, width);
        let set = time_ticks(&s, seven_px, GAP);
        assert_well_formed(&s, &set, GAP);
        assert!(set.interval >= Some(Interval::Decade), "{:?}", labels(&set));
        assert!(!set.ticks.is_empty());
    }
}

#[test]
fn untickable_scales_give_an_empty_set() {
    for s in [
        TimeScale::new((20_000.0, 20_000.0), (0.0, 800.0)),
        TimeScale::new((NAN, 20_000.0), (0.0, 800.0)),
        TimeScale::new((20_000.0, NAN), (0.0, 800.0)),
        TimeScale::new((-INF, INF), (0.0, 800.0)),
        TimeScale::new((20_000.0, 20_100.0), (0.0, NAN)),
        TimeScale::new((20_000.0, 20_100.0), (400.0, 400.0)),
        TimeScale::new((20_000.0, 20_100.0), (0.0, INF)),
        TimeScale::new((1e12, 2e12), (0.0, 800.0)),
        // Less than a day, between two midnights: no whole day to tick.
        TimeScale::new((20_482.2, 20_482.8), (0.0, 800.0)),
    ] {
        assert_eq!(time_ticks(&s, seven_px, GAP), TickSet::default(), "{s:?}");
    }
}

#[test]
fn hostile_label_widths_and_gaps_do_not_break_the_guarantee() {
    let s = scale(day(2020, 1, 1), day(2026, 1, 29), 800.0);
    let widths: [&dyn Fn(&str) -> f64; 4] = [&|_| NAN, &|_| -50.0, &|_| INF, &|_| 1e9];
    for width in widths {
        for gap in [NAN, -10.0, 0.0, INF] {
            let set = time_ticks(&s, width, gap);
            assert!(set.ticks.len() <= MAX_TICKS);
            assert!(set.ticks.windows(2).all(|w| w[0].day < w[1].day));
        }
    }
    // Labels too wide for any pair: only an interval with a single tick in view fits.
    let set = time_ticks(&s, |_| 1e9, GAP);
    assert!(set.ticks.len() <= 1, "{:?}", labels(&set));
}

#[test]
fn zero_width_labels_stop_at_the_tick_limit() {
    let s = scale(day(1826, 1, 1), day(2225, 12, 31), 1600.0);
    let set = time_ticks(&s, |_| 0.0, 0.0);
    assert_eq!(set.interval, Some(Interval::HalfYear));
    assert!(set.ticks.len() <= MAX_TICKS);
}

#[test]
fn a_whole_calendar_domain_answers_without_panicking() {
    let s = TimeScale::new((-1e12, 1e12), (0.0, 1600.0));
    let set = time_ticks(&s, seven_px, GAP);
    assert_well_formed(&s, &set, GAP);
}
