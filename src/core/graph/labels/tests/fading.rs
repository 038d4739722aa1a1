//! Names while a selection fades the rest of the graph.

use super::*;

/// The screen boxes of nodes' circles, for checking what names cover.
fn circles(screen: &[(f64, f64)], radii: &[f64]) -> Vec<LabelBox> {
    screen
        .iter()
        .zip(radii)
        .map(|(&(x, y), &r)| LabelBox {
            x: x - r,
            y: y - r,
            width: 2.0 * r,
            height: 2.0 * r,
            priority: 0.0,
        })
        .collect()
}

#[test]
fn an_emphasised_name_covers_a_faded_node_rather_than_hide() {
    // Node 1 sits inside the reach of node 2, which is large: every spot around node 1
    // is over node 2. Node 0, the first emphasised, is far away.
    let g = graph(&[1, 1, 1]);
    let screen = [(500.0, 100.0), (200.0, 100.0), (200.0, 110.0)];
    let radii = [6.0, 6.0, 60.0];
    let width_of = |_| 40.0;
    let names = |emphasised: &[usize]| {
        place_names(
            &g,
            &screen,
            &radii,
            1.0,
            emphasised,
            width_of,
            f64::INFINITY,
        )
    };
    // Nothing selected: node 2 is at full strength, and node 1's name has no room.
    assert_eq!(shown(&names(&[])), [true, false, true]);
    // Nodes 0 and 1 selected: node 2 is faded and gives way, to the spot that covers
    // the least of it: over node 1, whose box ends 19 px above node 2's centre (the
    // spot under node 1 holds that centre).
    let over = 100.0 - 6.0 - LABEL_GAP - LABEL_HEIGHT;
    assert_eq!(
        names(&[0, 1])[1],
        Some(NamePlace {
            x: 200.0,
            y: over,
            anchor: NameAnchor::Middle
        })
    );
    // Node 2, faded, is selected with them: at full strength again, so it does not.
    assert_eq!(shown(&names(&[0, 1, 2])), [true, false, true]);
}

#[test]
fn an_emphasised_name_takes_a_spot_clear_of_faded_nodes_where_there_is_one() {
    // Node 2, small, sits just under node 1: the spot under node 1 covers it, the spot
    // over node 1 covers nothing. Node 0, the first emphasised, is far away.
    let g = graph(&[1, 1, 1]);
    let screen = [(500.0, 100.0), (200.0, 100.0), (200.0, 118.0)];
    let radii = [6.0, 6.0, 5.0];
    let placed = place_names(&g, &screen, &radii, 1.0, &[0, 1], |_| 40.0, f64::INFINITY);
    let (x, under) = label_anchor(screen[1], 6.0);
    let over = 100.0 - 6.0 - LABEL_GAP - LABEL_HEIGHT;
    assert_ne!(
        placed[1].map(|p| p.y),
        Some(under),
        "not over the faded node"
    );
    assert_eq!(
        placed[1],
        Some(NamePlace {
            x,
            y: over,
            anchor: NameAnchor::Middle
        })
    );
}

#[test]
fn faded_names_cover_no_node_and_no_emphasised_name() {
    // A row of faded nodes under and around two emphasised ones, spaced so that some
    // faded names fit and others do not.
    let g = graph(&[1; 12]);
    let mut screen = vec![(100.0, 100.0), (160.0, 100.0)];
    screen.extend((0..10).map(|i| (40.0 + f64::from(i) * 30.0, 128.0 + f64::from(i % 3) * 9.0)));
    let radii = vec![8.0; 12];
    let width_of = |i: usize| 30.0 + (i % 4) as f64 * 12.0;
    let placed = place_names(&g, &screen, &radii, 1.0, &[0, 1], width_of, f64::INFINITY);
    assert!(placed[0].is_some() && placed[1].is_some());
    let only = |keep: &dyn Fn(usize) -> bool| {
        let kept: Vec<Option<NamePlace>> = placed
            .iter()
            .enumerate()
            .map(|(i, p)| if keep(i) { *p } else { None })
            .collect();
        name_boxes(&kept, width_of)
    };
    let faded = only(&|i| i >= 2);
    assert!(!faded.is_empty(), "some faded names fit");
    let emphasised = only(&|i| i < 2);
    for name in &faded {
        assert!(
            circles(&screen, &radii).iter().all(|c| !overlap(name, c)),
            "{name:?}"
        );
        assert!(emphasised.iter().all(|e| !overlap(name, e)), "{name:?}");
    }
}

#[test]
fn a_faded_name_is_not_placed_where_another_faded_node_is_about_as_near_as_its_own() {
    // Node 0 is selected, far away; the rest, a node hemmed in as in `hemmed_in` (one
    // place on), are faded. Node 2 stands under the one spot left to node 1, at each
    // distance in turn: 1 px away it would own the name as much as node 1.
    let g = graph(&[1; 6]);
    for (gap, named) in [(1.0, false), (11.0, true)] {
        let (mut screen, mut radii, left) = hemmed_in(gap);
        screen.insert(0, (1000.0, 1000.0));
        radii.insert(0, 10.0);
        let placed = place_names(&g, &screen, &radii, 1.0, &[0], |_| 60.0, f64::INFINITY);
        let want = named.then_some(left);
        assert_eq!(placed[1], want, "node 2 {gap} px under the name");
    }
}
