//! An event's quotes gathered by the source that printed them, so the panel names each
//! source once, with every quote it gives beneath it.
//!
//! Sources are numbered like footnotes, in the order the evidence first cites them, and
//! "Reports differ" refers to them by those numbers. Quotes from one source that the
//! evidence lists apart (the bundled talks cite source 2 second and last) come
//! together under it, so the numbers read 1, 2, 3… down the panel and no byline repeats.

use crate::core::dataset::Event;
use crate::core::index::Atlas;

/// One source's quotes about an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The source, as a position in `dataset.sources`; `None` for evidence that names
    /// a source the data does not have (validation refuses it, but an atlas built in
    /// code may hold it). Such a quote stands alone, with no number.
    pub source: Option<usize>,
    /// The quotes, as positions in `event.evidence`, in the evidence's order.
    pub quotes: Vec<usize>,
}

/// The event's evidence gathered by source, in order of first citation; quotes naming
/// an unknown source come last, one each.
pub fn citations(atlas: &Atlas, event: &Event) -> Vec<Citation> {
    let mut known: Vec<Citation> = Vec::new();
    let mut unknown = Vec::new();
    for (quote, evidence) in event.evidence.iter().enumerate() {
        match atlas.index.source(&evidence.source) {
            Some(source) => match known.iter_mut().find(|c| c.source == Some(source)) {
                Some(citation) => citation.quotes.push(quote),
                None => known.push(Citation {
                    source: Some(source),
                    quotes: vec![quote],
                }),
            },
            None => unknown.push(Citation {
                source: None,
                quotes: vec![quote],
            }),
        }
    }
    known.extend(unknown);
    known
}

/// The distinct sources `citations` names, in order: a source's number in the panel is
/// its position here plus one.
pub fn source_numbers(citations: &[Citation]) -> Vec<usize> {
    citations.iter().filter_map(|c| c.source).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::{Dataset, Evidence, SCHEMA_ID, Source};
    use crate::core::testkit::{bundled, event};

    /// An atlas with sources "a", "b" and "c" and one event citing `cited` in order.
    fn citing(cited: &[&str]) -> (Atlas, Event) {
        let source = |id: &str| Source {
            id: id.to_string(),
            publisher: format!("Publisher {id}"),
            title: String::new(),
            published: "2026-01-29".parse().expect("valid"),
            published_note: None,
            author: None,
            url: None,
            file: None,
        };
        let mut event = event("e", Some("2026-01-29"));
        event.evidence = cited
            .iter()
            .enumerate()
            .map(|(i, id)| Evidence {
                source: id.to_string(),
                quote: format!("quote {i}"),
                amount: None,
                valuation: None,
                claim: None,
            })
            .collect();
        let dataset = Dataset {
            schema: SCHEMA_ID.to_string(),
            title: "test".to_string(),
            as_of: "2026".parse().expect("valid"),
            sources: ["a", "b", "c"].map(source).to_vec(),
            entities: Vec::new(),
            events: vec![event.clone()],
        };
        (Atlas::new(dataset), event)
    }

    #[test]
    fn quotes_gather_under_their_source_in_order_of_first_citation() {
        // The sources cited, in order, and the citations expected: (source, quotes).
        type Expected<'a> = &'a [(Option<usize>, &'a [usize])];
        let cases: &[(&[&str], Expected)] = &[
            (&[], &[]),
            (&["a"], &[(Some(0), &[0])]),
            (&["c", "a"], &[(Some(2), &[0]), (Some(0), &[1])]),
            (&["a", "b", "a"], &[(Some(0), &[0, 2]), (Some(1), &[1])]),
            (&["b", "b", "b"], &[(Some(1), &[0, 1, 2])]),
            // Unknown sources stand alone and last, even when two share a name.
            (
                &["zz", "a", "zz", ""],
                &[(Some(0), &[1]), (None, &[0]), (None, &[2]), (None, &[3])],
            ),
        ];
        for &(cited, expected) in cases {
            let (atlas, event) = citing(cited);
            let found = citations(&atlas, &event);
            let expected: Vec<Citation> = expected
                .iter()
                .map(|&(source, quotes)| Citation {
                    source,
                    quotes: quotes.to_vec(),
                })
                .collect();
            assert_eq!(found, expected, "{cited:?}");
        }
    }

    #[test]
    fn every_quote_is_cited_exactly_once() {
        let atlas = bundled();
        for event in &atlas.dataset.events {
            let mut quotes: Vec<usize> = citations(&atlas, event)
                .into_iter()
                .flat_map(|c| c.quotes)
                .collect();
            quotes.sort_unstable();
            assert_eq!(quotes, (0..event.evidence.len()).collect::<Vec<_>>());
        }
    }

    #[test]
    fn the_bundled_talks_number_five_sources_and_gather_each_ones_quotes() {
        let atlas = bundled();
        let talks = &atlas.dataset.events[atlas.index.event("amazon-openai-talks-50b").unwrap()];
        let found = citations(&atlas, talks);
        let numbers = source_numbers(&found);
        assert_eq!(numbers.len(), 5);
        assert_eq!(found.len(), 5);
        // Nine quotes: sources 1 and 5 give two each, source 2 three (the last two say
        // the talks are part of OpenAI's round, and come last in the file).
        let counts: Vec<usize> = found.iter().map(|c| c.quotes.len()).collect();
        assert_eq!(counts, [2, 3, 1, 1, 2]);
        assert_eq!(found[0].quotes, [0, 7]);
        assert_eq!(found[1].quotes, [1, 6, 8]);
    }
}
