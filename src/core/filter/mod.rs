//! Filtering: the one place where events are kept or dropped for every view.

pub mod apply;
pub mod presets;
pub mod state;

pub use apply::{Filtered, apply};
pub use presets::{Preset, presets};
pub use state::{FilterState, is_shown};
