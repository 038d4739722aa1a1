//! "Play": steps the date window forward so the network builds up over time. Each step
//! replaces the link's window, and the whole play is one history step. A play that runs
//! to its end gives back the window the reader had, so the last frame is the view it
//! started from (with its undated events, and a message saying why they came back), its
//! nodes where they were, and no history step of its own. A play paused midway stays
//! where it was paused, in the link. Any other change, Back or Forward stops it.
//!
//! Every frame but that last one is sized like the whole the play builds up to, every
//! event the other filters keep (`core::graph::Graph::size_like`): with each frame
//! fitted to its own largest node, a deal shrank every time a larger one arrived, and a
//! frame's sizes could not be compared with the next.

use std::time::Duration;

use leptos::prelude::*;

use crate::core::graph::{build, size_basis};
use crate::core::link::format;
use crate::core::timeline::play_end::play_ended_message;
use crate::core::timeline::window::play_windows;
use crate::ui::state::use_app;

use super::Network;

/// At most this many steps, so a play takes a few seconds whatever the span.
const MAX_STEPS: usize = 16;

/// True when the reader asked for reduced motion: steps then come more slowly.
fn reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

#[component]
pub fn PlayControl(network: Network) -> impl IntoView {
    let state = use_app();
    let playing = RwSignal::new(false);
    let timer = StoredValue::new(None::<IntervalHandle>);
    let stop = move || {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(None);
        playing.set(false);
        network.sized_for.set(None);
        state.end_gesture();
    };
    let start = move || {
        // The dated events under every filter but the window decide the span.
        let extent = state.atlas.with_untracked(|atlas| {
            let atlas = atlas.as_ref()?;
            state.filtered.with_untracked(|f| {
                let spans = f.before_window.iter().filter_map(|&i| atlas.index.span[i]);
                spans.fold(None, |acc: Option<(i32, i32)>, (a, b)| {
                    Some(acc.map_or((a, b), |(x, y)| (x.min(a), y.max(b))))
                })
            })
        });
        let Some(extent) = extent else { return };
        let mut windows: Vec<_> = play_windows(extent, MAX_STEPS)
            .into_iter()
            .map(|(from, to)| (Some(from), Some(to)))
            .collect();
        let start_window = state
            .link
            .with_untracked(|link| (link.filter.from, link.filter.to));
        // The last frame gives back the reader's window, drawn to its own sizes as
        // before the play (sized like the whole, a narrower window kept the whole's
        // sizes until some later layout changed them without a reason in view).
        let restore = (windows.last() != Some(&start_window)).then_some(windows.len());
        if restore.is_some() {
            windows.push(start_window);
        }
        let basis = state.atlas.with_untracked(|atlas| {
            let atlas = atlas.as_ref()?;
            let whole = state
                .filtered
                .with_untracked(|f| build(atlas, &f.before_window));
            Some(size_basis(&whole))
        });
        network.sized_for.set(basis);
        // Where every node was before the play: the last frame puts them back there, so
        // the picture the reader left comes back as it was (laid out from the frames'
        // positions, the nodes ended up to 43 px away; laid out from these, 10 px).
        let before = StoredValue::new(state.network_memory.get_value());
        // The address before the play, to tell whether it ended where it began.
        let origin = StoredValue::new(state.link.with_untracked(format));
        let last = windows.len().saturating_sub(1);
        let step = StoredValue::new(0usize);
        // Whether a frame has written the play's history entry yet: a first frame that
        // was the view already (Play again after a Pause on it) writes none.
        let written = StoredValue::new(false);
        let advance = move || {
            let at = step.get_value();
            // Any other change, Back or Forward since the last frame stops the play
            // where it is: its next frame would overwrite what the reader went to.
            if written.get_value() && !state.in_gesture("play") {
                stop();
                return;
            }
            let Some(&(from, to)) = windows.get(at) else {
                stop();
                return;
            };
            if restore == Some(at) {
                network.sized_for.set(None);
                state.network_memory.set_value(before.get_value());
                // Laid out again even when the window holds the frame's events (under a
                // filter that keeps no undated event), with every node put back.
                network.restore.update(|r| *r = r.wrapping_add(1));
            }
            if at == last {
                // A window of every date given back brings the undated events the
                // frames left out, all at once: the reader is told why.
                let every_date = restore.is_some() && start_window == (None, None);
                let undated = state.filtered.with_untracked(|f| f.undated_outside_window);
                let undated = if every_date { undated } else { 0 };
                let message = play_ended_message(every_date, undated);
                state.status_message.set(Some(message));
            }
            // The whole play is one history step, ending where it stops.
            state.gesture_step("play", |link| {
                link.filter.from = from;
                link.filter.to = to;
            });
            written.set_value(written.get_value() || state.in_gesture("play"));
            step.set_value(at + 1);
            // The play ends with its last frame, as the message says it has. One that
            // gave back the view it started from takes back its history entry too.
            if at == last {
                state.end_gesture_where_it_began("play", &origin.get_value());
                stop();
            }
        };
        advance();
        // A play of one frame has ended already.
        if step.get_value() > last {
            return;
        }
        let every = if reduced_motion() {
            Duration::from_millis(1600)
        } else {
            Duration::from_millis(800)
        };
        match set_interval_with_handle(advance, every) {
            Ok(handle) => {
                timer.set_value(Some(handle));
                playing.set(true);
            }
            // No timer, no play: the first frame stays, drawn as the play would have.
            Err(_) => stop(),
        }
    };
    on_cleanup(move || {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
    });
    view! {
        <button type="button" class="play" aria-pressed=move || playing.get().to_string()
            on:click=move |_| if playing.get_untracked() { stop() } else { start() }>
            {move || if playing.get() { "Pause" } else { "Play" }}
        </button>
    }
}
