//! The Leptos user interface: thin components that render results from `core` and
//! wire the shared signals. Compiled for the browser only.

pub mod app;
pub mod clock;
pub mod crash;
pub mod details;
pub mod download;
pub mod export;
pub mod filters;
pub mod footer;
pub mod header;
pub mod history;
pub mod import;
pub mod loader;
pub mod network;
pub mod no_match;
pub mod notices;
pub mod perf;
pub mod pointers;
pub mod resize;
pub mod state;
pub mod tabs;
pub mod timeline;
pub mod views;

/// Starts the app: installs the crash notice and mounts the page.
pub fn start() {
    perf::mark("app-start");
    crash::install_panic_hook();
    leptos::mount::mount_to_body(app::App);
}
