//! Where reports disagree: the distinct figures and claims an event's evidence makes,
//! each with the sources that make it. Nothing is resolved; everything is shown.

use crate::core::dataset::Event;
use crate::core::format;
use crate::core::index::Atlas;
use crate::core::money::Money;

/// One version of a fact and who reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    /// As people read it: "up to $50B", or the words of a claim.
    pub text: String,
    /// Indices of the sources that give this version, each once, in order of citation.
    pub sources: Vec<usize>,
}

/// A fact on which the evidence gives more than one version.
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    /// "Amount", "Valuation" or "Description".
    pub topic: &'static str,
    pub variants: Vec<Variant>,
}

/// The facts on which an event's evidence disagrees, amounts first.
pub fn disagreements(atlas: &Atlas, event: &Event) -> Vec<Disagreement> {
    let source_of = |id: &str| atlas.index.source(id);
    let money_variants = |pick: &dyn Fn(&crate::core::dataset::Evidence) -> Option<Money>| {
        group(
            event
                .evidence
                .iter()
                .filter_map(|e| Some((format::money(&pick(e)?), source_of(&e.source)?))),
        )
    };
    let amounts = money_variants(&|e| e.amount);
    let valuations = money_variants(&|e| e.valuation.map(|v| v.money()));
    let claims = group(
        event
            .evidence
            .iter()
            .filter_map(|e| Some((e.claim.clone()?, source_of(&e.source)?))),
    );
    [
        ("Amount", amounts),
        ("Valuation", valuations),
        ("Description", claims),
    ]
    .into_iter()
    .filter(|(_, variants)| variants.len() > 1)
    .map(|(topic, variants)| Disagreement { topic, variants })
    .collect()
}

/// Whether the reports of `event` disagree on its amount and on its valuation, as
/// [`disagreements`] finds them: what a table row marks beside those figures. An event
/// with one piece of evidence cannot disagree with itself, which spares most rows the
/// formatting.
pub fn disputed_figures(atlas: &Atlas, event: &Event) -> DisputedFigures {
    if event.evidence.len() < 2 {
        return DisputedFigures::default();
    }
    let found = disagreements(atlas, event);
    let disputed = |topic: &str| found.iter().any(|d| d.topic == topic);
    DisputedFigures {
        amount: disputed("Amount"),
        valuation: disputed("Valuation"),
    }
}

/// Which of an event's figures its reports disagree on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DisputedFigures {
    pub amount: bool,
    pub valuation: bool,
}

/// Groups (text, source) pairs by text, keeping first-seen order and each source once.
fn group(pairs: impl Iterator<Item = (String, usize)>) -> Vec<Variant> {
    let mut variants: Vec<Variant> = Vec::new();
    for (text, source) in pairs {
        match variants.iter_mut().find(|v| v.text == text) {
            Some(variant) if !variant.sources.contains(&source) => variant.sources.push(source),
            Some(_) => {}
            None => variants.push(Variant {
                text,
                sources: vec![source],
            }),
        }
    }
    // The most widely reported version first; ties keep the order of citation.
    crate::core::order::sort_items(&mut variants, &|a, b| b.sources.len().cmp(&a.sources.len()));
    variants
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::load_json;

    fn bundled() -> Atlas {
        Atlas::new(load_json(include_str!("../../../assets/data/atlas.json")).unwrap())
    }

    fn texts(d: &Disagreement) -> Vec<(String, usize)> {
        d.variants
            .iter()
            .map(|v| (v.text.clone(), v.sources.len()))
            .collect()
    }

    #[test]
    fn amazon_openai_talks_show_three_versions_of_the_amount() {
        let atlas = bundled();
        let event = &atlas.dataset.events[atlas.index.event("amazon-openai-talks-50b").unwrap()];
        let found = disagreements(&atlas, event);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].topic, "Amount");
        assert_eq!(
            texts(&found[0]),
            [
                ("up to $50B".into(), 3),
                ("~$50B".into(), 1),
                ("at least $50B".into(), 1)
            ]
        );
    }

    #[test]
    fn claims_that_differ_in_words_are_shown() {
        let atlas = bundled();
        let event = &atlas.dataset.events[atlas.index.event("project-rainier").unwrap()];
        let found = disagreements(&atlas, event);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].topic, "Description");
        assert_eq!(found[0].variants.len(), 2);
    }

    #[test]
    fn agreeing_or_silent_evidence_shows_no_disagreement() {
        let atlas = bundled();
        for id in [
            "openai-founded",
            "amazon-job-cuts-2026",
            "openai-valuation-830b-target",
        ] {
            let event = &atlas.dataset.events[atlas.index.event(id).unwrap()];
            assert!(disagreements(&atlas, event).is_empty(), "{id}");
        }
    }

    #[test]
    fn the_bundled_figures_in_dispute_are_exactly_these() {
        let atlas = bundled();
        let disputed = |amount, valuation| DisputedFigures { amount, valuation };
        let expected = [
            ("amazon-openai-talks-50b", disputed(true, false)),
            ("openai-round-100b", disputed(true, true)),
            ("softbank-openai-30b", disputed(true, false)),
            ("openai-valuation-500b", disputed(false, true)),
            ("amazon-anthropic-8b", disputed(true, false)),
        ];
        for event in &atlas.dataset.events {
            let want = expected
                .iter()
                .find(|(id, _)| *id == event.id)
                .map_or(DisputedFigures::default(), |(_, d)| *d);
            assert_eq!(disputed_figures(&atlas, event), want, "{}", event.id);
        }
        // Project Rainier's reports differ in words only: no figure is marked.
        let rainier = &atlas.dataset.events[atlas.index.event("project-rainier").unwrap()];
        assert_eq!(
            disputed_figures(&atlas, rainier),
            DisputedFigures::default()
        );
    }

    #[test]
    fn a_source_quoted_twice_counts_once() {
        let pairs = [
            ("a".to_string(), 1),
            ("a".to_string(), 1),
            ("b".to_string(), 2),
            ("a".to_string(), 3),
        ];
        let variants = group(pairs.into_iter());
        assert_eq!(
            variants[0],
            Variant {
                text: "a".into(),
                sources: vec![1, 3]
            }
        );
        assert_eq!(variants[1].sources, [2]);
    }
}
