//! Parts folded into their wholes for one side of an entity's sums.
//!
//! An event that is part of another (`part_of`: an investor's share of a round) holds
//! money its whole already holds, so where both would add to the same side (invested or
//! received) and the same row of certainty, the part is folded into the whole: it adds
//! nothing of its own, but what it states for certain raises the whole's floor (an "up
//! to $100B" round holding an exact $50B share received at least $50B). The one
//! exception is an investor's own part of a whole it shares with others: the whole says
//! only that the investor gave anything from nothing to all of it, the part says how
//! much, so the part adds and the whole does not.

use super::totals::Certainty;
use crate::core::dataset::Event;
use crate::core::dataset::limits::MAX_PARENT_DEPTH;
use crate::core::index::Atlas;
use crate::core::money::Money;

/// The events among `events` that add to one side of a sum, each with its amount, its
/// floor raised by the parts folded into it. `takes` says whether an event adds to this
/// side; `shared` whether the entity shares the event's amount with others, unsplit.
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
    // Without parts nothing folds, and a sum costs no map.
    if !found.iter().any(|&(i, _)| event(i).part_of.is_some()) {
        return found;
    }
    let candidates: Vec<usize> = found.iter().map(|&(i, _)| i).collect();
    let amount = |s: usize| found[s].1;
    // Each event's place among the candidates, by its index: a vector as long as the
    // dataset, cheaper in the bundle than a map's code, and built only when parts exist.
    let mut slot = vec![usize::MAX; atlas.dataset.events.len()];
    for (s, &i) in candidates.iter().enumerate() {
        slot[i] = s;
    }
    // For each candidate, the nearest whole it folds into (a candidate at the same
    // certainty), and how deep it lies under its wholes.
    let mut into: Vec<Option<usize>> = vec![None; candidates.len()];
    let mut dropped = vec![false; candidates.len()];
    let mut depth = vec![0usize; candidates.len()];
    for (s, &i) in candidates.iter().enumerate() {
        let certainty = Certainty::of(event(i).status);
        let mut nearest = None;
        for (d, w) in wholes(atlas, event(i)).enumerate() {
            depth[s] = d + 1;
            if nearest.is_none()
                && let Some(&ws) = slot.get(w).filter(|&&ws| ws != usize::MAX)
                && ws != s
                && Certainty::of(event(w).status) == certainty
            {
                nearest = Some(ws);
            }
        }
        match nearest {
            Some(ws) if shared(event(candidates[ws])) && !shared(event(i)) => dropped[ws] = true,
            found => into[s] = found,
        }
    }
    // Deepest first, so that a part's floor has reached its whole before the whole's
    // own floor is passed on up.
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    crate::core::order::sort_indices(&mut order, &|a, b| depth[b].cmp(&depth[a]).then(a.cmp(&b)));
    let mut floor: Vec<f64> = (0..candidates.len())
        .map(|s| match shared(event(candidates[s])) {
            true => 0.0,
            false => amount(s).min.unwrap_or(0.0),
        })
        .collect();
    let mut held = vec![0.0; candidates.len()];
    for &s in &order {
        // What the parts folded into it state for certain, beyond its own floor.
        floor[s] = floor[s].max(held[s]);
        if let Some(ws) = into[s] {
            held[ws] += floor[s];
        }
    }
    candidates
        .iter()
        .enumerate()
        .filter(|&(s, _)| into[s].is_none() && !dropped[s])
        .map(|(s, &i)| {
            let mut money = amount(s);
            // Raised only where the parts state more than the whole does, and never past
            // the whole's ceiling, which reports of its parts may overshoot.
            if floor[s] > money.min.unwrap_or(0.0) && !shared(event(i)) {
                money.min = Some(money.max.map_or(floor[s], |max| floor[s].min(max)));
            }
            (i, money)
        })
        .collect()
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
