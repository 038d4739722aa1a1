//! A timing measurement of the per-frame pass, kept apart from the behaviour tests.

use super::*;
use crate::core::link::LaneGrouping;
use crate::core::timeline::layout;
use crate::core::timeline::testkit::{all, synthetic_atlas};

/// Times the per-frame pass over 10,000 events in about 200 lanes. Run with
/// `cargo test --release --lib core::timeline -- --ignored --nocapture`.
#[test]
#[ignore = "a timing measurement, meaningful only in --release"]
fn per_frame_clustering_of_ten_thousand_events_is_fast() {
    use std::time::Instant;
    let atlas = synthetic_atlas(10_000, 200);
    let started = Instant::now();
    let data = layout(&atlas, &all(&atlas), LaneGrouping::Recipient);
    let layout_time = started.elapsed();
    let (first, last) = data.extent.unwrap();
    let fitted = TimeScale::fit(first, last, (0.0, 1200.0));
    let mut out = Vec::new();
    println!(
        "layout of {} marks in {} lanes ({} tracks): {layout_time:?}",
        data.marks.len(),
        data.lanes.len(),
        data.tracks.len()
    );
    for zoom in [1.0, 10.0, 100.0, 1000.0] {
        let scale = fitted.zoom_around(600.0, zoom);
        let view = Viewport {
            scale,
            visible: (0.0, 1200.0),
            min_separation: 12.0,
        };
        let frames: u32 = 2_000;
        let started = Instant::now();
        let mut drawn = 0;
        for frame in 0..frames {
            // Pan a little every frame, as a drag does.
            let panned = Viewport {
                scale: scale.pan_by(f64::from(frame % 50)),
                ..view
            };
            cluster_into(&data, &panned, &mut out);
            drawn += out.len();
        }
        let per_frame = started.elapsed() / frames;
        println!(
            "zoom ×{zoom}: {per_frame:?} per frame, {} glyphs on screen",
            drawn / frames as usize
        );
    }
}
