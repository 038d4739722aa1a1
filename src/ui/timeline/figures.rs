//! The figures written beside the largest marks in view (`core::timeline::figures`), and
//! the titles beside every mark whose row has room (`core::timeline::titles`).

use leptos::prelude::*;

use super::Timeline;
use super::geometry::{ROW, px, row_center};
use crate::core::dataset::Status;
use crate::core::details::disputed_figures;
use crate::core::format;
use crate::core::timeline::band_titles::band_title_rooms;
use crate::core::timeline::figures::{FigurePlot, mark_reach, place_figures};
use crate::core::timeline::title_text::{estimated_width, fit_dated_title, title_date, title_text};
use crate::core::timeline::titles::{TITLE_AFTER_FIGURE, title_rooms};
use crate::core::timeline::{Mark, popped_out, usable_amount};
use crate::ui::measure::{FIGURE_FONT, TITLE_FONT, text_width};

/// An estimate of a figure's width per character, in pixels, at its 11 px weight-600
/// type, for a page that cannot measure text (`ui/measure.rs`): DejaVu Sans Bold's
/// digits (0.696 em, the widest of the fonts the page may fall back to), so a figure is
/// not given less room than it takes.
const CHAR_WIDTH: f64 = 7.7;

/// The sign before a figure its reports disagree on, as in the table; the legend
/// explains it while the window holds such an event.
const DIFFERS: char = '≠';

/// The word before a badge's figure: the largest of its events, not their total.
const LARGEST: &str = "largest ";

/// About one figure for every 120 px of plot, at least two and never more than six:
/// enough to name the key amounts, few enough to leave the picture a picture.
fn most_figures(width: f64) -> usize {
    (width / 120.0).clamp(2.0, 6.0) as usize
}

/// The events whose reports disagree on their amount, in order: worked out once per
/// dataset rather than for every mark on every frame of a pan, since finding
/// disagreements formats and compares every report's figures. (Positions rather than
/// a flag per event: a memo of this type the WebAssembly has already.)
pub(super) fn disputed_amounts(state: crate::ui::state::AppState) -> Memo<Vec<usize>> {
    Memo::new(move |_| {
        state.atlas.with(|atlas| {
            atlas.as_ref().map_or_else(Vec::new, |atlas| {
                let events = &atlas.dataset.events;
                (0..events.len())
                    .filter(|&i| disputed_figures(atlas, &events[i]).amount)
                    .collect()
            })
        })
    })
}

