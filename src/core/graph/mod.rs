//! The network view's model: who is connected to whom, how big and where everything
//! is drawn, and what it is called, as plain data.
//!
//! The work is split by how often it runs. When the filter changes, [`build`] turns the
//! filtered events into a [`Graph`] of entity nodes and merged edges (money *flows*
//! from investor to recipient, undirected *relations* between parties), `size.rs` sizes
//! nodes and edges by money ([`node_radii`], [`edge_widths`]) and [`place`] runs the
//! force layout, starting every node that was already on screen where it was; a fresh
//! layout is turned a quarter turn when that fits it larger in its frame
//! ([`turn_to_frame`]). When the reader zooms or pans, only the [`ViewTransform`]
//! changes, applied as one SVG group transform, and [`place_names`] decides again where
//! names fit. [`edge_lines`] gives
//! each edge's line between node circles, [`neighbour_in_direction`] moves keyboard
//! focus along edges, and `describe.rs` says in words what every mark shows. Nothing
//! here knows about the DOM; the interface turns it into SVG.
//!
//! # Why plain vectors and not petgraph
//!
//! The views need a node list, an edge list and each node's sorted neighbours: three
//! vectors, and no graph algorithm (paths, components, flows). petgraph 0.8.3 offers
//! four graph types (`Graph`, `StableGraph`, `GraphMap`, `MatrixGraph`) and algorithms
//! over them, and always depends on `fixedbitset`, `hashbrown` and `indexmap`. Every
//! crate adds to the WebAssembly bundle, and the whole first load has a budget of
//! 200 KB gzipped (`scripts/size.mjs`), so a dependency must be worth its bytes; for
//! three vectors this one is not.

mod build;
mod crossings;
mod crowding;
pub mod describe;
mod edges;
mod labels;
mod leaders;
mod looks;
mod navigate;
mod orient;
mod outline;
mod positions;
mod size;
mod viewport;

pub use build::{EdgeKind, Graph, GraphEdge, GraphNode, NodeGroup, build};
pub use edges::{
    ARROW_LENGTH_PER_WIDTH, ARROW_MIN_LENGTH, EdgeLine, MAX_OFFSET_SHARE, PARALLEL_GAP, arrow_head,
    arrow_length, edge_lines,
};
pub use labels::{
    LABEL_GAP, LABEL_HEIGHT, LABEL_MIN_SCREEN_RADIUS, LABEL_ZOOM, NameAnchor, NamePlace,
    label_anchor, place_names,
};
pub use leaders::{LeaderName, place_leaders};
pub use looks::{EdgeLook, Focus, NodeLook};
pub use navigate::neighbour_in_direction;
pub use orient::{MIN_TURN_GAIN, turn_to_frame};
pub use outline::{Outline, outline};
pub use positions::{LABEL_PADDING, LINK_GAP, as_remembered, by_entity_id, place};
pub use size::{
    EDGE_MAX_WIDTH, EDGE_MIN_WIDTH, NODE_MAX_RADIUS, NODE_MIN_RADIUS, RELATION_WIDTH, SizeBasis,
    edge_scale, edge_widths, node_fill_radii, node_radii, node_scale, size_basis,
};
pub use viewport::{FIT_MAX_ZOOM, MAX_ZOOM, MIN_ZOOM, ViewTransform};
