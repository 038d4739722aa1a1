//! The app's reactive state: the link (the single source of truth for what is shown),
//! the loaded data, and the one filtered result every view reads.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::filter::{FilterState, Filtered, apply};
use crate::core::index::Atlas;
use crate::core::link::{Ignored, LinkState, Selection, format, ignored_notice, parse};
use crate::core::problem::Problem;
use crate::ui::history::{self, HistoryMode};

/// Where the data on screen came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    Bundled,
    /// A file or address the reader imported, by its name.
    Imported(String),
}

/// What the data loader is doing.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadStatus {
    Loading,
    Ready,
    /// The first load failed, so there is nothing to show; the message says why.
    Failed(String),
}

/// Shared by every component through context. All fields are cheap `Copy` handles.
#[derive(Clone, Copy)]
pub struct AppState {
    pub link: RwSignal<LinkState>,
    pub atlas: RwSignal<Option<Arc<Atlas>>>,
    pub origin: RwSignal<Origin>,
    pub status: RwSignal<LoadStatus>,
    /// The filters alone, so that changing the selection or view does not refilter.
    pub filter: Memo<FilterState>,
    pub filtered: Memo<Arc<Filtered>>,
    /// The selection alone, so that what depends on it does not rerun on every filter
    /// keystroke.
    pub selection: Memo<Option<Selection>>,
    /// "Ignored in the link: …", until dismissed.
    pub link_notice: RwSignal<Option<String>>,
    /// A refused import: its name and every problem found, until dismissed.
    pub import_failure: RwSignal<Option<ImportFailure>>,
    /// A short confirmation ("Link copied", "Imported 50 events"), announced politely.
    pub status_message: RwSignal<Option<String>>,
    /// Whether the phone's and tablet's sheet shows what the panel beside the chart
    /// shows while nothing is selected: the largest deals, how to read the charts and
    /// the sources. A passing view over whatever is selected, like an open menu, so not
    /// part of the link; a new selection, clearing it, Back and Forward close it.
    pub about: RwSignal<bool>,
    /// The bundled data once loaded, to return to after an import.
    pub bundled: StoredValue<Option<Arc<Atlas>>>,
    /// Where the network last drew every entity, by id. It lives as long as the app, not
    /// the view, so that filter changes and visits to other views never make the
    /// picture jump.
    pub network_memory: StoredValue<HashMap<String, (f64, f64)>>,
    /// The continuous gesture (a drag, typing a search) that wrote the current history
    /// entry, if any: its next step replaces that entry rather than adding one.
    gesture: StoredValue<Option<&'static str>>,
}

/// A file or address that could not be imported, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportFailure {
    pub name: String,
    pub problems: Vec<Problem>,
}

impl AppState {
    pub fn new(initial: LinkState) -> Self {
        let link = RwSignal::new(initial);
        let atlas: RwSignal<Option<Arc<Atlas>>> = RwSignal::new(None);
        let filter = Memo::new(move |_| link.with(|l| l.filter.clone()));
        let selection = Memo::new(move |_| link.with(|l| l.selection.clone()));
        let filtered = Memo::new(move |_| {
            let filter = filter.get();
            Arc::new(atlas.with(|a| a.as_ref().map(|a| apply(a, &filter)).unwrap_or_default()))
        });
        Self {
            link,
            atlas,
            origin: RwSignal::new(Origin::Bundled),
            status: RwSignal::new(LoadStatus::Loading),
            filter,
            filtered,
            selection,
            link_notice: RwSignal::new(None),
            import_failure: RwSignal::new(None),
            status_message: RwSignal::new(None),
            about: RwSignal::new(false),
            bundled: StoredValue::new(None),
            network_memory: StoredValue::new(HashMap::new()),
            gesture: StoredValue::new(None),
        }
    }

    /// Selects an event or an entity, or clears the selection, as one history step.
    /// Either way the sheet stops showing the notes on the data: a selection takes its
    /// place, and clearing it closes the sheet.
    pub fn select(&self, selection: Option<Selection>) {
        self.about.set(false);
        self.navigate(|link| link.selection = selection, HistoryMode::Push);
    }

    /// Clears every filter and the selection, as one history step.
    pub fn reset(&self) {
        self.navigate(
            |link| {
                link.filter = FilterState::default();
                link.selection = None;
            },
            HistoryMode::Push,
        );
    }

    /// Applies a change to the filters as one history step.
    pub fn filter_with(&self, change: impl FnOnce(&mut FilterState), mode: HistoryMode) {
        self.navigate(|link| change(&mut link.filter), mode);
    }

