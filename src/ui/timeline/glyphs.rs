//! Drawing the timeline's marks, cluster badges, date bands and tooltip.
//!
//! A mark's fill is the part of the amount the source states for certain and its ring
//! the part it may reach, so "up to $50B" is a ring with no solid core; spikes say "at
//! least, no ceiling reported". Colour is the event kind, the outline the status. Marks
//! are focusable buttons named by their title, date, amount and status. Events are
//! handled once, on the layer, rather than on each of thousands of marks.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::ev::{FocusEvent, KeyboardEvent, MouseEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Timeline;
use super::controls::Controls;
use super::geometry::{ROW, px, row_center};
use super::shapes::{mark_class, mark_paths};
use super::tooltip::{Hovered, badge_members};
use crate::core::link::Selection;
use crate::core::timeline::describe::{BadgeHolds, cluster_name, mark_name};
use crate::core::timeline::{Glyph, days_of};
use crate::ui::focus::focus_first;
use crate::ui::state::use_app;

/// Month and year bands behind the marks, so a date's precision is visible. Their
/// corners are square: edged in their kind's colour and rounded, stacked bands read as
/// rows of buttons (a design review, on phones, beside the zoom buttons).
#[component]
pub fn Bands(timeline: Timeline) -> impl IntoView {
    let state = timeline.state;
    move || {
        let scale = timeline.scale.get();
        let data = timeline.data.get()?;
        let offsets = timeline.offsets.get();
        let width = timeline.width.get();
        let bands = timeline
            .glyphs
            .get()
            .into_iter()
            .filter_map(|glyph| match glyph {
                Glyph::Mark { mark, .. } if data.marks[mark].has_band() => Some(data.marks[mark]),
                _ => None,
            })
            .map(|mark| (mark, scale.apply(mark.day_start), scale.apply(mark.day_end)))
            // A band drawn for its mark near the view may end exactly at the plot's edge
            // (2025's band in a January window): its edge then doubled the plot's.
            .filter(|&(_, x0, x1)| x0.max(x1) > 0.5 && x0.min(x1) < width - 0.5)
            .map(|(mark, x0, x1)| {
                let kind = state.atlas.with_untracked(|a| {
                    a.as_ref()
                        .map_or("", |a| a.dataset.events[mark.event].kind.id())
                });
                let y = row_center(offsets[mark.lane], mark.stack) - ROW / 2.0 + 5.0;
                view! {
                    <rect class=format!("band kind-{kind}") x=px(x0.min(x1)) y=px(y)
                        width=px((x1 - x0).abs().max(1.0)) height=px(ROW - 10.0)/>
                }
            })
            .collect_view();
        Some(view! { <g class="bands" aria-hidden="true">{bands}</g> })
    }
}

