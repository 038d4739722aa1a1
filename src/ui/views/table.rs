//! The table view: every filtered event as a row, sortable by any column (the sort is in
//! the link), with a click or Enter on a row selecting its event.

use leptos::prelude::*;

use crate::core::details::{DisputedFigures, disputed_figures};
use crate::core::format;
use crate::core::link::{Selection, SortColumn};
use crate::core::sort::sort_events;
use crate::ui::history::HistoryMode;
use crate::ui::no_match::NoMatch;
use crate::ui::state::use_app;

#[component]
pub fn TableView() -> impl IntoView {
    let state = use_app();
    let sort = Memo::new(move |_| state.link.with(|l| l.sort));
    // A row asks whether it is the selected one through a selector, which wakes only the
    // rows whose answer changes: with one reactive check per row, selecting among 10,000
    // rows re-ran 20,000 of them and took about 1.8 s.
    let selected = Selector::new(move || match state.selection.get() {
        Some(Selection::Event(id)) => Some(id),
        _ => None,
    });
    // Each row's event and which of its figures the reports disagree on, found once for
    // both the marks in the cells and the key above them.
    let rows = Memo::new(move |_| {
        let filtered = state.filtered.get();
        let sort = sort.get();
        state.atlas.with(|atlas| {
            atlas
                .as_ref()
                .map(|a| {
                    sort_events(a, &filtered.events, sort)
                        .into_iter()
                        .map(|i| (i, disputed_figures(a, &a.dataset.events[i])))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let any_disputed = Memo::new(move |_| {
        rows.with(|rows| rows.iter().any(|(_, d)| *d != DisputedFigures::default()))
    });
    Effect::new(move |_| {
        rows.track();
        crate::ui::perf::first_chart_drawn();
    });
    let set_sort = move |column: SortColumn| {
        state.navigate(
            |link| link.sort = link.sort.clicked(column),
            HistoryMode::Push,
        );
    };
    let header = move |column: SortColumn| {
        let aria_sort = move || match sort.get() {
            s if s.column != column => "none",
            s if s.descending => "descending",
            _ => "ascending",
        };
        let arrow = move || match aria_sort() {
            "ascending" => "▲",
            "descending" => "▼",
            _ => "",
        };
        view! {
            <th scope="col" role="columnheader" aria-sort=aria_sort class=format!("col-{}", column.id())>
                <button type="button" class="sort" on:click=move |_| set_sort(column)>
                    {column.label()} <span class="arrow" aria-hidden="true">{arrow}</span>
                </button>
            </th>
        }
    };
    let body = move || {
        let atlas = state.atlas.get()?;
        let name = |id: &String| {
            atlas
                .index
                .entity(id)
                .map_or_else(|| id.clone(), |i| atlas.dataset.entities[i].name.clone())
        };
        let names = |ids: &[String]| ids.iter().map(name).collect::<Vec<_>>().join(", ");
        Some(
            rows.get()
                .into_iter()
                .map(|(i, disputed)| {
                    let event = &atlas.dataset.events[i];
                    let id = event.id.clone();
                    let is_selected = {
                        let (selected, key) = (selected.clone(), Some(id.clone()));
                        move || selected.selected(&key)
                    };
                    let select = {
                        let id = id.clone();
                        move || state.select(Some(Selection::Event(id.clone())))
                    };
                    let select_on_click = select.clone();
                    let date = event.date.map(|d| format::date(&d)).unwrap_or_else(|| "Undated".into());
                    // An event with neither sender nor recipient (a partnership, a
                    // founding) names its parties in one cell across From and To, so
                    // no party reads as the sender.
                    let undirected = event.from.is_empty() && event.to.is_none();
                    let (from, to) = if undirected {
                        (names(&event.parties), String::new())
                    } else {
                        (names(&event.from), event.to.as_ref().map(name).unwrap_or_default())
                    };
                    view! {
                        <tr role="row" class:selected=is_selected.clone() aria-selected=move || is_selected().to_string()
                            on:click=move |_| select_on_click()>
                            <td role="cell" class="col-date">{date}</td>
                            <th scope="row" role="rowheader" class="col-title">
                                <button type="button" class="row-link" on:click=move |ev| { ev.stop_propagation(); select(); }>
                                    {event.title.clone()}
                                </button>
                            </th>
                            <td role="cell" class="col-from" class:col-parties=undirected colspan=undirected.then_some("2")
                                aria-colspan=undirected.then_some("2")>{from}</td>
                            <td role="cell" class="col-to" hidden=undirected>{to}</td>
                            <td role="cell" class="col-amount num">{differs(disputed.amount)}<span class="figure">{event.amount.map(|m| format::money(&m)).unwrap_or_default()}</span></td>
                            <td role="cell" class="col-valuation num">{differs(disputed.valuation)}<span class="figure">{event.valuation.map(|v| format::valuation(&v)).unwrap_or_default()}</span></td>
                            <td role="cell" class="col-status">{crate::ui::filters::toggles::status_badge(event.status)}</td>
                            <td role="cell" class="col-kind"><span class="kind-tag"><span class=format!("swatch dot kind-{}", event.kind.id()) aria-hidden="true"></span><span>{event.kind.label()}</span></span></td>
                        </tr>
                    }
                })
                .collect_view(),
        )
    };
    view! {
        <div class="table-wrap">
            // The roles are explicit because on phones the table is laid out as cards
            // (display: block and grid), which WebKit takes as a reason to drop a
            // table's own semantics.
            <table class="events" role="table">
                <caption>
                    "Events" <span class="visually-hidden">{move || format!(", {}", state.filtered.get().count_text().to_lowercase())}</span>
                    // The cells say it in words to a screen reader; this key is for the eye.
                    {move || any_disputed.get().then(|| view! {
                        <span class="table-key" aria-hidden="true"><span class="differs">"≠"</span>" reports differ on this figure: select the row to see every version"</span>
                    })}
                </caption>
                <thead role="rowgroup">
                    <tr role="row">{SortColumn::ALL.iter().map(|&c| header(c)).collect_view()}</tr>
                </thead>
                <tbody role="rowgroup">{body}</tbody>
            </table>
            {move || rows.with(Vec::is_empty).then(|| view! {
                <NoMatch class="empty" message="No events match these filters."/>
            })}
        </div>
    }
}

/// The mark before a figure its reports disagree on, so the figures stay aligned on
/// their last digit. The sign is for the eye; a screen reader hears the words, and the
/// details panel lists every version.
fn differs(disputed: bool) -> Option<impl IntoView> {
    disputed.then(|| {
        view! {
            <span class="differs" title="Reports differ: select the row to see every version">
                <span aria-hidden="true">"≠ "</span>
                <span class="visually-hidden">"Reports differ: "</span>
            </span>
        }
    })
}
