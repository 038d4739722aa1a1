//! Sorting through one shared routine.
//!
//! Every `sort_by` with a closure of its own makes the compiler emit another full copy
//! of the standard library's sort, several kilobytes each, into the WebAssembly binary,
//! and the app sorts in two dozen places. Passing the comparison as a trait object to one
//! function keeps a single copy. The indirect call this costs per comparison is small
//! next to the work the comparisons here do, and the benchmarks show no change.

use std::cmp::Ordering;

/// Sorts `indices` by `compare`, stably.
pub fn sort_indices(indices: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    indices.sort_by(|&a, &b| compare(a, b));
}

/// Sorts `items` by `compare`, stably, through [`sort_indices`].
pub fn sort_items<T>(items: &mut Vec<T>, compare: &dyn Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    // Each position appears once in `order`, so every slot is taken exactly once.
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts numbers or other ordered values ascending and drops repeats.
pub fn sort_dedup<T: Ord>(items: &mut Vec<T>) {
    sort_items(items, &|a, b| a.cmp(b));
    items.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_sort_stably_by_the_comparison() {
        let keys = [3, 1, 3, 0, 1];
        let mut order: Vec<usize> = (0..keys.len()).collect();
        sort_indices(&mut order, &|a, b| keys[a].cmp(&keys[b]));
        assert_eq!(order, [3, 1, 4, 0, 2]);
    }

    #[test]
    fn items_sort_stably_and_keep_every_item() {
        let mut items = vec![("b", 2), ("a", 1), ("b", 1), ("a", 2)];
        sort_items(&mut items, &|x, y| x.0.cmp(y.0));
        assert_eq!(items, [("a", 1), ("a", 2), ("b", 2), ("b", 1)]);
        let mut empty: Vec<String> = Vec::new();
        sort_items(&mut empty, &|x, y| x.cmp(y));
        assert!(empty.is_empty());
    }

    #[test]
    fn sort_dedup_leaves_each_value_once_in_order() {
        let mut values = vec![5, 1, 5, 3, 1];
        sort_dedup(&mut values);
        assert_eq!(values, [1, 3, 5]);
    }
}
