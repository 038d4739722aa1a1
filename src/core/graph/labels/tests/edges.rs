//! Names keep off the spots an edge runs through when another spot is free.

use super::*;

#[test]
fn a_name_avoids_the_spot_an_edge_runs_through() {
    // Node 0 at (100, 100) with node 1 straight below it: the edge runs through the spot
    // under node 0, so its name goes over. Node 3's edge runs up to node 2, through the
    // spot over it, so its name keeps its first choice, under.
    let g = joined(4, &[(0, 1), (3, 2)]);
    let screen = [(100.0, 100.0), (100.0, 300.0), (400.0, 0.0), (400.0, 100.0)];
    let radii = [10.0, 2.0, 2.0, 10.0];
    let width_of = |_| 40.0;
    let placed = place_names(&g, &screen, &radii, 1.0, &[], width_of, f64::INFINITY);
    let above = placed[0].expect("node 0 is named");
    assert_eq!(above.anchor, NameAnchor::Middle);
    assert!(
        above.y < 100.0,
        "over its node, clear of the edge below: {above:?}"
    );
    let under = placed[3].expect("node 3 is named");
    assert!(
        under.y > 100.0,
        "under its node, clear of the edge above: {under:?}"
    );

    // With no edges the same nodes are named under.
    let placed = place_names(
        &graph(&[1; 4]),
        &screen,
        &radii,
        1.0,
        &[],
        width_of,
        f64::INFINITY,
    );
    assert!(placed[0].is_some_and(|p| p.y > 100.0));
}

#[test]
fn a_name_crossed_everywhere_still_shows_in_its_first_spot() {
    // Edges run through every spot around node 0: the name is not hidden for it.
    let g = joined(5, &[(0, 1), (0, 2), (0, 3), (0, 4)]);
    let screen = [
        (100.0, 100.0),
        (100.0, 300.0),
        (100.0, -100.0),
        (300.0, 100.0),
        (-100.0, 100.0),
    ];
    let radii = [10.0, 1.0, 1.0, 1.0, 1.0];
    let placed = place_names(&g, &screen, &radii, 1.0, &[], |_| 40.0, f64::INFINITY);
    let at = placed[0].expect("node 0 is named");
    assert_eq!(
        (at.anchor, at.y > 100.0),
        (NameAnchor::Middle, true),
        "{at:?}"
    );
}
