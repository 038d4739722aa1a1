//! Drawing the network: edges with arrowheads, nodes and names. Events are handled once
//! on the drawing, not per element; what opens over it is in `popups.rs`.

use leptos::ev::{FocusEvent, MouseEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Network;
use super::controls::Controls;
use super::lines::{Looks, line_view, moving_lines};
use super::names::names;
use crate::core::graph::describe::{edge_name, node_name};
use crate::core::graph::{EdgeLook, Focus, NodeGroup, NodeLook, Outline, outline};
use crate::core::hit::TAP_REACH;
use crate::ui::class_list::class_list;

use crate::core::format::tenths as px;

/// The CSS class of a node's colour group.
pub fn group_class(group: NodeGroup) -> &'static str {
    match group {
        NodeGroup::Company => "company",
        NodeGroup::Investor => "investor",
        NodeGroup::Person => "person",
        NodeGroup::Asset => "asset",
        NodeGroup::Place => "place",
    }
}

/// A node's outline for radius `r` as an SVG path, shaped by its group
/// (`core::graph::outline`): shape, not colour, carries the type, since colour means the
/// kind of event on the timeline, and one colour must not mean two things.
pub fn shape_path(group: NodeGroup, r: f64) -> String {
    if r <= 0.0 {
        return String::new();
    }
    match outline(group, r) {
        Outline::Circle(r) => format!(
            "M{},0a{r:.1},{r:.1} 0 1,0 {},0a{r:.1},{r:.1} 0 1,0 {},0",
            px(-r),
            px(2.0 * r),
            px(-2.0 * r)
        ),
        Outline::Polygon(corners) => {
            let mut d = String::new();
            for (i, (x, y)) in corners.into_iter().enumerate() {
                d.push(if i == 0 { 'M' } else { 'L' });
                d.push_str(&format!("{},{}", px(x), px(y)));
            }
            d.push('Z');
            d
        }
    }
}

