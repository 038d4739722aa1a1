//! The network view: investors and companies as nodes, money flows and relations as
//! edges, laid out by the core's force simulation.
//!
//! The layout runs to convergence before anything is drawn, and only when the filtered
//! graph, the pins or a Re-layout request change. Zooming and panning change one group
//! transform. Positions are remembered by entity, so a filter change barely moves the
//! picture.

mod controls;
mod draw;
mod legend;
mod lines;
mod names;
mod play;
mod popups;

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::graph::{
    EdgeLine, Graph, SizeBasis, ViewTransform, as_remembered, build, by_entity_id, edge_lines,
    edge_widths, node_fill_radii, node_radii, place, turn_to_frame,
};
use crate::core::link::Selection;
use crate::ui::no_match::NoMatch;
use crate::ui::state::{AppState, use_app};
use controls::Controls;

/// The layout's seed: any fixed number makes the picture reproducible.
const SEED: u64 = 7;
/// Space kept around the drawing when fitting it to the view.
const FIT_PADDING: f64 = 28.0;

/// One laid-out graph: everything drawn until the filter changes again.
pub(crate) struct Placed {
    pub graph: Graph,
    pub positions: Vec<(f64, f64)>,
    pub radii: Vec<f64>,
    /// How far each node is filled: its firm money (see `core::graph::node_fill_radii`).
    pub fill: Vec<f64>,
    pub widths: Vec<f64>,
    pub lines: Vec<EdgeLine>,
}

