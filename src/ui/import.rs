//! Importing the reader's own data: an "Import data" file control, drag and drop onto
//! the page, and the panel listing every problem when a file is refused.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::dataset::limits::MAX_BYTES;
use crate::core::import::read_any;
use crate::core::index::Atlas;
use crate::core::problem::Problem;
use crate::ui::clock::today;
use crate::ui::state::{AppState, ImportFailure, use_app};

/// How many problems the panel lists before summarising the rest.
const LISTED_PROBLEMS: usize = 100;

/// Reads a file and either puts it on screen or lists why not. The data on screen is
/// replaced only by a file with no problems at all.
pub fn import_file(state: AppState, file: web_sys::File) {
    let name = file.name();
    if file.size() > MAX_BYTES as f64 {
        let problem = Problem::new(
            "the file",
            format!(
                "{:.1} MB is over the limit of {} MB",
                file.size() / 1_048_576.0,
                MAX_BYTES / 1_048_576
            ),
        );
        state.import_failure.set(Some(ImportFailure {
            name,
            problems: vec![problem],
        }));
        return;
    }
    leptos::task::spawn_local(async move {
        let text = match JsFuture::from(file.text()).await {
            Ok(text) => text.as_string().unwrap_or_default(),
            Err(_) => {
                let problem = Problem::new("the file", "it could not be read");
                state.import_failure.set(Some(ImportFailure {
                    name,
                    problems: vec![problem],
                }));
                return;
            }
        };
        match read_any(&name, &text, today()) {
            Ok(dataset) => state.use_import(Atlas::new(dataset), name),
            Err(problems) => state
                .import_failure
                .set(Some(ImportFailure { name, problems })),
        }
    });
}

/// The "Import data" control in the masthead, and "Back to bundled data" after an import.
#[component]
pub fn ImportControl() -> impl IntoView {
    let state = use_app();
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            import_file(state, file);
        }
        // Clearing the input lets the same file be chosen again after fixing it.
        input.set_value("");
    };
    view! {
        <div class="import">
            <label class="button" for="import-file">"Import data"</label>
            <input id="import-file" class="visually-hidden" type="file" accept=".csv,.json,text/csv,application/json"
                on:change=on_change/>
            <span class="hint">"CSV or JSON · or drop a file on the page"</span>
        </div>
    }
}

/// The alert listing every problem of a refused import.
#[component]
pub fn ImportProblems() -> impl IntoView {
    let state = use_app();
    move || {
        state.import_failure.get().map(|failure| {
            let total = failure.problems.len();
            let rows = failure
                .problems
                .iter()
                .take(LISTED_PROBLEMS)
                .map(|p| {
                    view! {
                        <li>
                            <span class="where">{p.location.clone()}</span>
                            {p.value.clone().map(|v| {
                                let shown = if v.is_empty() { "(blank)".to_string() } else { v };
                                view! { <code class="value">{shown}</code> }
                            })}
                            <span class="why">{p.reason.clone()}</span>
                        </li>
                    }
                })
                .collect_view();
            let more = (total > LISTED_PROBLEMS).then(|| view! { <p>{format!("…and {} more.", total - LISTED_PROBLEMS)}</p> });
            let heading = format!(
                "{} was not imported: {} {}",
                failure.name,
                crate::core::format::count(total),
                if total == 1 { "problem" } else { "problems" }
            );
            view! {
                <div role="alert" class="failure import-problems">
                    <h2>{heading}</h2>
                    <p>"Nothing was changed: the data on screen is as it was. Fix these and import the file again."</p>
                    <ol class="problems">{rows}</ol>
                    {more}
                    <button type="button" on:click=move |_| state.import_failure.set(None)>"Dismiss"</button>
                </div>
            }
        })
    }
}

/// Accepts files dropped anywhere on the page, with an overlay while one is dragged over.
#[component]
pub fn DropZone() -> impl IntoView {
    let state = use_app();
    let dragging = RwSignal::new(false);
    let has_files = |ev: &web_sys::DragEvent| {
        ev.data_transfer().is_some_and(|dt| {
            dt.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
    };
    let over = window_event_listener(leptos::ev::dragover, move |ev| {
        if has_files(&ev) {
            ev.prevent_default();
            dragging.set(true);
        }
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |ev| {
        // Leaving for a child element also fires dragleave; only the window's edge counts.
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|dt| dt.files())
            .and_then(|files| files.get(0))
        {
            ev.prevent_default();
            import_file(state, file);
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });
    view! {
        <div class="drop-overlay" class:visible=move || dragging.get() aria-hidden="true">
            <p>"Drop a CSV or JSON file to import it"</p>
        </div>
    }
}
