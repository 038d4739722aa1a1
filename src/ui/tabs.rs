//! The view switcher: a WAI-ARIA tab list. Choosing a tab writes `view=` into the link
//! and pushes a history entry; arrow keys move between tabs.

use leptos::prelude::*;

use crate::core::link::View;
use crate::ui::history::HistoryMode;
use crate::ui::state::use_app;

#[component]
pub fn Tabs() -> impl IntoView {
    let state = use_app();
    let current = Memo::new(move |_| state.link.with(|l| l.view));
    let choose = move |view: View| {
        state.navigate(|link| link.view = view, HistoryMode::Push);
        if let Some(tab) = document().get_element_by_id(&format!("tab-{}", view.id()))
            && let Ok(tab) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(tab)
        {
            let _ = tab.focus();
        }
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        let views = View::ALL;
        let at = views
            .iter()
            .position(|v| *v == current.get_untracked())
            .unwrap_or(0);
        let next = match event.key().as_str() {
            "ArrowRight" => views[(at + 1) % views.len()],
            "ArrowLeft" => views[(at + views.len() - 1) % views.len()],
            "Home" => views[0],
            "End" => views[views.len() - 1],
            _ => return,
        };
        event.prevent_default();
        choose(next);
    };
    view! {
        <div role="tablist" aria-label="Views" class="tabs" on:keydown=on_key>
            {View::ALL.iter().map(|&view| {
                let selected = move || current.get() == view;
                view! {
                    <button type="button" role="tab" id=format!("tab-{}", view.id())
                        aria-controls=format!("panel-{}", view.id())
                        aria-selected=move || selected().to_string()
                        tabindex=move || if selected() { "0" } else { "-1" }
                        class="tab" on:click=move |_| choose(view)>
                        {view.label()}
                    </button>
                }
            }).collect_view()}
        </div>
    }
}