/// The figures and titles layer. It is hidden from assistive technology, since every
/// mark's name already says its title, amount and status (`describe::mark_name`), and it
/// takes no pointer events, so marks stay easy to hit.
#[component]
pub fn Figures(timeline: Timeline) -> impl IntoView {
    let state = timeline.state;
    let disputed = timeline.disputed;
    // Placed afresh with each frame's glyphs: a handful of figures over a few hundred
    // glyphs at most, cheaper than a memo's own code in the WebAssembly.
    let figures = move || {
        let data = timeline.data.get()?;
        let width = timeline.width.get();
        let offsets = timeline.offsets.get();
        // Only rows on screen: the glyphs include a few rows beyond, drawn ahead of a
        // scroll, whose figures nobody would see.
        let top = timeline.scroll_top.get();
        let rows = (top / ROW).floor()..((top + timeline.view_height.get()) / ROW).ceil();
        let row_on_screen = |(lane, row): (usize, u16)| {
            offsets
                .get(lane)
                .is_some_and(|o| rows.contains(&f64::from(o + u32::from(row))))
        };
        let on_screen = |mark: usize| {
            let m = data.marks[mark];
            row_on_screen((m.lane, m.stack))
        };
        // The selected event drawn out of its badge is in its badge's row too.
        let popped = timeline
            .glyphs
            .with(|glyphs| {
                popped_out(
                    &data,
                    glyphs,
                    &timeline.scale.get(),
                    timeline.selected_mark.get(),
                )
            })
            .map(|p| {
                let reach = mark_reach(&data.marks[p.mark]);
                ((p.lane, p.row), (p.x - reach, p.x + reach))
            });
        state.atlas.with(|atlas| {
            let atlas = atlas.as_ref()?;
            let events = &atlas.dataset.events;
            // Cancelled deals count nothing, so their figures are not offered. A badge's
            // figure says it is the largest of its events, lest it read as their total.
            // A figure its reports disagree on (a badge's, of its largest) carries the
            // table's sign for it, next to the figure: "largest ≠ up to $100B", since
            // "≠ largest" read as "not the largest".
            let text = |mark: usize, badge: bool| {
                let event = &events[data.marks[mark].event];
                let amount = event.amount.filter(|_| event.status != Status::Cancelled)?;
                let figure = format::money(&amount);
                let figure = if disputed.with(|d| d.binary_search(&data.marks[mark].event).is_ok())
                {
                    format!("{DIFFERS} {figure}")
                } else {
                    figure
                };
                let figure = if badge {
                    format!("{LARGEST}{figure}")
                } else {
                    figure
                };
                Some((usable_amount(event)?, figure))
            };
            let placed = timeline.glyphs.with(|glyphs| {
                place_figures(
                    &data.0,
                    glyphs,
                    row_on_screen,
                    |mark, badge| {
                        let (rank, text) = text(mark, badge)?;
                        let width = text_width(FIGURE_FONT, &text)
                            .unwrap_or(text.chars().count() as f64 * CHAR_WIDTH);
                        Some((rank, width))
                    },
                    FigurePlot {
                        range: (0.0, width),
                        px_per_day: timeline.scale.get().px_per_day(),
                    },
                    most_figures(width),
                    popped.as_slice(),
                )
            });
            let mut labels: Vec<_> = placed
                .iter()
                .filter_map(|figure| {
                    let mark = data.marks[figure.mark];
                    let (lane, row) = figure.row;
                    let y = row_center(*offsets.get(lane)?, row);
                    let text = text(figure.mark, figure.badge)?.1;
                    let at = (figure.x, y, lane);
                    let label = (mark.event, at, figure.before, text, Default::default());
                    Some((figure.mark, label))
                })
                .collect();
            let with_figures = labels.len();
            let scale = timeline.scale.get();
            let band_width = |m: &Mark| (scale.apply(m.day_end) - scale.apply(m.day_start)).abs();
            // The width of a mark's whole title, dated where its band is wide, so that
            // it goes to a side where it fits whole when there is one.
            let title_width = |mark: usize| {
                if !on_screen(mark) {
                    return None;
                }
                let m = data.marks[mark];
                let event = &events[m.event];
                let text = title_text(&event.title, event.date, band_width(&m));
                Some(text_width(TITLE_FONT, &text).unwrap_or_else(|| estimated_width(&text)))
            };
            // Titles beside the marks in view first; then, in the room they leave, the
            // titles of bands whose marks are out of view.
            let rooms = timeline.glyphs.with(|glyphs| {
                let mut rooms = title_rooms(
                    &data.0,
                    glyphs,
                    &placed,
                    popped.as_slice(),
                    (0.0, width),
                    title_width,
                );
                let drawn: Vec<_> = placed
                    .iter()
                    .map(|f| (f.row, f.span))
                    .chain(popped)
                    .collect();
                band_title_rooms(
                    &data.0,
                    glyphs,
                    &drawn,
                    &mut rooms,
                    (0.0, width),
                    scale.px_per_day(),
                    title_width,
                );
                rooms
            });
            for room in rooms {
                let mark = data.marks[room.mark];
                let event = &events[mark.event];
                let band = band_width(&mark);
                let (Some(offset), Some(title)) = (
                    offsets.get(mark.lane),
                    fit_dated_title(&event.title, event.date, band, room.width, |text| {
                        text_width(TITLE_FONT, text).unwrap_or_else(|| estimated_width(text))
                    }),
                ) else {
                    continue;
                };
                // A date the title opens with is set apart from its words (muted), so
                // that it does not run on from a figure before it: "up to $100B Jan 2026".
                let title = match title_date(event.date, band) {
                    Some(date) if title.starts_with(&date) => {
                        let words = title[date.len()..].to_string();
                        (date, words)
                    }
                    _ => (String::new(), title),
                };
                // After the mark's own figure, the title continues the figure's text, so
                // the space between them is the font's own rather than an estimate's. A
                // title before its mark is written alone, ending where its room ends.
                let after_figure = labels[..with_figures]
                    .iter_mut()
                    .filter(|_| !room.before)
                    .find(|(m, label)| *m == room.mark && !label.2);
                match after_figure {
                    Some((_, label)) => label.4 = title,
                    None => {
                        let y = row_center(*offset, mark.stack);
                        let x = if room.before {
                            room.x + room.width
                        } else {
                            room.x
                        };
                        let label = (
                            mark.event,
                            (x, y, mark.lane),
                            room.before,
                            String::new(),
                            title,
                        );
                        labels.push((room.mark, label));
                    }
                }
            }
            Some(
                labels
                    .into_iter()
                    .map(|(_, label)| label)
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
            .map(|(event, (x, y, lane), before, figure, title)| {
                // With a selection, the labels of the marks it leaves faint go (CSS).
                let faint = any && selected != Some(event) && !related.contains(&event);
                // Each part is classed only when it holds text, so that what is found by
                // its class is always something written.
                let figure_class = if figure.is_empty() { "" } else { "mark-figure" };
                let (date, title) = title;
                let (title_class, title_gap) = match (title.is_empty(), figure.is_empty()) {
                    (true, _) => ("", 0.0),
                    (false, true) => ("mark-title", 0.0),
                    (false, false) => ("mark-title", TITLE_AFTER_FIGURE),
                };
                // A badge's word and the sign apart from the figure, so that the sign
                // alone takes the accent.
                let (lead, figure) = match figure.strip_prefix(LARGEST) {
                    Some(rest) => (LARGEST, rest.to_string()),
                    None => ("", figure),
                };
                let (sign, figure) = match figure.strip_prefix(DIFFERS) {
                    Some(rest) => (Some(format!("{DIFFERS} ")), rest.trim_start().to_string()),
                    None => (None, figure),
                };
                view! {
                    <text class="mark-label" class:faint=faint class:striped=lane % 2 == 0 x=px(x) y=px(y)
                        text-anchor=if before { "end" } else { "start" } dominant-baseline="central">
                        {lead}
                        {sign.map(|sign| view! { <tspan class="differs">{sign}</tspan> })}
                        <tspan class=figure_class>{figure}</tspan>
                        <tspan class=title_class dx=px(title_gap)><tspan class="mark-date">{date}</tspan>{title}</tspan>
                    </text>
                }
            })
            .collect_view();
        view! { <g class="mark-figures" aria-hidden="true">{texts}</g> }
    }
}
