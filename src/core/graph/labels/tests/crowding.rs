//! Names keep clear of other nodes, so that none is read as a neighbour's, and where names
//! crowd, the larger node wins the spot.

use super::*;

#[test]
fn a_name_takes_a_crossed_spot_rather_than_one_beside_another_node() {
    // The phone's network: Amazon (node 0) is large; Arm (node 2) sits under it and
    // SoftBank (node 4) to its left, so neither spot is free. An edge runs straight up
    // from Amazon to node 3, through the spot over it. The spot to its right is free,
    // but its top is 2 px under Whole Foods' circle (node 1), where "Amazon" reads as
    // Whole Foods' name. The name goes over its node, across the edge.
    let g = joined(5, &[(0, 3)]);
    let screen = [
        (243.0, 532.0),
        (317.0, 513.0),
        (222.0, 575.0),
        (243.0, 400.0),
        (187.0, 520.0),
    ];
    let radii = [28.0, 10.0, 5.0, 5.0, 13.0];
    let placed = place_names(&g, &screen, &radii, 1.0, &[], |_| 55.0, f64::INFINITY);
    let amazon = placed[0].expect("Amazon is named");
    assert_eq!(amazon.anchor, NameAnchor::Middle, "{amazon:?}");
    assert!(amazon.y < 532.0 - 28.0, "over its node: {amazon:?}");

    // Without Whole Foods there, the spot to the right is clear of lines and of other
    // nodes, and comes before the crossed one.
    let mut away = screen;
    away[1] = (317.0, 300.0);
    let placed = place_names(&g, &away, &radii, 1.0, &[], |_| 55.0, f64::INFINITY);
    let amazon = placed[0].expect("Amazon is named");
    assert_eq!(amazon.anchor, NameAnchor::Start, "{amazon:?}");
}

#[test]
fn a_name_crowded_everywhere_still_shows() {
    // Four small nodes stand 6 px off every spot around node 0: each spot is crowded
    // but free, so the name still shows in its first, under its node.
    let g = graph(&[1; 5]);
    let screen = [
        (100.0, 100.0),
        (100.0, 100.0 + 10.0 + 3.0 + 14.0 + 6.0 + 2.0),
        (100.0, 100.0 - 10.0 - 3.0 - 14.0 - 6.0 - 2.0),
        (100.0 + 10.0 + 3.0 + 40.0 + 4.0 + 6.0 + 2.0, 100.0),
        (100.0 - 10.0 - 3.0 - 40.0 - 4.0 - 6.0 - 2.0, 100.0),
    ];
    let radii = [10.0, 2.0, 2.0, 2.0, 2.0];
    let placed = place_names(&g, &screen, &radii, 1.0, &[], |_| 40.0, f64::INFINITY);
    let at = placed[0].expect("node 0 is named");
    assert_eq!((at.anchor, at.y), (NameAnchor::Middle, 113.0), "{at:?}");
}

#[test]
fn a_name_slides_along_under_its_node_when_a_neighbour_takes_the_centre() {
    // Nodes 2, 3 and 4 stand over, right of and left of node 0, and node 1 under it
    // and to the left: the centred spot under node 0 is taken, but the name still fits
    // under it slid to the right, starting over the left edge of the circle (8 px from
    // node 1, so not as near it as its own).
    let g = graph(&[5, 1, 1, 1, 1]);
    let screen = [
        (100.0, 100.0),
        (72.0, 125.0),
        (100.0, 75.0),
        (125.0, 100.0),
        (75.0, 100.0),
    ];
    let radii = [10.0, 6.0, 6.0, 6.0, 6.0];
    let placed = place_names(&g, &screen, &radii, 1.0, &[], |_| 40.0, f64::INFINITY);
    assert_eq!(
        placed[0],
        Some(NamePlace {
            x: 100.0 - 10.0 + 20.0,
            y: 100.0 + 10.0 + LABEL_GAP,
            anchor: NameAnchor::Middle,
        })
    );
}

#[test]
fn a_long_name_keeps_well_clear_of_a_node_it_could_be_read_as_naming() {
    // The desktop's network: a long name ("Financial investors (unnamed)") beside its
    // node ran 18 px over another node (the sovereign funds' square), which had no
    // name, and was read as its name. Here nodes 2 and 3 take the spots under and to
    // the right of node 0, and an edge up to node 4 crosses the spot over it. The spot
    // to the left is free and uncrossed, but node 1 stands 11 px under the name there,
    // so the name goes over its node, across the edge.
    let g = joined(5, &[(0, 4)]);
    let mut screen = [
        (300.0, 100.0),
        (150.0, 122.0),
        (380.0, 124.0),
        (480.0, 100.0),
        (300.0, 10.0),
    ];
    let radii = [14.0, 4.0, 6.0, 8.0, 4.0];
    let placed = place_names(&g, &screen, &radii, 1.0, &[], |_| 200.0, f64::INFINITY);
    let name = placed[0].expect("node 0 is named");
    assert_eq!(
        (name.anchor, name.y),
        (NameAnchor::Middle, 100.0 - 14.0 - LABEL_GAP - LABEL_HEIGHT),
        "over its node: {name:?}"
    );

    // With node 1 20 px further down, the spot to the left is clear, and is taken.
    screen[1].1 += 20.0;
    let placed = place_names(&g, &screen, &radii, 1.0, &[], |_| 200.0, f64::INFINITY);
    let name = placed[0].expect("node 0 is named");
    assert_eq!(
        name.anchor,
        NameAnchor::End,
        "beside it, to the left: {name:?}"
    );
}

