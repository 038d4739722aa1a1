//! What the details panel says about a selection: an event's quotes by source, where
//! reports differ about it, an entity's totals and activity, and the largest deals
//! shown while nothing is selected.

pub mod citations;
pub mod largest;
pub mod long_list;
pub mod parts;
pub mod reports;
pub mod sparkline;
pub mod totals;

pub use citations::{Citation, citations, source_numbers};
pub use largest::largest_deals;
pub use reports::{Disagreement, DisputedFigures, Variant, disagreements, disputed_figures};
pub use sparkline::{Activity, activity};
pub use totals::{ByCertainty, RangeSum, Totals, totals};
