//! Quick choices for the date window: all dates, each year in the data, and the twelve
//! months before the data's as-of date.

use crate::core::date::PartialDate;
use crate::core::index::Atlas;

/// A named window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preset {
    pub label: String,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
}

/// The presets for a dataset: "All", "Last 12 months", then every year with events,
/// newest first.
pub fn presets(atlas: &Atlas) -> Vec<Preset> {
    let mut presets = vec![Preset {
        label: "All".into(),
        from: None,
        to: None,
    }];
    let as_of = atlas.dataset.as_of;
    let end = as_of.last_day();
    let start = PartialDate::from_day_number(end).year_number();
    // The day after the same date a year earlier: 30 Jan 2026 → from 31 Jan 2025.
    let last_day = PartialDate::from_day_number(end);
    if let (Some(m), Some(d)) = (last_day.month_number(), last_day.day_of_month()) {
        let year_ago = PartialDate::day(start - 1, m, d)
            .unwrap_or_else(|_| PartialDate::day(start - 1, m, d - 1).unwrap_or(last_day));
        presets.push(Preset {
            label: "Last 12 months".into(),
            from: Some(PartialDate::from_day_number(year_ago.first_day() + 1)),
            to: Some(last_day),
        });
    }
    let mut years: Vec<i32> = atlas
        .dataset
        .events
        .iter()
        .filter_map(|e| e.date.map(|d| d.year_number()))
        .collect();
    crate::core::order::sort_dedup(&mut years);
    years.reverse();
    for year in years {
        let date = PartialDate::year(year).ok();
        presets.push(Preset {
            label: year.to_string(),
            from: date,
            to: date,
        });
    }
    presets
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::load_json;

    #[test]
    fn presets_cover_all_the_last_year_and_each_year() {
        let atlas = Atlas::new(load_json(include_str!("../../../assets/data/atlas.json")).unwrap());
        let found = presets(&atlas);
        let labels: Vec<&str> = found.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "All",
                "Last 12 months",
                "2026",
                "2025",
                "2024",
                "2023",
                "2022",
                "2021",
                "2015"
            ]
        );
        let last = &found[1];
        assert_eq!(last.from.unwrap().to_string(), "2025-01-31");
        assert_eq!(last.to.unwrap().to_string(), "2026-01-30");
        assert_eq!(found[2].from.unwrap().to_string(), "2026");
    }

    #[test]
    fn a_leap_day_as_of_still_gives_a_year() {
        let mut dataset = load_json(include_str!("../../../tests/fixtures/small.json")).unwrap();
        dataset.as_of = "2024-02-29".parse().unwrap();
        let found = presets(&Atlas::new(dataset));
        assert_eq!(found[1].from.unwrap().to_string(), "2023-03-01");
    }

    #[test]
    fn a_month_precision_as_of_ends_the_window_on_its_last_day() {
        let mut dataset = load_json(include_str!("../../../tests/fixtures/small.json")).unwrap();
        dataset.as_of = "2026-01".parse().unwrap();
        let found = presets(&Atlas::new(dataset));
        assert_eq!(found[1].to.unwrap().to_string(), "2026-01-31");
        assert_eq!(found[1].from.unwrap().to_string(), "2025-02-01");
    }
}