#[component]
pub fn Drawing(network: Network, controls: Controls) -> impl IntoView {
    let state = network.state;
    // Every element's look, worked out in one place (`core::graph::looks`), and handed
    // to each element through a signal of its own that is set only when its look
    // changes: elements that all read the shared selection were all woken by each
    // change, which Leptos's bookkeeping made quadratic in their number.
    let looks: Memo<Looks> = Memo::new(move |_| {
        let placed = network.placed.get()?;
        network.event_nodes.with(|event_nodes| {
            let focus = Focus {
                hovered: network.hover.get(),
                selected_node: network.selected_node.get(),
                selected_event: network.selected_event.get(),
                event_nodes,
                dragged: network.dragged.get(),
            };
            let near = focus.near(&placed.graph);
            Some((
                focus.node_looks(&placed.graph, near.as_ref()),
                focus.edge_looks(&placed.graph, near.as_ref()),
            ))
        })
    });
    let node_looks = StoredValue::new(Vec::<ArcRwSignal<NodeLook>>::new());
    let edge_looks = StoredValue::new(Vec::<ArcRwSignal<EdgeLook>>::new());
    Effect::new(move |_| {
        looks.with(|looks| {
            if let Some((nodes, edges)) = looks {
                node_looks.with_value(|signals| set_changed(signals, nodes));
                edge_looks.with_value(|signals| set_changed(signals, edges));
            }
        });
    });

    // Every line where the layout put it; a dragged node's lines are hidden here and
    // drawn in `moving_lines` instead.
    let edges = move || {
        let placed = network.placed.get()?;
        let atlas = state.atlas.get()?;
        let now = looks.with_untracked(|l| l.as_ref().map(|l| l.1.clone()));
        let signals = signals_for(now.as_deref(), placed.graph.edges.len());
        edge_looks.set_value(signals.clone());
        Some(
            placed
                .graph
                .edges
                .iter()
                .enumerate()
                .filter(|(i, _)| placed.lines[*i].length() > 0.0)
                .map(|(i, edge)| {
                    let name = (edge_name(&atlas, &placed.graph, i), i);
                    line_view(
                        edge,
                        &placed.lines[i],
                        placed.widths[i],
                        signals[i].clone(),
                        Some(name),
                    )
                })
                .collect_view(),
        )
    };

    let nodes = move || {
        let placed = network.placed.get()?;
        let atlas = state.atlas.get()?;
        let pins = network.pinned.get();
        let now = looks.with_untracked(|l| l.as_ref().map(|l| l.0.clone()));
        let signals = signals_for(now.as_deref(), placed.graph.nodes.len());
        node_looks.set_value(signals.clone());
        // Largest first: drawn underneath the small ones, and first in tab order.
        let mut order: Vec<usize> = (0..placed.graph.nodes.len()).collect();
        crate::core::order::sort_indices(&mut order, &|a, b| {
            placed.radii[b].total_cmp(&placed.radii[a]).then(a.cmp(&b))
        });
        Some(
            order
                .into_iter()
                .map(|i| {
                    let node = &placed.graph.nodes[i];
                    let entity = &atlas.dataset.entities[node.entity];
                    let pinned = pins.contains_key(&entity.id);
                    let look = signals[i].clone();
                    let transform = {
                        let (placed, look) = (placed.clone(), look.clone());
                        move || {
                            let (x, y) = network.position(&placed, i, look.with(|l| l.dragged));
                            format!("translate({},{})", px(x), px(y))
                        }
                    };
                    // One class string: see `class_list`.
                    let base = format!("node {}", group_class(node.group));
                    let pressed = {
                        let look = look.clone();
                        move || look.get().selected.to_string()
                    };
                    let class = move || {
                        let look = look.get();
                        class_list(
                            &base,
                            &[
                                (look.selected, "selected"),
                                (look.related, "related"),
                                (pinned, "pinned"),
                                (look.dim, "dim"),
                            ],
                        )
                    };
                    view! {
                        <g class=class transform=transform tabindex="0" role="button"
                            aria-label=node_name(&atlas, &placed.graph, i) aria-pressed=pressed
                            data-node=i.to_string()>
                            <path class="ring" d=shape_path(node.group, placed.radii[i])/>
                            <path class="fill" d=shape_path(node.group, placed.fill[i])/>
                            {pinned.then(|| view! { <circle class="pin" r="2.5"/> })}
                        </g>
                    }
                })
                .collect_view(),
        )
    };

    let on_click = move |ev: MouseEvent| {
        if controls.dragged() {
            return;
        }
        let Some(element) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        // A node under the click is meant, even under another node's name; then a name
        // means its node; then a node within reach, but only an end of an edge the
        // click landed on, so the middle of a short edge can still be chosen.
        let edge = attribute(&element, "data-edge");
        let ends = edge.and_then(|e| controls.ends_of(e));
        let node = attribute(&element, "data-node")
            .or_else(|| controls.node_near(&ev, 0.0))
            .or_else(|| attribute(&element, "data-name-of"))
            .or_else(|| {
                controls
                    .node_near(&ev, TAP_REACH)
                    .filter(|n| ends.is_none_or(|(a, b)| *n == a || *n == b))
            });
        if let Some(node) = node {
            controls.select_node(node);
        } else if let Some(edge) = edge {
            controls.select_edge(edge);
        } else {
            network.chooser.set(None);
        }
    };
    let on_over = move |ev: MouseEvent| {
        let element = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        // Over a name, what is pointed at stays as it was: a name shown because its node
        // is hovered would go as the pointer reached it, and naming its node would move
        // the name from under the pointer.
        if element
            .as_ref()
            .is_some_and(|e| e.has_attribute("data-name-of"))
        {
            return;
        }
        network
            .hover
            .set(element.as_ref().and_then(|e| attribute(e, "data-node")));
        network
            .hover_edge
            .set(element.as_ref().and_then(|e| attribute(e, "data-edge")));
    };
    let on_focus = move |ev: FocusEvent| {
        let element = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        network
            .hover
            .set(element.as_ref().and_then(|e| attribute(e, "data-node")));
    };
    view! {
        <div class="network-layer" style:transform=move || network.layer_transform()>
        <svg class="network-svg" data-export="network" role="group" aria-label="Network drawing" tabindex="-1"
                width=move || px(network.size.get().0) height=move || px(network.size.get().1)
                on:wheel=move |ev| controls.on_wheel(ev)
                on:pointerdown=move |ev| controls.on_pointer_down(ev)
                on:pointermove=move |ev| controls.on_pointer_move(ev)
                on:pointerup=move |ev| controls.on_pointer_up(ev)
                on:pointercancel=move |ev| controls.on_pointer_up(ev)
                on:click=on_click on:keydown=move |ev| controls.on_node_key(ev)
                on:mouseover=on_over on:mouseleave=move |_| { network.hover.set(None); network.hover_edge.set(None); }
                on:focusin=on_focus on:focusout=move |_| network.hover.set(None)>
                // Money in talks is hatched, so it never reads as a node faded out of a
                // selection (flat and pale). The legend's sample uses it too.
                <defs><pattern id="talks-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="4" height="4" class="hatch-tint"/><path d="M0 0V4" class="hatch-line"/></pattern></defs>
                <rect class="network-bg" width="100%" height="100%"/>
                <g class="network-world" transform=move || network.drawn.get().svg_transform()>
                    <g class="edges">{edges}</g>
                    <g class="edges moving-edges" aria-hidden="true">{moving_lines(network, looks)}</g>
                    <g class="nodes">{nodes}</g>
                </g>
                <g class="labels" aria-hidden="true">{names(network, looks)}</g>
            </svg>
        </div>
    }
}

/// One signal per element of a new drawing, starting at the looks they have now.
fn signals_for<T: Copy + Default + Send + Sync + 'static>(
    now: Option<&[T]>,
    n: usize,
) -> Vec<ArcRwSignal<T>> {
    (0..n)
        .map(|i| ArcRwSignal::new(now.and_then(|now| now.get(i)).copied().unwrap_or_default()))
        .collect()
}

/// Sets each signal whose look differs from `looks`, so only those elements are woken.
fn set_changed<T: Copy + PartialEq + Send + Sync + 'static>(
    signals: &[ArcRwSignal<T>],
    looks: &[T],
) {
    for (signal, &look) in signals.iter().zip(looks) {
        if signal.get_untracked() != look {
            signal.set(look);
        }
    }
}

/// The number in attribute `name` of `element` or its nearest ancestor that has it.
fn attribute(element: &web_sys::Element, name: &str) -> Option<usize> {
    element
        .closest(&format!("[{name}]"))
        .ok()??
        .get_attribute(name)?
        .parse()
        .ok()
}
