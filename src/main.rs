//! Mounts the app in the browser. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    capital_atlas::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Capital Atlas runs in the browser: start it with `make serve`.");
}
