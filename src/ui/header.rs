//! The masthead: the app's name, the dataset's title, and the import controls.

use leptos::prelude::*;

use crate::ui::about::about_opener;
use crate::ui::import::ImportControl;
use crate::ui::state::{Origin, use_app};

#[component]
pub fn Header() -> impl IntoView {
    let state = use_app();
    let title = move || {
        state.atlas.with(|a| {
            a.as_ref()
                .map(|a| a.dataset.title.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <header class="masthead">
            <div class="masthead-titles">
                <h1>"Capital Atlas"</h1>
                <p class="dataset-title" title=title>{title}</p>
                // On its own line, whatever the length of an imported dataset's title.
                {about_opener("about-data-top", "")}
            </div>
            <div class="masthead-data">
                {move || match state.origin.get() {
                    Origin::Bundled => None,
                    Origin::Imported(name) => Some(view! {
                        <p class="imported">
                            <span>"Imported: " <strong title=name.clone()>{name.clone()}</strong></span>
                            <button type="button" on:click=move |_| state.use_bundled()>"Back to bundled data"</button>
                        </p>
                    }),
                }}
                <ImportControl/>
            </div>
        </header>
    }
}
