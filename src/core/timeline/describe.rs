//! Words for the timeline's marks: accessible names and tooltips. Colour and shape are
//! never the only carriers of meaning; everything a mark encodes is said here too.

use crate::core::dataset::Event;
use crate::core::details::disagreements;
use crate::core::format;
use crate::core::index::Atlas;
use crate::core::link::Selection;
use crate::core::money::Qualifier;

use super::TimelineData;

/// A mark's accessible name: the title, the date with its year, the amount when the
/// title does not state it, the status, and whether the reports differ on the amount
/// (`disputed`, what the ≠ beside a figure says to the eye), e.g. "Amazon in talks to
/// invest up to $50B in OpenAI, 29 Jan 2026, in talks, reports differ on the amount".
/// The figures and titles written beside marks are hidden from assistive technology and
/// the tooltip is for the eye, so what the mark's size and outline say is said here.
pub fn mark_name(event: &Event, disputed: bool) -> String {
    let date = match event.date {
        Some(date) => format::date(&date),
        None => "date not reported".to_string(),
    };
    let mut name = format!("{}, {date}", event.title);
    if let Some(figure) = event.amount.map(|amount| format::money(&amount))
        && !event.title.contains(&figure)
    {
        name.push_str(", ");
        name.push_str(&figure);
    }
    name.push_str(", ");
    name.push_str(&event.status.label().to_lowercase());
    if disputed {
        name.push_str(", reports differ on the amount");
    }
    name
}

/// The lines of a mark's tooltip: title, date, amount (with "about" or "as reported"
/// when the figure alone does not say it), valuation, status and kind, and a warning
/// when the sources disagree.
pub fn mark_tooltip(atlas: &Atlas, event: &Event) -> Vec<String> {
    let mut lines = vec![event.title.clone()];
    lines.push(match event.date {
        Some(date) => format::date(&date),
        None => "Date not reported".into(),
    });
    if let Some(amount) = event.amount {
        let words = match amount.qualifier {
            Qualifier::About => " (approximate)",
            Qualifier::Exact => " (as reported)",
            Qualifier::UpTo | Qualifier::AtLeast => "",
        };
        lines.push(format!("Amount: {}{words}", format::money(&amount)));
    }
    if let Some(valuation) = event.valuation {
        lines.push(format!("Valuation: {}", format::valuation(&valuation)));
    }
    lines.push(format!("{} · {}", event.status.label(), event.kind.label()));
    let differ = disagreements(atlas, event);
    if !differ.is_empty() {
        let topics: Vec<String> = differ.iter().map(|d| d.topic.to_lowercase()).collect();
        lines.push(format!(
            "Reports differ on the {}: select to compare",
            topics.join(" and ")
        ));
    }
    lines
}

/// What a cluster badge holds of the current selection: the badge is outlined when it
/// holds the selected event, and kept at full strength when it holds events the
/// selection brings forward. Its accessible name says which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadgeHolds {
    Nothing,
    /// The selected event.
    Selected,
    /// This many of a selected company's own events.
    CompanyEvents(usize),
    /// This many other events of a selected event's parties.
    PartiesEvents(usize),
}

impl BadgeHolds {
    /// What a badge holds, from what is selected, whether the badge holds the selected
    /// event itself, and how many of its events the selection brings forward.
    pub fn of(selection: Option<&Selection>, holds_selected: bool, brought_forward: usize) -> Self {
        match selection {
            _ if holds_selected => BadgeHolds::Selected,
            Some(Selection::Entity(_)) => BadgeHolds::CompanyEvents(brought_forward),
            Some(Selection::Event(_)) => BadgeHolds::PartiesEvents(brought_forward),
            None => BadgeHolds::Nothing,
        }
    }
}

/// A cluster badge's accessible name: how many events, over which dates, in which lane,
/// and what it holds of the selection, so a screen reader hears why it stands out.
pub fn cluster_name(
    data: &TimelineData,
    lane: usize,
    count: usize,
    days: (f64, f64),
    holds: BadgeHolds,
) -> String {
    let lane = data.lanes.get(lane).map_or("", |l| l.label.as_str());
    let span = span_words(days);
    let selected = match holds {
        BadgeHolds::Nothing | BadgeHolds::CompanyEvents(0) | BadgeHolds::PartiesEvents(0) => {
            String::new()
        }
        BadgeHolds::Selected => ", the selected one among them".to_string(),
        BadgeHolds::CompanyEvents(n) => format!(", {n} of them the selected company's"),
        BadgeHolds::PartiesEvents(n) => {
            format!(", {n} of them involving the selected event's parties")
        }
    };
    format!("{count} events {span} in {lane}{selected}; press Enter to zoom in")
}

/// The days `days` covers (start inclusive, end exclusive) in words: "on 29 Jan 2026",
/// or "from 1 Jan 2026 to 31 Jan 2026".
pub(super) fn span_words(days: (f64, f64)) -> String {
    let first = format::day(days.0.floor() as i32);
    let last = format::day((days.1.ceil() as i32) - 1);
    if first == last {
        format!("on {first}")
    } else {
        format!("from {first} to {last}")
    }
}

