//! What the details panel says about a selection: where reports differ about an event,
//! and an entity's totals and activity.

pub mod reports;
pub mod sparkline;
pub mod totals;

pub use reports::{Disagreement, DisputedFigures, Variant, disagreements, disputed_figures};
pub use sparkline::{Activity, activity};
pub use totals::{ByCertainty, RangeSum, Totals, totals};
