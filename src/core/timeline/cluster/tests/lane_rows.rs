//! Lane heights near and far from the view: a lane is tall only for the stacks it may
//! soon show.

use super::*;

#[test]
fn a_lane_is_tall_for_a_stack_in_view_or_within_a_view_of_it_and_not_further() {
    let (_, data) = stacks();
    // Twenty-day views, so the 1 March stack (centred half a day in) is open. The view
    // starting 14 days after it still counts it, a shorter pan than the view's width;
    // the one starting 24 days after it does not, nor does one four years earlier. The
    // 1 June stack counts from 20 days before the view reaches it.
    let rows = |from: &str| {
        let from = day(from);
        lane_rows_at(&data, &view(from, from + 20.0, 10.0))
    };
    for (from, want) in [
        ("2024-02-25", [3, 1]),
        ("2024-02-05", [3, 1]),
        ("2024-03-15", [3, 1]),
        ("2024-03-25", [1, 1]),
        ("2024-04-20", [1, 1]),
        ("2024-05-10", [2, 1]),
        ("2024-05-20", [2, 1]),
        ("2020-01-01", [1, 1]),
    ] {
        assert_eq!(rows(from), want, "view from {from}");
    }
}

#[test]
fn a_stack_of_year_dated_events_counts_wherever_its_band_is_in_view() {
    // Three events dated "2024" stack under one band; its centre is in July, but a
    // twenty-day view of March lies inside the band, which is drawn there with its
    // stack open, so the lane needs its three rows.
    let (_, data) = laid_out(vec![
        event("a", Some("2024")).to("x"),
        event("b", Some("2024")).to("x"),
        event("c", Some("2024")).to("x"),
        event("g", Some("2024-03-05")).to("y"),
    ]);
    let from = day("2024-03-01");
    assert_eq!(lane_rows_at(&data, &view(from, from + 20.0, 10.0)), [3, 1]);
    let later = day("2026-03-01");
    assert_eq!(
        lane_rows_at(&data, &view(later, later + 20.0, 10.0)),
        [1, 1]
    );
}
