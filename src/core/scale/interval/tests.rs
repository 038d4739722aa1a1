use super::*;
use crate::core::date::PartialDate;

fn day(text: &str) -> DayNumber {
    text.parse::<PartialDate>().unwrap().first_day()
}

fn days(texts: &[&str]) -> Vec<DayNumber> {
    texts.iter().map(|t| day(t)).collect()
}

#[test]
fn floor_finds_the_calendar_boundary() {
    for (interval, date, floor) in [
        (Interval::Day, "2026-01-29", "2026-01-29"),
        (Interval::Week, "2026-01-29", "2026-01-26"),
        (Interval::Week, "2026-01-26", "2026-01-26"),
        (Interval::Week, "2026-02-01", "2026-01-26"),
        (Interval::Month, "2024-02-29", "2024-02-01"),
        (Interval::Quarter, "2025-05-20", "2025-04-01"),
        (Interval::Quarter, "2025-12-31", "2025-10-01"),
        (Interval::HalfYear, "2025-06-30", "2025-01-01"),
        (Interval::HalfYear, "2025-07-01", "2025-07-01"),
        (Interval::Year, "2025-12-31", "2025-01-01"),
        (Interval::TwoYears, "2025-06-01", "2024-01-01"),
        (Interval::FiveYears, "2026-06-01", "2025-01-01"),
        (Interval::Decade, "2026-01-29", "2020-01-01"),
        (Interval::TwoDecades, "2026-01-29", "2020-01-01"),
        (Interval::TwoDecades, "2019-12-31", "2000-01-01"),
        (Interval::HalfCentury, "1949-12-31", "1900-01-01"),
        (Interval::Century, "2026-01-29", "2000-01-01"),
        (Interval::Century, "1969-07-20", "1900-01-01"),
    ] {
        assert_eq!(interval.floor(day(date)), day(floor), "{interval:?} {date}");
    }
}

#[test]
fn floor_is_idempotent_and_never_after_the_day() {
    for interval in Interval::ALL {
        for d in (-200_000..200_000).step_by(997) {
            let f = interval.floor(d);
            assert!(f <= d, "{interval:?} {d}");
            assert_eq!(interval.floor(f), f, "{interval:?} {d}");
            let next = interval.offset(f, 1);
            assert!(next > d, "{interval:?} {d}: next boundary {next}");
        }
    }
}

#[test]
fn ceil_finds_the_next_boundary_unless_on_one() {
    assert_eq!(
        Interval::Month.ceil(day("2026-01-02")),
        Some(day("2026-02-01"))
    );
    assert_eq!(
        Interval::Month.ceil(day("2026-02-01")),
        Some(day("2026-02-01"))
    );
    assert_eq!(
        Interval::Week.ceil(day("2026-01-27")),
        Some(day("2026-02-02"))
    );
    assert_eq!(Interval::Year.ceil(CALENDAR_END), None);
}

#[test]
fn offset_moves_by_whole_calendar_steps() {
    for (interval, date, n, moved) in [
        (Interval::Day, "2024-02-28", 1, "2024-02-29"),
        (Interval::Day, "2024-03-01", -1, "2024-02-29"),
        (Interval::Week, "2026-01-26", 2, "2026-02-09"),
        (Interval::Month, "2024-01-31", 1, "2024-02-29"),
        (Interval::Month, "2025-01-31", 1, "2025-02-28"),
        (Interval::Month, "2025-03-15", -3, "2024-12-15"),
        (Interval::Quarter, "2025-10-01", 1, "2026-01-01"),
        (Interval::HalfYear, "2025-07-01", -1, "2025-01-01"),
        (Interval::Year, "2024-02-29", 1, "2025-02-28"),
        (Interval::Decade, "2020-01-01", -3, "1990-01-01"),
        (Interval::Century, "1900-01-01", 1, "2000-01-01"),
        (Interval::Month, "2026-05-17", 0, "2026-05-17"),
    ] {
        assert_eq!(
            interval.offset(day(date), n),
            day(moved),
            "{interval:?} {date} {n:+}"
        );
    }
}

