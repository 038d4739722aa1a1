//! The date window: From and To as typed dates (any precision), and presets.

use leptos::prelude::*;

use crate::core::date::PartialDate;
use crate::core::filter::presets;
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
                <label class="visually-hidden" for="date-presets">"Date presets"</label>
                <select id="date-presets" class="presets" prop:value=chosen on:change=move |ev| apply_preset(event_target_value(&ev))>
                    <option value="custom" disabled=true>"Presets…"</option>
                    {move || presets.get().into_iter().enumerate().map(|(i, p)| view! {
                        <option value=i.to_string()>{p.label}</option>
                    }).collect_view()}
                </select>
            </div>
        </fieldset>
    }
}

/// One end of the window. Text is checked when committed (Enter or leaving the field);
/// an invalid date is marked and explained, and the window keeps its last good value.
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
    let draft = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    // A rejected draft gives way when the filters change any other way (Reset, Back, a
    // preset), so the field never shows text the filter does not hold.
    Effect::new(move |_| {
        state.filter.track();
        draft.set(None);
        error.set(None);
    });
    let commit = move |text: String| {
        let text = text.trim().to_string();
        let parsed = if text.is_empty() {
            Ok(None)
        } else {
            text.parse::<PartialDate>().map(Some)
        };
        match parsed {
            Ok(date) => {
                error.set(None);
                draft.set(None);
                state.filter_with(
                    |f| match end {
                        End::From => f.from = date,
                        End::To => f.to = date,
                    },
                    HistoryMode::Push,
                );
            }
            Err(_) => error.set(Some("Use YYYY, YYYY-MM or YYYY-MM-DD".into())),
        }
    };
    let error_id = format!("{id}-error");
    view! {
        <span class="date-field">
            <label for=id>{label}</label>
            <input id=id type="text" inputmode="numeric" autocomplete="off" placeholder="YYYY-MM-DD" size="10"
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
                prop:value=move || draft.get().unwrap_or_else(|| value.get().map(|d| d.to_string()).unwrap_or_default())
                on:input=move |ev| draft.set(Some(event_target_value(&ev)))
                on:change=move |ev| commit(event_target_value(&ev))/>
            <span id=error_id class="field-error" aria-live="polite">{move || error.get()}</span>
        </span>
    }
}
