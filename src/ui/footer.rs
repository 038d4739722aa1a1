//! The colophon: how current the data is, where it comes from, and the privacy promise.

use leptos::prelude::*;

use crate::core::format;
use crate::ui::about::about_opener;
use crate::ui::state::use_app;

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
    view! {
        <footer class="colophon">
            <p>{facts}{about_opener("about-data", " · ")}</p>
            <p>"Runs entirely in your browser: nothing you view or import is sent anywhere."</p>
        </footer>
    }
}
