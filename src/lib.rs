//! Capital Atlas: who funds whom in the AI industry.
pub mod core;
#[cfg(target_arch = "wasm32")]
pub mod ui;
