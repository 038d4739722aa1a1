//! Tests of the CSV importer against realistic and malformed files.

use super::*;
use crate::core::dataset::Status;

fn today() -> PartialDate {
    "2026-11-23".parse().unwrap()
}

fn import(text: &str) -> Result<Dataset, Vec<Problem>> {
    import_csv("deals.csv", text, today())
}

/// The problems a refused file gives, as the reader reads them.
fn refused(text: &str) -> Vec<String> {
    import(text)
        .expect_err("the file is refused")
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// The entity of `dataset` named exactly `name`.
fn named<'a>(dataset: &'a Dataset, name: &str) -> Option<&'a crate::core::dataset::Entity> {
    dataset.entities.iter().find(|e| e.name == name)
}

const HEADER: &str = "date,investor,company,amount_usd,valuation_usd,status,source_url";

#[test]
fn a_realistic_file_of_fifty_deals_imports() {
    let dataset =
        import(include_str!("../../../tests/fixtures/deals-50.csv")).expect("the fixture is valid");
    assert_eq!(dataset.events.len(), 50);
    assert_eq!(dataset.title, "Imported from deals.csv");
    assert!(dataset.entities.iter().any(|e| e.name == "Harbor Ventures"));
    assert!(
        dataset.entities.iter().all(|e| !e.name.contains('(')),
        "notes are not names"
    );
}

#[test]
fn investors_split_on_semicolons_and_notes_go_to_the_summary() {
    let text = format!(
        "{HEADER}\n2025-03-01,\"Thrive Capital (lead); a16z\",OpenAI,6.6B,157B,closed,https://example.org/a\n"
    );
    let dataset = import(&text).unwrap();
    let event = &dataset.events[0];
    assert_eq!(event.from, ["thrive-capital", "a16z"]);
    assert_eq!(event.to.as_deref(), Some("openai"));
    assert_eq!(event.status, Status::Completed);
    assert!(
        event.summary.contains("Thrive Capital (lead)"),
        "{}",
        event.summary
    );
    assert_eq!(event.title, "Thrive Capital, a16z → OpenAI, $6.6B");
    assert_eq!(
        event.evidence[0].quote,
        "2025-03-01,\"Thrive Capital (lead); a16z\",OpenAI,6.6B,157B,closed,https://example.org/a"
    );
}

#[test]
fn blank_amounts_and_dates_are_allowed() {
    let text = format!("{HEADER}\n,Harbor Ventures,Northwind AI,,,in talks,\n");
    let dataset = import(&text).unwrap();
    let event = &dataset.events[0];
    assert_eq!(
        (event.date, event.amount, event.valuation),
        (None, None, None)
    );
    assert_eq!(event.status, Status::Talks);
    assert_eq!(
        dataset.as_of,
        today(),
        "no dated row: the dataset is dated today"
    );
    assert_eq!(dataset.sources[0].id, "file");
}

#[test]
fn names_match_across_rows_ignoring_case() {
    let text = format!(
        "{HEADER}\n2024,Harbor Ventures,Northwind AI,1M,,closed,\n2025,harbor ventures,NORTHWIND AI,2M,,closed,\n"
    );
    let dataset = import(&text).unwrap();
    assert_eq!(dataset.entities.len(), 2);
}

#[test]
fn unknown_columns_are_ignored_and_headers_match_loosely() {
    let text = "Date,Investor,Company,Amount USD,Valuation USD,Status,Source URL,Colour\n2025,A,B,1M,,closed,,red\n";
    assert_eq!(import(text).unwrap().events.len(), 1);
}

#[test]
fn a_malformed_file_reports_every_problem_with_line_column_value_and_reason() {
    let problems = import(include_str!("../../../tests/fixtures/deals-malformed.csv")).unwrap_err();
    let expected = [
        ("line 2, column date", "2025-13-45", "month 13"),
        ("line 3, column amount_usd", "lots", "not an amount"),
        ("line 4, column amount_usd", "-5000000", "negative"),
        ("line 5, column status", "maybe", "unknown status"),
        ("line 6, column company", "", "needs a company"),
    ];
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
    for ((location, value, reason), problem) in expected.iter().zip(&problems) {
        assert_eq!(problem.location, *location);
        assert_eq!(problem.value.as_deref(), Some(*value));
        assert!(problem.reason.contains(reason), "{problem}");
    }
}

