//! Synthetic datasets for benchmarks and tests: deterministic, valid schema-v1 data with
//! the shape of real funding news.
//!
//! A few hubs and many small players (Zipf-distributed participation), amounts spread
//! over five orders of magnitude, every status, every precision of date over ten years,
//! some undated events, some that reports disagree on, and investments reported as
//! shares of a round (`part_of`). It is tooling: the app never calls it, so it is left
//! out of the WebAssembly bundle, and it is never bundled as data.

mod names;
pub mod random;

use std::collections::HashMap;

use crate::core::dataset::{
    Dataset, Entity, EntityKind, Event, EventKind, Evidence, SCHEMA_ID, Source, Status,
};
use crate::core::date::{PartialDate, day_number};
use crate::core::money::{Money, Qualifier, Valuation};
use random::{SplitMix64, Zipf};

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct SynthParams {
    pub events: usize,
    pub entities: usize,
    pub seed: u64,
}

/// The first and last year events may fall in: ten years.
const FIRST_YEAR: i32 = 2016;
const YEARS: i32 = 10;
const SOURCES: usize = 40;

/// Generates a dataset. The same parameters always give the same dataset.
pub fn generate(params: SynthParams) -> Dataset {
    let mut rng = SplitMix64::new(params.seed);
    let entities = entities(&mut rng, params.entities.max(2));
    let sources = sources(&mut rng);
    // Investors and recipients are drawn from separate Zipf orders, so the biggest
    // investor is not automatically the biggest recipient.
    let investors: Vec<usize> = (0..entities.len())
        .filter(|&i| is_investor(entities[i].kind))
        .collect();
    let companies: Vec<usize> = (0..entities.len())
        .filter(|&i| !is_investor(entities[i].kind))
        .collect();
    let investors = if investors.is_empty() {
        companies.clone()
    } else {
        investors
    };
    let zipf_investors = Zipf::new(investors.len(), 1.05);
    let zipf_companies = Zipf::new(companies.len(), 1.1);
    let mut events = Vec::with_capacity(params.events);
    for n in 0..params.events {
        let recipient = &entities[companies[zipf_companies.sample(&mut rng)]];
        let mut backers: Vec<&Entity> = Vec::new();
        for _ in 0..1 + rng.weighted(&[6.0, 2.5, 1.0]) {
            let investor = &entities[investors[zipf_investors.sample(&mut rng)]];
            if investor.id != recipient.id && !backers.iter().any(|b| b.id == investor.id) {
                backers.push(investor);
            }
        }
        let partner = &entities[companies[zipf_companies.sample(&mut rng)]];
        events.push(event(&mut rng, n, recipient, &backers, partner, &sources));
    }
    share_out_rounds(&mut events);
    let as_of = events
        .iter()
        .filter_map(|e| e.date)
        .max_by_key(|d| d.last_day())
        .unwrap_or(PartialDate::from_day_number(0));
    Dataset {
        schema: SCHEMA_ID.to_string(),
        title: format!(
            "Synthetic data: {} events, {} entities, seed {}",
            params.events, params.entities, params.seed
        ),
        as_of,
        sources,
        entities,
        events,
    }
}

/// Makes an investment a share of the latest round its recipient raised before it in
/// generation order, as news reports a round's backers one by one, where a report of it
/// could be one: at the round's stage (status), no larger than the round, and dated no
/// earlier than it. That is 227 of the benchmarks' 10,000 events; in the bundled data,
/// six of 36 events are parts of one round. No other field changes, and the data stays
/// valid: a part goes to its round's recipient and a round is never a part, so there
/// are no loops and no chains.
fn share_out_rounds(events: &mut [Event]) {
    let mut latest_round: HashMap<String, usize> = HashMap::new();
    for i in 0..events.len() {
        let Some(to) = events[i].to.clone() else {
            continue;
        };
        match events[i].kind {
            EventKind::FundingRound => {
                latest_round.insert(to, i);
            }
            EventKind::Investment => {
                if let Some(&round) = latest_round.get(&to)
                    && could_be_part(&events[i], &events[round])
                {
                    events[i].part_of = Some(events[round].id.clone());
                }
            }
            _ => {}
        }
    }
}

