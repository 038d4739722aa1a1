//! The timeline's legend: every encoding the events in the window use explained (see
//! `core::timeline::encodings`), colour (the kinds drawn), size, fill and ring, shape,
//! outline, the sign of a figure the reports disagree on and bands; the badge while
//! one is drawn at this zoom, the as-of line while it is in view and, while there is
//! one, the selection. The Kind toggles in the filter bar carry the same swatches.

use leptos::prelude::*;

use super::Timeline;
use super::geometry::px;
use crate::core::dataset::EventKind;
use crate::core::format;
use crate::core::timeline::Glyph;
use crate::core::timeline::encodings::encodings_used;

#[component]
pub fn Legend(timeline: Timeline) -> impl IntoView {
    let sizes = move || {
        let data = timeline.data.get()?;
        let scale = data.radius_scale;
        let samples = scale.legend_samples(crate::core::timeline::MAX_RADIUS, 3);
        (!samples.is_empty()).then(|| {
            let samples = samples
                .iter()
                .map(|&value| {
                    let r = scale.radius(value);
                    view! {
                        <svg width=px(2.0 * r + 4.0) height=px(2.0 * 22.0 + 4.0) aria-hidden="true">
                            <circle cx=px(r + 2.0) cy=px(2.0 * 22.0 + 2.0 - r) r=px(r) class="legend-size"/>
                        </svg>
                        <span>{format::usd(value)}</span>
                    }
                })
                .collect_view();
            view! { <div class="legend-item optional sizes key-area"><span class="legend-title">"Area: amount"</span>{samples}</div> }
        })
    };
    // Whether an event in the window has a figure the reports disagree on: a key for
    // a sign that came and went with the figures in view would change the legend's
    // height, and the chart's, whenever a figure found room or lost it; one for every
    // event in the lanes explained a sign no window of those dates could show.
    let any_disputed = Memo::new(move |_| {
        timeline.disputed.with(|disputed| {
            timeline
                .state
                .filtered
                .with(|f| f.events.iter().any(|e| disputed.binary_search(e).is_ok()))
        })
    });
    // The encodings the events in the window use. Like the window, they change with a
    // pan or a zoom, but not with a scroll through the lanes.
    let used = Memo::new(move |_| {
        timeline.data.with(|data| {
            let data = data.as_ref()?;
            timeline.state.atlas.with(|atlas| {
                let events = &atlas.as_ref()?.dataset.events;
                let used = timeline
                    .state
                    .filtered
                    .with(|f| encodings_used(&data.marks, &f.events, events));
                Some(used)
            })
        })
    });
    // A badge drawn at this zoom, in any lane, and the as-of line in view: these keys
    // follow what is drawn, so they too may come and go with a pan or a zoom.
    let badge = Memo::new(move |_| {
        timeline
            .placed
            .with(|glyphs| glyphs.iter().any(|g| matches!(g, Glyph::Cluster { .. })))
    });
    let as_of_in_view = Memo::new(move |_| {
        // With no lanes, the line has no length: only its label on the axis shows.
        let lanes = timeline
            .offsets
            .with(|o| o.last().is_some_and(|&rows| rows > 0));
        lanes && timeline.as_of_x.with(Option::is_some)
    });
    let classes = move || {
        let mut classes = String::from("legend");
        classes.push_str(&used.get().unwrap_or_default().classes());
        for (shown, class) in [
            (any_disputed.get(), " uses-differs"),
            (badge.get(), " uses-badge"),
            (as_of_in_view.get(), " uses-asof"),
        ] {
            if shown {
                classes.push_str(class);
            }
        }
        classes
    };
    view! {
        <div class=classes aria-label="How to read the timeline" role="note">
            <div class="legend-item optional kinds key-kind">
                <span class="legend-title">"Colour: kind of event"</span>
                {EventKind::ALL.iter().map(|kind| view! {
                    <span class=format!("legend-kind key-kind-{}", kind.id())><span class=format!("swatch dot kind-{}", kind.id()) aria-hidden="true"></span>{kind.label()}</span>
                }).collect_view()}
            </div>
            // Shown while a circle in the window is sized by its amount.
            {sizes}
            <div class="legend-item optional key-ring">
                <svg width="60" height="26" aria-hidden="true">
                    <circle cx="13" cy="13" r="11" class="legend-ring"/>
                    <circle cx="45" cy="13" r="6" class="legend-disc"/>
                    <circle cx="45" cy="13" r="11" class="legend-ring"/>
                </svg>
                <span>"Ring: “up to”; fill: the part reported for certain"</span>
            </div>
            <div class="legend-item optional key-spikes">
                <svg width="30" height="26" aria-hidden="true">
                    <circle cx="15" cy="13" r="7" class="legend-disc"/>
                    <path class="legend-spikes" d="M15,3.5V1M15,22.5V25M5.5,13H3M24.5,13H27M8.3,6.3L6.5,4.5M21.7,6.3L23.5,4.5M8.3,19.7L6.5,21.5M21.7,19.7L23.5,21.5"/>
                </svg>
                <span>"Spikes: “at least”"</span>
            </div>
            <div class="legend-item optional key-diamond">
                <svg width="18" height="18" aria-hidden="true"><path d="M9,3L15,9L9,15L3,9Z" class="legend-disc"/></svg>
                <span>"No amount reported"</span>
            </div>
            // Shown while an event in the window has the sign.
            <div class="legend-item optional legend-differs key-differs">
                <span class="differs" aria-hidden="true">"≠"</span>
                <span>"Before an amount: reports differ on it; select the mark for every version"</span>
            </div>
            // Each status beside its own symbol, so no reader has to count along a row.
            <div class="legend-item optional key-solid">
                <svg width="18" height="18" aria-hidden="true"><circle cx="9" cy="9" r="7" class="legend-disc"/></svg>
                <span>"Completed, agreed or announced"</span>
            </div>
            <div class="legend-item optional key-dashed">
                <svg width="18" height="18" aria-hidden="true"><circle cx="9" cy="9" r="7" class="legend-disc dashed"/></svg>
                <span>"Talks or rumoured"</span>
            </div>
            <div class="legend-item optional key-hollow">
                <svg width="18" height="18" aria-hidden="true"><circle cx="9" cy="9" r="7" class="legend-hollow"/></svg>
                <span>"Estimate"</span>
            </div>
            <div class="legend-item optional key-cancelled">
                <svg width="18" height="18" aria-hidden="true">
                    <circle cx="9" cy="9" r="7" class="legend-disc cancelled"/>
                    <path d="M3.5,14.5L14.5,3.5" class="legend-strike"/>
                </svg>
                <span>"Cancelled"</span>
            </div>
            <div class="legend-item optional key-band">
                <svg width="34" height="18" aria-hidden="true"><rect x="1" y="3" width="32" height="12" class="legend-band"/><circle cx="17" cy="9" r="4" class="legend-disc"/></svg>
                <span>"Band: dated only to the month or year"</span>
            </div>
            // Shown while a badge is drawn at this zoom, in any lane.
            <div class="legend-item optional key-badge">
                <svg width="22" height="22" aria-hidden="true"><circle cx="11" cy="11" r="9.5" class="legend-cluster"/><text x="11" y="11" class="legend-cluster-text">"5"</text></svg>
                <span>"Events too close to tell apart, with the largest amount among them: zoom in or select"</span>
            </div>
            // Shown while the as-of line is in view.
            <div class="legend-item optional key-asof">
                <svg width="14" height="20" aria-hidden="true"><line x1="7" x2="7" y1="0" y2="20" class="legend-asof"/></svg>
                <span>"Date the data runs to"</span>
            </div>
            // The stylesheet shows the one that matches the selection, only while there is
            // one: static markup costs far less WebAssembly than a reactive item.
            <div class="legend-item legend-selection for-event">
                <svg width="40" height="18" aria-hidden="true">
                    <circle cx="9" cy="9" r="6.5" class="legend-disc legend-selected"/>
                    <circle cx="31" cy="9" r="6.5" class="legend-disc legend-faded"/>
                </svg>
                <span>"Outlined: the selected event; full strength: other events of anyone in it; faded: the rest"</span>
            </div>
            <div class="legend-item legend-selection for-company">
                <svg width="40" height="18" aria-hidden="true">
                    <circle cx="9" cy="9" r="6.5" class="legend-disc"/>
                    <circle cx="31" cy="9" r="6.5" class="legend-disc legend-faded"/>
                </svg>
                <span>"Full strength: the selected company’s events; faded: the rest"</span>
            </div>
        </div>
    }
}
