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
use crate::core::graph::{EdgeLook, Focus, NodeGroup, NodeLook};
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

/// A node's outline for radius `r`, shaped by its group and of the same area as a circle
/// of that radius, so size still reads as money: circles for companies and people,
/// squares for investors, diamonds for products, chips and facilities, triangles for
/// countries and groups. Shape, not colour, carries the type: colour means the kind of
/// event on the timeline, and one colour must not mean two things.
pub fn shape_path(group: NodeGroup, r: f64) -> String {
    if r <= 0.0 {
        return String::new();
    }
    match group {
        NodeGroup::Company | NodeGroup::Person => {
            format!(
                "M{},0a{r:.1},{r:.1} 0 1,0 {},0a{r:.1},{r:.1} 0 1,0 {},0",
                px(-r),
                px(2.0 * r),
                px(-2.0 * r)
            )
        }
        NodeGroup::Investor => {
            let h = r * std::f64::consts::PI.sqrt() / 2.0;
            format!("M{a},{a}H{b}V{b}H{a}Z", a = px(-h), b = px(h))
        }
        NodeGroup::Asset => {
            let d = r * (std::f64::consts::PI / 2.0).sqrt();
            format!("M0,{n}L{d},0L0,{d}L{n},0Z", n = px(-d), d = px(d))
        }
        NodeGroup::Place => {
            // An equilateral triangle of area πr², centred on its centroid.
            let side = r * (4.0 * std::f64::consts::PI / 3f64.sqrt()).sqrt();
            let height = side * 3f64.sqrt() / 2.0;
            let (top, base) = (-2.0 * height / 3.0, height / 3.0);
            format!(
                "M0,{}L{},{}L{},{}Z",
                px(top),
                px(side / 2.0),
                px(base),
                px(-side / 2.0),
                px(base)
            )
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
        // A name means its node; so does a tap just beside a small node, even on one of
        // its lines, which start under it.
        let node = attribute(&element, "data-node")
            .or_else(|| attribute(&element, "data-name-of"))
            .or_else(|| controls.node_near(&ev));
        if let Some(node) = node {
            controls.select_node(node);
        } else if let Some(edge) = attribute(&element, "data-edge") {
            controls.select_edge(edge);
        } else {
            network.chooser.set(None);
        }
    };
    let on_over = move |ev: MouseEvent| {
        let element = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
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
