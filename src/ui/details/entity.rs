//! An entity's details: what it is, its money in and out as ranges, its activity over
//! time and its events.

use std::sync::Arc;

use leptos::prelude::*;

use super::{EntityLink, event_item};
use crate::core::details::long_list::{more_label, shown};
use crate::core::details::{ByCertainty, RangeSum, activity, totals};
use crate::core::format;
use crate::core::index::Atlas;
use crate::ui::focus;

#[component]
pub fn EntityDetails(atlas: Arc<Atlas>, index: usize) -> impl IntoView {
    let entity = atlas.dataset.entities[index].clone();
    let events = atlas.index.events_of_entity[index].clone();
    let totals = totals(&atlas, index, &events);
    let parent = entity
        .parent
        .clone()
        .map(|p| view! { <dt>"Part of"</dt><dd><EntityLink atlas=atlas.clone() id=p/></dd> });
    let aliases = (!entity.aliases.is_empty())
        .then(|| view! { <dt>"Also known as"</dt><dd>{entity.aliases.join(", ")}</dd> });
    // One row per certainty and a column each for money in and out: two figures a row
    // fit the narrow panel beside the chart at 1024 px, where three did not.
    let (invested, received) = (&totals.invested, &totals.received);
    let money_row = |label: &'static str, pick: fn(&ByCertainty) -> &RangeSum| {
        view! {
            <tr>
                <th scope="row">{label}</th>
                <td>{pick(invested).text()}</td>
                <td>{pick(received).text()}</td>
            </tr>
        }
    };
    let money = (!invested.is_empty() || !received.is_empty()).then(|| {
        view! {
            <table class="totals">
                <caption>"Money, by how sure it is"</caption>
                <thead><tr><td></td><th scope="col">"Invested"</th><th scope="col">"Received"</th></tr></thead>
                <tbody>
                    {money_row("Completed", |s| &s.firm)}
                    {money_row("Announced", |s| &s.announced)}
                    {money_row("In talks", |s| &s.talks)}
                </tbody>
            </table>
            // The caveat that changes how a sum reads stays in view; how ranges add is
            // one tap away (it took nine lines of a phone's sheet, above the events).
            <p class="note">"Where several events report one deal at different times, each adds its own amount, and the sum counts the deal more than once."</p>
            <details class="note how-ranges-add">
                <summary>"How ranges add"</summary>
                "Ranges add what each report states: “up to” adds nothing to the low end, and a share of a jointly reported amount counts from nothing to the whole. A part of a deal (an investor's share of a round) counts once, inside the deal, where both stand at the same stage."
            </details>
        }
    });
    // A long list is drawn in steps the reader asks for (`core::details::long_list`).
    let asked = RwSignal::new(0);
    let total = events.len();
    let list = {
        let (atlas, events) = (atlas.clone(), events.clone());
        move || {
            events[..shown(total, asked.get())]
                .iter()
                .map(|&i| {
                    let event = &atlas.dataset.events[i];
                    let date = event
                        .date
                        .map(|d| format::date(&d))
                        .unwrap_or_else(|| "Undated".into());
                    event_item(date, event.id.clone(), event.title.clone(), None)
                })
                .collect_view()
        }
    };
    // Focus moves to the first event the button brought, where reading goes on; left on
    // the button, now below them, it would skip them all.
    let show_more = move |_| {
        let first_new = shown(total, asked.get_untracked()) + 1;
        asked.update(|a| *a += 1);
        request_animation_frame(move || {
            focus::focus_first(&format!(
                "#details .entity-events > li:nth-child({first_new}) button"
            ));
        });
    };
    let more = move || {
        more_label(total, shown(total, asked.get())).map(|label| {
            view! { <button type="button" class="more-events" on:click=show_more>{label}</button> }
        })
    };
    view! {
        <p class="eyebrow">{entity.kind.label()}</p>
        // Focusable by script alone: a link in the panel moves focus here.
        <h2 id="details-heading" tabindex="-1">{entity.name.clone()}</h2>
        <dl class="facts">{parent}{aliases}</dl>
        {money}
        <Sparkline atlas=atlas.clone() events=events.clone()/>
        <h3>{format!("Events ({})", events.len())}</h3>
        // A list styled without markers loses its role in some screen readers.
        <ol class="event-list entity-events" role="list">{list}</ol>
        {more}
    }
}

/// Events per year as small bars over the dataset's years.
#[component]
fn Sparkline(atlas: Arc<Atlas>, events: Vec<usize>) -> impl IntoView {
    let found = activity(&atlas, &events);
    (!found.counts.is_empty()).then(|| {
        const WIDTH: f64 = 240.0;
        const HEIGHT: f64 = 36.0;
        let max = f64::from(*found.counts.iter().max().unwrap_or(&1)).max(1.0);
        let step = WIDTH / found.counts.len() as f64;
        let last_year = found.first_year + found.counts.len() as i32 - 1;
        let described: Vec<String> = found
            .counts
            .iter()
            .enumerate()
            .filter(|(_, c)| **c > 0)
            .map(|(i, c)| format!("{}: {c}", found.first_year + i as i32))
            .collect();
        let label = format!("Events per year, {}–{last_year}: {}", found.first_year, described.join(", "));
        let bars = found
            .counts
            .iter()
            .enumerate()
            .map(|(i, &count)| {
                let h = (f64::from(count) / max * (HEIGHT - 2.0)).max(if count > 0 { 2.0 } else { 0.5 });
                view! { <rect x=format!("{:.1}", i as f64 * step + 0.5) y=format!("{:.1}", HEIGHT - h)
                    width=format!("{:.1}", (step - 1.0).max(1.0)) height=format!("{h:.1}") class:empty=count == 0/> }
            })
            .collect_view();
        view! {
            <figure class="sparkline">
                <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") width=WIDTH height=HEIGHT role="img" aria-label=label>{bars}</svg>
                <figcaption><span>{found.first_year}</span><span>{format!("Events per year (most: {})", found.counts.iter().max().copied().unwrap_or(0))}</span><span>{last_year}</span></figcaption>
            </figure>
        }
    })
}
