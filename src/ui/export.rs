//! The export menu: the filtered events as CSV or JSON (the import formats), and the
//! current chart as SVG or PNG.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::core::export::{to_csv, to_json};
use crate::core::link::View;
use crate::ui::download::{download_blob, download_text};
use crate::ui::state::use_app;

/// The custom properties charts use, resolved into exported SVG so that it looks the
/// same outside the page.
const CHART_VARIABLES: &[&str] = &[
    "--paper",
    "--surface",
    "--ink",
    "--ink-2",
    "--ink-3",
    "--title-ink",
    "--rule",
    "--rule-strong",
    "--accent",
    "--faded-mark",
    "--kind-investment",
    "--kind-funding_round",
    "--kind-valuation",
    "--kind-partnership",
    "--kind-infrastructure",
    "--kind-acquisition",
    "--kind-corporate",
    "--kind-founding",
    "--kind-product",
    "--node-fill",
    "--node-person",
    "--surface-2",
    "--sans",
    "--serif",
];

/// The charts' stylesheet, embedded in every exported chart.
const CHART_STYLES: &str = include_str!("../../assets/styles/charts.css");

#[component]
pub fn ExportMenu() -> impl IntoView {
    let state = use_app();
    let view = Memo::new(move |_| state.link.with(|l| l.view));
    let stem = move || {
        state.origin.with(|o| match o {
            crate::ui::state::Origin::Bundled => "capital-atlas".to_string(),
            crate::ui::state::Origin::Imported(name) => {
                let base = name.rsplit('/').next().unwrap_or(name);
                base.rsplit_once('.')
                    .map_or(base, |(stem, _)| stem)
                    .to_string()
            }
        })
    };
    let export = move |as_csv: bool| {
        let events = state.filtered.get_untracked().events.clone();
        state.atlas.with_untracked(|atlas| {
            if let Some(atlas) = atlas {
                if as_csv {
                    download_text(
                        &format!("{}-events.csv", stem()),
                        "text/csv",
                        &to_csv(atlas, &events),
                    );
                } else {
                    download_text(
                        &format!("{}-events.json", stem()),
                        "application/json",
                        &to_json(atlas, &events),
                    );
                }
            }
        });
    };
    let chart = move |png: bool| {
        let name = format!("{}-{}", stem(), view.get_untracked().id());
        if let Some(svg) = chart_svg() {
            if png {
                save_png(&svg, &format!("{name}.png"))
            } else {
                download_text(&format!("{name}.svg"), "image/svg+xml", &svg.0)
            }
        }
    };
    // On phones the downloads fold behind one "Export" button, to leave room for the chart.
    let open = RwSignal::new(false);
    view! {
        <button type="button" class="export-toggle" aria-expanded=move || open.get().to_string()
            aria-controls="export-group" on:click=move |_| open.update(|o| *o = !*o)>
            "Export" <span class="caret" aria-hidden="true">"▾"</span>
        </button>
        <div id="export-group" class="export" class:open=move || open.get() role="group" aria-label="Export">
            <button type="button" on:click=move |_| export(true)>"Download CSV"</button>
            <button type="button" on:click=move |_| export(false)>"Download JSON"</button>
            <Show when=move || view.get() != View::Table>
                <button type="button" on:click=move |_| chart(false)>"Download SVG"</button>
                <button type="button" on:click=move |_| chart(true)>"Download PNG"</button>
            </Show>
        </div>
    }
}

/// The current chart as standalone SVG text, with its size.
struct ChartSvg(String, f64, f64);

fn chart_svg() -> Option<ChartSvg> {
    let document = document();
    let svg = document.query_selector("svg[data-export]").ok()??;
    let rect = svg.get_bounding_client_rect();
    let mut text = web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&svg)
        .ok()?;
    let root = window()
        .get_computed_style(&document.document_element()?)
        .ok()??;
    for name in CHART_VARIABLES {
        let value = root.get_property_value(name).unwrap_or_default();
        text = text.replace(&format!("var({name})"), value.trim());
    }
    let background = root.get_property_value("--paper").unwrap_or_default();
    // The charts' own styles, with their colours resolved, and a background, so the
    // export looks like the page on any viewer's background.
    let mut styles = CHART_STYLES.to_string();
    for name in CHART_VARIABLES {
        let value = root.get_property_value(name).unwrap_or_default();
        styles = styles.replace(&format!("var({name})"), value.trim());
    }
    let open_end = text.find('>')? + 1;
    let prelude = format!(
        r#"<style>{styles}</style><rect width="100%" height="100%" fill="{}"/>"#,
        background.trim()
    );
    text.insert_str(open_end, &prelude);
    Some(ChartSvg(text, rect.width(), rect.height()))
}

/// Draws the SVG on a canvas at twice its size and saves the canvas as PNG.
fn save_png(svg: &ChartSvg, name: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&svg.0));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let (width, height, name) = (svg.1, svg.2, name.to_string());
    let loaded = image.clone();
    let source = url.clone();
    let on_load = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
        let Some(canvas) = document()
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width((width * 2.0) as u32);
        canvas.set_height((height * 2.0) as u32);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = context.draw_image_with_html_image_element_and_dw_and_dh(
            &loaded,
            0.0,
            0.0,
            width * 2.0,
            height * 2.0,
        );
        let on_blob = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
            if let Some(blob) = blob {
                download_blob(&name, &blob);
            }
        });
        let _ = canvas.to_blob_with_type(on_blob.unchecked_ref(), "image/png");
    });
    image.set_onload(Some(on_load.unchecked_ref()));
    image.set_src(&source);
}
