//! Reset and Copy link.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::core::filter::FilterState;
use crate::ui::state::use_app;

/// `place` is `wide` or `narrow`: the bar draws the actions where its layout wants them
/// (see `FilterBar`), and the styles show one of the two.
#[component]
pub fn FilterActions(place: &'static str) -> impl IntoView {
    let state = use_app();
    let fallback = RwSignal::new(None::<String>);
    let reset = move |_| state.reset();
    let copy = move |_| {
        let url = crate::ui::history::current_href();
        let clipboard = window().navigator().clipboard();
        leptos::task::spawn_local(async move {
            match JsFuture::from(clipboard.write_text(&url)).await {
                Ok(_) => {
                    fallback.set(None);
                    state.status_message.set(Some("Link copied".into()));
                }
                // No clipboard (permissions, an old browser): show the link to copy by hand.
                Err(_) => fallback.set(Some(url)),
            }
        });
    };
    // The fallback field takes focus with its text selected, ready for Ctrl+C; the
    // `autofocus` attribute would not do, since it only acts while the page loads.
    let field = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = field.get() {
            let _ = input.focus();
            input.select();
        }
    });
    let select_all = move |ev: leptos::ev::FocusEvent| {
        if let Some(input) = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
        {
            input.select();
        }
    };
    view! {
        <div class=format!("field actions {place}")>
            <button type="button" on:click=reset disabled=move || state.filter.with(FilterState::is_empty)
                && state.link.with(|l| l.selection.is_none())>"Reset"</button>
            // In a phone's drawer the button that shows the events is the main one.
            <button type="button" class:primary={place == "wide"} on:click=copy>"Copy link"</button>
            {move || fallback.get().map(|url| view! {
                <div class="copy-fallback">
                    <label for="copy-fallback">"Copy this link"</label>
                    <input id="copy-fallback" type="text" readonly=true prop:value=url on:focus=select_all node_ref=field/>
                </div>
            })}
        </div>
    }
}
