//! The date window: From and To as typed dates (any precision), and presets.

use leptos::prelude::*;

use super::checked::CheckedField;
use crate::core::date::PartialDate;
use crate::core::filter::{FilterState, presets};
use crate::ui::history::HistoryMode;
use crate::ui::state::use_app;

/// Which end of the window a field edits.
#[derive(Clone, Copy, PartialEq)]
enum End {
    From,
    To,
}

#[component]
pub fn WindowFilter() -> impl IntoView {
    let state = use_app();
    let presets = Memo::new(move |_| {
        state
            .atlas
            .with(|a| a.as_ref().map(|a| presets(a)).unwrap_or_default())
    });
    let current = Memo::new(move |_| state.filter.with(|f| (f.from, f.to)));
    // The preset the window matches, if any, so the menu shows where you are.
    let chosen = move || {
        let (from, to) = current.get();
        presets
            .with(|p| p.iter().position(|p| p.from == from && p.to == to))
            .map_or("custom".to_string(), |i| i.to_string())
    };
    let apply_preset = move |value: String| {
        if let Some(preset) = value
            .parse::<usize>()
            .ok()
            .and_then(|i| presets.with_untracked(|p| p.get(i).cloned()))
        {
            state.filter_with(
                |f| {
                    f.from = preset.from;
                    f.to = preset.to;
                },
                HistoryMode::Push,
            );
        }
    };
    view! {
        <fieldset class="field window-field">
            <legend class="visually-hidden">"Dates"</legend>
            <div class="window-inputs">
                <DateField end=End::From/>
                <span class="dash" aria-hidden="true">"–"</span>
                <DateField end=End::To/>
                // Labelled like From and To, so it does not read as a third date.
                <div class="date-field presets-field">
                    <label for="date-presets">"Period"</label>
                    <select id="date-presets" class="presets" prop:value=chosen on:change=move |ev| apply_preset(event_target_value(&ev))>
                        <option value="custom" disabled=true>"Presets…"</option>
                        {move || presets.get().into_iter().enumerate().map(|(i, p)| view! {
                            <option value=i.to_string()>{p.label}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
        </fieldset>
    }
}

/// One end of the window, as a date of any precision.
#[component]
fn DateField(end: End) -> impl IntoView {
    let state = use_app();
    let (id, label) = match end {
        End::From => ("date-from", "From"),
        End::To => ("date-to", "To"),
    };
    let value = Memo::new(move |_| {
        state.filter.with(|f| match end {
            End::From => f.from,
            End::To => f.to,
        })
    });
    let shown = move || value.get().map(|d| d.to_string()).unwrap_or_default();
    let parse = |text: &str| text.parse::<PartialDate>().ok();
    let apply = move |f: &mut FilterState, date: Option<PartialDate>| match end {
        End::From => f.from = date,
        End::To => f.to = date,
    };
    view! {
        <CheckedField id=id label=label class="date-field"
            placeholder="YYYY-MM-DD" inputmode="numeric" size=10
            hint="Use YYYY, YYYY-MM or YYYY-MM-DD"
            shown=shown parse=parse apply=apply/>
    }
}
