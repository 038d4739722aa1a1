//! The masthead: the app's name and the dataset's title.

use leptos::prelude::*;

use crate::ui::state::{Origin, use_app};

#[component]
pub fn Header() -> impl IntoView {
    let state = use_app();
    let title = move || state.atlas.with(|a| a.as_ref().map(|a| a.dataset.title.clone()).unwrap_or_default());
    view! {
        <header class="masthead">
            <div class="masthead-titles">
                <h1>"Capital Atlas"</h1>
                <p class="dataset-title">{title}</p>
            </div>
            {move || match state.origin.get() {
                Origin::Bundled => None,
                Origin::Imported(name) => Some(view! {
                    <p class="imported">"Showing imported data: " <strong>{name}</strong></p>
                }),
            }}
        </header>
    }
}
