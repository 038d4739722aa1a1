//! The overview strip's histogram: how many events fall in each slice of the whole
//! extent, so the reader sees where the data is dense while zoomed in elsewhere.

use super::TimelineData;

/// Counts of marks per bin over `domain` (days), `bins` bins wide. Marks outside the
/// domain are left out; a mark counts in the bin of its centre.
pub fn density(data: &TimelineData, domain: (f64, f64), bins: usize) -> Vec<u32> {
    let mut counts = vec![0; bins];
    let (start, end) = domain;
    let span = end - start;
    if bins == 0 || !span.is_finite() || span <= 0.0 {
        return counts;
    }
    for mark in &data.marks {
        let at = (mark.center_day - start) / span * bins as f64;
        if at >= 0.0 && at < bins as f64 {
            counts[at as usize] += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::load_json;
    use crate::core::index::Atlas;
    use crate::core::link::LaneGrouping;
    use crate::core::timeline::layout;

    #[test]
    fn every_placed_mark_is_counted_once_over_the_extent() {
        let atlas = Atlas::new(load_json(include_str!("../../../assets/data/atlas.json")).unwrap());
        let all: Vec<usize> = (0..atlas.dataset.events.len()).collect();
        let data = layout(&atlas, &all, LaneGrouping::Recipient);
        let (first, last) = data.extent.unwrap();
        let counts = density(&data, (f64::from(first), f64::from(last) + 1.0), 50);
        assert_eq!(counts.iter().sum::<u32>() as usize, data.marks.len());
        // The densest slice is the one of the late-January reports.
        let densest = (0..50).max_by_key(|&i| (counts[i], i)).unwrap();
        let bin_days = (f64::from(last) + 1.0 - f64::from(first)) / 50.0;
        let start = f64::from(first) + densest as f64 * bin_days;
        let october: f64 = "2025-10"
            .parse::<crate::core::date::PartialDate>()
            .unwrap()
            .first_day()
            .into();
        let march: f64 = "2026-03"
            .parse::<crate::core::date::PartialDate>()
            .unwrap()
            .first_day()
            .into();
        assert!(
            (october..march).contains(&start),
            "densest bin starts on day {start}"
        );
    }

    #[test]
    fn degenerate_domains_and_bins_count_nothing() {
        let atlas =
            Atlas::new(load_json(include_str!("../../../tests/fixtures/small.json")).unwrap());
        let data = layout(&atlas, &[0, 1], LaneGrouping::Recipient);
        assert!(density(&data, (5.0, 5.0), 10).iter().all(|&c| c == 0));
        assert!(density(&data, (f64::NAN, 5.0), 10).iter().all(|&c| c == 0));
        assert!(density(&data, (0.0, 1e9), 0).is_empty());
    }
}
