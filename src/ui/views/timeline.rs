//! The timeline view; see `ui::timeline`.

pub use crate::ui::timeline::TimelineView;
