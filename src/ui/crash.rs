//! When something breaks anyway: a readable message in the page, never a blank one.
//!
//! A panic in a release build aborts the WebAssembly instance, so the message cannot
//! rely on Leptos or on any wasm code running afterwards. The hook writes plain DOM
//! while the instance is still alive, and the Reload button is handled by
//! `assets/boot.js`, which keeps working after the instance stops.

use leptos::prelude::*;

/// Installs the panic hook: the console keeps the details, the page shows the notice.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_notice(&info.to_string());
    }));
}

/// Removes the page's own "Loading" lines (index.html), which the app or a crash
/// notice replaces.
pub fn remove_loading_lines() {
    if let Ok(Some(loading)) = document().query_selector(".boot") {
        loading.remove();
    }
}

/// Puts the crash notice at the top of the page, once.
pub fn show_crash_notice(detail: &str) {
    remove_loading_lines();
    let document = document();
    if document.get_element_by_id("crash-notice").is_some() {
        return;
    }
    let Some(body) = document.body() else { return };
    let build = || -> Result<(), wasm_bindgen::JsValue> {
        let notice = document.create_element("div")?;
        notice.set_id("crash-notice");
        notice.set_attribute("role", "alert")?;
        notice.set_class_name("crash");
        let heading = document.create_element("h2")?;
        heading.set_text_content(Some("Capital Atlas stopped working"));
        let text = document.create_element("p")?;
        text.set_text_content(Some(
            "Something went wrong inside the app. Your link is kept: reload to start again from the same view.",
        ));
        let button = document.create_element("button")?;
        button.set_attribute("type", "button")?;
        button.set_attribute("data-action", "reload")?;
        button.set_text_content(Some("Reload"));
        let details = document.create_element("details")?;
        let summary = document.create_element("summary")?;
        summary.set_text_content(Some("Technical details"));
        let pre = document.create_element("pre")?;
        // Text content, never HTML: the message may quote data from a file or link.
        pre.set_text_content(Some(detail));
        details.append_child(&summary)?;
        details.append_child(&pre)?;
        for child in [&heading, &text, &button, &details] {
            notice.append_child(child)?;
        }
        body.prepend_with_node_1(&notice)
    };
    if let Err(error) = build() {
        web_sys::console::error_2(&"could not show the crash notice".into(), &error);
    }
}
