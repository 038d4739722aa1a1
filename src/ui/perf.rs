//! Marks in the browser's performance timeline, read by the browser benchmark
//! (`make bench`): when the first chart was painted, and how long layouts took.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;

static FIRST_CHART: AtomicBool = AtomicBool::new(false);

/// Marks "first-chart" once, on the frame after the first chart's content was drawn,
/// which is when the browser paints it.
pub fn first_chart_drawn() {
    if FIRST_CHART.swap(true, Ordering::Relaxed) {
        return;
    }
    request_animation_frame(|| {
        if let Some(performance) = window().performance() {
            let _ = performance.mark("first-chart");
        }
    });
}

/// Marks a named moment in the performance timeline (start-up phases, for the benchmark's
/// breakdown and for profiling).
pub fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}