    /// Changes the link state and records it in the browser's history: `Push` for a
    /// committed change (one Back step each), `Replace` during a continuous gesture.
    /// Returns whether the link changed.
    pub fn navigate(&self, change: impl FnOnce(&mut LinkState), mode: HistoryMode) -> bool {
        let mut next = self.link.get_untracked();
        change(&mut next);
        if next == self.link.get_untracked() {
            return false;
        }
        if mode == HistoryMode::Push {
            self.gesture.set_value(None);
        }
        history::write(&format(&next), mode);
        self.link.set(next);
        true
    }

    /// One step of the continuous gesture `key`: the first step adds a history entry
    /// and later ones replace it, so Back undoes the whole gesture. Any other change,
    /// Back or Forward, or `end_gesture` starts the next gesture afresh.
    pub fn gesture_step(&self, key: &'static str, change: impl FnOnce(&mut LinkState)) {
        let mode = if self.gesture.get_value() == Some(key) {
            HistoryMode::Replace
        } else {
            HistoryMode::Push
        };
        // A step that changed nothing wrote no entry, so the next one must add it.
        if self.navigate(change, mode) {
            self.gesture.set_value(Some(key));
        }
    }

    /// Ends the continuous gesture in progress, if any.
    pub fn end_gesture(&self) {
        self.gesture.set_value(None);
    }

    /// Whether the current history entry is still the gesture `key`'s: no other change,
    /// Back or Forward has come since its last step.
    pub fn in_gesture(&self, key: &'static str) -> bool {
        self.gesture.get_value() == Some(key)
    }

    /// Ends the gesture `key`. When the link is back at `before` (the address before
    /// its first step), the gesture's history entry only repeats the one before it, so
    /// the page steps back onto that one: otherwise Back after a whole play seemed to do
    /// nothing. (Forward then shows the same view again; no page can drop an entry.)
    pub fn end_gesture_where_it_began(&self, key: &'static str, before: &str) {
        let repeated = self.in_gesture(key) && self.link.with_untracked(format) == before;
        self.end_gesture();
        if repeated && let Ok(browser) = window().history() {
            // The entry gets its final address first, so Forward shows that view.
            history::flush();
            if let Err(error) = browser.back() {
                leptos::logging::warn!("could not step back: {error:?}");
            }
        }
    }

    /// Reads the page's current address against the loaded data, as on load and on
    /// Back or Forward, and shows what was ignored.
    pub fn read_address(&self) {
        self.gesture.set_value(None);
        self.about.set(false);
        let query = history::current_query();
        let parsed = match self.atlas.get_untracked() {
            Some(atlas) => parse(&query, atlas.as_ref()),
            None => parse(&query, &crate::core::link::AcceptAll),
        };
        self.show_ignored(&parsed.ignored);
        self.link.set(parsed.state);
    }

    pub fn show_ignored(&self, ignored: &[Ignored]) {
        self.link_notice.set(ignored_notice(ignored));
    }

    /// Puts newly loaded data on screen and checks the link against it.
    pub fn set_atlas(&self, atlas: Arc<Atlas>, origin: Origin) {
        if origin == Origin::Bundled {
            self.bundled.set_value(Some(atlas.clone()));
        }
        self.atlas.set(Some(atlas));
        self.origin.set(origin);
        self.status.set(LoadStatus::Ready);
        self.import_failure.set(None);
        self.read_address();
    }

    /// Replaces the data with an import the reader chose. The link keeps its view;
    /// `data=` is dropped, because a local file has no address to share.
    pub fn use_import(&self, atlas: Atlas, name: String) {
        let events = atlas.dataset.events.len();
        // New data starts unfiltered: filters and a selection chosen for other data
        // would hide events without the reader knowing why.
        self.navigate(
            |link| {
                link.data = None;
                link.filter = FilterState::default();
                link.selection = None;
            },
            HistoryMode::Push,
        );
        self.set_atlas(Arc::new(atlas), Origin::Imported(name.clone()));
        self.status_message.set(Some(format!(
            "Imported {name}: {} {}",
            crate::core::format::count(events),
            if events == 1 { "event" } else { "events" }
        )));
    }

    /// Goes back to the bundled data after an import.
    pub fn use_bundled(&self) {
        if let Some(bundled) = self.bundled.get_value() {
            self.navigate(|link| link.data = None, HistoryMode::Push);
            self.set_atlas(bundled, Origin::Bundled);
            self.status_message
                .set(Some("Back to the bundled data".into()));
        }
    }
}

/// The app state from context. Every component below `App` can call this.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
