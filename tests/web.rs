//! Components mounted in headless Chromium (wasm-bindgen-test), checked through the DOM.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use capital_atlas::core::dataset::load_json;
use capital_atlas::core::index::Atlas;
use capital_atlas::core::link::{LinkState, View};
use capital_atlas::ui::state::{AppState, Origin};
use capital_atlas::ui::tabs::Tabs;
use capital_atlas::ui::views::TableView;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const FIXTURE: &str = include_str!("fixtures/small.json");

/// A fresh element to mount into, so tests do not see each other's DOM.
fn host() -> web_sys::HtmlElement {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    host.unchecked_into()
}

/// Resolves once the next frame has been painted, as the page's history writes wait.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        request_animation_frame(move || {
            set_timeout(
                move || {
                    let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
                },
                std::time::Duration::ZERO,
            );
        });
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn ready_state(link: LinkState) -> AppState {
    let state = AppState::new(link);
    state
        .atlas
        .set(Some(Arc::new(Atlas::new(load_json(FIXTURE).unwrap()))));
    state.origin.set(Origin::Bundled);
    state
}

#[wasm_bindgen_test]
async fn tabs_mark_the_current_view_and_switch_on_click() {
    let host = host();
    let state = ready_state(LinkState {
        view: View::Network,
        ..LinkState::default()
    });
    let _mounted = mount_to(host.clone(), move || {
        provide_context(state);
        view! { <Tabs/> }
    });
    tick().await;
    let selected = host
        .query_selector("[role=tab][aria-selected=true]")
        .unwrap()
        .unwrap();
    assert_eq!(selected.text_content().unwrap(), "Network");
    assert_eq!(host.query_selector_all("[role=tab]").unwrap().length(), 3);

    let table_tab: web_sys::HtmlElement = host
        .query_selector("#tab-table")
        .unwrap()
        .unwrap()
        .unchecked_into();
    table_tab.click();
    tick().await;
    assert_eq!(state.link.get_untracked().view, View::Table);
    let selected = host
        .query_selector("[role=tab][aria-selected=true]")
        .unwrap()
        .unwrap();
    assert_eq!(selected.text_content().unwrap(), "Table");
    // The address is written after the next paint (ui::history), not before.
    assert!(
        !window().location().search().unwrap().contains("view=table"),
        "the address waits for the paint"
    );
    next_frame().await;
    assert!(
        window().location().search().unwrap().contains("view=table"),
        "the tab wrote the link"
    );
}

#[wasm_bindgen_test]
async fn table_lists_the_filtered_events_with_an_events_caption() {
    let host = host();
    let state = ready_state(LinkState::default());
    let _mounted = mount_to(host.clone(), move || {
        provide_context(state);
        view! { <TableView/> }
    });
    tick().await;
    let caption = host
        .query_selector("table caption")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(caption.starts_with("Events"), "{caption}");
    assert_eq!(host.query_selector_all("tbody tr").unwrap().length(), 8);

    state
        .link
        .update(|l| l.filter = l.filter.clone().with_company("anthropic"));
    tick().await;
    assert_eq!(
        host.query_selector_all("tbody tr").unwrap().length(),
        2,
        "rows follow the filter"
    );
}

#[wasm_bindgen_test]
fn the_crash_notice_is_an_alert_with_a_reload_button() {
    capital_atlas::ui::crash::show_crash_notice("boom <script>alert(1)</script>");
    let notice = document()
        .get_element_by_id("crash-notice")
        .expect("the notice is shown");
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    let button = notice
        .query_selector("button[data-action=reload]")
        .unwrap()
        .unwrap();
    assert_eq!(button.text_content().unwrap(), "Reload");
    assert!(
        notice.query_selector("script").unwrap().is_none(),
        "the detail is text, never HTML"
    );
    capital_atlas::ui::crash::show_crash_notice("again");
    assert_eq!(
        document()
            .query_selector_all("#crash-notice")
            .unwrap()
            .length(),
        1,
        "shown once"
    );
    notice.remove();
}
