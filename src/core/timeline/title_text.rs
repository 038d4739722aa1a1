//! The text of a title beside a mark: opened by its date where a wide band hides that
//! the day is unknown, and cut at a word to the room `titles` found for it.

use std::borrow::Cow;

use super::titles::{TITLE_CHAR_WIDTH, TITLE_MIN_CHARS};
use crate::core::date::{PartialDate, Precision};
use crate::core::format;

/// Small words a cut title does not end on before its ellipsis: "Amazon in talks to…"
/// promises a word that is not there; "Amazon in talks…" does not.
const DANGLING: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "could", "for", "from", "in", "into", "of", "on", "or",
    "the", "to", "up", "with",
];

/// Width of a band, in pixels, from which a mark's title opens with its date. Zoomed in
/// on a month, a mark dated only to that month sits at mid-month like a day's, and its
/// band fills the row like a lane's tint, so nothing else on the plot says that its day
/// is not known: nine of January's reports read as news of the 16th. A narrower band
/// still reads as one, and the legend says what it means.
pub const DATED_TITLE_BAND: f64 = 160.0;

/// The text of a mark's title: `title`, opened by its date ("Jan 2026 · Microsoft in
/// talks…") when the date is known only to the month or the year and its band is
/// `band_width` pixels wide, at least [`DATED_TITLE_BAND`].
pub fn title_text(title: &str, date: Option<PartialDate>, band_width: f64) -> Cow<'_, str> {
    match title_date(date, band_width) {
        Some(prefix) => Cow::Owned(format!("{prefix}{}", title.trim())),
        None => Cow::Borrowed(title),
    }
}

/// What [`title_text`] opens a title with ("Jan 2026 · "), if anything: for the
/// interface to set it apart from the title's words.
pub fn title_date(date: Option<PartialDate>, band_width: f64) -> Option<String> {
    let date = date.filter(|d| d.precision() != Precision::Day)?;
    (band_width >= DATED_TITLE_BAND).then(|| format!("{} · ", format::date(&date)))
}

/// [`fit_title`] of [`title_text`], unless the date would leave less than
/// [`TITLE_MIN_CHARS`] of the title itself ("Jan 2026 · Round…" names nothing): then
/// the title alone, as it fits.
pub fn fit_dated_title(
    title: &str,
    date: Option<PartialDate>,
    band_width: f64,
    width: f64,
    width_of: impl Fn(&str) -> f64,
) -> Option<String> {
    if let Some(prefix) = title_date(date, band_width)
        && let Some(fitted) = fit_title(&title_text(title, date, band_width), width, &width_of)
        && fitted.chars().count() >= prefix.chars().count() + TITLE_MIN_CHARS
    {
        return Some(fitted);
    }
    fit_title(title, width, width_of)
}

/// `title` as it fits in `width` pixels, given `width_of` a text's drawn width: whole
/// when it fits, else as many whole words as fit with "…" ([`format::cut`]: inside a
/// word only when the first word alone is too long), without a small word left
/// dangling before the ellipsis ([`DANGLING`]). `None` when fewer than
/// [`TITLE_MIN_CHARS`] would be left, the ellipsis included: "A deal…" names nothing.
///
/// Widths grow with the characters kept, so the longest cut that fits is found by
/// halving: a handful of measurements however long the title.
pub fn fit_title(title: &str, width: f64, width_of: impl Fn(&str) -> f64) -> Option<String> {
    let title = title.trim();
    if title.is_empty() || width.is_nan() || width <= 0.0 {
        return None;
    }
    // No character of 11 px type is narrower than 2 px, so no more than this many fit:
    // a hostile title of a million characters is never measured, nor cut, whole. One
    // character more is kept, for `cut` to see whether the last word ends there.
    let most_that_fit = (width / 2.0).ceil() as usize;
    let (title, whole) = match title.char_indices().nth(most_that_fit + 1) {
        Some((end, _)) => (&title[..end], false),
        None => (title, true),
    };
    if whole && width_of(title) <= width {
        return Some(title.to_string());
    }
    let count = title.chars().count();
    let (mut least, mut most) = (TITLE_MIN_CHARS, count.saturating_sub(1).min(most_that_fit));
    let mut best = None;
    while least <= most {
        let keep = (least + most) / 2;
        let shown = format::cut(title, keep);
        if width_of(&shown) <= width {
            best = Some(shown);
            least = keep + 1;
        } else {
            most = keep - 1;
        }
    }
    // Dropping words only shortens the text, so what fitted still fits.
    let mut kept = best?.trim_end_matches('…').to_string();
    while let Some((head, last)) = kept.rsplit_once(' ')
        && DANGLING.iter().any(|w| w.eq_ignore_ascii_case(last))
    {
        kept = format::trim_dangling(head).to_string();
    }
    kept.push('…');
    (kept.chars().count() >= TITLE_MIN_CHARS).then_some(kept)
}

/// A title's width as estimated from its length alone, for where it cannot be measured.
pub fn estimated_width(text: &str) -> f64 {
    text.chars().count() as f64 * TITLE_CHAR_WIDTH
}

#[cfg(test)]
#[path = "title_text_tests.rs"]
mod tests;
