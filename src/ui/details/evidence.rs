//! Evidence as the sources wrote it: each quote verbatim in a blockquote, with who
//! published it, when, and a link when the address is http or https.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::Event;
use crate::core::details::{citations, disagreements, source_numbers};
use crate::core::format;
use crate::core::index::Atlas;

/// The address, when it is safe to link: http or https only, never `javascript:`.
pub fn safe_url(url: &str) -> Option<&str> {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url.trim_start())
}

/// A source's headline: a link to the report when its address is http or https, plain
/// text otherwise. A link always has a name, even when the file gives no headline. The
/// headline tells sources apart when the publisher does not (the seeds name no publisher
/// for four of five), so each link's name differs from the next.
#[component]
pub fn SourceHeadline(title: String, url: Option<String>) -> impl IntoView {
    let url = url.as_deref().and_then(safe_url).map(str::to_string);
    let title = match title.trim() {
        "" if url.is_some() => "Open the article".to_string(),
        title => title.to_string(),
    };
    view! { <a class="source-title" href=url target="_blank" rel="noopener noreferrer">{title}</a> }
}

/// The event's quotes, one figure per source: its number (as "Reports differ" cites
/// it), each of its quotes with the figures or claim that quote gives, and one byline.
#[component]
pub fn Evidence(atlas: Arc<Atlas>, index: usize) -> impl IntoView {
    let event: &Event = &atlas.dataset.events[index];
    let cited = citations(&atlas, event);
    let numbers = source_numbers(&cited);
    let figures = cited
        .iter()
        .map(|citation| {
            let number = citation.source.and_then(|s| numbers.iter().position(|&n| n == s)).map(|n| n + 1);
            let source = citation.source.map(|s| atlas.dataset.sources[s].clone());
            let quotes = citation
                .quotes
                .iter()
                .map(|&quote| {
                    let evidence = &event.evidence[quote];
                    let stated = evidence
                        .amount
                        .map(|m| format::money(&m))
                        .or_else(|| evidence.valuation.map(|v| format!("valuation {}", format::valuation(&v))));
                    view! {
                        <blockquote>{evidence.quote.clone()}</blockquote>
                        <p class="said">
                            {stated.map(|s| view! { <span class="stated">{s}</span> })}
                            {evidence.claim.clone().map(|c| view! { <span class="claim">{c}</span> })}
                        </p>
                    }
                })
                .collect_view();
            let cite = source.map(|source| {
                let published = format::date(&source.published);
                view! {
                    <figcaption>
                        <cite>
                            <span class="publisher">{source.publisher.clone()}</span>
                            {source.author.clone().map(|a| format!(", {a}"))}
                            ", " <span class="published">{published}</span>
                            <SourceHeadline title=source.title.clone() url=source.url.clone()/>
                        </cite>
                    </figcaption>
                }
            });
            view! {
                <figure class="evidence">
                    {number.map(|n| view! { <span class="source-number"><span class="visually-hidden">"Source "</span>{n}</span> })}
                    {quotes}
                    {cite}
                </figure>
            }
        })
        .collect_view();
    // Quotes whose source the data lacks have no number, so they count as quotes only.
    let heading = match (numbers.len(), event.evidence.len()) {
        (1, 1) => "Source".to_string(),
        (0, quotes) => format!("Quotes ({quotes})"),
        (1, quotes) => format!("Source ({quotes} quotes)"),
        (sources, quotes) if sources == quotes => format!("Sources ({sources})"),
        (sources, quotes) => format!("Sources ({sources}, {quotes} quotes)"),
    };
    view! {
        <ReportsDiffer atlas=atlas.clone() index numbers=numbers.clone()/>
        <h3>{heading}</h3>
        {figures}
    }
}

/// "Reports differ": every version of a disputed figure or claim, with who gives it.
#[component]
fn ReportsDiffer(atlas: Arc<Atlas>, index: usize, numbers: Vec<usize>) -> impl IntoView {
    let found = disagreements(&atlas, &atlas.dataset.events[index]);
    (!found.is_empty()).then(|| {
        let blocks = found
            .into_iter()
            .map(|d| {
                let rows = d
                    .variants
                    .into_iter()
                    .map(|v| {
                        let count = v.sources.len();
                        let cited: Vec<String> = v
                            .sources
                            .iter()
                            .filter_map(|s| numbers.iter().position(|n| n == s).map(|n| (n + 1).to_string()))
                            .collect();
                        let articles = if count == 1 { "1 article".to_string() } else { format!("{count} articles") };
                        let which = if cited.len() == 1 { "source" } else { "sources" };
                        view! {
                            <li><strong>{v.text}</strong> " — " {articles}
                                <span class="who">{format!(" ({which} {})", cited.join(", "))}</span></li>
                        }
                    })
                    .collect_view();
                view! { <h4>{d.topic}</h4><ul>{rows}</ul> }
            })
            .collect_view();
        view! {
            <section class="reports-differ" aria-label="Reports differ">
                <h3>"Reports differ"</h3>
                {blocks}
            </section>
        }
    })
}
