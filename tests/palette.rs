//! The stylesheet's colours keep their promises: every kind of event stays tellable
//! from every other for readers with any common colour vision, in both themes; a kind
//! keeps its hue when the reader switches theme, and its date bands' edges tell it apart
//! where their pale tints cannot; and the selection stands apart from what it selects.
//!
//! The colours are read from assets/styles/app.css itself, so a palette edit that breaks
//! a promise fails here rather than in a reader's eyes.

mod colour_vision;

use std::collections::HashMap;

use colour_vision::{Rgb, Vision, ciede2000, contrast};

const STYLES: &str = include_str!("../assets/styles/app.css");

/// The event kinds, as their custom properties are named.
const KINDS: [&str; 9] = [
    "investment",
    "funding_round",
    "valuation",
    "partnership",
    "infrastructure",
    "acquisition",
    "corporate",
    "founding",
    "product",
];

/// The smallest CIEDE2000 difference allowed between two kinds' colours, for every
/// vision. Paul Tol's "muted" scheme, the light theme's, reaches 11.5 at its closest
/// pair (under a simulated tritan's vision); nine colours cannot do much better.
const MIN_KIND_DIFFERENCE: f64 = 11.0;

#[derive(Debug, Clone, Copy)]
enum Theme {
    Light,
    Dark,
}

/// The custom properties of a theme's `:root` block, with the colours parsed.
fn theme(theme: Theme) -> HashMap<&'static str, Rgb> {
    let block_start = match theme {
        Theme::Light => STYLES.find(":root {").expect("a :root block"),
        Theme::Dark => {
            let media = STYLES
                .find("@media (prefers-color-scheme: dark)")
                .expect("a dark theme");
            media + STYLES[media..].find(":root {").expect("a dark :root block")
        }
    };
    let block = &STYLES[block_start + ":root {".len()..];
    let block = without_comments(&block[..block.find('}').expect("a closed block")]);
    block
        .iter()
        .flat_map(|piece| piece.split(';'))
        .filter_map(|declaration| {
            let (name, value) = declaration.split_once(':')?;
            let name = name.trim().strip_prefix("--")?;
            Some((name, Rgb::parse(value.trim())?))
        })
        .collect()
}

/// `css` with its `/* … */` comments removed (comments may hold colons and semicolons).
fn without_comments(css: &'static str) -> Vec<&'static str> {
    let mut kept = Vec::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        kept.push(&rest[..start]);
        let end = rest[start..]
            .find("*/")
            .map_or(rest.len(), |e| start + e + 2);
        rest = &rest[end..];
    }
    kept.push(rest);
    kept
}

fn colour(theme: &HashMap<&str, Rgb>, name: &str) -> Rgb {
    *theme
        .get(name)
        .unwrap_or_else(|| panic!("--{name} is not a colour in this theme"))
}

/// The closest two kinds under `vision`, with their difference.
fn closest_kinds(theme: &HashMap<&str, Rgb>, vision: Vision) -> (f64, &'static str, &'static str) {
    let mut closest = (f64::INFINITY, "", "");
    for (i, one) in KINDS.iter().enumerate() {
        for two in &KINDS[i + 1..] {
            let difference = ciede2000(
                vision.sees(colour(theme, &format!("kind-{one}"))),
                vision.sees(colour(theme, &format!("kind-{two}"))),
            );
            if difference < closest.0 {
                closest = (difference, one, two);
            }
        }
    }
    closest
}

#[test]
fn both_themes_define_every_kind_colour() {
    for t in [Theme::Light, Theme::Dark] {
        let colours = theme(t);
        for kind in KINDS {
            colour(&colours, &format!("kind-{kind}"));
        }
        for name in ["paper", "surface-2", "accent", "node-fill", "node-person"] {
            colour(&colours, name);
        }
    }
}

#[test]
fn kinds_stay_apart_for_every_colour_vision_in_both_themes() {
    for t in [Theme::Light, Theme::Dark] {
        let colours = theme(t);
        for vision in Vision::ALL {
            let (difference, one, two) = closest_kinds(&colours, vision);
            assert!(
                difference >= MIN_KIND_DIFFERENCE,
                "{t:?} theme, {vision:?} vision: {one} and {two} differ by only {difference:.1}"
            );
        }
    }
}

#[test]
fn each_kind_keeps_its_hue_in_the_dark_theme() {
    // A reader who switches theme, or compares a light export with a dark screen,
    // finds investments in the same blue-violet and partnerships in the same green.
    let (light, dark) = (theme(Theme::Light), theme(Theme::Dark));
    for kind in KINDS {
        let name = format!("kind-{kind}");
        let (l, d) = (
            Vision::Typical.sees(colour(&light, &name)).hue(),
            Vision::Typical.sees(colour(&dark, &name)).hue(),
        );
        let turn = (d - l + 180.0).rem_euclid(360.0) - 180.0;
        assert!(
            turn.abs() <= 15.0,
            "{kind}: hue {l:.0}° in light, {d:.0}° in dark"
        );
    }
}

