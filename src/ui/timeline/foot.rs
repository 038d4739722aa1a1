//! Under the timeline: its legend, and a note on the matching events it cannot place
//! for want of a date, with where to find them.

use leptos::prelude::*;

use super::{Timeline, legend};
use crate::core::link::View;
use crate::core::timeline::describe::undated_note;
use crate::ui::history::HistoryMode;

#[component]
pub fn Foot(timeline: Timeline) -> impl IntoView {
    let state = timeline.state;
    let undated = move || timeline.data.with(|d| d.as_ref().map_or(0, |d| d.undated));
    let windowed = move || state.filter.with(|f| f.has_window());
    view! {
        <div class="timeline-foot">
            <legend::Legend timeline/>
            {move || (undated() > 0).then(|| {
                let windowed = windowed();
                // The table shows undated events only while no date window is set, so
                // with one the way to them is to clear it.
                let act = move |_| {
                    if windowed {
                        timeline.fit();
                    } else {
                        state.navigate(|l| l.view = View::Table, HistoryMode::Push);
                    }
                };
                let label = if windowed { "Clear the dates" } else { "See them in the table" };
                view! {
                    <p class="undated-note">{undated_note(undated(), windowed)}" "
                        <button type="button" class="link" on:click=act>{label}</button>
                    </p>
                }
            })}
        </div>
    }
}
