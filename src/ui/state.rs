//! The app's reactive state: the link (the single source of truth for what is shown),
//! the loaded data, and the one filtered result every view reads.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::filter::{FilterState, Filtered, apply};
use crate::core::index::Atlas;
use crate::core::link::{Ignored, LinkState, format, ignored_notice, parse};
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
    /// "Ignored in the link: …", until dismissed.
    pub link_notice: RwSignal<Option<String>>,
}

impl AppState {
    pub fn new(initial: LinkState) -> Self {
        let link = RwSignal::new(initial);
        let atlas: RwSignal<Option<Arc<Atlas>>> = RwSignal::new(None);
        let filter = Memo::new(move |_| link.with(|l| l.filter.clone()));
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
            link_notice: RwSignal::new(None),
        }
    }

    /// Changes the link state and records it in the browser's history: `Push` for a
    /// committed change (one Back step each), `Replace` during a continuous gesture.
    pub fn navigate(&self, change: impl FnOnce(&mut LinkState), mode: HistoryMode) {
        let mut next = self.link.get_untracked();
        change(&mut next);
        if next == self.link.get_untracked() {
            return;
        }
        history::write(&format(&next), mode);
        self.link.set(next);
    }

    /// Reads the page's current address against the loaded data, as on load and on
    /// Back or Forward, and shows what was ignored.
    pub fn read_address(&self) {
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
    pub fn set_atlas(&self, atlas: Atlas, origin: Origin) {
        self.atlas.set(Some(Arc::new(atlas)));
        self.origin.set(origin);
        self.status.set(LoadStatus::Ready);
        self.read_address();
    }
}

/// The app state from context. Every component below `App` can call this.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
