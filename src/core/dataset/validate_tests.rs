use super::*;
use crate::core::dataset::schema::{Entity, EntityKind};

#[test]
fn slugs_are_lowercase_words() {
    for good in ["openai", "project-rainier", "e.2026_01", "3m"] {
        assert!(is_slug(good), "{good}");
    }
    for bad in ["", "OpenAI", "-x", "a b", "é", "<script>", &"a".repeat(121)] {
        assert!(!is_slug(bad), "{bad}");
    }
}

#[test]
fn parent_loops_are_found() {
    let entity = |id: &str, parent: &str| Entity {
        id: id.into(),
        name: id.into(),
        kind: EntityKind::Company,
        aliases: vec![],
        parent: Some(parent.into()),
    };
    let dataset = Dataset {
        schema: SCHEMA_ID.into(),
        title: "t".into(),
        as_of: "2026".parse().unwrap(),
        sources: vec![],
        entities: vec![entity("a", "b"), entity("b", "a")],
        events: vec![],
    };
    let problems = validate(&dataset);
    assert_eq!(
        problems
            .iter()
            .filter(|p| p.reason.contains("loop"))
            .count(),
        2,
        "{problems:?}"
    );
}

/// A dataset of one chain: entity `e0` is the parent of `e1`, `e1` of `e2`, and so on.
fn chain(length: usize) -> Dataset {
    let entities = (0..length)
        .map(|i| Entity {
            id: format!("e{i}"),
            name: format!("E{i}"),
            kind: EntityKind::Company,
            aliases: vec![],
            parent: i.checked_sub(1).map(|p| format!("e{p}")),
        })
        .collect();
    Dataset {
        schema: SCHEMA_ID.into(),
        title: "t".into(),
        as_of: "2026".parse().unwrap(),
        sources: vec![],
        entities,
        events: vec![],
    }
}

#[test]
fn families_deeper_than_the_limit_are_refused_at_each_entity_too_deep() {
    // The last entity of a chain of MAX + 1 has MAX parents above it.
    assert_eq!(validate(&chain(MAX_PARENT_DEPTH + 1)), []);
    let problems = validate(&chain(MAX_PARENT_DEPTH + 2));
    let locations: Vec<&str> = problems.iter().map(|p| p.location.as_str()).collect();
    assert_eq!(
        locations,
        [format!("entities[{}].parent", MAX_PARENT_DEPTH + 1)]
    );
    assert!(
        problems[0].reason.contains("levels of parents"),
        "{problems:?}"
    );
}

#[test]
fn a_chain_of_ten_thousand_entities_is_refused_quickly() {
    // Each entity is climbed at most MAX_PARENT_DEPTH steps: without the bound this
    // takes fifty million steps.
    let problems = validate(&chain(10_000));
    assert_eq!(problems.len(), 10_000 - MAX_PARENT_DEPTH - 1);
}

#[test]
fn an_entity_below_a_loop_is_refused_without_hanging() {
    let mut dataset = chain(3);
    // e0 and e1 now form a loop; e2 hangs below it.
    dataset.entities[0].parent = Some("e1".into());
    let problems = validate(&dataset);
    let reasons: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.location.as_str(), p.reason.as_str()))
        .collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert!(reasons[..2].iter().all(|(_, r)| r.contains("loop")));
    assert_eq!(
        reasons[2],
        ("entities[2].parent", "its parents lead into a loop")
    );
}

