//! What a cluster badge holds, previewed before zooming in: the lines of its tooltip and,
//! for assistive technology, a description that adds what the badge's name does not say.

use crate::core::format;
use crate::core::index::Atlas;

use super::TimelineData;
use super::describe::span_words;

/// How many of a badge's events its preview names.
pub const BADGE_PREVIEW_EVENTS: usize = 3;

/// A badge's events: how many and when, the [`BADGE_PREVIEW_EVENTS`] largest by stated
/// amount (events without one last, then by date), each as its title and figure, and how
/// many more there are.
#[derive(Debug, Clone, PartialEq)]
pub struct BadgePreview {
    pub count: usize,
    /// The days the badge covers, start inclusive, end exclusive.
    pub days: (f64, f64),
    pub largest: Vec<String>,
    pub more: usize,
}

impl BadgePreview {
    /// The preview of the badge whose members are `members`, the badge's marks in its
    /// row. The marks of the stacks under them, which fold into the badge, count too, and
    /// share their members' days. `None` when `members` are not marks.
    pub fn of(atlas: &Atlas, data: &TimelineData, members: std::ops::Range<usize>) -> Option<Self> {
        let row = data
            .marks
            .get(members.clone())
            .filter(|row| !row.is_empty())?;
        let (lane, days) = (row[0].lane, super::days_of(row));
        let events = &atlas.dataset.events;
        let mut held: Vec<usize> = (0..data.marks.len())
            .filter(|&m| data.marks[m].lane == lane && data.badge_holds(members.clone(), m))
            .map(|m| data.marks[m].event)
            .filter(|&e| e < events.len())
            .collect();
        let amount = |e: usize| super::usable_amount(&events[e]).unwrap_or(-1.0);
        crate::core::order::sort_indices(&mut held, &|a, b| {
            amount(b)
                .total_cmp(&amount(a))
                .then(atlas.index.span[a].cmp(&atlas.index.span[b]))
                .then(a.cmp(&b))
        });
        // A title that already states its figure ("… up to $50B in OpenAI") is not
        // followed by it again.
        let largest = held
            .iter()
            .take(BADGE_PREVIEW_EVENTS)
            .map(|&e| {
                let event = &events[e];
                match event.amount.map(|money| format::money(&money)) {
                    Some(figure) if !event.title.contains(&figure) => {
                        format!("{} · {figure}", event.title)
                    }
                    _ => event.title.clone(),
                }
            })
            .collect();
        Some(Self {
            count: held.len(),
            days,
            more: held.len().saturating_sub(BADGE_PREVIEW_EVENTS),
            largest,
        })
    }

