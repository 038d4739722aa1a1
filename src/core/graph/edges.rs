//! Where each edge's line runs.
//!
//! A line runs from the source's circle to the target's, not centre to centre, so that
//! it never crosses the nodes it joins and a flow's arrowhead lands on the circle's edge
//! instead of hiding under it. Edges between the same two nodes (a flow each way, and
//! perhaps a relation) are spread side by side, so that each stays visible and can be
//! hovered on its own.

use super::build::{EdgeKind, Graph};

/// Length of a flow's arrowhead per pixel of line width. Three widths keeps the
/// arrowhead in proportion to its line, as SVG markers in `strokeWidth` units are.
pub const ARROW_LENGTH_PER_WIDTH: f64 = 2.0;

/// The longest arrowhead: on the widest edges a head in proportion would cover the
/// smaller nodes it points at.
pub const ARROW_MAX_LENGTH: f64 = 12.0;

/// The shortest arrowhead, in pixels at zoom 1: shorter than this, a thin flow's
/// arrowhead is a smudge and the direction cannot be read.
pub const ARROW_MIN_LENGTH: f64 = 6.0;

/// Clear space between lines drawn side by side, in pixels at zoom 1, so that two
/// flows in opposite directions read as two lines, not one thick one.
pub const PARALLEL_GAP: f64 = 2.0;

/// How far from the centre line a side-by-side line may be moved, as a share of the
/// smaller end's radius. Beyond it the line would leave from outside the circle; thick
/// lines between small nodes then overlap a little instead, arrowheads still apart.
pub const MAX_OFFSET_SHARE: f64 = 0.8;

/// A straight segment in layout coordinates, from (x1, y1) at the source end to
/// (x2, y2) at the target end.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct EdgeLine {
    /// Source end, horizontal.
    pub x1: f64,
    /// Source end, vertical.
    pub y1: f64,
    /// Target end, horizontal; for a flow, where the arrowhead starts.
    pub x2: f64,
    /// Target end, vertical.
    pub y2: f64,
}

impl EdgeLine {
    /// The segment's length; zero for the degenerate lines of coincident nodes.
    pub fn length(&self) -> f64 {
        (self.x2 - self.x1).hypot(self.y2 - self.y1)
    }

    /// The middle of the segment, where a tooltip for the edge can point.
    pub fn middle(&self) -> (f64, f64) {
        ((self.x1 + self.x2) / 2.0, (self.y1 + self.y2) / 2.0)
    }
}

/// The length of the arrowhead on a flow of this width. The line stops this far short
/// of the target's circle, and the interface draws the arrowhead in the gap.
pub fn arrow_length(width: f64) -> f64 {
    let width = if width.is_finite() { width } else { 0.0 };
    (width * ARROW_LENGTH_PER_WIDTH).clamp(ARROW_MIN_LENGTH, ARROW_MAX_LENGTH)
}

/// The arrowhead of a flow drawn as `line` with stroke `width`: a triangle whose base
/// sits on the line's end and whose tip touches the target's circle, `arrow_length`
/// further on. A zero-length line has no direction and gets no arrowhead.
pub fn arrow_head(line: &EdgeLine, width: f64) -> Option<[(f64, f64); 3]> {
    let length = line.length();
    if length.is_nan() || length <= 0.0 {
        return None;
    }
    let (ux, uy) = ((line.x2 - line.x1) / length, (line.y2 - line.y1) / length);
    let reach = arrow_length(width);
    // The base is wider than the stroke, so the head reads as an arrow at any width.
    let half = (width * 1.2).clamp(3.5, 8.0);
    let tip = (line.x2 + ux * reach, line.y2 + uy * reach);
    let left = (line.x2 - uy * half, line.y2 + ux * half);
    let right = (line.x2 + uy * half, line.y2 - ux * half);
    Some([tip, left, right])
}