/// The marks and cluster badges in view.
///
/// Marks are keyed by layout and index: a zoom or pan step that keeps a mark in view
/// only moves it (one attribute), and only marks entering or leaving the view are
/// created or removed. A new layout (another filter) replaces them all.
#[component]
pub fn Glyphs(timeline: Timeline, controls: Controls) -> impl IntoView {
    let state = use_app();
    let layout_id = move || {
        timeline
            .data
            .with(|d| d.as_ref().map_or(0, |d| Arc::as_ptr(&d.0) as usize))
    };
    // Where each drawn mark goes, in one memo: every mark reads only its own entry, and
    // a pan or zoom notifies each mark once however many things moved it. The height
    // follows the lanes above, which grow and shrink as stacks open and fold.
    let mark_at = Memo::new(move |_| {
        let data = timeline.data.get();
        timeline.offsets.with(|offsets| {
            timeline.glyphs.with(|glyphs| {
                glyphs
                    .iter()
                    .filter_map(|glyph| match glyph {
                        Glyph::Mark { mark, x } => {
                            let at = data.as_ref()?.marks.get(*mark)?;
                            let offset = offsets.get(at.lane).copied().unwrap_or(0);
                            Some((*mark, (*x, row_center(offset, at.stack))))
                        }
                        Glyph::Cluster { .. } => None,
                    })
                    .collect::<HashMap<usize, (f64, f64)>>()
            })
        })
    });
    let keys = move || {
        crate::ui::focus::keep_through_redraw(".timeline-svg .glyphs");
        let layout = layout_id();
        let mut keys: Vec<(usize, usize)> =
            mark_at.with(|m| m.keys().map(|&mark| (layout, mark)).collect());
        // A stable order keeps focus and tab order in time order within lanes.
        crate::core::order::sort_dedup(&mut keys);
        keys
    };
    let mark_view = move |(_, index): (usize, usize)| {
        let data = timeline.data.get_untracked()?;
        let mark = *data.marks.get(index)?;
        state.atlas.with_untracked(|atlas| {
            let atlas = atlas.as_ref()?;
            let event = &atlas.dataset.events[mark.event];
            let (shape, ring) = mark_paths(&mark);
            let class = mark_class(&mark, event.kind.id());
            let transform = move || {
                let (x, y) = mark_at
                    .with(|m| m.get(&index).copied())
                    .unwrap_or((f64::NAN, f64::NAN));
                format!("translate({},{})", px(x), px(y))
            };
            let disputed = timeline
                .disputed
                .with_untracked(|d| d.binary_search(&mark.event).is_ok());
            let selected = move || timeline.selected.get() == Some(mark.event);
            let related = move || timeline.related.with(|r| r.contains(&mark.event));
            // A mark drawn for its band while its centre is outside the plot (a year's
            // event at mid-year, in a window of its January) cannot be seen with its
            // focus ring: Tab and the arrow keys pass it by.
            let tabindex = move || {
                let x = mark_at.with(|m| m.get(&index).map_or(f64::NAN, |at| at.0));
                if super::stepping::in_plot(x, timeline.width.get()) { "0" } else { "-1" }
            };
            Some(view! {
                <g class=class class:selected=selected class:related=related transform=transform tabindex=tabindex role="button"
                    aria-label=mark_name(event, disputed) aria-pressed=move || selected().to_string()
                    data-mark=index.to_string() data-event=mark.event.to_string()>
                    // Most marks have no ring; leaving out its element keeps a redraw of
                    // hundreds of marks lighter.
                    {(!ring.is_empty()).then(|| view! { <path class="ring" d=ring/> })}
                    <path class="shape" d=shape/>
                </g>
            })
        })
    };
    let marks = view! { <For each=keys key=|key| *key children=mark_view/> };
    // Cluster badges are keyed by their members, so a badge that keeps its members
    // from one frame to the next (as most do while panning) only moves.
    let cluster_at = Memo::new(move |_| {
        timeline.offsets.with(|offsets| {
            timeline.glyphs.with(|glyphs| {
                glyphs
                    .iter()
                    .filter_map(|glyph| match glyph {
                        Glyph::Cluster {
                            lane,
                            row,
                            marks,
                            x,
                            count,
                            ..
                        } => {
                            let offset = offsets.get(*lane).copied().unwrap_or(0);
                            let at = (*x, row_center(offset, *row));
                            Some(((marks.start, marks.end, *count), at))
                        }
                        Glyph::Mark { .. } => None,
                    })
                    .collect::<HashMap<(usize, usize, usize), (f64, f64)>>()
            })
        })
    });
    let selected_mark = timeline.selected_mark;
    // The marks of the events brought forward with the selection, so that a badge
    // holding one of them does not fade either.
    let related_marks = Memo::new(move |_| {
        timeline.related.with(|related| {
            timeline
                .data
                .with(|d| d.as_ref().map(|d| d.marks_of(related)).unwrap_or_default())
        })
    });
    let related_members = Memo::new(move |_| {
        related_marks.with(|marks| {
            timeline.data.with(|d| {
                d.as_ref()
                    .map(|d| d.badge_members(marks))
                    .unwrap_or_default()
            })
        })
    });
    let cluster_keys = move || {
        crate::ui::focus::keep_through_redraw(".timeline-svg .glyphs");
        let layout = layout_id();
        let mut keys: Vec<(usize, usize, usize, usize)> =
            cluster_at.with(|c| c.keys().map(|&(a, b, n)| (layout, a, b, n)).collect());
        crate::core::order::sort_dedup(&mut keys);
        keys
    };
    let cluster_view = move |(_, start, end, count): (usize, usize, usize, usize)| {
        let data = timeline.data.get_untracked()?;
        let first = *data.marks.get(start)?;
        let days = days_of(data.marks.get(start..end)?);
        let r = crate::core::timeline::badge_radius(count);
        // A badge that holds the selected event stands out instead of fading with the
        // rest, so the selection is never lost inside a badge.
        let holds_selection = {
            let data = data.clone();
            move || {
                selected_mark
                    .get()
                    .is_some_and(|m| data.badge_holds(start..end, m))
            }
        };
        let holds_related =
            move || related_members.with(|members| (start..end).any(|m| members.contains(&m)));
        let transform = move || {
            let (x, y) = cluster_at
                .with(|c| c.get(&(start, end, count)).copied())
                .unwrap_or((f64::NAN, f64::NAN));
            format!("translate({},{})", px(x), px(y))
        };
        let name = {
            let holds_selection = holds_selection.clone();
            move || {
                let brought_forward =
                    related_members.with(|m| (start..end).filter(|i| m.contains(i)).count());
                let holds = timeline
                    .state
                    .selection
                    .with(|s| BadgeHolds::of(s.as_ref(), holds_selection(), brought_forward));
                cluster_name(&data, first.lane, count, days, holds)
            }
        };
        Some(view! {
            <g class="cluster" class:selected=holds_selection class:related=holds_related transform=transform tabindex="0" role="button"
                aria-label=name
                data-cluster=format!("{start}:{end}")>
                <circle r=px(r)/>
                <text>{count.to_string()}</text>
            </g>
        })
    };
    let clusters = view! { <For each=cluster_keys key=|key| *key children=cluster_view/> };

    let on_click = move |ev: MouseEvent| {
        if controls.dragged() {
            return;
        }
        activate(timeline, controls, ev.target());
    };
    // A tap's tooltip would stay up, since nothing moves off the mark, and cover the
    // chart above the sheet the tap opens, which says everything the tooltip does. So
    // the browser's mouse events for a tap show none (`Controls::tapped`), and focus
    // shows one only when the browser marks it as the keyboard's (`:focus-visible`),
    // which a tap's focus is not; a mouse's hover shows one anyway.
    let tapped = controls.tapped;
    let on_key = move |ev: KeyboardEvent| match ev.key().as_str() {
        "Enter" | " " => {
            ev.prevent_default();
            activate(timeline, controls, ev.target());
        }
        "ArrowRight" | "ArrowDown" => {
            ev.prevent_default();
            super::stepping::step_focus(timeline, ev.target(), true);
        }
        "ArrowLeft" | "ArrowUp" => {
            ev.prevent_default();
            super::stepping::step_focus(timeline, ev.target(), false);
        }
        _ => {}
    };
    let show_tooltip = move |target: Option<web_sys::EventTarget>| {
        let found = glyph_element(target).and_then(|el| {
            if let Some(members) = badge_members(&el) {
                let (count, (x, y)) = cluster_at.with_untracked(|c| {
                    c.iter()
                        .find(|((start, end, _), _)| (*start..*end) == members)
                        .map(|(&(_, _, count), at)| (count, *at))
                })?;
                let reach = crate::core::timeline::badge_radius(count);
                return Some((Hovered::Badge(members), x, y, reach));
            }
            let event = el.get_attribute("data-event")?.parse().ok()?;
            let mark: usize = el.get_attribute("data-mark")?.parse().ok()?;
            let (x, y) = mark_at.with_untracked(|m| m.get(&mark).copied())?;
            let reach = timeline.data.with_untracked(|d| {
                d.as_ref()
                    .and_then(|d| d.marks.get(mark))
                    .map_or(0.0, crate::core::timeline::figures::mark_reach)
            });
            Some((Hovered::Event(event), x, y, reach))
        });
        timeline.hover.set(found);
    };
    view! {
        // tabindex -1: Chromium would otherwise make a group with focus listeners a
        // nameless tab stop of its own.
        <g class="glyphs" class:has-selection=move || selected_mark.with(Option::is_some) || related_marks.with(|m| !m.is_empty()) tabindex="-1" on:click=on_click
            on:keydown=on_key
            on:mouseover=move |ev: MouseEvent| {
                if !tapped.get_value() {
                    show_tooltip(ev.target());
                }
            }
            on:mouseout=move |_| timeline.hover.set(None)
            on:focusin=move |ev: FocusEvent| {
                super::tooltip::describe_focused_badge(timeline, ev.target(), true);
                if glyph_element(ev.target()).is_some_and(|el| el.matches(":focus-visible").unwrap_or(true)) {
                    show_tooltip(ev.target());
                }
            }
            on:focusout=move |ev: FocusEvent| {
                super::tooltip::describe_focused_badge(timeline, ev.target(), false);
                timeline.hover.set(None);
            }>
            {marks}
            {clusters}
        </g>
    }
}