/// The timeline's note on the `count` matching events it cannot place for want of a
/// date. With a date window set (`windowed`) the window leaves them out of every view,
/// the table's too, so the note says so rather than send the reader there.
pub fn undated_note(count: usize, windowed: bool) -> String {
    let one = count == 1;
    let events = format!(
        "{} matching {}",
        crate::core::format::count(count),
        if one { "event has" } else { "events have" }
    );
    match (windowed, one) {
        (true, true) => format!("{events} no date, so the dates set leave it out."),
        (true, false) => format!("{events} no date, so the dates set leave them out."),
        (false, true) => format!("{events} no date and is not on the timeline."),
        (false, false) => format!("{events} no date and are not on the timeline."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::load_json;
    use crate::core::index::Atlas;

    fn atlas() -> Atlas {
        Atlas::new(load_json(include_str!("../../../assets/data/atlas.json")).unwrap())
    }

    #[test]
    fn what_a_badge_holds_follows_the_kind_of_selection() {
        let company = Selection::Entity("openai".into());
        let event = Selection::Event("amazon-openai-talks-50b".into());
        let cases = [
            (None, false, 0, BadgeHolds::Nothing),
            (None, false, 4, BadgeHolds::Nothing),
            (Some(&company), false, 3, BadgeHolds::CompanyEvents(3)),
            (Some(&event), false, 2, BadgeHolds::PartiesEvents(2)),
            // Holding the selected event itself says so, whatever else it holds.
            (Some(&event), true, 2, BadgeHolds::Selected),
            (Some(&company), true, 0, BadgeHolds::Selected),
        ];
        for (selection, holds_selected, brought_forward, expected) in cases {
            assert_eq!(
                BadgeHolds::of(selection, holds_selected, brought_forward),
                expected,
                "{selection:?} {holds_selected} {brought_forward}"
            );
        }
    }

    #[test]
    fn a_mark_is_named_by_its_title_date_amount_and_status() {
        let atlas = atlas();
        let event = |id: &str| &atlas.dataset.events[atlas.index.event(id).unwrap()];
        // The title states the figure, so it is not said twice.
        assert_eq!(
            mark_name(event("amazon-openai-talks-50b"), false),
            "Amazon in talks to invest up to $50B in OpenAI, 29 Jan 2026, in talks"
        );
        // Reports that differ on the amount are said last, as the table's cell says them.
        assert_eq!(
            mark_name(event("amazon-openai-talks-50b"), true),
            "Amazon in talks to invest up to $50B in OpenAI, 29 Jan 2026, in talks, reports differ on the amount"
        );
        assert!(mark_name(event("openai-valuation-500b"), false).contains(", Oct 2025, "));
        // A title that does not state its figure is followed by it; no date is said so.
        let mut terse = event("amazon-openai-talks-50b").clone();
        terse.title = "Amazon and OpenAI".into();
        terse.date = None;
        assert_eq!(
            mark_name(&terse, false),
            "Amazon and OpenAI, date not reported, up to $50B, in talks"
        );
    }

    #[test]
    fn a_tooltip_gives_amount_qualifier_and_status() {
        let atlas = atlas();
        let event = &atlas.dataset.events[atlas.index.event("amazon-openai-talks-50b").unwrap()];
        assert_eq!(
            mark_tooltip(&atlas, event),
            [
                "Amazon in talks to invest up to $50B in OpenAI",
                "29 Jan 2026",
                "Amount: up to $50B",
                "In talks · Investment",
                "Reports differ on the amount: select to compare"
            ]
        );
        let founded = &atlas.dataset.events[atlas.index.event("openai-founded").unwrap()];
        assert_eq!(
            mark_tooltip(&atlas, founded).len(),
            3,
            "no amount, no disagreement"
        );
    }

    #[test]
    fn a_badge_is_named_by_its_count_dates_and_lane_and_says_when_it_holds_the_selection() {
        let atlas = atlas();
        let data = crate::core::timeline::layout(
            &atlas,
            &(0..atlas.dataset.events.len()).collect::<Vec<_>>(),
            crate::core::link::LaneGrouping::Recipient,
        );
        let day = |text: &str| {
            f64::from(
                text.parse::<crate::core::date::PartialDate>()
                    .unwrap()
                    .first_day(),
            )
        };
        let days = (day("2026-01-01"), day("2026-02-01"));
        let lane = data.lanes[0].label.clone();
        let start = format!("9 events from 1 Jan 2026 to 31 Jan 2026 in {lane}");
        let end = "; press Enter to zoom in";
        let cases = [
            (BadgeHolds::Nothing, ""),
            (BadgeHolds::Selected, ", the selected one among them"),
            (
                BadgeHolds::CompanyEvents(3),
                ", 3 of them the selected company's",
            ),
            (
                BadgeHolds::PartiesEvents(1),
                ", 1 of them involving the selected event's parties",
            ),
            // None of them: nothing to say.
            (BadgeHolds::CompanyEvents(0), ""),
            (BadgeHolds::PartiesEvents(0), ""),
        ];
        for (holds, says) in cases {
            assert_eq!(
                cluster_name(&data, 0, 9, days, holds),
                format!("{start}{says}{end}"),
                "{holds:?}"
            );
        }
        let one_day = (day("2026-01-29"), day("2026-01-30"));
        assert!(
            cluster_name(&data, 0, 2, one_day, BadgeHolds::Nothing)
                .starts_with("2 events on 29 Jan 2026 in ")
        );
    }

    #[test]
    fn the_undated_note_says_where_the_events_are_and_agrees_in_number() {
        for (count, windowed, want) in [
            (
                1,
                false,
                "1 matching event has no date and is not on the timeline.",
            ),
            (
                14,
                false,
                "14 matching events have no date and are not on the timeline.",
            ),
            (
                1,
                true,
                "1 matching event has no date, so the dates set leave it out.",
            ),
            (
                14,
                true,
                "14 matching events have no date, so the dates set leave them out.",
            ),
            (
                12_345,
                false,
                "12,345 matching events have no date and are not on the timeline.",
            ),
        ] {
            assert_eq!(undated_note(count, windowed), want);
        }
    }
}
