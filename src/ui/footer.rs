//! The colophon: how current the data is, where it comes from, and the privacy promise.

use leptos::prelude::*;

use crate::core::format;
use crate::ui::state::use_app;

/// Gives focus back to the button that opened the notes, as they close.
pub fn focus_about_button() {
    focus("#about-data");
}

/// Focuses the first element `selector` matches, if any.
fn focus(selector: &str) {
    if let Some(element) = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = element.focus();
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let state = use_app();
    let facts = move || {
        state.atlas.with(|atlas| {
            atlas.as_ref().map(|atlas| {
                let sources = atlas.dataset.sources.len();
                format!(
                    "Data as of {} · {} {}",
                    format::date(&atlas.dataset.as_of),
                    format::count(sources),
                    if sources == 1 { "source" } else { "sources" }
                )
            })
        })
    };
    // Phones and tablets have no panel beside the chart, so the notes it shows while
    // nothing is selected open in the sheet from here.
    let open_notes = move |_| {
        state.select(None);
        state.about.set(true);
        // The sheet is visible from the next frame: its Close takes focus then.
        request_animation_frame(|| focus(".details .about-close"));
    };
    view! {
        <footer class="colophon">
            <p>{facts}<span class="about-open">" · "<button type="button" id="about-data" class="link" aria-expanded=move || state.about.get().to_string()
                on:click=open_notes>"About the data"</button></span></p>
            <p>"Runs entirely in your browser: nothing you view or import is sent anywhere."</p>
        </footer>
    }
}
