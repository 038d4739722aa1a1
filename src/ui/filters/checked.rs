//! A filter field checked on commit: the text is read when the reader presses Enter or
//! leaves the field. Text that does not read is marked invalid and explained, and the
//! filter keeps its last good value; emptying the field clears that filter.

use std::marker::PhantomData;

use leptos::prelude::*;

use crate::core::filter::FilterState;
use crate::ui::history::HistoryMode;
use crate::ui::state::use_app;

/// The label, the input and its error line. `shown` is the filter's current value as
/// text; `parse` reads non-empty, trimmed text (`None` rejects it, and `hint` says what
/// to type instead); `apply` writes a value read, or `None` for an emptied field, into
/// the filter. `class` names the wrapper for layout and `inputmode` picks the phone
/// keyboard.
#[component]
pub fn CheckedField<T, Shown, Parse, Apply>(
    id: &'static str,
    label: &'static str,
    class: &'static str,
    placeholder: &'static str,
    inputmode: &'static str,
    size: u32,
    hint: &'static str,
    shown: Shown,
    parse: Parse,
    apply: Apply,
    /// Names the type `parse` reads, which no other prop holds.
    #[prop(optional)]
    _value: PhantomData<T>,
) -> impl IntoView
where
    T: 'static,
    Shown: Fn() -> String + Copy + Send + Sync + 'static,
    Parse: Fn(&str) -> Option<T> + Copy + Send + Sync + 'static,
    Apply: Fn(&mut FilterState, Option<T>) + Copy + Send + Sync + 'static,
{
    let state = use_app();
    let draft = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<&'static str>);
    // A rejected draft gives way when the filters change any other way (Reset, Back, a
    // preset), so the field never shows text the filter does not hold.
    Effect::new(move |_| {
        state.filter.track();
        draft.set(None);
        error.set(None);
    });
    let commit = move |text: String| {
        let text = text.trim();
        let read = if text.is_empty() {
            Some(None)
        } else {
            parse(text).map(Some)
        };
        match read {
            Some(value) => {
                error.set(None);
                draft.set(None);
                state.filter_with(|f| apply(f, value), HistoryMode::Push);
            }
            None => error.set(Some(hint)),
        }
    };
    let error_id = format!("{id}-error");
    view! {
        <div class=class>
            <label for=id>{label}</label>
            <input id=id type="text" inputmode=inputmode autocomplete="off" placeholder=placeholder size=size
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
                prop:value=move || draft.get().unwrap_or_else(shown)
                on:input=move |ev| draft.set(Some(event_target_value(&ev)))
                on:change=move |ev| commit(event_target_value(&ev))/>
            <span id=error_id class="field-error" aria-live="polite">{move || error.get()}</span>
        </div>
    }
}
