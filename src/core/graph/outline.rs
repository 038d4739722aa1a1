//! The outline each kind of node is drawn with, centred on the node.
//!
//! Shape, not colour, carries what a node is: circles for companies and people, squares
//! for investors, diamonds for products, chips and facilities, triangles for countries
//! and groups. Every outline has the area of a circle of the node's radius, so size
//! still reads as money. The interface draws these outlines (`ui::network::draw`), and
//! a leader line starts where its direction meets one (`leaders.rs`), so both share
//! this geometry.

use std::f64::consts::PI;

use super::build::NodeGroup;

/// A node's outline: a circle of a radius, or a convex polygon around the centre.
#[derive(Debug, Clone, PartialEq)]
pub enum Outline {
    Circle(f64),
    Polygon(Vec<(f64, f64)>),
}

/// The outline of a node of `group` with the area of a circle of radius `r`. A radius
/// that is negative or not finite counts as 0.
pub fn outline(group: NodeGroup, r: f64) -> Outline {
    let r = if r.is_finite() { r.max(0.0) } else { 0.0 };
    match group {
        NodeGroup::Company | NodeGroup::Person => Outline::Circle(r),
        NodeGroup::Investor => {
            let h = r * PI.sqrt() / 2.0;
            Outline::Polygon(vec![(-h, -h), (h, -h), (h, h), (-h, h)])
        }
        NodeGroup::Asset => {
            let d = r * (PI / 2.0).sqrt();
            Outline::Polygon(vec![(0.0, -d), (d, 0.0), (0.0, d), (-d, 0.0)])
        }
        NodeGroup::Place => {
            // An equilateral triangle, point up, centred on its centroid.
            let side = r * (4.0 * PI / 3f64.sqrt()).sqrt();
            let height = side * 3f64.sqrt() / 2.0;
            let (top, base) = (-2.0 * height / 3.0, height / 3.0);
            Outline::Polygon(vec![(0.0, top), (side / 2.0, base), (-side / 2.0, base)])
        }
    }
}

impl Outline {
    /// How far from the centre the outline lies in `direction` (a unit vector): where a
    /// line leaving the node that way crosses it. 0 for an outline of no size or a
    /// direction that is not finite.
    pub fn reach(&self, direction: (f64, f64)) -> f64 {
        let (dx, dy) = direction;
        if !(dx.is_finite() && dy.is_finite()) {
            return 0.0;
        }
        match self {
            Outline::Circle(r) => *r,
            Outline::Polygon(corners) => {
                // The ray t·d meets side p→q where t·d = p + u·(q − p), u in 0..=1;
                // the centre is inside, so one side is met at a positive t.
                let cross = |a: (f64, f64), b: (f64, f64)| a.0 * b.1 - a.1 * b.0;
                let mut nearest = f64::INFINITY;
                for (i, &p) in corners.iter().enumerate() {
                    let q = corners[(i + 1) % corners.len()];
                    let side = (q.0 - p.0, q.1 - p.1);
                    let denominator = cross((dx, dy), side);
                    if denominator.abs() < 1e-12 {
                        continue;
                    }
                    let t = cross(p, side) / denominator;
                    let u = cross(p, (dx, dy)) / denominator;
                    if t >= 0.0 && (-1e-9..=1.0 + 1e-9).contains(&u) {
                        nearest = nearest.min(t);
                    }
                }
                if nearest.is_finite() { nearest } else { 0.0 }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::graph::size::outline_reach;

    fn area(outline: &Outline) -> f64 {
        match outline {
            Outline::Circle(r) => PI * r * r,
            Outline::Polygon(c) => {
                let twice: f64 = (0..c.len())
                    .map(|i| {
                        let (p, q) = (c[i], c[(i + 1) % c.len()]);
                        p.0 * q.1 - q.0 * p.1
                    })
                    .sum();
                twice.abs() / 2.0
            }
        }
    }

    const GROUPS: [NodeGroup; 5] = [
        NodeGroup::Company,
        NodeGroup::Person,
        NodeGroup::Investor,
        NodeGroup::Asset,
        NodeGroup::Place,
    ];

    #[test]
    fn every_outline_has_the_area_of_its_circle_and_reaches_no_further_than_stated() {
        for group in GROUPS {
            let shape = outline(group, 10.0);
            assert!((area(&shape) - PI * 100.0).abs() < 1e-9, "{group:?}");
            let furthest = (0..360)
                .map(|deg| f64::from(deg).to_radians())
                .map(|a| shape.reach((a.cos(), a.sin())))
                .fold(0.0, f64::max);
            assert!(
                (furthest - outline_reach(group, 10.0)).abs() < 0.05,
                "{group:?}"
            );
        }
    }

    #[test]
    fn a_ray_meets_each_outline_where_its_side_or_corner_is() {
        let r = 10.0;
        let h = r * PI.sqrt() / 2.0;
        let d = r * (PI / 2.0).sqrt();
        let side = r * (4.0 * PI / 3f64.sqrt()).sqrt();
        let height = side * 3f64.sqrt() / 2.0;
        let diagonal = std::f64::consts::FRAC_1_SQRT_2;
        let cases = [
            (NodeGroup::Company, (0.0, -1.0), r),
            (NodeGroup::Investor, (1.0, 0.0), h),
            (NodeGroup::Investor, (diagonal, diagonal), h * 2f64.sqrt()),
            (NodeGroup::Asset, (0.0, 1.0), d),
            (NodeGroup::Asset, (diagonal, -diagonal), d * diagonal),
            (NodeGroup::Place, (0.0, -1.0), 2.0 * height / 3.0),
            (NodeGroup::Place, (0.0, 1.0), height / 3.0),
        ];
        for (group, direction, want) in cases {
            let got = outline(group, r).reach(direction);
            assert!(
                (got - want).abs() < 1e-9,
                "{group:?} {direction:?}: {got} != {want}"
            );
        }
    }

    #[test]
    fn degenerate_outlines_and_directions_reach_nothing() {
        for group in GROUPS {
            for r in [0.0, -4.0, f64::NAN, f64::INFINITY] {
                assert_eq!(outline(group, r).reach((1.0, 0.0)), 0.0, "{group:?} {r}");
            }
            assert_eq!(outline(group, 10.0).reach((f64::NAN, 0.0)), 0.0);
        }
    }
}
