//! The buttons that open the notes on the data (largest deals, how to read the charts,
//! the sources) in the sheet on phones and tablets, which have no panel beside the chart
//! to show them while nothing is selected. One sits under the dataset's title, where a
//! reader looks first; one in the footer, beside the sources it sums up.

use std::cell::Cell;

use leptos::prelude::*;

use crate::ui::focus;
use crate::ui::state::{AppState, use_app};

thread_local! {
    /// The id of the button that last opened the notes, which gets focus back.
    static OPENER: Cell<&'static str> = const { Cell::new("about-data") };
}

/// Closes the notes on the data in the sheet. Focus inside the sheet goes back to the
/// button that opened them, since the sheet it was in slides away, or to the view when
/// that button is hidden (the window has widened since).
pub fn close_notes(state: AppState) {
    let in_sheet = focus::is_within(".details");
    state.about.set(false);
    if in_sheet && !focus::focus_first(&format!("#{}", OPENER.get())) {
        focus::focus_first("#main");
    }
}

/// "About the data", after `lead`: a button that opens the notes, or closes them when
/// open. Hidden beside the panel on wide screens (app.css), where the notes are always
/// in view.
pub fn about_opener(id: &'static str, lead: &'static str) -> impl IntoView {
    let state = use_app();
    let toggle = move |_| {
        if state.about.get_untracked() {
            state.about.set(false);
            return;
        }
        OPENER.set(id);
        state.about.set(true);
        // Leptos renders the change after this handler, so Close takes focus a frame on.
        request_animation_frame(|| {
            focus::focus_first(".details .about-close");
        });
    };
    view! {
        <span class="about-opener">{lead}<button type="button" id=id class="link" aria-controls="details"
            aria-expanded=move || state.about.get().to_string() on:click=toggle>"About the data"</button></span>
    }
}