#[test]
fn month_ranges_hit_the_first_of_each_month() {
    assert_eq!(
        Interval::Month.range(day("2024-01-15"), day("2024-05-01")),
        days(&["2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"])
    );
}

#[test]
fn quarter_and_half_year_ranges_start_on_calendar_quarters() {
    assert_eq!(
        Interval::Quarter.range(day("2024-01-01"), day("2025-01-01")),
        days(&[
            "2024-01-01",
            "2024-04-01",
            "2024-07-01",
            "2024-10-01",
            "2025-01-01"
        ])
    );
    assert_eq!(
        Interval::HalfYear.range(day("2023-03-01"), day("2024-12-31")),
        days(&["2023-07-01", "2024-01-01", "2024-07-01"])
    );
}

#[test]
fn decade_span_ticks_every_ten_years() {
    assert_eq!(
        Interval::Decade.range(day("1975-06-01"), day("2026-01-29")),
        days(&[
            "1980-01-01",
            "1990-01-01",
            "2000-01-01",
            "2010-01-01",
            "2020-01-01"
        ])
    );
}

#[test]
fn week_ranges_are_mondays() {
    let weeks = Interval::Week.range(day("2025-12-20"), day("2026-02-20"));
    assert_eq!(weeks.first(), Some(&day("2025-12-22")));
    assert_eq!(weeks.len(), 9);
    assert!(weeks.iter().all(|&w| weekday_from_monday(w) == 0));
    assert!(weeks.windows(2).all(|w| w[1] - w[0] == 7));
}

#[test]
fn ranges_are_inclusive_and_empty_when_reversed() {
    // 1 January 1900 was a Monday, so it is a boundary of every interval.
    let d = day("1900-01-01");
    for interval in Interval::ALL {
        assert_eq!(interval.range(d, d), vec![d], "{interval:?}");
        assert!(interval.range(d + 1, d).is_empty(), "{interval:?}");
    }
    assert!(
        Interval::Month
            .range(day("2026-01-02"), day("2026-01-31"))
            .is_empty()
    );
}

#[test]
fn extreme_days_clamp_to_the_calendar_and_terminate() {
    let (first, last) = calendar_bounds();
    for interval in Interval::ALL {
        for d in [DayNumber::MIN, DayNumber::MAX, first, last] {
            let f = interval.floor(d);
            assert!((first..=last).contains(&f), "{interval:?} {d}");
            for n in [i32::MIN, -1, 1, i32::MAX] {
                let o = interval.offset(d, n);
                assert!((first..=last).contains(&o), "{interval:?} {d} {n}");
            }
        }
        let tail = interval.range(last - 1_000, DayNumber::MAX);
        assert!(tail.iter().all(|&b| b <= last), "{interval:?}");
        assert!(
            tail.iter().all(|&b| interval.floor(b) == b),
            "{interval:?}: {tail:?} are not all boundaries"
        );
        assert!(
            interval.range(last + 5, DayNumber::MAX).is_empty(),
            "{interval:?}"
        );
        assert!(tail.windows(2).all(|w| w[0] < w[1]), "{interval:?}");
        let head = interval.range(DayNumber::MIN, first + 1_000);
        assert!(head.windows(2).all(|w| w[0] < w[1]), "{interval:?}");
    }
}

#[test]
fn calendar_bounds_agree_with_the_date_module() {
    assert_eq!(CALENDAR_START, day_number(Date::MIN.year(), 1, 1));
    assert_eq!(CALENDAR_END, day_number(Date::MAX.year(), 12, 31));
    assert_eq!(date_of(CALENDAR_START), Date::MIN);
    assert_eq!(date_of(CALENDAR_END), Date::MAX);
}

#[test]
fn whole_calendar_ranges_stay_bounded() {
    let years = Interval::Year.range(DayNumber::MIN, DayNumber::MAX);
    let (first, last) = calendar_bounds();
    let expected = date_of(last).year() - date_of(first).year() + 1;
    assert_eq!(years.len(), expected as usize);
}
