//! The pure core: data, rules and geometry, with no knowledge of the DOM.
//!
//! Nothing under `core` may import leptos, web-sys, gloo, js-sys or wasm-bindgen. Those
//! crates are wasm-only dependencies, so a native `cargo test` fails to compile if the
//! rule is broken.

pub mod dataset;
pub mod date;
pub mod details;
pub mod export;
pub mod filter;
pub mod format;
pub mod graph;
pub mod hit;
pub mod import;
pub mod index;
pub mod keyword;
pub mod layout;
pub mod link;
pub mod money;
pub mod order;
pub mod problem;
pub mod related;
pub mod reveal;
pub mod scale;
pub mod sort;
pub mod suggest;
#[cfg(test)]
pub(crate) mod testkit;
pub mod timeline;
