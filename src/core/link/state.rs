//! Everything a link (the page's URL) can say: the view, the filters, the selection.

use crate::core::filter::FilterState;
use crate::keyword_enum;

keyword_enum! {
    /// The three ways to look at the same events.
    pub enum View ("view") {
        Timeline => "timeline", "Timeline",
        Network => "network", "Network",
        Table => "table", "Table",
    }
}

keyword_enum! {
    /// What the timeline's lanes stand for.
    pub enum LaneGrouping ("grouping") {
        Recipient => "recipient", "Recipient",
        Investor => "investor", "Investor",
        Kind => "kind", "Kind",
    }
}

keyword_enum! {
    /// The table's sortable columns.
    pub enum SortColumn ("sort column") {
        Date => "date", "Date",
        Title => "title", "Event",
        From => "from", "From",
        To => "to", "To",
        Amount => "amount", "Amount",
        Valuation => "valuation", "Valuation",
        Status => "status", "Status",
        Kind => "kind", "Kind",
    }
}

/// A table sort: a column, ascending or descending. Written `sort=amount` or `sort=-amount`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableSort {
    pub column: SortColumn,
    pub descending: bool,
}

impl TableSort {
    /// The table's order when the link says nothing: newest first, since readers come
    /// for the latest reports (undated events still go last).
    pub const DEFAULT: TableSort = TableSort {
        column: SortColumn::Date,
        descending: true,
    };

    /// The sort after a click on `column`'s header: the same column turns around; another
    /// starts the way a reader scans it, dates newest first and figures largest first,
    /// names and the rest from the top of their order.
    pub fn clicked(self, column: SortColumn) -> TableSort {
        let descending = if self.column == column {
            !self.descending
        } else {
            matches!(
                column,
                SortColumn::Date | SortColumn::Amount | SortColumn::Valuation
            )
        };
        TableSort { column, descending }
    }
}

/// What is selected: one event, or one entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    Event(String),
    Entity(String),
}

/// The whole state a link carries. `Default` is the page with no parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkState {
    pub view: View,
    pub filter: FilterState,
    pub selection: Option<Selection>,
    pub group: LaneGrouping,
    pub sort: TableSort,
    /// The address of an imported dataset, as the reader gave it.
    pub data: Option<String>,
}

impl Default for LinkState {
    fn default() -> Self {
        Self {
            view: View::Timeline,
            filter: FilterState::default(),
            selection: None,
            group: LaneGrouping::Recipient,
            sort: TableSort::DEFAULT,
            data: None,
        }
    }
}
