//! The page: header, views, details and footer, wired to the shared state.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::format::keep_dates_whole;
use crate::core::index::Atlas;
use crate::core::link::{LinkState, View};
use crate::ui::details::DetailsPanel;
use crate::ui::export::ExportMenu;
use crate::ui::filters::FilterBar;
use crate::ui::footer::Footer;
use crate::ui::header::Header;
use crate::ui::import::{DropZone, ImportProblems};
use crate::ui::loader::{self, FetchError};
use crate::ui::notices::{LinkNotice, LoadFailure, StatusMessage};
use crate::ui::state::{AppState, LoadStatus, Origin};
use crate::ui::tabs::Tabs;
use crate::ui::views::{NetworkView, TableView, TimelineView};

/// The bundled dataset when it was fetched before the page was built, or `None` when
/// the page loads its data itself.
pub type Prefetched = Option<Result<Arc<Atlas>, FetchError>>;

/// The root component, for the state in `link`. With `prefetched` data the first render
/// already holds the chart.
#[component]
pub fn App(link: LinkState, prefetched: Prefetched) -> impl IntoView {
    let state = AppState::new(link);
    provide_context(state);
    match prefetched {
        Some(bundled) => show_bundled(state, bundled),
        None => start_loading(state),
    }

    // Back and Forward: read the address again; never push while doing so. A write still
    // waiting for its frame is dropped, since the history has moved past it.
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        crate::ui::history::discard();
        state.read_address();
    });
    // Escape clears the selection, or closes the notes on the data in a phone's sheet,
    // wherever focus is, unless a control used it first (a combobox closing its list
    // stops the event).
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        // In a text field Escape belongs to the field (a search box clears itself).
        let in_field = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|t| matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if ev.key() == "Escape"
            && !ev.default_prevented()
            && !in_field
            && (state.link.with_untracked(|l| l.selection.is_some()) || state.about.get_untracked())
        {
            if state.about.get_untracked() {
                crate::ui::about::close_notes(state);
            } else {
                crate::ui::details::close_details(state, true);
            }
        }
    });
    // A history write still waiting for its frame is made as the page is hidden, since a
    // hidden page gets no frames.
    let hidden = window_event_listener(leptos::ev::visibilitychange, |_| {
        crate::ui::history::flush()
    });
    on_cleanup(move || {
        popstate.remove();
        escape.remove();
        hidden.remove();
    });

    let view = Memo::new(move |_| state.link.with(|l| l.view));
    Effect::new(move |_| {
        document().set_title(&format!("{} · Capital Atlas", view.get().label()));
    });

    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <Header/>
        <FilterBar/>
        <LinkNotice/>
        <ImportProblems/>
        <StatusMessage/>
        <DropZone/>
        <div class="workspace">
            <main id="main" class="main" tabindex="-1">
                <div class="view-bar">
                    <Tabs/>
                    // The count says which dates it covers: the timeline's zoom sets the
                    // same window as the From and To fields, and every view follows it.
                    // Only the count is live: the dates change with every frame of a drag,
                    // which would flood a screen reader.
                    <p class="count">
                        <span class="count-shown" aria-live="polite">{move || state.filtered.get().count_text()}</span>
                        {move || state.filter.with(|f| crate::core::format::period(f.from.as_ref(), f.to.as_ref()))
                            .map(|period| view! { " " <span class="count-window">{format!("dated {}", keep_dates_whole(&period))}</span> })}
                    </p>
                    <ExportMenu/>
                </div>
                {move || match state.status.get() {
                    LoadStatus::Loading => view! {
                        <p class="loading" role="status">"Loading the dataset…"</p>
                    }.into_any(),
                    LoadStatus::Failed(message) => view! { <LoadFailure message/> }.into_any(),
                    LoadStatus::Ready => view! {
                        <div role="tabpanel" id=move || format!("panel-{}", view.get().id())
                            aria-labelledby=move || format!("tab-{}", view.get().id()) class="panel">
                            {move || match view.get() {
                                View::Timeline => view! { <TimelineView/> }.into_any(),
                                View::Network => view! { <NetworkView/> }.into_any(),
                                View::Table => view! { <TableView/> }.into_any(),
                            }}
                        </div>
                    }.into_any(),
                }}
            </main>
            <DetailsPanel/>
        </div>
        <Footer/>
    }
}

/// Loads the data the link names, or the bundled data; a failed `data=` address falls
/// back to the bundled data with a notice, so the page always has something to show.
fn start_loading(state: AppState) {
    let requested = state.link.get_untracked().data;
    leptos::task::spawn_local(async move {
        if let Some(url) = requested {
            match loader::fetch_atlas(&url).await {
                // A file the reader imported while this loaded stays.
                Ok(_) if imported_meanwhile(state) => return,
                Ok(atlas) => {
                    state.set_atlas(Arc::new(atlas), Origin::Imported(url));
                    return;
                }
                Err(error) => state.link_notice.set(Some(error.message(&url))),
            }
        }
        show_bundled(state, loader::fetch_bundled().await);
    });
}

/// Whether data is already shown while a load was under way: the reader imported a file.
fn imported_meanwhile(state: AppState) -> bool {
    state.status.get_untracked() == LoadStatus::Ready
}

/// Shows the bundled data, keeping any notice about a `data=` address that failed, or
/// says why the bundled data could not be loaded. A file the reader imported while it
/// loaded stays on screen, and the bundled data waits for "Back to bundled data".
fn show_bundled(state: AppState, bundled: Result<Arc<Atlas>, FetchError>) {
    match bundled {
        Ok(atlas) if imported_meanwhile(state) => state.bundled.set_value(Some(atlas)),
        Err(error) if imported_meanwhile(state) => {
            leptos::logging::error!("bundled dataset failed to load: {error:?}");
        }
        Ok(atlas) => {
            let notice = state.link_notice.get_untracked();
            state.set_atlas(atlas, Origin::Bundled);
            if let Some(notice) = notice {
                state.link_notice.update(|n| {
                    *n = Some(match n.take() {
                        Some(ignored) => format!("{notice} {ignored}"),
                        None => notice,
                    })
                });
            }
        }
        Err(error) => {
            leptos::logging::error!("bundled dataset failed to load: {error:?}");
            state
                .status
                .set(LoadStatus::Failed(error.message(loader::BUNDLED_DATA)));
        }
    }
}
