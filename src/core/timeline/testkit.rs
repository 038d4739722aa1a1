//! A synthetic timeline atlas for the timeline's clustering and stacking tests; the shared
//! fixtures and event builders are in `core::testkit`.

use crate::core::index::Atlas;
use crate::core::testkit::{EventExt, atlas, event, seeded};

/// A seeded synthetic atlas: `n` day-precision events spread over ten years across
/// `lanes` recipients, with amounts spanning five orders of magnitude. A few events share
/// a day in the same lane, as real data does.
pub(super) fn synthetic_atlas(n: usize, lanes: usize) -> Atlas {
    let mut next = seeded(0);
    let events = (0..n)
        .map(|i| {
            let day = 16_000 + next(3_650) as i32;
            let date = crate::core::date::PartialDate::from_day_number(day).to_string();
            let recipient = format!("co{}", next(lanes));
            let investor = format!("inv{}", next(40));
            let amount = 1e6 * 10f64.powi(next(5) as i32) * (1 + next(9)) as f64;
            event(&format!("e{i:05}"), Some(&date))
                .from(&[&investor])
                .to(&recipient)
                .usd(amount)
        })
        .collect();
    atlas(events)
}
