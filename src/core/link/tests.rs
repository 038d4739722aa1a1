//! Tests of reading and writing links, including property tests over arbitrary input.

use proptest::prelude::*;

use super::*;
use crate::core::dataset::{EventKind, Status};

/// A catalog with a few known entities (with names and aliases) and events.
struct TestCatalog;

impl Catalog for TestCatalog {
    fn resolve_entity(&self, text: &str) -> Option<String> {
        let lower = text.to_lowercase();
        let known = [
            ("amazon", &["amazon", "amazon.com"][..]),
            ("aws", &["aws", "amazon web services"][..]),
            ("openai", &["openai"][..]),
            ("anthropic", &["anthropic"][..]),
        ];
        known
            .iter()
            .find(|(_, names)| names.contains(&lower.as_str()))
            .map(|(id, _)| id.to_string())
    }

    fn has_event(&self, id: &str) -> bool {
        ["amazon-openai-talks", "openai-founded"].contains(&id)
    }
}

fn parsed(query: &str) -> Parsed {
    parse(query, &TestCatalog)
}

#[test]
fn empty_link_is_the_default_view() {
    for query in ["", "?", "?&&", "utm_source=x"] {
        let result = parsed(query);
        assert_eq!(result.state, LinkState::default(), "{query}");
        assert!(result.ignored.is_empty(), "{query}");
        assert_eq!(format(&result.state), "");
    }
}

#[test]
fn every_parameter_is_read() {
    let result = parsed(
        "?view=table&company=openai,amazon&from=2025-10&to=2026&status=talks,completed&kind=investment\
         &min=10B&q=chips+%26+cloud&sel=entity:aws&group=investor&sort=-amount&data=https://example.org/d.json",
    );
    assert!(result.ignored.is_empty(), "{:?}", result.ignored);
    let state = result.state;
    assert_eq!(state.view, View::Table);
    assert_eq!(state.filter.companies, ["amazon", "openai"]);
    assert_eq!(state.filter.from.unwrap().to_string(), "2025-10");
    assert_eq!(state.filter.to.unwrap().to_string(), "2026");
    assert_eq!(
        state.filter.statuses.iter().copied().collect::<Vec<_>>(),
        [Status::Talks, Status::Completed]
    );
    assert_eq!(
        state.filter.kinds.iter().copied().collect::<Vec<_>>(),
        [EventKind::Investment]
    );
    assert_eq!(state.filter.min_usd, Some(10e9));
    assert_eq!(state.filter.query, "chips & cloud");
    assert_eq!(state.selection, Some(Selection::Entity("aws".into())));
    assert_eq!(state.group, LaneGrouping::Investor);
    assert_eq!(
        state.sort,
        TableSort {
            column: SortColumn::Amount,
            descending: true
        }
    );
    assert_eq!(state.data.as_deref(), Some("https://example.org/d.json"));
}

#[test]
fn names_and_aliases_in_a_link_map_to_ids() {
    let state = parsed("company=Amazon%20Web%20Services,OpenAI").state;
    assert_eq!(state.filter.companies, ["aws", "openai"]);
}

#[test]
fn format_is_canonical() {
    let state = parsed("sort=-date&group=recipient&view=timeline&sel=openai-founded&company=openai,amazon,openai&q=a b").state;
    assert_eq!(
        format(&state),
        "company=amazon,openai&q=a%20b&sel=openai-founded"
    );
}

#[test]
fn the_table_opens_newest_first_and_oldest_first_is_written_out() {
    let newest_first = TableSort {
        column: SortColumn::Date,
        descending: true,
    };
    assert_eq!(parsed("").state.sort, newest_first);
    assert_eq!(format(&parsed("view=table&sort=-date").state), "view=table");
    assert_eq!(
        format(&parsed("view=table&sort=date").state),
        "view=table&sort=date"
    );
}

