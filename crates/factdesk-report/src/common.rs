//! What every format shares: which claims to list and in what order, the
//! counts, the reviewers and dates taken from the data, URL checks and the
//! neutralizing of invisible control characters.

use std::borrow::Cow;
use std::cmp::Ordering;

use chrono::{DateTime, FixedOffset};
use factdesk_review::{Claim, ClaimStatus, ReviewFile, Verdict};

use crate::{ReportOptions, VerdictFilter, is_reported};

/// Claims to list, in article order: not dismissed, matching `--only`.
///
/// Orphaned claims (their text is gone from the current article) keep
/// their verdicts but have stale offsets, so they come last, in file order.
pub(crate) fn selected_claims<'a>(
    review: &'a ReviewFile,
    options: &ReportOptions,
) -> Vec<&'a Claim> {
    let mut claims: Vec<&Claim> = review
        .claims
        .iter()
        .filter(|claim| is_reported(claim))
        .filter(|claim| match &options.only {
            Some(filters) => filters.iter().any(|filter| filter.matches(claim)),
            None => true,
        })
        .collect();
    // A stable sort keeps file order for ties, so the output never depends
    // on anything but the file.
    claims.sort_by_key(|claim| {
        (
            claim.status == ClaimStatus::Orphaned,
            claim.start,
            claim.end,
        )
    });
    claims
}

/// Verdict counts over the whole review (dismissed claims left out).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    pub verified: usize,
    pub disputed: usize,
    pub unverified: usize,
    pub pending: usize,
    pub dismissed: usize,
    pub conflicts: usize,
}

impl Tally {
    /// Counts the claims of `review`.
    pub fn of(review: &ReviewFile) -> Tally {
        let mut tally = Tally::default();
        for claim in &review.claims {
            if !is_reported(claim) {
                tally.dismissed += 1;
                continue;
            }
            if claim.conflict {
                tally.conflicts += 1;
            }
            match claim.verdict_value() {
                Some(Verdict::Verified) => tally.verified += 1,
                Some(Verdict::Disputed) => tally.disputed += 1,
                Some(Verdict::Unverified) => tally.unverified += 1,
                None => tally.pending += 1,
            }
        }
        tally
    }

    /// Claims in the report (everything but dismissed ones).
    pub fn total(&self) -> usize {
        self.verified + self.disputed + self.unverified + self.pending
    }

    /// Claims with a verdict.
    pub fn reviewed(&self) -> usize {
        self.verified + self.disputed + self.unverified
    }

    /// Whole percent reviewed, rounded down so 100 means truly finished;
    /// 0 for an empty review.
    pub fn percent_reviewed(&self) -> usize {
        match self.total() {
            0 => 0,
            total => self.reviewed() * 100 / total,
        }
    }

    /// The count for one state.
    pub fn count(&self, state: VerdictFilter) -> usize {
        match state {
            VerdictFilter::Verified => self.verified,
            VerdictFilter::Disputed => self.disputed,
            VerdictFilter::Unverified => self.unverified,
            VerdictFilter::Pending => self.pending,
        }
    }
}

/// The four states in display order.
pub(crate) const STATES: [VerdictFilter; 4] = [
    VerdictFilter::Verified,
    VerdictFilter::Disputed,
    VerdictFilter::Unverified,
    VerdictFilter::Pending,
];

/// A state as a heading or label ("Verified", "Pending").
pub(crate) fn state_title(state: VerdictFilter) -> &'static str {
    match state {
        VerdictFilter::Verified => "Verified",
        VerdictFilter::Disputed => "Disputed",
        VerdictFilter::Unverified => "Unverified",
        VerdictFilter::Pending => "Pending",
    }
}

/// Orders instants by the moment they denote; equal moments by offset, so
/// the pick between equal times never depends on input order.
fn later(a: &DateTime<FixedOffset>, b: &DateTime<FixedOffset>) -> Ordering {
    a.cmp(b).then_with(|| {
        a.offset()
            .local_minus_utc()
            .cmp(&b.offset().local_minus_utc())
    })
}

/// The latest of some times, by instant.
fn latest<'a>(
    times: impl Iterator<Item = &'a DateTime<FixedOffset>>,
) -> Option<DateTime<FixedOffset>> {
    times.max_by(|a, b| later(a, b)).copied()
}