#[test]
fn a_long_name_is_hidden_rather_than_slid_beside_another_node() {
    // The desktop's network: "United Arab Emirates" (node 0, a small triangle) could go
    // nowhere but slid left under itself, where most of the name lay under Microsoft's
    // circle (node 5), 4 px off, and read as Microsoft's. Nodes 1 to 4 take the other
    // spots, each at least 14 px from the slid spot: node 1 under and to the right,
    // node 2 over, nodes 3 and 4 beside.
    let g = graph(&[1; 6]);
    let screen = [
        (200.0, 100.0),
        (240.0, 117.0),
        (200.0, 83.0),
        (230.0, 94.0),
        (100.0, 90.0),
        (120.0, 133.0),
    ];
    let radii = [7.0, 5.0, 5.0, 5.0, 5.0, 5.0];
    let width = |i: usize| if i == 0 { 140.0 } else { 20.0 };
    let placed = place_names(&g, &screen, &radii, 1.0, &[], width, f64::INFINITY);
    assert_eq!(placed[0], None, "{:?}", placed[0]);

    // With Microsoft well away, the same slid spot is clear, and the name takes it:
    // ending over its node's right edge.
    let mut away = screen;
    away[5] = (120.0, 300.0);
    let placed = place_names(&g, &away, &radii, 1.0, &[], width, f64::INFINITY);
    let at = placed[0].expect("the name shows slid left");
    assert_eq!(at.anchor, NameAnchor::Middle);
    assert!((at.x - (200.0 + 7.0 - 70.0)).abs() < 1e-9, "{at:?}");
    assert!(at.y > 100.0, "under its node: {at:?}");
}

#[test]
fn a_name_is_not_placed_where_another_node_is_about_as_near_as_its_own() {
    // The phone's network: "Anthropic" had one free spot, left of its circle, and
    // AWS's small circle sat 1 px under it, so the name read as AWS's. Nodes 2, 3 and 4
    // take the spots under, over and right of node 0 (and the slid ones); node 1 stands
    // under the spot to the left, at each distance in turn. Its own node is
    // `LABEL_GAP` (3 px) from the name.
    let g = graph(&[5, 1, 1, 1, 1]);
    for (gap, named) in [(1.0, false), (5.0, false), (7.0, true), (11.0, true)] {
        let (screen, radii, left) = hemmed_in(gap);
        let placed = place_names(&g, &screen, &radii, 1.0, &[], |_| 60.0, f64::INFINITY);
        let want = named.then_some(left);
        assert_eq!(placed[0], want, "node 1 {gap} px under the name");
    }
}

#[test]
fn larger_nodes_win_the_spot_under_a_crowd_then_busier_ones_then_earlier_ids() {
    // Three nodes in a row, 80 px apart, with names wider than that: each name under
    // its node overlaps its neighbours' there, so a neighbour of the winner gives way.
    // (Nodes on one spot have no name at all: each would be read as any of them.)
    let screen = [(200.0, 0.0), (280.0, 0.0), (360.0, 0.0)];
    let cases: [(&[usize], &[f64], usize); 3] = [
        (&[1, 1, 1], &[10.0, 14.0, 12.0], 1),
        (&[1, 5, 3], &[10.0, 10.0, 10.0], 1),
        (&[2, 2, 2], &[10.0, 10.0, 10.0], 0),
    ];
    for (events, radii, winner) in cases {
        let placed = place_names(
            &graph(events),
            &screen,
            radii,
            1.0,
            &[],
            |_| 100.0,
            f64::INFINITY,
        );
        let under = |i: usize| {
            let (x, y) = label_anchor(screen[i], radii[i]);
            Some(NamePlace {
                x,
                y,
                anchor: NameAnchor::Middle,
            })
        };
        assert_eq!(placed[winner], under(winner), "{events:?} {radii:?}");
        for neighbour in [winner.wrapping_sub(1), winner + 1] {
            if neighbour < 3 {
                assert_ne!(placed[neighbour], under(neighbour), "{events:?} {radii:?}");
            }
        }
    }
}