#[test]
fn a_header_click_turns_its_column_around_or_starts_another_the_way_it_is_scanned() {
    use SortColumn::*;
    let sort = |column, descending| TableSort { column, descending };
    // (sort before, column clicked, sort after)
    let cases = [
        (sort(Date, true), Date, sort(Date, false)),
        (sort(Date, false), Date, sort(Date, true)),
        (sort(Date, true), Amount, sort(Amount, true)),
        (sort(Amount, true), Amount, sort(Amount, false)),
        (sort(Amount, false), Valuation, sort(Valuation, true)),
        (sort(Amount, true), Date, sort(Date, true)),
        (sort(Date, true), Title, sort(Title, false)),
        (sort(Title, false), Title, sort(Title, true)),
        (sort(Date, false), From, sort(From, false)),
        (sort(Date, true), To, sort(To, false)),
        (sort(Date, true), Status, sort(Status, false)),
        (sort(Status, false), Kind, sort(Kind, false)),
    ];
    for (before, column, after) in cases {
        assert_eq!(before.clicked(column), after, "{before:?} then {column:?}");
    }
}

#[test]
fn bad_values_are_dropped_one_by_one_and_the_rest_applies() {
    let cases: &[(&str, &str)] = &[
        ("company=no-such-co,openai", "company"),
        ("from=not-a-date", "from"),
        ("from=2026&to=2025", "to"),
        ("status=done,talks", "status"),
        ("kind=gift", "kind"),
        ("min=-5B", "min"),
        ("min=lots", "min"),
        ("sel=nothing-here", "sel"),
        ("sel=entity:nobody", "sel"),
        ("view=map", "view"),
        ("group=colour", "group"),
        ("sort=-height", "sort"),
        ("data=javascript:alert(1)", "data"),
        ("data=data:text/html,hi", "data"),
        ("data=//evil.example/x.json", "data"),
    ];
    for (query, param) in cases {
        let result = parsed(&format!("{query}&q=kept"));
        assert_eq!(result.ignored.len(), 1, "{query}: {:?}", result.ignored);
        assert_eq!(result.ignored[0].param, *param, "{query}");
        assert_eq!(
            result.state.filter.query, "kept",
            "{query}: the valid rest still applies"
        );
    }
}

#[test]
fn the_ignored_notice_lists_each_value() {
    let result = parsed("company=no-such-co&from=not-a-date");
    assert_eq!(
        ignored_notice(&result.ignored).unwrap(),
        "Ignored in the link: company 'no-such-co', from 'not-a-date'"
    );
    assert_eq!(ignored_notice(&[]), None);
}

#[test]
fn hostile_values_stay_inert_text() {
    let script = "<script>alert(1)</script>";
    let long = "x".repeat(5_000);
    let query = format!("q={}&company={}", urlencode(script), long);
    let result = parsed(&query);
    assert_eq!(result.state.filter.query, script);
    assert_eq!(result.ignored.len(), 1);
    assert!(
        result.ignored[0].value.chars().count() < 100,
        "long values are shortened for display"
    );
    let long_query = parsed(&format!("q={long}"));
    assert_eq!(
        long_query.state.filter.query.chars().count(),
        parse::MAX_QUERY_CHARS
    );
    assert_eq!(long_query.ignored[0].param, "q");
}

#[test]
fn every_status_is_the_same_as_none() {
    let all: Vec<&str> = Status::ALL.iter().map(|s| s.id()).collect();
    let state = parsed(&format!("status={}", all.join(","))).state;
    assert!(state.filter.statuses.is_empty());
}

#[test]
fn relative_data_addresses_are_allowed() {
    assert_eq!(
        parsed("data=bench/10k.json").state.data.as_deref(),
        Some("bench/10k.json")
    );
    assert_eq!(
        parsed("data=HTTPS://Example.org/x").state.data.as_deref(),
        Some("HTTPS://Example.org/x")
    );
}