/// Whether `part` could be a report of a share of `round`: the same stage, an amount no
/// larger than the round's, and no earlier start.
fn could_be_part(part: &Event, round: &Event) -> bool {
    let bound = |e: &Event| e.amount.and_then(|m| m.stated_bound());
    let smaller = match (bound(part), bound(round)) {
        (Some(part), Some(round)) => part <= round,
        (Some(_), None) => true,
        (None, _) => false,
    };
    let later = match (part.date, round.date) {
        (Some(part), Some(round)) => part.first_day() >= round.first_day(),
        _ => true,
    };
    part.status == round.status && smaller && later
}

fn is_investor(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Investor | EntityKind::Fund | EntityKind::SovereignFund
    )
}

fn entities(rng: &mut SplitMix64, count: usize) -> Vec<Entity> {
    const KINDS: [(EntityKind, f64); 8] = [
        (EntityKind::Company, 55.0),
        (EntityKind::Investor, 18.0),
        (EntityKind::Fund, 9.0),
        (EntityKind::SovereignFund, 3.0),
        (EntityKind::Person, 5.0),
        (EntityKind::Product, 4.0),
        (EntityKind::Facility, 3.0),
        (EntityKind::Chip, 3.0),
    ];
    let weights: Vec<f64> = KINDS.iter().map(|(_, w)| *w).collect();
    (0..count)
        .map(|i| {
            let kind = KINDS[rng.weighted(&weights)].0;
            let name = names::name(rng, kind, i);
            Entity {
                id: format!("{}-{i}", crate::core::import::entities::slug(&name)),
                aliases: if rng.unit() < 0.1 {
                    vec![format!("{name} Group")]
                } else {
                    Vec::new()
                },
                name,
                kind,
                parent: None,
            }
        })
        .collect()
}

fn sources(rng: &mut SplitMix64) -> Vec<Source> {
    (0..SOURCES)
        .map(|i| {
            let day = random_day(rng);
            Source {
                id: format!("src-{i}"),
                publisher: names::publisher(i),
                title: format!("Synthetic report {i}"),
                published: PartialDate::from_day_number(day),
                published_note: None,
                author: None,
                url: Some(format!("https://news.example.org/{i}")),
                file: None,
            }
        })
        .collect()
}

fn random_day(rng: &mut SplitMix64) -> i32 {
    let first = day_number(FIRST_YEAR, 1, 1);
    let last = day_number(FIRST_YEAR + YEARS - 1, 12, 31);
    first + rng.below((last - first + 1) as usize) as i32
}

/// A date at day (70%), month (20%) or year (7%) precision, or none (3%).
fn random_date(rng: &mut SplitMix64) -> Option<PartialDate> {
    let day = PartialDate::from_day_number(random_day(rng));
    let (year, month) = (day.year_number(), day.month_number().unwrap_or(1));
    match rng.weighted(&[70.0, 20.0, 7.0, 3.0]) {
        0 => Some(day),
        1 => PartialDate::month(year, month).ok(),
        2 => PartialDate::year(year).ok(),
        _ => None,
    }
}

/// An amount spread log-uniformly from $1M to $100B, with the qualifiers news uses.
fn random_money(rng: &mut SplitMix64) -> Money {
    let value = 10f64.powf(6.0 + rng.unit() * 5.0);
    // Whole thousands, as reported figures are.
    let value = (value / 1e3).round() * 1e3;
    match rng.weighted(&[50.0, 25.0, 15.0, 10.0]) {
        0 => Money::exact(value),
        1 => Money::about(value),
        2 => Money::up_to(value),
        _ => Money::at_least(value),
    }
}