/// The mark or badge element an event happened in, if any.
pub(super) fn glyph_element(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    let element: web_sys::Element = target?.dyn_into().ok()?;
    element.closest("[data-event],[data-cluster]").ok()?
}

/// Selects a mark's event, or zooms into a cluster badge.
pub(super) fn activate(
    timeline: Timeline,
    controls: Controls,
    target: Option<web_sys::EventTarget>,
) {
    let Some(element) = glyph_element(target) else {
        return;
    };
    if let Some(event) = element
        .get_attribute("data-event")
        .and_then(|e| e.parse::<usize>().ok())
    {
        let id = timeline
            .state
            .atlas
            .with_untracked(|a| a.as_ref().map(|a| a.dataset.events[event].id.clone()));
        timeline.state.select(id.map(Selection::Event));
    } else if let Some(range) = badge_members(&element) {
        let Some(data) = timeline.data.get_untracked() else {
            return;
        };
        let Some(members) = data.marks.get(range.clone()) else {
            return;
        };
        controls.zoom_to(days_of(members));
        // The badge is gone once zoomed in: keep the reader's place by focusing its
        // first member, or the timeline itself if that is not drawn.
        let first = range.start;
        request_animation_frame(move || {
            if !focus_first(&format!("[data-mark=\"{first}\"]")) {
                focus_first("[role=region][aria-label=Timeline]");
            }
        });
    }
}
