//! Thin helpers over pulldown-cmark: parse with byte offsets, refuse unsafe
//! input, and render a slice of events to HTML.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd, html};

use super::highlight;

pub(super) type Spanned<'a> = (Event<'a>, Range<usize>);

pub(super) fn parse(text: &str) -> Vec<Spanned<'_>> {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    Parser::new_ext(text, options).into_offset_iter().collect()
}

/// Maps byte offsets to 1-based line numbers.
pub(super) struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines { starts }
    }

    pub fn of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset)
    }
}

/// Raw HTML and links to anything but the web or the app itself. The bank's
/// HTML goes into the page as is, so this is the only gate in front of it.
pub(super) fn unsafe_content(events: &[Spanned<'_>], lines: &Lines) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (event, range) in events {
        let line = lines.of(range.start);
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => found.push((
                line,
                format!(
                    "raw HTML is not allowed (found `{}`); write markdown, or put it in `code`",
                    raw.trim()
                ),
            )),
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })
                if !is_allowed_url(dest_url) =>
            {
                found.push((
                    line,
                    format!(
                        "link `{dest_url}` is not allowed: use http, https, mailto or a relative link"
                    ),
                ));
            }
            _ => {}
        }
    }
    found
}

/// http, https, mailto, or relative (no scheme at all).
pub(crate) fn is_allowed_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    if ["http://", "https://", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return true;
    }
    // A scheme is letters, digits, `+`, `-` or `.` before the first `:` that
    // comes ahead of any `/`, `?` or `#`.
    match lower.find([':', '/', '?', '#']) {
        Some(i) => lower.as_bytes()[i] != b':',
        None => true,
    }
}

/// Renders block content, highlighting fenced code.
pub(super) fn render(events: &[Spanned<'_>]) -> String {
    let mut out = String::new();
    let mut pending = Vec::new();
    let mut code: Option<(String, String)> = None;
    for (event, _) in events {
        match (event, &mut code) {
            (Event::Start(Tag::CodeBlock(kind)), None) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => info.split_whitespace().next().unwrap_or(""),
                    CodeBlockKind::Indented => "",
                };
                code = Some((lang.to_string(), String::new()));
            }
            (Event::Text(text), Some((_, body))) => body.push_str(text),
            (Event::End(TagEnd::CodeBlock), Some((lang, body))) => {
                pending.push(Event::Html(CowStr::from(highlight::code_block(lang, body))));
                code = None;
            }
            (other, _) => pending.push(other.clone()),
        }
    }
    html::push_html(&mut out, pending.into_iter());
    out
}

/// One top-level item of a list section.
#[derive(Debug, Default)]
pub(super) struct Item {
    pub line: usize,
    /// Where the item is in the source, marker and all.
    pub source: std::ops::Range<usize>,
    /// Inline HTML of the item, without a wrapping paragraph.
    pub html: String,
    pub plain: String,
    /// `Some` for a task-list item: `- [x]` or `- [ ]`.
    pub checked: Option<bool>,
    pub link: Option<(String, String)>,
    link_open: bool,
}

/// Splits a section that must be a list into its items.
pub(super) fn list_items(
    events: &[Spanned<'_>],
    lines: &Lines,
) -> Result<Vec<Item>, (usize, String)> {
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut current: Option<(Item, Vec<Spanned<'_>>)> = None;
    for (event, range) in events {
        match event {
            Event::Start(Tag::List(_)) => depth += 1,
            Event::End(TagEnd::List(_)) => depth = depth.saturating_sub(1),
            _ => {}
        }
        match event {
            Event::Start(Tag::Item) if depth == 1 && current.is_none() => {
                let item = Item {
                    line: lines.of(range.start),
                    source: range.clone(),
                    ..Item::default()
                };
                current = Some((item, Vec::new()));
            }
            Event::End(TagEnd::Item) if depth == 1 => {
                if let Some((mut item, inner)) = current.take() {
                    item.html = render(&inner).trim().to_string();
                    items.push(item);
                }
            }
            _ => match &mut current {
                Some((item, inner)) => {
                    collect_into_item(item, event);
                    let is_paragraph = matches!(
                        event,
                        Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph)
                    );
                    // A loose list wraps each item in <p>; items are inline.
                    if !(matches!(event, Event::TaskListMarker(_)) || depth == 1 && is_paragraph) {
                        inner.push((event.clone(), range.clone()));
                    }
                }
                None if depth == 0 && !matches!(event, Event::End(TagEnd::List(_))) => {
                    return Err((lines.of(range.start), "expected a list (`- item`)".into()));
                }
                None => {}
            },
        }
    }
    Ok(items)
}

fn collect_into_item(item: &mut Item, event: &Event<'_>) {
    match event {
        Event::TaskListMarker(checked) => item.checked = Some(*checked),
        Event::Text(t) | Event::Code(t) => {
            item.plain.push_str(t);
            if let (Some((title, _)), true) = (&mut item.link, item.link_open) {
                title.push_str(t);
            }
        }
        Event::Start(Tag::Link { dest_url, .. }) if item.link.is_none() => {
            item.link = Some((String::new(), dest_url.to_string()));
            item.link_open = true;
        }
        Event::End(TagEnd::Link) => item.link_open = false,
        _ => {}
    }
}

/// The text of some events, without markup.
pub(super) fn plain_text(events: &[Spanned<'_>]) -> String {
    let mut out = String::new();
    for (event, _) in events {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    out
}
