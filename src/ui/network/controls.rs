//! Zoom, pan and node dragging on the network. Zoom and pan only change the view
//! transform; dropping a dragged node pins it there and lays the rest out around it.

use leptos::ev::{KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Network;
use crate::core::graph::neighbour_in_direction;
use crate::core::hit::{ScreenCircle, nearest_within};
use crate::core::link::Selection;
use crate::ui::focus::focus_first;
use crate::ui::pointers::Pointers;

/// One wheel pixel's zoom: 500 px of scrolling doubles or halves the size.
const WHEEL_ZOOM_PER_PIXEL: f64 = std::f64::consts::LN_2 / 500.0;
/// Less movement than this between press and release is a click.
const CLICK_SLOP: f64 = 4.0;
/// The drawing catches up with wheel zooming after this long without a wheel event.
const WHEEL_IDLE: std::time::Duration = std::time::Duration::from_millis(180);

/// What a press started: panning the view, or dragging a node, held as its index and
/// its entity's (a new layout mid-drag, as Play makes, may give the index to another).
#[derive(Clone, Copy, Debug, Default)]
struct Press {
    node: Option<(usize, usize)>,
    start: (f64, f64),
    moved: bool,
}

#[derive(Clone, Copy)]
pub(crate) struct Controls {
    network: Network,
    pointers: Pointers,
    press: StoredValue<Press>,
    wheel_generation: StoredValue<u64>,
}

impl Controls {
    pub fn new(network: Network) -> Self {
        Self {
            network,
            pointers: Pointers::default(),
            press: StoredValue::new(Press::default()),
            wheel_generation: StoredValue::new(0),
        }
    }

    /// A client point in the frame's coordinates. The frame, not the SVG: during a
    /// gesture the SVG's layer is moved by a CSS transform.
    fn local(&self, client: (f64, f64), target: &web_sys::Element) -> (f64, f64) {
        let frame = target
            .closest(".network-frame")
            .ok()
            .flatten()
            .unwrap_or_else(|| target.clone());
        let rect = frame.get_bounding_client_rect();
        (client.0 - rect.left(), client.1 - rect.top())
    }

    pub fn zoom_step(&self, factor: f64) {
        let (width, height) = self.network.size.get_untracked();
        self.network
            .view
            .update(|v| *v = v.zoom_around((width / 2.0, height / 2.0), factor));
        self.network.commit();
    }

    pub fn on_wheel(&self, event: WheelEvent) {
        event.prevent_default();
        let Some(target) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let unit = match event.delta_mode() {
            1 => 16.0,
            2 => 400.0,
            _ => 1.0,
        };
        let at = self.local(
            (f64::from(event.client_x()), f64::from(event.client_y())),
            &target,
        );
        let factor = (-event.delta_y() * unit * WHEEL_ZOOM_PER_PIXEL).exp();
        self.network.view.update(|v| *v = v.zoom_around(at, factor));
        // The drawing catches up once the wheel has been still for a moment.
        let generation = self.wheel_generation.get_value() + 1;
        self.wheel_generation.set_value(generation);
        let network = self.network;
        let wheel_generation = self.wheel_generation;
        set_timeout(
            move || {
                if !wheel_generation.is_disposed() && wheel_generation.get_value() == generation {
                    network.commit();
                }
            },
            WHEEL_IDLE,
        );
    }

    /// A press on a node (found through `data-node`) may become a drag; anywhere else it
    /// may become a pan.
    pub fn on_pointer_down(&self, event: PointerEvent) {
        if event.button() != 0 {
            return;
        }
        let node = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-node]").ok().flatten())
            .and_then(|el| el.get_attribute("data-node"))
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|node| Some((node, self.entity_of(node)?)));
        if let Some(pointer) = self.pointers.press(&event) {
            self.press.set_value(Press {
                node,
                start: (pointer.x, pointer.y),
                moved: false,
            });
        }
    }

    pub fn on_pointer_move(&self, event: PointerEvent) {
        let Some(step) = self.pointers.moved(&event) else {
            return;
        };
        let mut press = self.press.get_value();
        if !press.moved && step.travelled_from(press.start) < CLICK_SLOP && step.other.is_none() {
            return;
        }
        let Some(target) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        if !press.moved {
            // Capture only once this is a drag, so a plain click still reaches its node.
            let _ = target.set_pointer_capture(event.pointer_id());
        }
        press.moved = true;
        self.press.set_value(press);
        let view = self.network.view.get_untracked();
        let (previous, current) = (step.previous, step.current);
        match (step.other, press.node) {
            (Some(_), _) => {
                if let Some((factor, middle)) = step.pinch() {
                    let middle = self.local(middle, &target);
                    self.network.view.set(view.zoom_around(middle, factor));
                }
            }
            (None, Some((node, entity))) => {
                if self.entity_of(node) != Some(entity) {
                    // A new layout gave the index to another entity: the drag ends here,
                    // and nothing is pinned on the drop.
                    if self.network.dragging.get_untracked().is_some() {
                        self.network.dragging.set(None);
                    }
                    return;
                }
                let at = view.invert(self.local((current.x, current.y), &target));
                self.network.dragging.set(Some((node, at)));
            }
            (None, None) => self
                .network
                .view
                .set(view.pan_by(current.x - previous.x, current.y - previous.y)),
        }
    }

    /// Ends a press: a dragged node is pinned where it was dropped.
    pub fn on_pointer_up(&self, event: PointerEvent) {
        if !self.pointers.release(&event) {
            return;
        }
        self.network.commit();
        if let Some((node, at)) = self.network.dragging.get_untracked() {
            let id = self.network.placed.with_untracked(|p| {
                let placed = p.as_ref()?;
                let entity = placed.graph.nodes.get(node)?.entity;
                self.network
                    .state
                    .atlas
                    .with_untracked(|a| a.as_ref().map(|a| a.dataset.entities[entity].id.clone()))
            });
            if let Some(id) = id {
                self.network.pinned.update(|pins| {
                    pins.insert(id, at);
                });
            }
            self.network.dragging.set(None);
        }
    }

    /// The node nearest to a click, when the click is within `reach` pixels of its
    /// outline (0: on it). Nodes are hit as circles of their shapes' area, where the
    /// layout and the view put them.
    pub fn node_near(&self, event: &MouseEvent, reach: f64) -> Option<usize> {
        let target = event
            .current_target()?
            .dyn_into::<web_sys::Element>()
            .ok()?;
        let at = self.local(
            (f64::from(event.client_x()), f64::from(event.client_y())),
            &target,
        );
        let view = self.network.view.get_untracked();
        self.network.placed.with_untracked(|p| {
            let placed = p.as_ref()?;
            let circles: Vec<ScreenCircle> = placed
                .positions
                .iter()
                .zip(&placed.radii)
                .map(|(&position, &r)| {
                    let (x, y) = view.apply(position);
                    ScreenCircle {
                        x,
                        y,
                        r: r * view.k,
                    }
                })
                .collect();
            nearest_within(&circles, at, reach)
        })
    }

    /// The nodes at the ends of edge `edge`.
    pub fn ends_of(&self, edge: usize) -> Option<(usize, usize)> {
        self.network.placed.with_untracked(|p| {
            let edge = p.as_ref()?.graph.edges.get(edge)?;
            Some((edge.source, edge.target))
        })
    }

    /// The entity drawn as node `node` in the current layout.
    fn entity_of(&self, node: usize) -> Option<usize> {
        self.network
            .placed
            .with_untracked(|p| Some(p.as_ref()?.graph.nodes.get(node)?.entity))
    }

    /// True when the press that just ended moved: its click must not select.
    pub fn dragged(&self) -> bool {
        let moved = self.press.with_value(|p| p.moved);
        if self.pointers.is_empty() {
            self.press.set_value(Press::default());
        }
        moved
    }

    /// Keys on a focused node: arrows move to the neighbour in that direction, Enter or
    /// Space selects the node's entity.
    pub fn on_node_key(&self, event: KeyboardEvent) {
        let Some(node) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.get_attribute("data-node"))
            .and_then(|n| n.parse::<usize>().ok())
        else {
            return;
        };
        let direction = match event.key().as_str() {
            "ArrowRight" => (1.0, 0.0),
            "ArrowLeft" => (-1.0, 0.0),
            "ArrowUp" => (0.0, -1.0),
            "ArrowDown" => (0.0, 1.0),
            "Enter" | " " => {
                event.prevent_default();
                self.select_node(node);
                return;
            }
            _ => return,
        };
        event.prevent_default();
        let next = self.network.placed.with_untracked(|p| {
            let placed = p.as_ref()?;
            neighbour_in_direction(&placed.graph, &placed.positions, node, direction)
        });
        if let Some(next) = next {
            focus_first(&format!("[data-node=\"{next}\"]"));
        }
    }

    pub fn select_node(&self, node: usize) {
        let id = self.network.placed.with_untracked(|p| {
            let entity = p.as_ref()?.graph.nodes.get(node)?.entity;
            self.network
                .state
                .atlas
                .with_untracked(|a| a.as_ref().map(|a| a.dataset.entities[entity].id.clone()))
        });
        if let Some(id) = id {
            self.network.state.select(Some(Selection::Entity(id)));
        }
    }

    /// A click on an edge selects its event, or offers its events to choose from.
    pub fn select_edge(&self, edge: usize) {
        let events = self.network.placed.with_untracked(|p| {
            p.as_ref()
                .and_then(|p| p.graph.edges.get(edge).map(|e| e.events.clone()))
        });
        match events.as_deref() {
            Some([only]) => {
                let id = self
                    .network
                    .state
                    .atlas
                    .with_untracked(|a| a.as_ref().map(|a| a.dataset.events[*only].id.clone()));
                self.network.state.select(id.map(Selection::Event));
            }
            Some([_, _, ..]) => self.network.chooser.set(Some(edge)),
            _ => {}
        }
    }
}