fn urlencode(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// A year, optionally with a month, optionally with a day.
type DateParts = (i32, Option<(u8, Option<u8>)>);

fn arbitrary_state() -> impl Strategy<Value = LinkState> {
    let companies = prop::sample::subsequence(vec!["amazon", "anthropic", "aws", "openai"], 0..=4);
    let date = prop::option::of((
        2000i32..2030,
        prop::option::of((1u8..=12, prop::option::of(1u8..=28))),
    ));
    let statuses = prop::sample::subsequence(Status::ALL.to_vec(), 0..Status::ALL.len());
    let kinds = prop::sample::subsequence(EventKind::ALL.to_vec(), 0..EventKind::ALL.len());
    let min = prop::option::of(1u64..2_000_000_000_000);
    let query = "[a-zA-Z0-9 &=#+%<>\"'é€😀,:-]{0,40}";
    let selection = prop::option::of(prop_oneof![
        Just(Selection::Event("amazon-openai-talks".into())),
        Just(Selection::Entity("aws".into())),
    ]);
    let view = prop::sample::select(View::ALL.to_vec());
    let group = prop::sample::select(LaneGrouping::ALL.to_vec());
    let sort = (
        prop::sample::select(SortColumn::ALL.to_vec()),
        any::<bool>(),
    );
    let data = prop::option::of("https://example\\.org/[a-z&=#%+, ]{0,12}");
    (
        companies,
        (date.clone(), date),
        statuses,
        kinds,
        min,
        query,
        selection,
        view,
        group,
        sort,
        data,
    )
        .prop_map(
            |(
                companies,
                (from, to),
                statuses,
                kinds,
                min,
                query,
                selection,
                view,
                group,
                sort,
                data,
            )| {
                let to_date = |d: Option<DateParts>| {
                    d.map(|(y, rest)| match rest {
                        None => crate::core::date::PartialDate::year(y).unwrap(),
                        Some((m, None)) => crate::core::date::PartialDate::month(y, m).unwrap(),
                        Some((m, Some(day))) => {
                            crate::core::date::PartialDate::day(y, m, day).unwrap()
                        }
                    })
                };
                let (mut from, to) = (to_date(from), to_date(to));
                if let (Some(f), Some(t)) = (from, to)
                    && f.first_day() > t.last_day()
                {
                    from = None;
                }
                let data = data.map(|d| d.trim().to_string());
                let mut state = LinkState {
                    view,
                    group,
                    data,
                    selection,
                    ..LinkState::default()
                };
                state.sort = TableSort {
                    column: sort.0,
                    descending: sort.1,
                };
                state.filter.companies = companies.into_iter().map(String::from).collect();
                state.filter.from = from;
                state.filter.to = to;
                state.filter.statuses = statuses.into_iter().collect();
                state.filter.kinds = kinds.into_iter().collect();
                state.filter.min_usd = min.map(|m| m as f64);
                state.filter.query = query.trim().to_string();
                state
            },
        )
}

proptest! {
    #[test]
    fn parse_of_format_gives_back_the_state(state in arbitrary_state()) {
        let result = parsed(&format(&state));
        prop_assert!(result.ignored.is_empty(), "{:?}", result.ignored);
        prop_assert_eq!(result.state, state);
    }

    #[test]
    fn format_of_parse_is_a_fixed_point(query in ".{0,200}") {
        let once = format(&parsed(&query).state);
        let twice = format(&parsed(&once).state);
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn link_like_strings_never_panic_and_are_fixed_points(
        pairs in prop::collection::vec(
            (prop::sample::select(vec!["view", "company", "from", "to", "status", "kind", "min", "q", "sel", "group", "sort", "data", "zz"]),
             "[a-z0-9:,.%&=+<>/ -]{0,30}"),
            0..8)
    ) {
        let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let once = format(&parsed(&query.join("&")).state);
        let twice = format(&parsed(&once).state);
        prop_assert_eq!(once, twice);
    }
}
