//! Parts folded into their wholes for one side of an entity's sums.
//!
//! An event that is part of another (`part_of`: an investor's share of a round) holds
//! money its whole already holds, so where both would add to the same side (invested or
//! received) and the same row of certainty, the part is folded into the whole: it adds
//! nothing of its own, but what it states for certain raises the whole's floor, up to
//! the whole's ceiling (an "up to $100B" round holding an exact $50B share received at
//! least $50B). That holds for a whole the entity shares with others, unsplit, too: its
//! floor is nothing, its own share of it is anywhere up to all of it, and a part that is
//! its own says it is at least that part.

use super::largest::reach;
use super::totals::Certainty;
use crate::core::dataset::Event;
use crate::core::dataset::limits::MAX_PARENT_DEPTH;
use crate::core::index::Atlas;
use crate::core::money::Money;

/// The events among `events` (distinct indices) that add to one side of a sum, each
/// with the range it adds: its amount, with nothing as its floor where the entity
/// shares it unsplit, and its floor raised by the parts folded into it. `takes` says
/// whether an event adds to this side; `shared` whether the entity shares the event's
/// amount with others, unsplit.
pub(super) fn fold(
    atlas: &Atlas,
    events: &[usize],
    takes: impl Fn(&Event) -> bool,
    shared: impl Fn(&Event) -> bool,
) -> Vec<(usize, Money)> {
    let event = |i: usize| &atlas.dataset.events[i];
    let adds = |e: &Event| Certainty::of(e.status).is_some() && takes(e);
    let found: Vec<(usize, Money)> = (events.iter())
        .filter_map(|&i| Some((i, event(i).amount.filter(|_| adds(event(i)))?)))
        .collect();
    // What each one states for certain, for this entity.
    let mut floor: Vec<f64> = (found.iter())
        .map(|&(i, money)| match shared(event(i)) {
            true => 0.0,
            false => money.min.unwrap_or(0.0),
        })
        .collect();
    let ranges = |floor: &[f64], keep: &dyn Fn(usize) -> bool| -> Vec<(usize, Money)> {
        (found.iter().enumerate())
            .filter(|&(s, _)| keep(s))
            .map(|(s, &(i, mut money))| {
                money.min =
                    (floor[s] > 0.0).then(|| money.max.map_or(floor[s], |m| floor[s].min(m)));
                (i, money)
            })
            .collect()
    };
    // Without parts nothing folds, and a sum costs no vector as long as the dataset.
    if !found.iter().any(|&(i, _)| event(i).part_of.is_some()) {
        return ranges(&floor, &|_| true);
    }
    // Each event's place among the candidates, by its index: cheaper in the bundle
    // than a map's code.
    let mut slot = vec![usize::MAX; atlas.dataset.events.len()];
    for (s, &(i, _)) in found.iter().enumerate() {
        slot[i] = s;
    }
    let depth: Vec<usize> = (found.iter())
        .map(|&(i, _)| wholes(atlas, event(i)).count())
        .collect();
    // The nearest whole each one folds into: a candidate at the same certainty, and
    // higher in its chain, so that the members of a loop (in data built in code, which
    // is not validated) add rather than vanish into one another.
    let into: Vec<Option<usize>> = (found.iter().enumerate())
        .map(|(s, &(i, _))| {
            let certainty = Certainty::of(event(i).status);
            wholes(atlas, event(i))
                .filter_map(|w| slot.get(w).copied().filter(|&ws| ws != usize::MAX))
                .find(|&ws| {
                    depth[ws] < depth[s] && Certainty::of(event(found[ws].0).status) == certainty
                })
        })
        .collect();
    // Deepest first, so that a part's floor has reached its whole before the whole's
    // own floor is passed on up; each capped at its own ceiling on the way.
    let mut order: Vec<usize> = (0..found.len()).collect();
    crate::core::order::sort_indices(&mut order, &|a, b| depth[b].cmp(&depth[a]).then(a.cmp(&b)));
    let mut held = vec![0.0; found.len()];
    for &s in &order {
        let ceiling = found[s].1.max.unwrap_or(f64::INFINITY);
        floor[s] = floor[s].max(held[s]).min(ceiling);
        if let Some(ws) = into[s] {
            held[ws] += floor[s];
        }
    }
    ranges(&floor, &|s| into[s].is_none())
}

/// The parts of the event at `whole` (an index into the dataset), for the panel to list:
/// largest first, ranked as the largest deals are, so that a reader sees how they make
/// up the whole, then by date, then parts without an amount.
pub fn parts_of(atlas: &Atlas, whole: usize) -> Vec<usize> {
    let Some(id) = atlas.dataset.events.get(whole).map(|e| e.id.as_str()) else {
        return Vec::new();
    };
    let mut parts: Vec<usize> = (atlas.index.by_date.iter().copied())
        .filter(|&i| atlas.dataset.events[i].part_of.as_deref() == Some(id))
        .collect();
    let reach = |i: usize| reach(&atlas.dataset.events[i]).unwrap_or(-1.0);
    crate::core::order::sort_indices(&mut parts, &|a, b| reach(b).total_cmp(&reach(a)));
    parts
}

/// The events `event` is part of, nearest first, by their indices: at most
/// [`MAX_PARENT_DEPTH`] of them, since a dataset built in code is not validated and may
/// loop.
pub(crate) fn wholes<'a>(atlas: &'a Atlas, event: &'a Event) -> impl Iterator<Item = usize> + 'a {
    std::iter::successors(whole_of(atlas, event), |&w| {
        whole_of(atlas, &atlas.dataset.events[w])
    })
    .take(MAX_PARENT_DEPTH)
}

fn whole_of(atlas: &Atlas, event: &Event) -> Option<usize> {
    atlas.index.event(event.part_of.as_deref()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::testkit::{EventExt, atlas, bundled, event};

    #[test]
    fn the_rounds_parts_come_largest_first_then_by_date() {
        let atlas = bundled();
        let round = atlas.index.event("openai-round-100b").unwrap();
        let ids: Vec<&str> = (parts_of(&atlas, round).into_iter())
            .map(|i| atlas.dataset.events[i].id.as_str())
            .collect();
        assert_eq!(ids.len(), 6);
        assert_eq!(ids[0], "amazon-openai-talks-50b");
        assert!(
            !ids.contains(&"softbank-openai-30b"),
            "the reports differ on it"
        );
        // A part has no parts; nor has an index past the end.
        let share = atlas.index.event("amazon-openai-talks-50b").unwrap();
        assert!(parts_of(&atlas, share).is_empty());
        assert!(parts_of(&atlas, usize::MAX).is_empty());
    }

    #[test]
    fn parts_without_an_amount_or_a_date_come_last_in_date_order() {
        let atlas = atlas(vec![
            event("round", None).to("x"),
            event("undated", None).to("x").part_of("round"),
            event("late", Some("2026-02")).to("x").part_of("round"),
            event("early", Some("2025-01")).to("x").part_of("round"),
            event("big", Some("2026-03"))
                .to("x")
                .usd(5e9)
                .part_of("round"),
            event("bigger", None).to("x").usd(9e9).part_of("round"),
        ]);
        let ids: Vec<&str> = (parts_of(&atlas, 0).into_iter())
            .map(|i| atlas.dataset.events[i].id.as_str())
            .collect();
        assert_eq!(ids, ["bigger", "big", "early", "late", "undated"]);
    }
}