#[test]
fn a_part_names_a_whole_that_exists_goes_to_its_recipient_and_does_not_loop() {
    use crate::core::testkit::{EventExt, atlas, event};
    let part = |id: &str, whole: &str| event(id, None).from(&["a"]).to("x").part_of(whole);
    let round = |id: &str| event(id, None).to("x");
    let chain: Vec<_> = (0..=MAX_PARENT_DEPTH + 1)
        .map(|i| part(&format!("e{i}"), &format!("e{}", i + 1)))
        .chain([round(&format!("e{}", MAX_PARENT_DEPTH + 2))])
        .collect();
    // (what the case is, the events, the problems at `part_of`)
    type Case = (&'static str, Vec<Event>, Vec<(&'static str, &'static str)>);
    let cases: Vec<Case> = vec![
        (
            "a part of a round",
            vec![round("r"), part("p", "r")],
            vec![],
        ),
        (
            "a partnership's part of a round: no recipient to differ",
            vec![
                round("r"),
                event("p", None).parties(&["a", "x"]).part_of("r"),
            ],
            vec![],
        ),
        (
            "a part of a part",
            vec![round("r"), part("q", "r"), part("p", "q")],
            vec![],
        ),
        (
            "no such event",
            vec![part("p", "nowhere")],
            vec![("events[0].part_of", "no event has this id")],
        ),
        (
            "itself",
            vec![part("p", "p")],
            vec![("events[0].part_of", "an event cannot be part of itself")],
        ),
        (
            "a loop",
            vec![part("p", "q"), part("q", "p")],
            vec![
                ("events[0].part_of", "parts form a loop"),
                ("events[1].part_of", "parts form a loop"),
            ],
        ),
        (
            "below a loop",
            vec![part("p", "q"), part("q", "r"), part("r", "q")],
            vec![
                (
                    "events[0].part_of",
                    "the events it is part of lead into a loop",
                ),
                ("events[1].part_of", "parts form a loop"),
                ("events[2].part_of", "parts form a loop"),
            ],
        ),
        (
            "another recipient",
            vec![event("r", None).to("y"), part("p", "r")],
            vec![(
                "events[1].part_of",
                "a part goes to the recipient of the event it is part of, y",
            )],
        ),
        (
            "another recipient above a whole that names none",
            vec![
                event("r", None).to("y"),
                event("q", None).parties(&["a", "y"]).part_of("r"),
                part("p", "q"),
            ],
            vec![(
                "events[2].part_of",
                "a part goes to the recipient of the event it is part of, y",
            )],
        ),
        (
            "no recipient of its own under a whole that names one",
            vec![round("r"), event("p", None).parties(&["a"]).part_of("r")],
            vec![],
        ),
    ];
    for (name, events, expected) in cases {
        let problems = validate(&atlas(events).dataset);
        let found: Vec<(&str, &str)> = problems
            .iter()
            .filter(|p| p.location.ends_with(".part_of"))
            .map(|p| (p.location.as_str(), p.reason.as_str()))
            .collect();
        assert_eq!(found, expected, "{name}");
    }
    // Too deep: the first two of the chain have more wholes above them than the limit.
    let problems = validate(&atlas(chain).dataset);
    let deep: Vec<&str> = problems
        .iter()
        .filter(|p| p.location.ends_with(".part_of"))
        .map(|p| p.location.as_str())
        .collect();
    assert_eq!(deep, ["events[0].part_of", "events[1].part_of"]);
}

#[test]
fn a_part_of_an_event_that_failed_to_parse_is_not_also_reported_as_dangling() {
    use crate::core::dataset::load_json;
    let mut file: serde_json::Value =
        serde_json::from_str(include_str!("../../../tests/fixtures/small.json")).unwrap();
    let events = file["events"].as_array_mut().unwrap();
    let mut whole = events[0].clone();
    whole["id"] = "broken-round".into();
    whole["kind"] = "no-such-kind".into();
    let mut part = events[0].clone();
    part["id"] = "share".into();
    part["part_of"] = "broken-round".into();
    events.extend([whole, part]);
    let broken = format!("events[{}]", events.len() - 2);
    let problems = load_json(&file.to_string()).expect_err("the broken round is refused");
    let at: Vec<&str> = problems.iter().map(|p| p.location.as_str()).collect();
    assert!(at.iter().any(|l| l.starts_with(&broken)), "{problems:#?}");
    assert!(!at.iter().any(|l| l.ends_with(".part_of")), "{problems:#?}");
}
