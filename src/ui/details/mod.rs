//! The details panel: the selected event with every source's words, or the selected
//! entity with its totals and deals. On phones it becomes a bottom sheet.

mod entity;
mod event;
mod evidence;
mod grip;
mod reveal;

use leptos::prelude::*;

use crate::core::details::largest_deals;
use crate::core::format;
use crate::core::link::Selection;
use crate::ui::focus;
use crate::ui::state::use_app;

/// How many of the largest deals the panel offers while nothing is selected.
const LARGEST_DEALS: usize = 3;

/// What stands for the selection in the view: its timeline mark, its network node, the
/// network edge that carries it, or its table row's title.
const SELECTION_IN_VIEW: &str = "#main g[data-mark][aria-pressed=true], #main g[data-node][aria-pressed=true], \
    #main g.edge.selected, #main tr[aria-selected=true] .row-link";

/// Clears the selection. From the keyboard, focus in the panel, which then empties or
/// slides away, moves to what stood for the selection in the view, or else to the view,
/// so the reader carries on from where they chose it instead of from the top of the
/// page. A click or tap leaves focus alone: focus on a mark or node shows its tooltip or
/// its neighbourhood, which a pointer reader did not ask for.
pub fn close_details(state: crate::ui::state::AppState, from_keyboard: bool) {
    if from_keyboard && focus::is_within(".details") && !focus::focus_first(SELECTION_IN_VIEW) {
        focus::focus_first("#main");
    }
    state.select(None);
}

/// Selects from a link inside the panel, which then shows the new selection from its
/// top with focus on its heading: a reader who followed a link near the end of the
/// details (on a phone, in a sheet scrolled down to it) starts on the new ones where
/// they begin, not part of the way down, and keyboard focus, which the redrawn link
/// would drop on the page's body, lands on what was chosen.
fn select_here(state: crate::ui::state::AppState, selection: Selection) {
    state.select(Some(selection));
    request_animation_frame(|| {
        if let Some(panel) = document().get_element_by_id("details") {
            panel.set_scroll_top(0);
        }
        focus::focus_first("#details-heading");
    });
}

#[component]
pub fn DetailsPanel() -> impl IntoView {
    let state = use_app();
    let selection = state.selection;
    let view = Memo::new(move |_| state.link.with(|l| l.view));
    let sheet = NodeRef::<leptos::html::Aside>::new();
    // A new selection, another view or new data may leave the selection under the
    // bottom sheet. It is measured two frames later: in the first, the network measures
    // its frame and places its nodes again, and the timeline scrolls the selection's
    // lane into view.
    Effect::new(move |_| {
        let selected = selection.with(Option::is_some);
        let company = selection.with(|s| matches!(s, Some(Selection::Entity(_))));
        view.track();
        state.atlas.track();
        if selected {
            request_animation_frame(move || {
                request_animation_frame(move || {
                    if let Some(sheet) = sheet.get_untracked() {
                        reveal::reveal_selection(&sheet, company);
                    }
                });
            });
        }
    });
    let content = move || {
        let atlas = state.atlas.get()?;
        match selection.get()? {
            Selection::Event(id) => {
                let index = atlas.index.event(&id)?;
                Some(view! { <event::EventDetails atlas index/> }.into_any())
            }
            Selection::Entity(id) => {
                let index = atlas.index.entity(&id)?;
                Some(view! { <entity::EntityDetails atlas index/> }.into_any())
            }
        }
    };
    view! {
        <aside id="details" aria-label="Details" class="details" node_ref=sheet class:has-selection=move || selection.with(Option::is_some)
            class:about-open=move || state.about.get()
            class:event-selected=move || selection.with(|s| matches!(s, Some(Selection::Event(_))))>
            {grip::grip()}
            // The notes, opened by an "About the data" button, show over any selection.
            {move || match content().filter(|_| !state.about.get()) {
                Some(details) => view! {
                    <div class="details-body">
                        <button type="button" class="close quiet" aria-label="Close details (Escape)"
                            on:click=move |ev| close_details(state, ev.detail() == 0)>"Close"</button>
                        {details}
                    </div>
                }.into_any(),
                None => view! {
                    <AboutData/>
                }.into_any(),
            }}
        </aside>
    }
}

