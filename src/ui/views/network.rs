//! The network view; see `ui::network`.

pub use crate::ui::network::NetworkView;
