//! Names at and past the edges of the view.

use super::*;

#[test]
fn a_node_outside_the_view_has_no_name_at_its_edge() {
    // Zoomed in, nodes lie past both sides of a 400 px view. Their names used to be
    // moved inward to the view's edge, where they read as the names of whatever was
    // drawn there.
    let g = graph(&[1; 5]);
    let screen = [
        (-300.0, 100.0),
        (900.0, 100.0),
        (-3.0, 200.0),
        (404.0, 200.0),
        (200.0, 100.0),
    ];
    let radii = [10.0, 10.0, 5.0, 5.0, 10.0];
    let placed = place_names(&g, &screen, &radii, 1.0, &[], |_| 60.0, 400.0);
    assert_eq!(
        shown(&placed),
        [false, false, true, true, true],
        "{placed:?}"
    );
    // A node just past an edge, with part of its circle in view, is named beside the
    // part that shows: a name under it, moved inward, would no longer reach over it.
    let left = placed[2].expect("named");
    assert_eq!(
        (left.x, left.anchor),
        (-3.0 + 5.0 + LABEL_GAP, NameAnchor::Start)
    );
    let right = placed[3].expect("named");
    assert_eq!(
        (right.x, right.anchor),
        (404.0 - 5.0 - LABEL_GAP, NameAnchor::End)
    );
}

#[test]
fn a_selected_node_outside_the_view_is_not_named_at_a_point_that_is_not_finite() {
    // The selected node (first emphasised) panned out of a 400 px view: its name used to
    // come back with x NaN, which the interface draws at x = 0.
    let g = graph(&[1; 3]);
    let screen = [(-300.0, 100.0), (-3.0, 200.0), (200.0, 100.0)];
    let radii = [10.0, 5.0, 10.0];
    for (emphasised, want) in [
        (vec![0], [false, true, true]),
        (vec![1], [false, true, true]),
        (vec![0, 2], [false, true, true]),
    ] {
        let placed = place_names(&g, &screen, &radii, 1.0, &emphasised, |_| 60.0, 400.0);
        assert_eq!(shown(&placed), want, "{emphasised:?}: {placed:?}");
        assert!(
            placed
                .iter()
                .flatten()
                .all(|p| p.x.is_finite() && p.y.is_finite()),
            "{placed:?}"
        );
    }
    // Selected and partly in view, it is named beside the part that shows.
    let placed = place_names(&g, &screen, &radii, 1.0, &[1], |_| 60.0, 400.0);
    assert_eq!(placed[1].map(|p| p.anchor), Some(NameAnchor::Start));
}