/// A `Placed` compared by identity, so memos notify only on a new layout.
#[derive(Clone)]
pub(crate) struct Shared(pub Arc<Placed>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Shared {
    type Target = Placed;
    fn deref(&self) -> &Placed {
        &self.0
    }
}

/// Everything the network's parts share.
#[derive(Clone, Copy)]
pub(crate) struct Network {
    pub state: AppState,
    pub placed: RwSignal<Option<Shared>>,
    /// What the reader sees: the drawing's zoom and pan.
    pub view: RwSignal<ViewTransform>,
    /// The transform the SVG is drawn at. During a pan or zoom gesture only `view`
    /// changes and the drawn layer is moved by a CSS transform, which the browser
    /// composites without redrawing thousands of shapes; when the gesture ends, the
    /// drawing catches up (`commit`).
    pub drawn: RwSignal<ViewTransform>,
    pub size: RwSignal<(f64, f64)>,
    /// Nodes fixed where the reader dropped them, by entity id.
    pub pinned: RwSignal<HashMap<String, (f64, f64)>>,
    /// A node being dragged and where it is, drawn there until it is dropped.
    pub dragging: RwSignal<Option<(usize, (f64, f64))>>,
    /// Which node is being dragged, changing only as a drag starts and ends, for the
    /// looks and the names. Each node learns it through its look (`NodeLook::dragged`),
    /// so only the dragged node wakes, as a drag starts, moves and ends.
    pub dragged: Memo<Option<usize>>,
    /// The node under the pointer or focus, whose neighbourhood is highlighted.
    pub hover: RwSignal<Option<usize>>,
    /// The edge under the pointer, for its tooltip.
    pub hover_edge: RwSignal<Option<usize>>,
    /// The events of a merged edge the reader clicked, to choose one from.
    pub chooser: RwSignal<Option<usize>>,
    pub selected_node: Memo<Option<usize>>,
    /// A selected event (chosen in another view or by a link), drawn as its edge in the
    /// accent colour with the nodes taking part in it at full strength.
    pub selected_event: Memo<Option<usize>>,
    /// The nodes of the entities taking part in `selected_event`, in the event's order.
    pub event_nodes: Memo<Vec<usize>>,
    /// While Play runs: the sizes of the whole it builds up to, which every frame is
    /// drawn to (`core::graph::Graph::size_like`).
    pub sized_for: RwSignal<Option<SizeBasis>>,
    /// Bumped by Play's last frame as it gives back the reader's window: the layout
    /// runs again, even when that window holds the same events as the frame before,
    /// and puts every node back where it was remembered, without a settling tick
    /// (`core::graph::as_remembered`).
    pub restore: RwSignal<u32>,
}

impl Network {
    /// A node's position, following the drag when `dragged` (its look says so): only
    /// the dragged node reads where the drag is.
    pub fn position(&self, placed: &Placed, node: usize, dragged: bool) -> (f64, f64) {
        if dragged
            && let Some((n, at)) = self.dragging.get()
            && n == node
        {
            return at;
        }
        placed.positions[node]
    }

    /// Fits the whole drawing in the view.
    pub fn fit(&self) {
        if let Some(placed) = self.placed.get_untracked() {
            let (width, height) = self.size.get_untracked();
            self.view.set(ViewTransform::fit(
                &placed.positions,
                &placed.radii,
                width,
                height,
                FIT_PADDING,
            ));
            self.commit();
        }
    }

    /// Redraws the SVG at the current view, ending a gesture's CSS-only movement.
    pub fn commit(&self) {
        let view = self.view.get_untracked();
        if self.drawn.get_untracked() != view {
            self.drawn.set(view);
        }
    }

    /// The CSS transform that carries the drawing from `drawn` to `view`.
    pub fn layer_transform(&self) -> String {
        let (view, drawn) = (self.view.get(), self.drawn.get());
        if view == drawn || drawn.k <= 0.0 {
            return "none".to_string();
        }
        // A world point w is drawn at drawn.k·w + drawn.x and should appear at
        // view.k·w + view.x: scale by view.k / drawn.k about the origin, then shift.
        let scale = view.k / drawn.k;
        let (dx, dy) = (view.x - drawn.x * scale, view.y - drawn.y * scale);
        format!("translate({dx:.1}px,{dy:.1}px) scale({scale:.4})")
    }
}

#[component]
pub fn NetworkView() -> impl IntoView {
    let state = use_app();
    let events = Memo::new(move |_| state.filtered.with(|f| f.events.clone()));
    let placed = RwSignal::new(None::<Shared>);
    let pinned = RwSignal::new(HashMap::<String, (f64, f64)>::new());
    let relayout = RwSignal::new(0u32);
    let previous = state.network_memory;
    let selected_node = Memo::new(move |_| {
        let Some(Selection::Entity(id)) = state.selection.get() else {
            return None;
        };
        let entity = state
            .atlas
            .with(|a| a.as_ref().and_then(|a| a.index.entity(&id)))?;
        placed.with(|p| p.as_ref().and_then(|p| p.graph.node_of(entity)))
    });
    // Only an event the filters keep is drawn; one they leave out changes nothing here.
    let selected_event = Memo::new(move |_| {
        let Some(Selection::Event(id)) = state.selection.get() else {
            return None;
        };
        let event = state
            .atlas
            .with(|a| a.as_ref().and_then(|a| a.index.event(&id)))?;
        events.with(|e| e.contains(&event)).then_some(event)
    });
    let event_nodes = Memo::new(move |_| {
        let Some(event) = selected_event.get() else {
            return Vec::new();
        };
        let entities = state.atlas.with(|a| {
            a.as_ref()
                .and_then(|a| a.index.participants.get(event).cloned())
                .unwrap_or_default()
        });
        placed.with(|p| {
            let mut nodes: Vec<usize> = Vec::new();
            for node in entities
                .iter()
                .filter_map(|&e| p.as_ref()?.graph.node_of(e))
            {
                if !nodes.contains(&node) {
                    nodes.push(node);
                }
            }
            nodes
        })
    });
    let dragging = RwSignal::new(None);
    let network = Network {
        state,
        placed,
        view: RwSignal::new(ViewTransform {
            k: 1.0,
            x: 0.0,
            y: 0.0,
        }),
        drawn: RwSignal::new(ViewTransform {
            k: 1.0,
            x: 0.0,
            y: 0.0,
        }),
        size: RwSignal::new((900.0, 560.0)),
        pinned,
        dragging,
        dragged: Memo::new(move |_| dragging.get().map(|(node, _)| node)),
        hover: RwSignal::new(None),
        hover_edge: RwSignal::new(None),
        chooser: RwSignal::new(None),
        selected_node,
        selected_event,
        event_nodes,
        sized_for: RwSignal::new(None),
        restore: RwSignal::new(0),
    };

    // Lays the graph out whenever the filtered events, the pins or a Re-layout change.
    let frame = NodeRef::<leptos::html::Div>::new();
    let first_layout = StoredValue::new(true);
    let last_relayout = StoredValue::new(0u32);
    let last_restore = StoredValue::new(0u32);
    Effect::new(move |_| {
        let events = events.get();
        let pins = pinned.get();
        let generation = relayout.get();
        let fresh = generation != last_relayout.get_value();
        last_relayout.set_value(generation);
        // Read before the early return, so that a bump is never left for a later layout.
        let restore = network.restore.get();
        let restoring = restore != last_restore.get_value();
        last_restore.set_value(restore);
        let Some(atlas) = state.atlas.get() else {
            return;
        };
        let mut graph = build(&atlas, &events);
        // Untracked: Play sets it before its first frame, and clearing it when Play
        // stops must not lay the last frame out again.
        if let Some(basis) = network.sized_for.get_untracked() {
            graph.size_like(basis);
        }
        let mut positions = previous.with_value(|remembered| {
            let as_they_were = (restoring && !fresh)
                .then(|| as_remembered(&graph, &atlas, remembered, &pins))
                .flatten();
            as_they_were.unwrap_or_else(|| {
                let empty = HashMap::new();
                let remembered = if fresh { &empty } else { remembered };
                measure_layout(|| place(&graph, &atlas, remembered, &pins, fresh, SEED))
            })
        });
        let radii = node_radii(&graph);
        // A fresh picture may turn a quarter to fill its frame (a phone's is portrait);
        // one already seen keeps its orientation, and pins stay where they were put.
        if (fresh || first_layout.get_value())
            && pins.is_empty()
            && let Some(frame) = frame.get_untracked()
        {
            let size = (
                f64::from(frame.client_width()),
                f64::from(frame.client_height()),
            );
            turn_to_frame(&mut positions, &radii, size, FIT_PADDING);
        }
        previous
            .update_value(|remembered| remembered.extend(by_entity_id(&graph, &atlas, &positions)));
        let fill = node_fill_radii(&graph);
        let widths = edge_widths(&graph);
        let lines = edge_lines(&graph, &positions, &radii, &widths);
        placed.set(Some(Shared(Arc::new(Placed {
            graph,
            positions,
            radii,
            fill,
            widths,
            lines,
        }))));
        crate::ui::perf::first_chart_drawn();
        if first_layout.get_value() || fresh {
            first_layout.set_value(false);
            network.fit();
        }
    });

    let controls = Controls::new(network);
    // Measuring may be scheduled (an animation frame) and run after the view is gone.
    let measure = move || {
        if network.size.is_disposed() {
            return;
        }
        if let Some(frame) = frame.get_untracked() {
            let size = (
                f64::from(frame.client_width()).max(200.0),
                f64::from(frame.client_height()).max(240.0),
            );
            if size != network.size.get_untracked() {
                network.size.set(size);
                network.fit();
            }
        }
    };
    request_animation_frame(measure);
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let empty = move || placed.with(|p| p.as_ref().is_none_or(|p| p.graph.nodes.is_empty()));
    view! {
        <section role="region" aria-label="Network" class="chart network" aria-describedby="network-help">
            <div class="chart-toolbar">
                <div class="zoom-buttons" role="group" aria-label="Zoom">
                    <button type="button" class="zoom-in" aria-label="Zoom in" on:click=move |_| controls.zoom_step(1.5)>"Zoom in"</button>
                    <button type="button" class="zoom-out" aria-label="Zoom out" on:click=move |_| controls.zoom_step(1.0 / 1.5)>"Zoom out"</button>
                    <button type="button" on:click=move |_| network.fit()>"Fit"</button>
                    <button type="button" on:click=move |_| {
                        pinned.set(HashMap::new());
                        relayout.update(|r| *r += 1);
                    }>"Re-layout"</button>
                </div>
                <play::PlayControl network/>
                <p id="network-help" class="chart-help">
                    "Scroll or pinch to zoom, drag the background to pan, drag a node to pin it. Keys: Tab to a node, arrows to its neighbours, Enter selects."
                </p>
            </div>
            <div class="network-frame" node_ref=frame>
                <draw::Drawing network controls/>
                <popups::EdgeTooltip network/>
                <popups::EdgeChooser network/>
                {move || empty().then(|| view! {
                    <NoMatch class="chart-empty" message="No entities match these filters."/>
                })}
            </div>
            <legend::Legend network/>
        </section>
    }
}

/// Runs the layout between two performance marks, so the browser benchmark can read
/// how long it took ("network-layout" in the performance timeline).
fn measure_layout<T>(run: impl FnOnce() -> T) -> T {
    let performance = window().performance();
    if let Some(p) = &performance {
        let _ = p.mark("network-layout-start");
    }
    let result = run();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark("network-layout", "network-layout-start");
    }
    result
}