    /// The tooltip's lines: the count and dates, the largest events, and what selecting
    /// does.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = vec![format!("{} events {}", self.count, span_words(self.days))];
        lines.extend(self.largest.iter().cloned());
        lines.push(match self.more {
            0 => "Select to zoom in".to_string(),
            n => format!("and {n} more: select to zoom in"),
        });
        lines
    }

    /// The badge's accessible description. Its name already gives the count, the dates,
    /// the lane and the key that zooms in, so this names only the events: the tooltip is
    /// drawn for the eye alone.
    pub fn description(&self) -> String {
        let named = self.largest.join("; ");
        match self.more {
            0 => format!("Holds: {named}."),
            n => format!("Holds: {named}; and {n} more."),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(atlas: &Atlas, data: &TimelineData, members: std::ops::Range<usize>) -> Vec<String> {
        BadgePreview::of(atlas, data, members).map_or_else(Vec::new, |p| p.lines())
    }

    #[test]
    fn a_badge_preview_names_its_largest_events_first_and_counts_the_rest() {
        use crate::core::scale::TimeScale;
        use crate::core::timeline::{Glyph, Viewport, cluster};
        let atlas = crate::core::testkit::small();
        let data = crate::core::timeline::layout(
            &atlas,
            &crate::core::testkit::all(&atlas),
            crate::core::link::LaneGrouping::Recipient,
        );
        let (first, last) = data.extent.unwrap();
        let badges = |width: f64| {
            let scale = TimeScale::fit(first, last, (0.0, width));
            let view = Viewport {
                scale,
                visible: (0.0, width),
                min_separation: 24.0,
            };
            cluster(&data, &view)
                .into_iter()
                .filter_map(|g| match g {
                    Glyph::Cluster { marks, count, .. } => Some((marks, count)),
                    Glyph::Mark { .. } => None,
                })
                .collect::<Vec<_>>()
        };
        // At 60 px OpenAI's four events since October 2025 share one badge; the three
        // in talks are the largest, and the valuation (no amount) is the one more.
        let wide = badges(60.0);
        let (marks, count) = wide.iter().find(|b| b.1 == 4).cloned().unwrap();
        assert_eq!(
            lines(&atlas, &data, marks),
            [
                "4 events from 1 Oct 2025 to 31 Jan 2026",
                "OpenAI seeks up to $100B at about $830B",
                "Amazon in talks to invest up to $50B in OpenAI",
                "SoftBank in talks to invest up to $30B in OpenAI",
                "and 1 more: select to zoom in",
            ],
        );
        assert_eq!(count, 4);
        // Every badge's first line counts what its badge counts, stacks folded in.
        for width in [20.0, 60.0, 200.0] {
            for (marks, count) in badges(width) {
                let lines = lines(&atlas, &data, marks);
                assert!(
                    lines[0].starts_with(&format!("{count} events ")),
                    "{lines:?}"
                );
                assert_eq!(
                    lines.len(),
                    2 + count.min(BADGE_PREVIEW_EVENTS),
                    "{lines:?}"
                );
            }
        }
        // No members, or members that are not marks: nothing to say.
        assert!(lines(&atlas, &data, 0..0).is_empty());
        assert!(lines(&atlas, &data, usize::MAX - 1..usize::MAX).is_empty());
    }

    #[test]
    fn a_badge_preview_gives_the_figure_when_the_title_does_not() {
        use crate::core::testkit::{EventExt, atlas, event};
        let atlas = atlas(vec![
            event("no-figure", Some("2026-01-01")).to("a"),
            event("a-round", Some("2026-01-02")).to("a").usd(5e9),
        ]);
        let data = crate::core::timeline::layout(
            &atlas,
            &[0, 1],
            crate::core::link::LaneGrouping::Recipient,
        );
        assert_eq!(
            lines(&atlas, &data, 0..2),
            [
                "2 events from 1 Jan 2026 to 2 Jan 2026",
                "a-round · $5B",
                "no-figure",
                "Select to zoom in",
            ]
        );
    }

    #[test]
    fn a_badge_description_names_its_events_and_counts_the_rest() {
        use crate::core::testkit::{EventExt, atlas, event};
        let atlas = atlas(vec![
            event("no-figure", Some("2026-01-01")).to("a"),
            event("a-round", Some("2026-01-02")).to("a").usd(5e9),
            event("b-round", Some("2026-01-03")).to("a").usd(7e9),
            event("c-round", Some("2026-01-04")).to("a").usd(1e9),
        ]);
        let data = crate::core::timeline::layout(
            &atlas,
            &[0, 1, 2, 3],
            crate::core::link::LaneGrouping::Recipient,
        );
        let description =
            |members| BadgePreview::of(&atlas, &data, members).map(|p| p.description());
        let cases = [
            (
                0..4,
                Some("Holds: b-round · $7B; a-round · $5B; c-round · $1B; and 1 more."),
            ),
            (0..2, Some("Holds: a-round · $5B; no-figure.")),
            (0..1, Some("Holds: no-figure.")),
            (0..0, None),
            (9..12, None),
        ];
        for (members, expected) in cases {
            assert_eq!(
                description(members.clone()).as_deref(),
                expected,
                "{members:?}"
            );
        }
    }
}
