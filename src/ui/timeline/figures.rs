//! The figures written beside the largest marks in view (`core::timeline::figures`).

use leptos::prelude::*;

use super::Timeline;
use super::geometry::{px, row_center};
use crate::core::dataset::Status;
use crate::core::format;
use crate::core::timeline::figures::place_figures;
use crate::core::timeline::usable_amount;

/// An estimate of a figure's width per character, in pixels, at its 11 px semibold type:
/// on the wide side (DejaVu Sans's digits), so a figure is never given less room than it
/// takes.
const CHAR_WIDTH: f64 = 7.0;

/// About one figure for every 160 px of plot, and never more than six: enough to name
/// the key amounts, few enough to leave the picture a picture.
fn most_figures(width: f64) -> usize {
    (width / 160.0).clamp(1.0, 6.0) as usize
}

/// The figures layer. It is hidden from assistive technology, since every mark's name
/// already says its amount, and it takes no pointer events, so marks stay easy to hit.
#[component]
pub fn Figures(timeline: Timeline) -> impl IntoView {
    let state = timeline.state;
    // Placed afresh with each frame's glyphs: a handful of figures over a few hundred
    // glyphs at most, cheaper than a memo's own code in the WebAssembly.
    let figures = move || {
        let data = timeline.data.get()?;
        let width = timeline.width.get();
        let offsets = timeline.offsets.get();
        state.atlas.with(|atlas| {
            let atlas = atlas.as_ref()?;
            let events = &atlas.dataset.events;
            // Cancelled deals count nothing, so their figures are not offered.
            let text = |mark: usize| {
                let event = &events[data.marks[mark].event];
                let amount = event.amount.filter(|_| event.status != Status::Cancelled)?;
                Some((usable_amount(event)?, format::money(&amount)))
            };
            let placed = timeline.glyphs.with(|glyphs| {
                place_figures(
                    &data.0,
                    glyphs,
                    |mark| {
                        text(mark).map(|(rank, t)| (rank, t.chars().count() as f64 * CHAR_WIDTH))
                    },
                    (0.0, width),
                    most_figures(width),
                )
            });
            Some(
                placed
                    .into_iter()
                    .filter_map(|figure| {
                        let mark = data.marks[figure.mark];
                        let y = row_center(*offsets.get(mark.lane)?, mark.stack);
                        Some((mark.event, figure.x, y, figure.before, text(figure.mark)?.1))
                    })
                    .collect::<Vec<_>>(),
            )
        })
    };
    move || {
        let selected = timeline.selected.get();
        let related = timeline.related.get();
        let any = selected.is_some() || !related.is_empty();
        let texts = figures()
            .unwrap_or_default()
            .into_iter()
            .map(|(event, x, y, before, text)| {
                // With a selection, the figures of the marks it leaves faint fade too.
                let faint = any && selected != Some(event) && !related.contains(&event);
                view! {
                    <text class="mark-figure" class:faint=faint x=px(x) y=px(y)
                        text-anchor=if before { "end" } else { "start" } dominant-baseline="central">{text}</text>
                }
            })
            .collect_view();
        view! { <g class="mark-figures" aria-hidden="true">{texts}</g> }
    }
}
