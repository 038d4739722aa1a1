//! Scales and calendar ticks: how numbers and days become pixels, and which labels go
//! on the axes.
//!
//! `LinearScale` and `SqrtScale` size and place marks; `TimeScale` maps days to the
//! timeline's pixels and handles zoom and pan; `Interval` steps through the calendar and
//! `time_ticks` picks the finest interval whose labels fit at the current zoom;
//! `place_labels` puts labels where they cover neither marks nor more important labels.
//! Everything here is pure arithmetic on plain values, so the interface can call it on
//! every frame and the tests can pin it down exactly.
//!
//! The design follows d3-scale and d3-time. It is written here rather than imported
//! because no maintained Rust crate offers d3-style scales with calendar ticks, and the
//! part that matters most — labels that adapt to zoom without overlapping — is
//! specific to this timeline anyway.

pub mod interval;
pub mod labels;
pub mod linear;
pub mod sqrt;
pub mod ticks;
pub mod time;

pub use interval::Interval;
pub use labels::{LabelBox, grid_cells, place_labels, resolve_collisions};
pub use linear::{LinearScale, tick_step};
pub use sqrt::SqrtScale;
pub use ticks::{Tick, TickSet, time_ticks};
pub use time::TimeScale;