fn event(
    rng: &mut SplitMix64,
    n: usize,
    recipient: &Entity,
    backers: &[&Entity],
    partner: &Entity,
    sources: &[Source],
) -> Event {
    const KINDS: [(EventKind, f64); 9] = [
        (EventKind::Investment, 45.0),
        (EventKind::FundingRound, 15.0),
        (EventKind::Valuation, 8.0),
        (EventKind::Partnership, 12.0),
        (EventKind::Infrastructure, 6.0),
        (EventKind::Acquisition, 5.0),
        (EventKind::Corporate, 5.0),
        (EventKind::Founding, 2.0),
        (EventKind::Product, 2.0),
    ];
    const STATUSES: [(Status, f64); 7] = [
        (Status::Completed, 45.0),
        (Status::Announced, 15.0),
        (Status::Agreed, 8.0),
        (Status::Talks, 14.0),
        (Status::Rumored, 7.0),
        (Status::Cancelled, 4.0),
        (Status::Estimate, 7.0),
    ];
    let kind = KINDS[rng.weighted(&KINDS.map(|(_, w)| w))].0;
    let status = STATUSES[rng.weighted(&STATUSES.map(|(_, w)| w))].0;
    let date = random_date(rng);
    let directed = matches!(
        kind,
        EventKind::Investment
            | EventKind::FundingRound
            | EventKind::Acquisition
            | EventKind::Infrastructure
    );
    let (from, parties): (Vec<String>, Vec<String>) = match kind {
        _ if directed && !backers.is_empty() => {
            (backers.iter().map(|b| b.id.clone()).collect(), Vec::new())
        }
        EventKind::Partnership if partner.id != recipient.id => {
            (Vec::new(), vec![recipient.id.clone(), partner.id.clone()])
        }
        _ => (Vec::new(), vec![recipient.id.clone()]),
    };
    let to = (!from.is_empty() || kind == EventKind::Valuation || kind == EventKind::FundingRound)
        .then(|| recipient.id.clone());
    let parties = if to.is_some() && from.is_empty() && parties == [recipient.id.clone()] {
        Vec::new()
    } else {
        parties
    };
    let amount = (directed && rng.unit() < 0.8).then(|| random_money(rng));
    let valuation = (kind == EventKind::Valuation
        || (kind == EventKind::FundingRound && rng.unit() < 0.5))
        .then(|| {
            let money = random_money(rng);
            let value = money.stated_bound().unwrap_or(1e9) * 8.0;
            Valuation {
                min: Some(value),
                max: Some(value),
                qualifier: Qualifier::About,
                basis: None,
            }
        });
    let title = match (&amount, backers.first()) {
        (Some(m), Some(b)) if !from.is_empty() => format!(
            "{} invests {} in {}",
            b.name,
            crate::core::format::money(m),
            recipient.name
        ),
        _ => format!("{} {} involving {}", kind.label(), n, recipient.name),
    };
    let evidence = (0..1 + rng.weighted(&[6.0, 3.0, 1.0]))
        .map(|i| {
            let source = &sources[rng.below(sources.len())];
            // Now and then a second report states the amount differently.
            let disagreeing = (i > 0 && rng.unit() < 0.3)
                .then(|| amount.map(|m| Money::about(m.stated_bound().unwrap_or(1e6) * 1.2)))
                .flatten();
            Evidence {
                source: source.id.clone(),
                quote: format!("Synthetic quote {n}.{i}: {title}."),
                amount: disagreeing,
                valuation: None,
                claim: None,
            }
        })
        .collect();
    Event {
        id: format!("ev-{n}"),
        kind,
        date,
        date_note: None,
        from,
        to,
        parties,
        amount,
        valuation,
        status,
        part_of: None,
        title,
        summary: format!(
            "A synthetic {} for benchmarks.",
            kind.label().to_lowercase()
        ),
        evidence,
    }
}

#[cfg(test)]
mod tests;
