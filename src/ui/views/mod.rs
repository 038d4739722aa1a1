//! The three views of the filtered events.

mod network;
mod table;
mod timeline;

pub use network::NetworkView;
pub use table::TableView;
pub use timeline::TimelineView;
