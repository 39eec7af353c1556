//! Plain text from the bank's compiled HTML, for search, list titles and
//! the compiler's checks. The HTML comes from our own compiler, so tags and
//! the few entities it writes are all there is.

/// The text as one line, whitespace runs folded: for titles in lists.
pub fn one_line(html: &str) -> String {
    visible_text(html)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Drops tags and decodes the entities pulldown-cmark and the highlighter
/// emit.
pub fn visible_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        let mut step = c.len_utf8();
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if in_tag => {}
            '&' => {
                let (decoded, len) = decode_entity(rest);
                out.push(decoded);
                step = len;
            }
            _ => out.push(c),
        }
        rest = &rest[step..];
    }
    out
}

fn decode_entity(at: &str) -> (char, usize) {
    for (entity, ch) in [
        ("&amp;", '&'),
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&quot;", '"'),
        ("&#39;", '\''),
    ] {
        if at.starts_with(entity) {
            return (ch, entity.len());
        }
    }
    ('&', 1)
}

#[cfg(test)]
mod tests {
    use super::{one_line, visible_text};

    #[test]
    fn tags_go_and_entities_are_decoded() {
        assert_eq!(
            visible_text("<p>Redis 的 <code>ZSet</code> &amp; a&lt;b</p>"),
            "Redis 的 ZSet & a<b"
        );
    }

    #[test]
    fn one_line_folds_whitespace_and_keeps_case() {
        assert_eq!(
            one_line("<p>What is\n  <code>GIL</code>?</p>\n<pre>x</pre>"),
            "What is GIL? x"
        );
    }

    #[test]
    fn a_lone_ampersand_stays() {
        assert_eq!(visible_text("a & b"), "a & b");
    }
}
