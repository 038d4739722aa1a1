//! The network's lines: each edge drawn as a line and, for money, an arrowhead; and
//! the lines of a dragged node, drawn apart from the rest while it moves.
//!
//! Both layers build their lines with `line_view`, so the browser build carries one
//! kind of line element rather than two.

use leptos::prelude::*;

use super::Network;
use crate::core::format::tenths as px;
use crate::core::graph::{EdgeKind, EdgeLine, EdgeLook, GraphEdge, NodeLook, arrow_head};
use crate::ui::class_list::class_list;

/// Every element's look, from the drawing's looks memo: nodes', then edges'.
pub(super) type Looks = Option<(Vec<NodeLook>, Vec<EdgeLook>)>;

/// An edge's line along `line`, styled by `look`, which is read in the class binding so
/// that a change of selection restyles the line instead of rebuilding it (one class
/// string: see `class_list`). A line of the still layer has `name`, its accessible name
/// and its index, and is a button; a moving line has neither.
pub(super) fn line_view(
    edge: &GraphEdge,
    line: &EdgeLine,
    width: f64,
    look: ArcRwSignal<EdgeLook>,
    name: Option<(String, usize)>,
) -> impl IntoView + use<> {
    let d = format!(
        "M{},{}L{},{}",
        px(line.x1),
        px(line.y1),
        px(line.x2),
        px(line.y2)
    );
    let head = (edge.kind == EdgeKind::Flow)
        .then(|| arrow_head(line, width))
        .flatten()
        .map(|[t, l, r]| {
            format!(
                "M{},{}L{},{}L{},{}Z",
                px(t.0),
                px(t.1),
                px(l.0),
                px(l.1),
                px(r.0),
                px(r.1)
            )
        });
    let base = if edge.kind == EdgeKind::Flow {
        "edge flow"
    } else {
        "edge relation"
    };
    let tentative = edge.tentative;
    let class = move || {
        let look = look.get();
        class_list(
            base,
            &[
                (tentative, "tentative"),
                (look.dim, "dim"),
                (look.selected, "selected"),
                (look.moving, "moving"),
            ],
        )
    };
    let button = name.is_some();
    let (label, index) = name.unzip();
    view! {
        <g class=class role=button.then_some("button") tabindex=button.then_some("-1")
            aria-label=label data-edge=index.map(|i| i.to_string())>
            <path class="edge-hit" d=d.clone()/>
            <path class="edge-line" d=d stroke-width=px(width)/>
            {head.map(|h| view! { <path class="edge-head" d=h/> })}
        </g>
    }
}

/// The dragged node's lines, drawn as `edge_lines` draws every line, from where the node
/// is now: a move redraws these few, not every line of the drawing, whose copies of them
/// stay hidden until the drop (`EdgeLook::moving`). Only a pointer drags, and the node's
/// still lines come back, named, on the drop, so this layer is hidden from assistive
/// technology.
pub(super) fn moving_lines(network: Network, looks: Memo<Looks>) -> impl IntoView {
    move || {
        let (node, at) = network.dragging.get()?;
        let placed = network.placed.get()?;
        let mut positions = placed.positions.clone();
        *positions.get_mut(node)? = at;
        // Every line, though only the node's own are drawn: the offsets of parallel lines
        // depend only on their pair, and about a millisecond at 5,000 lines buys one
        // function for both layers.
        let lines = crate::core::graph::edge_lines(
            &placed.graph,
            &positions,
            &placed.radii,
            &placed.widths,
        );
        looks.with(|looks| {
            let edge_looks = &looks.as_ref()?.1;
            Some(
                placed
                    .graph
                    .edges
                    .iter()
                    .zip(edge_looks)
                    .enumerate()
                    // The lines the looks say move with the node (`core::graph::looks`),
                    // the same that the still layer hides.
                    .filter(|(i, (_, look))| look.moving && lines[*i].length() > 0.0)
                    .map(|(i, (edge, look))| {
                        let look = EdgeLook {
                            moving: false,
                            ..*look
                        };
                        line_view(
                            edge,
                            &lines[i],
                            placed.widths[i],
                            ArcRwSignal::new(look),
                            None,
                        )
                    })
                    .collect_view(),
            )
        })
    }
}
