//! SVG pieces the `view!` macro gets wrong.

use leptos::prelude::*;

/// An SVG `<title>`: the full text of a name, shown on hover, for names drawn cut short
/// or broken onto two lines. Written out because `view!` makes a `<title>` inside
/// `<text>` an HTML element, which the browser does not show on hover.
pub fn title(text: String) -> impl IntoView {
    leptos::tachys::svg::title().child(text)
}
