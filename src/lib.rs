//! Capital Atlas: who funds whom in the AI industry.
pub mod core;
pub mod synth;
#[cfg(target_arch = "wasm32")]
pub mod ui;
