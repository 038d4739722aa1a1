//! The sources an imported CSV cites: one per distinct URL, or the file itself for rows
//! without one.
//!
//! A CSV row has a URL and perhaps a publisher, but no title or date for its source, so
//! a source is titled by its URL and dated by the latest row that cites it.

use std::collections::HashMap;

use crate::core::dataset::schema::Source;
use crate::core::date::PartialDate;

/// The id of the source standing for the file itself, cited by rows without a URL.
pub const FILE_SOURCE: &str = "file";

/// Sources cited so far, in order of first citation.
#[derive(Debug)]
pub struct SourceTable {
    /// The file's name, the title of the source standing for it.
    file_name: String,
    sources: Vec<PendingSource>,
    by_url: HashMap<String, usize>,
}

/// A source as rows cite it, dated once every row has been read.
#[derive(Debug)]
struct PendingSource {
    id: String,
    publisher: String,
    title: String,
    url: Option<String>,
    latest: Option<PartialDate>,
}

impl SourceTable {
    pub fn new(file_name: &str) -> Self {
        Self {
            file_name: file_name.to_string(),
            sources: Vec::new(),
            by_url: HashMap::new(),
        }
    }

    /// The id of the source a row cites by `url` (blank for the file itself), adding it
    /// on first citation. The first non-blank publisher names it, else the URL's host.
    /// Only http and https URLs become links; anything else stays as text in the title.
    pub fn cite(&mut self, url: &str, publisher: &str, date: Option<PartialDate>) -> String {
        let key = url.trim().to_string();
        let at = match self.by_url.get(&key) {
            Some(&at) => at,
            None => {
                let at = self.sources.len();
                let publisher = match publisher.trim() {
                    "" if key.is_empty() => "Imported file".to_string(),
                    "" => host_of(&key).unwrap_or("Unknown publisher").to_string(),
                    name => name.to_string(),
                };
                self.sources.push(if key.is_empty() {
                    PendingSource {
                        id: FILE_SOURCE.to_string(),
                        publisher,
                        title: self.file_name.clone(),
                        url: None,
                        latest: None,
                    }
                } else {
                    let safe = key.starts_with("https://") || key.starts_with("http://");
                    PendingSource {
                        id: format!("src-{}", at + 1),
                        publisher,
                        title: key.clone(),
                        url: safe.then(|| key.clone()),
                        latest: None,
                    }
                });
                self.by_url.insert(key, at);
                at
            }
        };
        let source = &mut self.sources[at];
        if let Some(date) = date
            && source
                .latest
                .is_none_or(|latest| date.last_day() > latest.last_day())
        {
            source.latest = Some(date);
        }
        source.id.clone()
    }

    /// The sources, each dated by the latest row citing it, or `as_of` when none of its
    /// rows is dated.
    pub fn into_sources(self, as_of: PartialDate) -> Vec<Source> {
        self.sources
            .into_iter()
            .map(|s| Source {
                id: s.id,
                publisher: s.publisher,
                title: s.title,
                published: s.latest.unwrap_or(as_of),
                published_note: Some(
                    "A CSV file does not date its sources: this is the latest date of the rows that cite it.".into(),
                ),
                author: None,
                url: s.url,
                file: None,
            })
            .collect()
    }
}

/// The host of an http(s)-style URL without a leading "www.", to name a publisher.
fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then_some(host.trim_start_matches("www."))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<PartialDate> {
        Some(text.parse().unwrap())
    }

    #[test]
    fn one_source_per_url_dated_by_its_latest_row() {
        let mut table = SourceTable::new("deals.csv");
        let a = table.cite("https://www.example.org/a", "", date("2025-03"));
        let b = table.cite(" https://www.example.org/a ", "Ignored", date("2025-05-02"));
        let file = table.cite("", "", None);
        let other = table.cite("ftp://files/x", "Wire", date("2024"));
        assert_eq!((a.as_str(), b.as_str()), ("src-1", "src-1"));
        assert_eq!(file, FILE_SOURCE);
        assert_eq!(other, "src-3");
        let as_of: PartialDate = "2026-01-30".parse().unwrap();
        let sources = table.into_sources(as_of);
        let summary: Vec<(&str, &str, Option<&str>, String)> = sources
            .iter()
            .map(|s| {
                (
                    s.publisher.as_str(),
                    s.title.as_str(),
                    s.url.as_deref(),
                    s.published.to_string(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (
                    "example.org",
                    "https://www.example.org/a",
                    Some("https://www.example.org/a"),
                    "2025-05-02".to_string()
                ),
                ("Imported file", "deals.csv", None, "2026-01-30".to_string()),
                ("Wire", "ftp://files/x", None, "2024".to_string()),
            ]
        );
    }

    #[test]
    fn hosts_come_from_urls_and_odd_urls_have_none() {
        let cases = [
            ("https://www.ft.com/content/1", Some("ft.com")),
            ("http://example.org?q=1", Some("example.org")),
            ("https:///path", None),
            ("not a url", None),
            ("", None),
        ];
        for (url, host) in cases {
            assert_eq!(host_of(url), host, "{url}");
        }
    }
}
