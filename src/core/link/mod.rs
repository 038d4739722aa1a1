//! Links: the page's query string, read and written. A link is a public interface
//! (documented in README), so reading never fails and writing is canonical.

pub mod catalog;
pub mod format;
pub mod parse;
pub mod record;
pub mod state;

pub use catalog::{AcceptAll, Catalog};
pub use format::format;
pub use parse::{Ignored, Parsed, parse};
pub use record::{HistoryMode, HistoryWrite, PendingWrite};
pub use state::{LaneGrouping, LinkState, Selection, SortColumn, TableSort, View};

/// The notice shown when a link had values that were not used, e.g.
/// "Ignored in the link: company 'no-such-co', from 'not-a-date'".
pub fn ignored_notice(ignored: &[Ignored]) -> Option<String> {
    if ignored.is_empty() {
        return None;
    }
    let items: Vec<String> = ignored
        .iter()
        .map(|i| format!("{} '{}'", i.param, i.value))
        .collect();
    Some(format!("Ignored in the link: {}", items.join(", ")))
}

// Property tests need proptest, a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
