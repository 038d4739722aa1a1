//! Fetching dataset files: the bundled one at start, or one named by `data=`.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::dataset::limits::MAX_BYTES;
use crate::core::dataset::load_json;
use crate::core::index::Atlas;
use crate::core::problem::Problem;

/// Where the bundled dataset is, relative to the page so the site works under any path.
pub const BUNDLED_DATA: &str = "data/atlas.json";

/// Why a fetch failed, in words for the reader.
#[derive(Debug, Clone)]
pub enum FetchError {
    /// The request did not complete: offline, refused, or blocked by CORS.
    Unreachable(String),
    /// The server answered with an error status.
    Status(u16, String),
    TooLarge,
    /// The file arrived but is not a valid dataset.
    Invalid(Vec<Problem>),
}

impl FetchError {
    pub fn message(&self, url: &str) -> String {
        match self {
            FetchError::Unreachable(_) => format!(
                "Could not load {url}: it could not be reached. Addresses on other sites must allow cross-origin requests."
            ),
            FetchError::Status(code, text) => {
                format!("Could not load {url}: the server answered {code} {text}.")
            }
            FetchError::TooLarge => {
                format!(
                    "Could not load {url}: it is over the limit of {} MB.",
                    MAX_BYTES / (1024 * 1024)
                )
            }
            FetchError::Invalid(problems) => {
                format!(
                    "Could not load {url}: it has {} problem(s); the first: {}",
                    problems.len(),
                    problems[0]
                )
            }
        }
    }
}

/// Fetches a dataset file and reads it, JSON or CSV by its name and content.
pub async fn fetch_atlas(url: &str) -> Result<Atlas, FetchError> {
    let text = fetch_text(url).await?;
    let name = url.rsplit('/').next().unwrap_or(url);
    crate::core::import::read_any(name, &text, crate::ui::clock::today())
        .map(Atlas::new)
        .map_err(FetchError::Invalid)
}

/// Fetches the bundled dataset; it is valid by construction, but is checked anyway.
pub async fn fetch_bundled() -> Result<Arc<Atlas>, FetchError> {
    let text = match prefetched_text().await {
        Some(text) if text.len() <= MAX_BYTES => text,
        _ => fetch_text(BUNDLED_DATA).await?,
    };
    crate::ui::perf::mark("data-fetched");
    let atlas = load_json(&text)
        .map(|d| Arc::new(Atlas::new(d)))
        .map_err(FetchError::Invalid);
    crate::ui::perf::mark("data-ready");
    atlas
}

/// The bundled dataset's text as `boot.js` asked for it while the page was being read,
/// so that it is there when the app starts rather than a round of tasks after (about
/// 25 ms on the benchmark machine). `None` when it was not asked for or the request
/// failed: the app then asks itself, and reports what went wrong.
async fn prefetched_text() -> Option<String> {
    let promise = js_sys::Reflect::get(&window(), &"capitalAtlasData".into()).ok()?;
    let promise: js_sys::Promise = promise.dyn_into().ok()?;
    JsFuture::from(promise).await.ok()?.as_string()
}

async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let unreachable = |e: wasm_bindgen::JsValue| FetchError::Unreachable(format!("{e:?}"));
    let response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(unreachable)?;
    let response: web_sys::Response = response.dyn_into().map_err(unreachable)?;
    if !response.ok() {
        return Err(FetchError::Status(
            response.status(),
            response.status_text(),
        ));
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|bytes| bytes > MAX_BYTES) {
        return Err(FetchError::TooLarge);
    }
    let text = JsFuture::from(response.text().map_err(unreachable)?)
        .await
        .map_err(unreachable)?;
    let text = text.as_string().unwrap_or_default();
    if text.len() > MAX_BYTES {
        return Err(FetchError::TooLarge);
    }
    Ok(text)
}
