//! What the details panel says about a selection: an event's quotes by source, where
//! reports differ about it, and an entity's totals and activity.

pub mod citations;
pub mod reports;
pub mod sparkline;
pub mod totals;

pub use citations::{Citation, citations, source_numbers};
pub use reports::{Disagreement, DisputedFigures, Variant, disagreements, disputed_figures};
pub use sparkline::{Activity, activity};
pub use totals::{ByCertainty, RangeSum, Totals, totals};