/// One event in a list of them: a date or a figure, and the event's title as a button
/// that selects it, with a `note` under the title if given. The company's events and the
/// largest deals share this function, so that its markup is written once. It is generic
/// over what leads the line (a date, or a figure and its status), and so built once for
/// each; taking an `AnyView` instead made the WebAssembly 0.8 KB larger, gzipped (24 Nov
/// 2026).
pub fn event_item(
    when: impl IntoView + 'static,
    event: String,
    title: String,
    note: Option<&'static str>,
) -> impl IntoView {
    view! {
        <li>
            <span class="when">{when}</span>
            <span class="what">
                {event_button(event, title)}
                {note.map(|note| view! { <span class="note">{note}</span> })}
            </span>
        </li>
    }
}

/// What leads a deal in a list of deals: its figure over its status, drawn as the
/// table's badge (a dashed outline for talks and rumours) rather than as a grey
/// footnote, since a deal under discussion is not a deal. One function, so the lists
/// that lead with it share one instance of `event_item`'s code.
pub fn figure_and_status(event: &crate::core::dataset::Event) -> impl IntoView + use<> {
    let figure = event.amount.map(|m| format::money(&m)).unwrap_or_default();
    view! {
        <span class="figure">{figure}</span>" "
        {crate::ui::filters::toggles::status_badge(event.status)}
    }
}

/// An event's title as a button that selects it: in lists of events, and where an
/// event names the whole it is part of.
pub fn event_button(event: String, title: String) -> impl IntoView {
    let state = use_app();
    view! {
        <button type="button" class="link" on:click=move |_| select_here(state, Selection::Event(event.clone()))>
            {title}
        </button>
    }
}

/// A button that selects an entity, as a link in running text.
#[component]
pub fn EntityLink(atlas: std::sync::Arc<crate::core::index::Atlas>, id: String) -> impl IntoView {
    let state = use_app();
    let name = atlas
        .index
        .entity(&id)
        .map_or_else(|| id.clone(), |i| atlas.dataset.entities[i].name.clone());
    let select = id.clone();
    let title = name.clone();
    view! {
        <button type="button" class="link" title=title
            on:click=move |_| select_here(state, Selection::Entity(select.clone()))>{name}</button>
    }
}

/// What the panel shows while nothing is selected: how to read the charts, and where
/// the data comes from.
#[component]
fn AboutData() -> impl IntoView {
    let state = use_app();
    let sources = move || {
        state.atlas.with(|atlas| {
            let atlas = atlas.as_ref()?;
            let items = atlas
                .dataset
                .sources
                .iter()
                .map(|s| {
                    let published = crate::core::format::date(&s.published);
                    view! {
                        <li><span class="publisher">{s.publisher.clone()}</span>", " {published}
                            <evidence::SourceHeadline title=s.title.clone() url=s.url.clone()/></li>
                    }
                })
                .collect_view();
            Some(view! {
                <h3>{format!("Sources ({})", atlas.dataset.sources.len())}</h3>
                <ul class="source-list">{items}</ul>
            })
        })
    };
    // Where a first-time reader can start: the largest deals the filters keep, which
    // the charts do not put figures to until something is chosen.
    let largest = move || {
        let atlas = state.atlas.get()?;
        let deals = state
            .filtered
            .with(|f| largest_deals(&atlas.dataset.events, &f.events, LARGEST_DEALS));
        if deals.is_empty() {
            return None;
        }
        let items = deals
            .into_iter()
            .map(|i| {
                let event = &atlas.dataset.events[i];
                let when = figure_and_status(event);
                // The list holds what the filters keep, undated deals too, which the
                // timeline cannot place: say so, or a reader looks for them there.
                let note = event
                    .date
                    .is_none()
                    .then_some("Undated: not on the timeline");
                event_item(when, event.id.clone(), event.title.clone(), note)
            })
            .collect_view();
        Some(view! {
            <h3>"Largest deals shown"</h3>
            <ol class="event-list largest" role="list">{items}</ol>
        })
    };
    view! {
        <div class="about">
            // Seen only in the sheet of phones and tablets, where these notes open from
            // an "About the data" button.
            <button type="button" class="close quiet about-close" aria-label="Close notes on the data (Escape)"
                on:click=move |_| crate::ui::about::close_notes(state)>"Close"</button>
            <h2 class="about-title">"About the data"</h2>
            <p class="placeholder">"Select an event or a company to see its details and every source's words."</p>
            {largest}
            <h3>"Reading the charts"</h3>
            <ul class="reading">
                <li>"Every number comes with the words that reported it; where reports disagree, each version is shown."</li>
                <li>"“Up to” is drawn as an outline with no solid core: only what a source states for certain is filled."</li>
                <li>"Dashed means talks or rumours, which may never happen; struck through means cancelled."</li>
                <li>"A date known only to the month or year is drawn across that month or year."</li>
            </ul>
            {sources}
        </div>
    }
}