/// The latest verdict time in the review: the report's date.
pub(crate) fn latest_decision(review: &ReviewFile) -> Option<DateTime<FixedOffset>> {
    latest(
        review
            .claims
            .iter()
            .filter(|claim| is_reported(claim))
            .flat_map(|claim| {
                let merged = claim
                    .reviews
                    .iter()
                    .filter(|r| r.value.is_some())
                    .filter_map(|r| r.at.as_ref());
                claim
                    .verdict
                    .as_ref()
                    .map(|d| &d.at)
                    .into_iter()
                    .chain(merged)
            }),
    )
}

/// When a claim last changed: its latest history entry or verdict.
pub(crate) fn updated_at(claim: &Claim) -> Option<DateTime<FixedOffset>> {
    latest(
        claim
            .history
            .iter()
            .map(|entry| &entry.at)
            .chain(claim.verdict.as_ref().map(|d| &d.at)),
    )
}

/// Everyone who gave a verdict on a reported claim, sorted, without repeats.
pub(crate) fn reviewers(review: &ReviewFile) -> Vec<String> {
    let mut names: Vec<String> = review
        .claims
        .iter()
        .filter(|claim| is_reported(claim))
        .flat_map(|claim| {
            let merged = claim
                .reviews
                .iter()
                .filter(|r| r.value.is_some())
                .map(|r| &r.reviewer);
            claim
                .verdict
                .as_ref()
                .map(|d| &d.reviewer)
                .into_iter()
                .chain(merged)
        })
        .filter(|name| !name.trim().is_empty())
        .cloned()
        .collect();
    names.sort();
    names.dedup();
    names
}

/// A time as reports print it: minutes and the reviewer's own UTC offset.
pub(crate) fn display_time(at: &DateTime<FixedOffset>) -> String {
    at.format("%Y-%m-%d %H:%M %:z").to_string()
}

/// Where the review's relative dates ("kemarin", "last year") were read
/// from, for a report's header: "2025-10-21 (the publication day given)",
/// "2025-10-21 (Selasa (21/10/2025) in the article)". The article's
/// words are returned unneutralized: each format cleans them its own way.
pub(crate) fn dates_read_from(review: &ReviewFile) -> Option<(String, String)> {
    let reference = review.article.reference_date.as_ref()?;
    Some((
        reference.date.format("%Y-%m-%d").to_string(),
        reference.why(),
    ))
}

/// A time exactly as the review file stores it (RFC 3339).
pub(crate) fn rfc3339(at: &DateTime<FixedOffset>) -> String {
    at.to_rfc3339()
}

/// The URL to link to, when `reference` is a plain http(s) URL: no
/// whitespace or control characters anywhere (browsers silently drop tabs
/// and newlines, which could smuggle a `javascript:` scheme past a check),
/// and the scheme is http or https in any case.
pub(crate) fn http_url(reference: &str) -> Option<&str> {
    let url = reference.trim();
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || is_bidi_control(c))
    {
        return None;
    }
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let has_host = |rest: Option<&str>| rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'));
    if lower.starts_with("https://") {
        has_host(url.get(8..)).then_some(url)
    } else if lower.starts_with("http://") {
        has_host(url.get(7..)).then_some(url)
    } else {
        None
    }
}

