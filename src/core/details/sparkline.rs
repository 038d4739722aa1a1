//! An entity's activity over time, binned by year, for a small sparkline.

use crate::core::index::Atlas;

/// Event counts per year from `first_year` on, one bin per year.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Activity {
    pub first_year: i32,
    pub counts: Vec<u32>,
}

/// Counts the dated events among `events` per year, over the years the whole dataset
/// spans, so sparklines of different entities share one time axis.
pub fn activity(atlas: &Atlas, events: &[usize]) -> Activity {
    let years = |i: usize| atlas.dataset.events[i].date.map(|d| d.year_number());
    let all = atlas.index.by_date.iter().filter_map(|&i| years(i));
    let (Some(first), Some(last)) = (all.clone().min(), all.max()) else {
        return Activity::default();
    };
    let mut counts = vec![0; (last - first + 1) as usize];
    for year in events.iter().filter_map(|&i| years(i)) {
        counts[(year - first) as usize] += 1;
    }
    Activity {
        first_year: first,
        counts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::load_json;

    #[test]
    fn counts_fall_in_their_years_on_the_dataset_axis() {
        let atlas =
            Atlas::new(load_json(include_str!("../../../tests/fixtures/small.json")).unwrap());
        let openai = atlas.index.entity("openai").unwrap();
        let found = activity(&atlas, &atlas.index.events_of_entity[openai]);
        assert_eq!(found.first_year, 2015);
        assert_eq!(found.counts.len(), 12, "2015 to 2026");
        assert_eq!(found.counts[0], 1, "founded in 2015");
        assert_eq!(found.counts[11], 3, "three dated events in 2026");
        assert_eq!(
            found.counts.iter().sum::<u32>(),
            5,
            "undated events are not counted"
        );
    }

    #[test]
    fn no_dated_events_give_an_empty_activity() {
        let mut dataset = load_json(include_str!("../../../tests/fixtures/small.json")).unwrap();
        dataset.events.iter_mut().for_each(|e| e.date = None);
        let atlas = Atlas::new(dataset);
        assert_eq!(activity(&atlas, &[0, 1]), Activity::default());
    }
}
