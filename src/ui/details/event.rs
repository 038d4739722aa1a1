//! An event's details: when (at what precision), who, how much and how sure, and
//! every source's words.

use std::sync::Arc;

use leptos::prelude::*;

use super::evidence::Evidence;
use super::{EntityLink, event_button, event_item, figure_and_status};
use crate::core::date::Precision;
use crate::core::details::parts::parts_of;
use crate::core::format;
use crate::core::index::Atlas;
use crate::core::money::Qualifier;

/// Says in words what "~" or a bare figure means; "up to" and "at least" already do.
fn qualifier_note(qualifier: Qualifier) -> Option<impl IntoView> {
    let note = match qualifier {
        Qualifier::About => "approximate, as reported",
        Qualifier::Exact => "as reported",
        Qualifier::UpTo | Qualifier::AtLeast => return None,
    };
    Some(view! { " " <span class="qualifier">{format!("({note})")}</span> })
}

#[component]
pub fn EventDetails(atlas: Arc<Atlas>, index: usize) -> impl IntoView {
    let event = atlas.dataset.events[index].clone();
    let date = match event.date {
        Some(date) => {
            let precision = match date.precision() {
                Precision::Day => "to the day",
                Precision::Month => "to the month",
                Precision::Year => "to the year",
            };
            format!("{} ({precision})", format::date_long(&date))
        }
        None => "Not reported".to_string(),
    };
    let links = |ids: &[String]| {
        ids.iter()
            .enumerate()
            .map(|(i, id)| {
                view! {
                    {(i > 0).then_some(", ")}
                    <EntityLink atlas=atlas.clone() id=id.clone()/>
                }
            })
            .collect_view()
    };
    let from =
        (!event.from.is_empty()).then(|| view! { <dt>"From"</dt><dd>{links(&event.from)}</dd> });
    let to = event
        .to
        .clone()
        .map(|to| view! { <dt>"To"</dt><dd>{links(&[to])}</dd> });
    let label = if event.from.is_empty() && event.to.is_none() {
        "Parties"
    } else {
        "Also"
    };
    let parties = (!event.parties.is_empty())
        .then(|| view! { <dt>{label}</dt><dd>{links(&event.parties)}</dd> });
    let amount = event.amount.map(|m| {
        view! { <dt>"Amount"</dt><dd>{format::money(&m)}{qualifier_note(m.qualifier)}</dd> }
    });
    // The whole this event's money is a share of, and the parts of this one: sums count
    // a part's money once, inside its whole, and the reader should see why.
    let whole = (event.part_of.as_deref())
        .and_then(|id| atlas.index.event(id))
        .map(|w| {
            let whole = &atlas.dataset.events[w];
            view! { <dt>"Part of"</dt><dd>{event_button(whole.id.clone(), whole.title.clone())}</dd> }
        });
    // Each led by its figure and status, as the largest deals are.
    let parts = parts_of(&atlas, index);
    let parts = (!parts.is_empty()).then(|| {
        let heading = format!("Parts of this deal ({})", parts.len());
        let items = parts
            .into_iter()
            .map(|i| {
                let part = &atlas.dataset.events[i];
                event_item(
                    figure_and_status(part),
                    part.id.clone(),
                    part.title.clone(),
                    None,
                )
            })
            .collect_view();
        // A list styled without markers loses its role in some screen readers.
        view! {
            <section class="deal-parts">
                <h3>{heading}</h3>
                <ol class="event-list figures" role="list">{items}</ol>
            </section>
        }
    });
    let valuation = event.valuation.map(|v| {
        view! { <dt>"Valuation"</dt><dd>{format::valuation(&v)}{qualifier_note(v.qualifier)}</dd> }
    });
    view! {
        <p class="eyebrow">
            <span class=format!("swatch dot kind-{}", event.kind.id()) aria-hidden="true"></span>
            {event.kind.label()}
        </p>
        // Focusable by script alone: a link in the panel moves focus here.
        <h2 id="details-heading" tabindex="-1">{event.title.clone()}</h2>
        {(!event.summary.is_empty()).then(|| view! { <p class="summary">{event.summary.clone()}</p> })}
        <dl class="facts">
            <dt>"Date"</dt>
            <dd>{date}{event.date_note.clone().map(|note| view! { <span class="note">{note}</span> })}</dd>
            {from}
            {to}
            {parties}
            {amount}
            {valuation}
            <dt>"Status"</dt>
            <dd>{crate::ui::filters::toggles::status_badge(event.status)}</dd>
            {whole}
        </dl>
        {parts}
        <Evidence atlas=atlas.clone() index/>
    }
}