/// One line per edge, in edge order, from node `positions`, `radii` and edge `widths`
/// (as from `size.rs`).
///
/// Nodes too close for a line between their circles get a zero-length line between
/// them, and an edge whose ends have no finite position gets one at the origin; neither
/// panics, and the interface can skip zero-length lines.
pub fn edge_lines(
    graph: &Graph,
    positions: &[(f64, f64)],
    radii: &[f64],
    widths: &[f64],
) -> Vec<EdgeLine> {
    let position = |node: usize| {
        positions
            .get(node)
            .copied()
            .filter(|p| p.0.is_finite() && p.1.is_finite())
    };
    let radius = |node: usize| clean(radii.get(node).copied());
    let width = |edge: usize| clean(widths.get(edge).copied());
    // Edges sharing a pair of nodes, in edge order within each pair.
    let mut order: Vec<usize> = (0..graph.edges.len()).collect();
    let pair = |edge: usize| {
        let e = &graph.edges[edge];
        (e.source.min(e.target), e.source.max(e.target))
    };
    crate::core::order::sort_indices(&mut order, &|a, b| (pair(a), a).cmp(&(pair(b), b)));

    let mut lines = vec![EdgeLine::default(); graph.edges.len()];
    for bundle in order.chunk_by(|&a, &b| pair(a) == pair(b)) {
        let (low, high) = pair(bundle[0]);
        let (Some(a), Some(b)) = (position(low), position(high)) else {
            continue;
        };
        // Offsets are measured along the normal of the low → high direction, the same
        // for every edge of the pair whichever way it points, so slots never collide.
        let distance = (b.0 - a.0).hypot(b.1 - a.1);
        let (ux, uy) = if distance > 0.0 {
            ((b.0 - a.0) / distance, (b.1 - a.1) / distance)
        } else {
            (0.0, 0.0)
        };
        let normal = (-uy, ux);
        let limit = MAX_OFFSET_SHARE * radius(low).min(radius(high));
        let band: f64 = bundle.iter().map(|&e| width(e)).sum::<f64>()
            + PARALLEL_GAP * (bundle.len() - 1) as f64;
        let mut start = -band / 2.0;
        for &e in bundle {
            let offset = (start + width(e) / 2.0).clamp(-limit, limit);
            start += width(e) + PARALLEL_GAP;
            let edge = &graph.edges[e];
            let forward = edge.source == low;
            let (from, to) = if forward { (a, b) } else { (b, a) };
            let direction = if forward { (ux, uy) } else { (-ux, -uy) };
            let arrow = match edge.kind {
                EdgeKind::Flow => arrow_length(width(e)),
                EdgeKind::Relation => 0.0,
            };
            let shift = (normal.0 * offset, normal.1 * offset);
            let from = (from.0 + shift.0, from.1 + shift.1);
            let to = (to.0 + shift.0, to.1 + shift.1);
            let head = along_chord(radius(edge.source), offset);
            let tail = along_chord(radius(edge.target), offset) + arrow;
            lines[e] = if distance - head - tail > 0.0 {
                EdgeLine {
                    x1: from.0 + direction.0 * head,
                    y1: from.1 + direction.1 * head,
                    x2: to.0 - direction.0 * tail,
                    y2: to.1 - direction.1 * tail,
                }
            } else {
                let middle = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
                EdgeLine {
                    x1: middle.0,
                    y1: middle.1,
                    x2: middle.0,
                    y2: middle.1,
                }
            };
        }
    }
    lines
}

/// How far along a line `offset` from a circle's centre the line meets the circle: the
/// half-chord. A line that misses the circle starts level with the centre.
fn along_chord(radius: f64, offset: f64) -> f64 {
    let squared = radius * radius - offset * offset;
    if squared > 0.0 { squared.sqrt() } else { 0.0 }
}

