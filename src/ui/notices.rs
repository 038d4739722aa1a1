//! Messages about input: what a link asked for that was ignored, and a failed load.

use leptos::prelude::*;

use crate::ui::state::use_app;

/// "Ignored in the link: …", dismissible. A status, not an alert: the page still works.
#[component]
pub fn LinkNotice() -> impl IntoView {
    let state = use_app();
    view! {
        <div role="status" class="notice-slot">
            {move || state.link_notice.get().map(|text| view! {
                <div class="notice">
                    <p>{text}</p>
                    <button type="button" class="quiet" aria-label="Dismiss notice"
                        on:click=move |_| state.link_notice.set(None)>"Dismiss"</button>
                </div>
            })}
        </div>
    }
}

/// The bundled data could not be loaded: say why and offer a reload.
#[component]
pub fn LoadFailure(message: String) -> impl IntoView {
    view! {
        <div role="alert" class="failure">
            <h2>"The data could not be loaded"</h2>
            <p>{message}</p>
            <button type="button" on:click=move |_| { crate::ui::history::flush(); let _ = window().location().reload(); }>"Reload"</button>
        </div>
    }
}

/// Short confirmations ("Link copied"), announced politely and cleared after a while.
#[component]
pub fn StatusMessage() -> impl IntoView {
    let state = use_app();
    Effect::new(move |_| {
        if let Some(message) = state.status_message.get() {
            // Only this message is cleared: a newer one keeps its own four seconds.
            let clear = move || {
                if state.status_message.get_untracked().as_deref() == Some(message.as_str()) {
                    state.status_message.set(None);
                }
            };
            set_timeout(clear, std::time::Duration::from_secs(4));
        }
    });
    view! {
        <div role="status" aria-live="polite" class="toast" class:visible=move || state.status_message.with(Option::is_some)>
            {move || state.status_message.get()}
        </div>
    }
}