#[test]
fn missing_required_columns_are_each_named() {
    let problems = import(include_str!(
        "../../../tests/fixtures/deals-missing-columns.csv"
    ))
    .unwrap_err();
    let missing: Vec<&str> = problems.iter().filter_map(|p| p.value.as_deref()).collect();
    assert_eq!(
        missing,
        ["date", "investor", "valuation_usd", "status", "source_url"]
    );
}

#[test]
fn hostile_and_empty_files_are_refused_without_panicking() {
    for text in [
        "",
        "\u{feff}",
        "\n\n",
        HEADER,
        "\"unterminated",
        "a,b\n\"x",
        "\u{0}\u{1}",
    ] {
        assert!(import(text).is_err(), "{text:?}");
    }
}

#[test]
fn hostile_cells_stay_text() {
    let text = format!(
        "{HEADER}\n2025,\"<img src=x onerror=alert(1)>\",\"\u{202e}evil\u{200b}\",1M,,closed,javascript:alert(1)\n"
    );
    let dataset = import(&text).unwrap();
    assert_eq!(dataset.entities[0].name, "<img src=x onerror=alert(1)>");
    assert_eq!(
        dataset.sources[0].url, None,
        "only http(s) addresses become links"
    );
    assert_eq!(dataset.sources[0].title, "javascript:alert(1)");
}

#[test]
fn ids_the_file_gives_win_over_ids_made_from_line_numbers() {
    // Exported after an import, then a row added above: line 3 gives "line-2", the id
    // line 2 would be given; line 6 repeats an id, so it gets one of its own.
    let text = format!(
        "id,{HEADER}\n,2025-01-01,A,B,1B,,closed,\nline-2,2025-01-02,C,D,2B,,closed,\nline-3,2025-01-03,E,F,3B,,closed,\n,2025-01-04,G,H,4B,,closed,\nline-2-2,2025-01-05,I,J,5B,,closed,\nline-3,2025-01-06,K,L,6B,,closed,\n"
    );
    let dataset = import(&text).expect("ids are made unique, not refused");
    let ids: Vec<&str> = dataset.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "line-2-3", "line-2", "line-3", "line-5", "line-2-2", "line-7"
        ]
    );
}

#[test]
fn a_file_of_one_long_family_chain_is_refused_quickly() {
    // Ten thousand rows, each making the last company the parent of a new one: far
    // deeper than any real group, refused at the row where it gets too deep.
    let mut text = format!("{HEADER},parents\n");
    for i in 1..10_000 {
        text.push_str(&format!(",,C{i},,,closed,,\"C{i} > C{}\"\n", i - 1));
    }
    let problems = import(&text).unwrap_err();
    assert!(!problems.is_empty());
    assert!(
        problems
            .iter()
            .all(|p| p.reason.contains("levels of parents")),
        "{:?}",
        &problems[..3.min(problems.len())]
    );
}

#[test]
fn the_kinds_column_says_what_each_name_is_and_bad_statements_are_refused_at_their_line() {
    use crate::core::dataset::EntityKind;
    let text = format!(
        "{HEADER},kinds\n2026-01,\"Sam Altman; ADIA\",OpenAI,1B,,talks,,\"Sam Altman: person; ADIA: sovereign fund\"\n2026-01,India,OpenAI,,,talks,,India: country\n"
    );
    let dataset = import(&text).expect("every statement is valid");
    let kind = |name: &str| named(&dataset, name).map(|e| e.kind);
    assert_eq!(kind("Sam Altman"), Some(EntityKind::Person));
    assert_eq!(kind("ADIA"), Some(EntityKind::SovereignFund));
    assert_eq!(kind("India"), Some(EntityKind::Country));
    assert_eq!(
        kind("OpenAI"),
        Some(EntityKind::Company),
        "unstated names keep their column's kind"
    );

    let bad = format!(
        "{HEADER},kinds\n2026-01,India,OpenAI,,,talks,,India: nation\n2026-01,India,OpenAI,,,talks,,India: country\n2026-01,India,OpenAI,,,talks,,India: person\n"
    );
    let problems = refused(&bad);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].contains("line 2, column kinds")
            && problems[0].contains("unknown entity kind 'nation'")
    );
    assert!(
        problems[1].contains("line 4, column kinds")
            && problems[1].contains("already stated to be a country")
    );
}