/// A length that can be used: finite and not negative, else zero.
fn clean(length: Option<f64>) -> f64 {
    length.filter(|l| l.is_finite() && *l > 0.0).unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Node positions, for tables of cases.
    type Points = &'static [(f64, f64)];
    use crate::core::graph::build::{GraphEdge, GraphNode};

    fn graph(nodes: usize, edges: &[(usize, usize, EdgeKind)]) -> Graph {
        let edge = |&(source, target, kind): &(usize, usize, EdgeKind)| {
            GraphEdge::between(source, target, kind, vec![0])
        };
        Graph::new(
            (0..nodes).map(GraphNode::company).collect(),
            edges.iter().map(edge).collect(),
        )
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn a_lone_flow_runs_between_the_circles_leaving_room_for_its_arrowhead() {
        let g = graph(2, &[(0, 1, EdgeKind::Flow)]);
        let lines = edge_lines(&g, &[(0.0, 0.0), (100.0, 0.0)], &[10.0, 20.0], &[2.0]);
        let line = lines[0];
        assert!(close(line.x1, 10.0) && close(line.y1, 0.0), "{line:?}");
        assert!(close(line.x2, 100.0 - 20.0 - ARROW_MIN_LENGTH), "{line:?}");
        assert!(
            close(arrow_length(4.0), 8.0)
                && close(arrow_length(100.0), ARROW_MAX_LENGTH)
                && close(arrow_length(f64::NAN), 6.0)
        );
    }

    #[test]
    fn an_arrowhead_reaches_from_the_line_end_to_the_target() {
        let line = EdgeLine {
            x1: 0.0,
            y1: 0.0,
            x2: 10.0,
            y2: 0.0,
        };
        let [tip, left, right] = arrow_head(&line, 2.0).unwrap();
        assert_eq!(tip, (10.0 + arrow_length(2.0), 0.0));
        assert_eq!((left.0, right.0), (10.0, 10.0));
        assert!(left.1 > 0.0 && right.1 < 0.0);
        assert_eq!(arrow_head(&EdgeLine::default(), 2.0), None);
    }

    #[test]
    fn a_relation_stops_at_both_circles() {
        let g = graph(2, &[(0, 1, EdgeKind::Relation)]);
        let line = edge_lines(&g, &[(0.0, 0.0), (0.0, 50.0)], &[5.0, 5.0], &[1.0])[0];
        assert_eq!(
            line,
            EdgeLine {
                x1: 0.0,
                y1: 5.0,
                x2: 0.0,
                y2: 45.0
            }
        );
    }

    #[test]
    fn opposite_flows_are_drawn_side_by_side_pointing_their_own_ways() {
        let g = graph(2, &[(0, 1, EdgeKind::Flow), (1, 0, EdgeKind::Flow)]);
        let lines = edge_lines(&g, &[(0.0, 0.0), (200.0, 0.0)], &[20.0, 20.0], &[4.0, 2.0]);
        let (ab, ba) = (lines[0], lines[1]);
        // Horizontal pair: the offset is vertical, the two lines on opposite sides.
        assert!(close(ab.y1, ab.y2) && close(ba.y1, ba.y2));
        assert!(
            close((ab.y1 - ba.y1).abs(), 3.0 + PARALLEL_GAP),
            "{ab:?} {ba:?}"
        );
        assert!(ab.x1 < ab.x2 && ba.x1 > ba.x2, "each points at its target");
        // Both still start and end on the circles.
        for (x, y, centre) in [(ab.x1, ab.y1, 0.0), (ba.x1, ba.y1, 200.0)] {
            assert!(close((x - centre).hypot(y), 20.0));
        }
    }

    #[test]
    fn flow_and_relation_on_the_same_pair_do_not_cover_each_other() {
        let g = graph(
            3,
            &[
                (0, 1, EdgeKind::Flow),
                (0, 1, EdgeKind::Relation),
                (1, 2, EdgeKind::Flow),
            ],
        );
        let p = [(0.0, 0.0), (0.0, 100.0), (100.0, 100.0)];
        let lines = edge_lines(&g, &p, &[10.0; 3], &[3.0, 1.0, 3.0]);
        assert!(!close(lines[0].x1, lines[1].x1));
        assert!(
            close(lines[2].y1, 100.0) && close(lines[2].y2, 100.0),
            "alone, not offset"
        );
    }

    #[test]
    fn offsets_stay_within_the_smaller_circle() {
        let edges = [
            (0, 1, EdgeKind::Flow),
            (1, 0, EdgeKind::Flow),
            (0, 1, EdgeKind::Relation),
        ];
        let g = graph(2, &edges);
        let lines = edge_lines(
            &g,
            &[(0.0, 0.0), (100.0, 0.0)],
            &[6.0, 30.0],
            &[10.0, 10.0, 1.0],
        );
        for line in lines {
            assert!(line.y1.abs() <= MAX_OFFSET_SHARE * 6.0 + 1e-9, "{line:?}");
        }
    }

    #[test]
    fn degenerate_geometry_gives_zero_length_lines_without_panicking() {
        let g = graph(
            3,
            &[
                (0, 1, EdgeKind::Flow),
                (1, 2, EdgeKind::Relation),
                (0, 2, EdgeKind::Flow),
            ],
        );
        let cases: [(Points, &[f64]); 4] = [
            (&[(5.0, 5.0), (5.0, 5.0), (5.0, 5.0)], &[10.0, 10.0, 10.0]),
            (&[(0.0, 0.0), (15.0, 0.0), (30.0, 0.0)], &[10.0, 10.0, 10.0]),
            (&[(f64::NAN, 0.0), (1.0, 1.0)], &[f64::INFINITY]),
            (&[], &[]),
        ];
        for (positions, radii) in cases {
            let lines = edge_lines(&g, positions, radii, &[f64::NAN]);
            assert_eq!(lines.len(), 3);
            for line in lines {
                assert!(line.x1.is_finite() && line.y2.is_finite(), "{line:?}");
                assert!(line.length() == 0.0 || line.length() > 1.0, "{line:?}");
            }
        }
        let overlapping = edge_lines(&g, &[(0.0, 0.0), (15.0, 0.0), (30.0, 0.0)], &[10.0; 3], &[]);
        assert_eq!(overlapping[0].length(), 0.0);
        assert_eq!(overlapping[0].middle(), (7.5, 0.0));
    }
}