#[test]
fn dark_kind_colours_show_on_the_dark_grounds() {
    // Legend swatches are outlined by a dark inset line that vanishes on a dark ground,
    // so there the fill itself must meet the 3:1 of WCAG's non-text contrast.
    let dark = theme(Theme::Dark);
    for kind in KINDS {
        for ground in ["paper", "surface-2"] {
            let ratio = contrast(
                colour(&dark, &format!("kind-{kind}")),
                colour(&dark, ground),
            );
            assert!(ratio >= 3.0, "{kind} on --{ground}: {ratio:.2}:1");
        }
    }
}

#[test]
fn the_selection_accent_stands_apart_from_network_nodes() {
    // A selected node is drawn in its own fill with an accent outline; if the two are
    // close, the outline reads as a slightly larger node rather than a selection.
    for t in [Theme::Light, Theme::Dark] {
        let colours = theme(t);
        for vision in Vision::ALL {
            for node in ["node-fill", "node-person"] {
                let difference = ciede2000(
                    vision.sees(colour(&colours, "accent")),
                    vision.sees(colour(&colours, node)),
                );
                assert!(
                    difference >= 9.0,
                    "{t:?} theme, {vision:?} vision: accent and --{node} differ by {difference:.1}"
                );
            }
        }
        let nodes = contrast(colour(&colours, "node-fill"), colour(&colours, "paper"));
        assert!(nodes >= 3.0, "{t:?} theme: nodes on paper at {nodes:.2}:1");
    }
}

#[test]
fn keyboard_focus_stands_apart_from_the_selection_and_shows_on_every_ground() {
    // A focused mark beside a selected one must not read as a second selection, and the
    // ring must show on the page, the panels and the charts' lanes (WCAG 1.4.11: 3:1).
    for t in [Theme::Light, Theme::Dark] {
        let colours = theme(t);
        for vision in Vision::ALL {
            let difference = ciede2000(
                vision.sees(colour(&colours, "focus")),
                vision.sees(colour(&colours, "accent")),
            );
            assert!(
                difference >= 20.0,
                "{t:?} theme, {vision:?} vision: focus and accent differ by {difference:.1}"
            );
        }
        for ground in ["paper", "surface", "surface-2"] {
            let ratio = contrast(colour(&colours, "focus"), colour(&colours, ground));
            assert!(
                ratio >= 3.0,
                "{t:?} theme: focus on --{ground} at {ratio:.2}:1"
            );
        }
    }
}

const CHART_STYLES: &str = include_str!("../assets/styles/charts.css");

/// The value of `property` in the chart styles' `.band{…}` rule.
fn band_opacity(property: &str) -> f64 {
    let rule = CHART_STYLES
        .split(".band{")
        .nth(1)
        .and_then(|rest| rest.split('}').next())
        .expect("a .band rule in charts.css");
    rule.split(';')
        .find_map(|declaration| {
            let (name, value) = declaration.split_once(':')?;
            (name.trim() == property).then(|| value.trim().parse().ok())?
        })
        .unwrap_or_else(|| panic!("{property} in .band{{{rule}}}"))
}

/// `top` at `alpha` over `ground`, as the screen shows it.
fn over(top: Rgb, alpha: f64, ground: Rgb) -> Rgb {
    let mix = |t: u8, g: u8| (alpha * f64::from(t) + (1.0 - alpha) * f64::from(g)).round() as u8;
    Rgb(
        mix(top.0, ground.0),
        mix(top.1, ground.1),
        mix(top.2, ground.2),
    )
}

/// The smallest CIEDE2000 difference allowed between two kinds' band edges, for every
/// vision, in both themes and on both grounds. The tints alone differ by as little as 1.5
/// (founding and product, to a protan), well under what reads as two colours; the
/// edges' closest pair is 6.1 (valuation and product, to a tritan, in the light theme).
const MIN_BAND_EDGE_DIFFERENCE: f64 = 6.0;

#[test]
fn band_edges_tell_every_kind_apart_where_the_tints_cannot() {
    // A band's tint is pale so that a title over it keeps AA; its edge carries the kind,
    // so every kind's band must be edged in that kind's own colour.
    for kind in KINDS {
        let rule = format!(".band.kind-{kind}{{stroke:var(--kind-{kind})}}");
        assert!(CHART_STYLES.contains(&rule), "charts.css has no {rule}");
    }
    let edge = band_opacity("stroke-opacity");
    for t in [Theme::Light, Theme::Dark] {
        let colours = theme(t);
        let striped = over(
            colour(&colours, "surface-2"),
            0.7,
            colour(&colours, "paper"),
        );
        for ground in [colour(&colours, "paper"), striped] {
            for vision in Vision::ALL {
                for (i, one) in KINDS.iter().enumerate() {
                    for two in &KINDS[i + 1..] {
                        let seen = |kind: &str| {
                            vision.sees(over(
                                colour(&colours, &format!("kind-{kind}")),
                                edge,
                                ground,
                            ))
                        };
                        let difference = ciede2000(seen(one), seen(two));
                        assert!(
                            difference >= MIN_BAND_EDGE_DIFFERENCE,
                            "{t:?} theme, {vision:?} vision: {one} and {two} band edges differ by {difference:.1}"
                        );
                    }
                }
            }
        }
    }
}