/// Unicode controls that reorder displayed text ("Trojan Source" tricks):
/// a note could otherwise show one thing and say another.
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Replaces invisible or dangerous characters in untrusted text with a
/// visible `<U+XXXX>` mark: C0 controls (except newline and tab, and those
/// too when `single_line`), DEL, C1 controls and bidirectional controls.
/// Line and paragraph separators become spaces or newlines.
pub(crate) fn neutralize(text: &str, single_line: bool) -> Cow<'_, str> {
    let needs_work = text
        .chars()
        .any(|c| c.is_control() || is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}'));
    if !needs_work {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => {
                out.push(if single_line { ' ' } else { '\n' })
            }
            '\t' => out.push(if single_line { ' ' } else { '\t' }),
            c if c.is_control() || is_bidi_control(c) => {
                out.push_str(&format!("<U+{:04X}>", u32::from(c)))
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A source as one line in a format's own markup: the reference (a link
/// when `link_or_text` makes one), the archived copy, the description.
pub(crate) fn source_text(
    source: &factdesk_review::Source,
    link_or_text: impl Fn(&str) -> String,
    text: impl Fn(&str) -> String,
) -> String {
    let mut line = link_or_text(&source.reference);
    if let Some(archived) = source.archived.as_deref().filter(|a| !a.trim().is_empty()) {
        line.push_str(" (archived: ");
        line.push_str(&link_or_text(archived));
        line.push(')');
    }
    if let Some(description) = source
        .description
        .as_deref()
        .filter(|d| !d.trim().is_empty())
    {
        line.push_str(" — ");
        line.push_str(&text(description.trim()));
    }
    line
}

/// The speaker as one line: "John Kerry (Menteri Luar Negeri AS)"; a
/// source that is no person says what it is: "Ernst & Young (accountancy
/// firm; organisation)", "NIESR report (document)".
pub(crate) fn speaker_line(claim: &Claim) -> Option<String> {
    let speaker = claim.speaker.as_ref()?;
    let name = speaker.name.trim();
    if name.is_empty() {
        return None;
    }
    let role = speaker
        .role
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    let kind = (!speaker.kind.is_person()).then(|| speaker.kind.as_str());
    Some(match (role, kind) {
        (Some(role), Some(kind)) => format!("{name} ({role}; {kind})"),
        (Some(role), None) => format!("{name} ({role})"),
        (None, Some(kind)) => format!("{name} ({kind})"),
        (None, None) => name.to_owned(),
    })
}

/// At most `max` characters of `text`, ending in "..." when cut.
pub(crate) fn truncate_chars(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => Cow::Borrowed(text),
        Some((cut, _)) => {
            let kept = text.get(..cut).unwrap_or(text).trim_end();
            Cow::Owned(format!("{kept}..."))
        }
    }
}

/// The claim's verdict state label in lower case, as data formats write it.
pub(crate) fn state_name(claim: &Claim) -> &'static str {
    VerdictFilter::of(claim.verdict_value()).name()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_speaker_line_says_when_the_source_is_no_person() {
        use factdesk_review::{Anchor, ExtractedClaim, SourceKind, Speaker};
        let with = |role: Option<&str>, kind: SourceKind| {
            let claim = Claim::from_extracted(ExtractedClaim {
                id: "c-1".to_owned(),
                text: "x".to_owned(),
                start: 0,
                end: 1,
                kinds: Vec::new(),
                score: 0.5,
                signals: Vec::new(),
                anchor: Anchor {
                    exact: "x".to_owned(),
                    prefix: String::new(),
                    suffix: String::new(),
                },
                quantities: Vec::new(),
                speaker: Some(Speaker {
                    name: "Ernst & Young".to_owned(),
                    role: role.map(str::to_owned),
                    start: 0,
                    end: 1,
                    cue: "said".to_owned(),
                    via: None,
                    kind,
                }),
            });
            speaker_line(&claim).unwrap_or_default()
        };
        assert_eq!(
            with(Some("accountancy firm"), SourceKind::Organisation),
            "Ernst & Young (accountancy firm; organisation)"
        );
        assert_eq!(with(None, SourceKind::Document), "Ernst & Young (document)");
        assert_eq!(
            with(Some("partner"), SourceKind::Person),
            "Ernst & Young (partner)"
        );
        assert_eq!(with(None, SourceKind::Person), "Ernst & Young");
    }

    #[test]
    fn only_plain_http_urls_are_links() {
        assert_eq!(
            http_url(" https://example.org/a?b=1 "),
            Some("https://example.org/a?b=1")
        );
        assert_eq!(http_url("HTTP://Example.org"), Some("HTTP://Example.org"));
        assert_eq!(http_url("javascript:alert(1)"), None);
        assert_eq!(http_url("java\tscript:alert(1)"), None);
        assert_eq!(http_url("https://exa mple.org"), None);
        assert_eq!(http_url("https://"), None);
        assert_eq!(http_url("https:///etc/passwd"), None);
        assert_eq!(http_url("data:text/html,<script>"), None);
        assert_eq!(http_url("BPS, Statistik Indonesia 2024"), None);
        assert_eq!(http_url("htt"), None);
    }

    #[test]
    fn controls_become_visible_marks() {
        assert_eq!(neutralize("plain", true), "plain");
        assert_eq!(neutralize("a\u{1b}[31mb", true), "a<U+001B>[31mb");
        assert_eq!(
            neutralize("x\u{202E}y\u{9B}z\u{7F}", true),
            "x<U+202E>y<U+009B>z<U+007F>"
        );
        assert_eq!(neutralize("one\r\ntwo\rthree", false), "one\ntwo\nthree");
        assert_eq!(neutralize("one\ntwo\tthree", true), "one two three");
    }

    #[test]
    fn truncation_counts_characters_not_bytes() {
        assert_eq!(truncate_chars("ééééé", 5), "ééééé");
        assert_eq!(truncate_chars("éé ééé", 3), "éé...");
    }
}