#[test]
fn the_entity_ids_column_keeps_ids_and_refuses_late_or_unreached_ones_at_their_line() {
    let text = format!(
        "{HEADER},entity_ids\n2026-01,United Arab Emirates,OpenAI,1B,,talks,,United Arab Emirates = uae\n2026-02,Microsoft,Microsoft Azure,,,talks,,Microsoft Azure = azure\n2026-03,United Arab Emirates,Azure,,,talks,,\n"
    );
    let dataset = import(&text).expect("every statement is valid");
    let id = |name: &str| named(&dataset, name).map(|e| e.id.as_str());
    assert_eq!(id("United Arab Emirates"), Some("uae"));
    assert_eq!(id("Microsoft Azure"), Some("azure"));
    // A name whose own id would be one given to another name takes the next one.
    assert_eq!(id("Azure"), Some("azure-2"));
    assert_eq!(id("OpenAI"), Some("openai"));
    assert_eq!(dataset.events[0].from, ["uae"]);

    let bad = format!(
        "{HEADER},entity_ids\n2026-01,Nvidia,OpenAI,,,talks,,\n2026-01,Nvidia,OpenAI,,,talks,,Nvidia = nv\n2026-01,Nvidia,OpenAI,,,talks,,Nvidiaa = nv2\n"
    );
    let problems = refused(&bad);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].contains("line 3, column entity_ids")
            && problems[0].contains("an earlier row made Nvidia with the id nvidia"),
        "{}",
        problems[0]
    );
    assert!(
        problems[1].contains("line 4, column entity_ids")
            && problems[1].contains("no row names Nvidiaa"),
        "{}",
        problems[1]
    );
}

#[test]
fn the_part_of_column_names_another_row_by_its_id_and_is_refused_at_its_line_otherwise() {
    // A share named before its round, which a later row gives.
    let text = format!(
        "id,part_of,{HEADER}\nshare,round,2026-01,Amazon,OpenAI,,,talks,\nround,,2026-01,,OpenAI,100B,,talks,\n"
    );
    let dataset = import(&text).expect("the round is a row of the file");
    let parts: Vec<Option<&str>> = dataset
        .events
        .iter()
        .map(|e| e.part_of.as_deref())
        .collect();
    assert_eq!(parts, [Some("round"), None]);
    // (the share's id and part_of cells, the problem at line 2)
    let cases = [
        ("share", "nowhere", "no row has this id"),
        ("share", "share", "a row cannot be part of itself"),
        (
            "share",
            "The Round",
            "the id of the row this one is part of",
        ),
        // A row without an id is given one from its line only at the end.
        ("", "line-3", "no row has this id"),
    ];
    for (id, whole, reason) in cases {
        let text = format!(
            "id,part_of,{HEADER}\n{id},{whole},2026-01,Amazon,OpenAI,,,talks,\n,,2026-01,,OpenAI,100B,,talks,\n"
        );
        let problems = import(&text).expect_err(whole);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].location, "line 2, column part_of", "{whole}");
        assert_eq!(problems[0].value.as_deref(), Some(whole));
        assert!(problems[0].reason.contains(reason), "{}", problems[0]);
    }
    // What needs every row (loops, recipients) is found once all are read, and still
    // named by line.
    let looped = format!(
        "id,part_of,{HEADER}\na,b,2026-01,Amazon,OpenAI,,,talks,\nb,a,2026-01,,OpenAI,100B,,talks,\n"
    );
    let at: Vec<String> = (import(&looped).expect_err("a loop"))
        .iter()
        .map(|p| format!("{}: {}", p.location, p.reason))
        .collect();
    assert_eq!(
        at,
        [
            "line 2, column part_of: parts form a loop",
            "line 3, column part_of: parts form a loop"
        ]
    );
    let elsewhere = format!(
        "id,part_of,{HEADER}\nshare,round,2026-01,Amazon,OpenAI,,,talks,\nround,,2026-01,,Anthropic,100B,,talks,\n"
    );
    let problems = import(&elsewhere).expect_err("another recipient");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].location, "line 2, column part_of");
    assert!(problems[0].reason.contains("anthropic"), "{}", problems[0]);
}
