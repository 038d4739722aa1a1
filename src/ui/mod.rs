//! The Leptos user interface: thin components that render results from `core` and
//! wire the shared signals. Compiled for the browser only.

pub mod about;
pub mod app;
pub mod class_list;
pub mod clock;
pub mod crash;
pub mod details;
pub mod download;
pub mod export;
pub mod filters;
pub mod focus;
pub mod footer;
pub mod header;
pub mod history;
pub mod import;
pub mod loader;
pub mod measure;
pub mod network;
pub mod no_match;
pub mod notices;
pub mod perf;
pub mod pointers;
pub mod resize;
pub mod state;
pub mod svg;
pub mod tabs;
pub mod timeline;
pub mod views;

/// Starts the app: installs the crash notice and mounts the page in place of the page's
/// own "Loading" lines.
///
/// Without `data=` the page waits for the bundled data before it is built. `boot.js`
/// asked for that file and read it while the page was read, beside the WebAssembly, and
/// the file is far smaller, so its text is there by now or in a moment
/// (`loader::fetch_bundled`); the first render then holds the chart, and the browser
/// never lays out and paints an empty page first. (Should the request hang, `boot.js`
/// says so and offers Reload.) A `data=` address may be slow, so that page is built at
/// once and says it is loading the data.
pub fn start() {
    perf::mark("app-start");
    crash::install_panic_hook();
    let link =
        crate::core::link::parse(&history::current_query(), &crate::core::link::AcceptAll).state;
    if link.data.is_some() {
        mount(link, None);
        return;
    }
    // Leptos sets up its task executor when it mounts, so this first task is wasm-bindgen's.
    wasm_bindgen_futures::spawn_local(async move {
        let bundled = loader::fetch_bundled().await;
        mount(link, Some(bundled));
    });
}

/// Replaces the page's own "Loading" lines (index.html) with the app.
fn mount(link: crate::core::link::LinkState, prefetched: app::Prefetched) {
    crash::remove_loading_lines();
    leptos::mount::mount_to_body(move || leptos::view! { <app::App link prefetched/> });
}
