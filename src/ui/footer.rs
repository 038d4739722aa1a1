//! The colophon: how current the data is, where it comes from, and the privacy promise.

use leptos::prelude::*;

use crate::core::format;
use crate::ui::focus;
use crate::ui::state::use_app;

/// Closes the notes on the data in the sheet. Focus inside the sheet goes back to the
/// button that opened them, since the sheet it was in slides away.
pub fn close_notes(state: crate::ui::state::AppState) {
    let in_sheet = focus::is_within(".details");
    state.about.set(false);
    if in_sheet {
        focus::focus_first("#about-data");
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
    let toggle_notes = move |_| {
        if state.about.get_untracked() {
            state.about.set(false);
            return;
        }
        state.about.set(true);
        // Leptos renders the change after this handler, so Close takes focus a frame on.
        request_animation_frame(|| {
            focus::focus_first(".details .about-close");
        });
    };
    view! {
        <footer class="colophon">
            <p>{facts}<span class="about-opener">" · "<button type="button" id="about-data" class="link" aria-controls="details"
                aria-expanded=move || state.about.get().to_string() on:click=toggle_notes>"About the data"</button></span></p>
            <p>"Runs entirely in your browser: nothing you view or import is sent anywhere."</p>
        </footer>
    }
}
