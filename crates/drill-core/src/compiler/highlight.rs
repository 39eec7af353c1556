//! A small build-time highlighter for the languages the bank uses. It marks
//! comments, strings, numbers and keywords only: enough to read code on a
//! phone, for a few bytes of `<span>`s instead of a highlighter library.

const PYTHON: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", "self", "cls",
];

const SQL: &[&str] = &[
    "select",
    "from",
    "where",
    "and",
    "or",
    "not",
    "in",
    "is",
    "null",
    "like",
    "between",
    "group",
    "by",
    "order",
    "having",
    "limit",
    "offset",
    "insert",
    "into",
    "values",
    "update",
    "set",
    "delete",
    "create",
    "table",
    "index",
    "view",
    "procedure",
    "begin",
    "end",
    "commit",
    "rollback",
    "start",
    "transaction",
    "join",
    "left",
    "right",
    "inner",
    "on",
    "as",
    "distinct",
    "union",
    "all",
    "desc",
    "asc",
    "primary",
    "key",
    "unique",
    "alter",
    "add",
    "drop",
    "exists",
    "for",
    "declare",
    "cursor",
    "open",
    "fetch",
    "close",
    "call",
    "count",
    "sum",
    "max",
    "min",
    "avg",
    "case",
    "when",
    "then",
    "else",
    "default",
    "engine",
    "isolation",
    "level",
    "read",
    "committed",
    "uncommitted",
    "repeatable",
    "serializable",
    "session",
    "lock",
    "share",
    "mode",
    "explain",
    "with",
    "over",
    "dense_rank",
    "rank",
    "row_number",
];

const SHELL: &[&str] = &[
    "if", "then", "else", "elif", "fi", "for", "in", "do", "done", "while", "case", "esac",
    "function", "return", "export", "local", "sudo",
];

struct Lang {
    keywords: &'static [&'static str],
    case_insensitive: bool,
    line_comments: &'static [&'static str],
    triple_quotes: bool,
}

fn lang(name: &str) -> Option<Lang> {
    let lang = match name {
        "python" | "py" | "python3" | "pycon" => Lang {
            keywords: PYTHON,
            case_insensitive: false,
            line_comments: &["#"],
            triple_quotes: true,
        },
        "sql" | "mysql" => Lang {
            keywords: SQL,
            case_insensitive: true,
            line_comments: &["--", "#"],
            triple_quotes: false,
        },
        "bash" | "sh" | "shell" | "console" | "dockerfile" => Lang {
            keywords: SHELL,
            case_insensitive: false,
            line_comments: &["#"],
            triple_quotes: false,
        },
        _ => return None,
    };
    Some(lang)
}

/// A whole `<pre><code>` element for a fenced block. The `<pre>` can take
/// focus, so keyboard users can scroll a long line sideways.
pub(super) fn code_block(lang_name: &str, code: &str) -> String {
    let mut out = String::with_capacity(code.len() + 64);
    out.push_str("<pre tabindex=\"0\"><code");
    if !lang_name.is_empty() {
        out.push_str(" class=\"language-");
        escape_into(&mut out, lang_name);
        out.push('"');
    }
    out.push('>');
    match lang(lang_name) {
        Some(lang) => highlight_into(&mut out, code, &lang),
        None => escape_into(&mut out, code),
    }
    out.push_str("</code></pre>\n");
    out
}

fn highlight_into(out: &mut String, code: &str, lang: &Lang) {
    let mut rest = code;
    while let Some(c) = rest.chars().next() {
        let taken = if let Some(len) = comment_len(rest, lang) {
            span(out, "c", &rest[..len]);
            len
        } else if c == '"' || c == '\'' {
            let len = string_len(rest, c, lang.triple_quotes);
            span(out, "s", &rest[..len]);
            len
        } else if c.is_ascii_digit() {
            let len = rest
                .find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '.' || ch == '_'))
                .unwrap_or(rest.len());
            span(out, "n", &rest[..len]);
            len
        } else if c.is_alphabetic() || c == '_' {
            let len = rest
                .find(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
                .unwrap_or(rest.len());
            let word = &rest[..len];
            if is_keyword(word, lang) {
                span(out, "k", word);
            } else {
                escape_into(out, word);
            }
            len
        } else {
            escape_into(out, &rest[..c.len_utf8()]);
            c.len_utf8()
        };
        rest = &rest[taken..];
    }
}

fn comment_len(rest: &str, lang: &Lang) -> Option<usize> {
    lang.line_comments
        .iter()
        .any(|start| rest.starts_with(start))
        .then(|| rest.find('\n').unwrap_or(rest.len()))
}

/// Length of the string literal at the start of `rest`; an unclosed one runs
/// to the end of its line so one stray quote cannot colour a whole block.
fn string_len(rest: &str, quote: char, triple_quotes: bool) -> usize {
    let triple: String = std::iter::repeat_n(quote, 3).collect();
    if triple_quotes && rest.starts_with(&triple) {
        return rest[3..].find(&triple).map_or(rest.len(), |i| i + 6);
    }
    let mut escaped = false;
    for (i, ch) in rest.char_indices().skip(1) {
        match ch {
            '\n' => return i,
            '\\' if !escaped => escaped = true,
            _ if ch == quote && !escaped => return i + 1,
            _ => escaped = false,
        }
    }
    rest.len()
}

fn is_keyword(word: &str, lang: &Lang) -> bool {
    if lang.case_insensitive {
        lang.keywords.iter().any(|k| k.eq_ignore_ascii_case(word))
    } else {
        lang.keywords.contains(&word)
    }
}

fn span(out: &mut String, class: &str, text: &str) {
    out.push_str("<span class=\"");
    out.push_str(class);
    out.push_str("\">");
    escape_into(out, text);
    out.push_str("</span>");
}

fn escape_into(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(ch),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::code_block;

    #[test]
    fn python_keywords_strings_and_comments_are_marked() {
        let html = code_block("python", "def f(x):  # note\n    return 'a<b'\n");
        assert!(html.starts_with("<pre tabindex=\"0\"><code class=\"language-python\">"));
        assert!(html.contains("<span class=\"k\">def</span>"));
        assert!(html.contains("<span class=\"c\"># note</span>"));
        assert!(html.contains("<span class=\"s\">'a&lt;b'</span>"));
    }

    #[test]
    fn sql_keywords_match_in_any_case() {
        let html = code_block("sql", "select name FROM t -- why\n");
        assert!(html.contains("<span class=\"k\">select</span>"));
        assert!(html.contains("<span class=\"k\">FROM</span>"));
        assert!(html.contains("<span class=\"c\">-- why</span>"));
    }

    #[test]
    fn unknown_languages_are_only_escaped() {
        assert_eq!(
            code_block("text", "<b> & if"),
            "<pre tabindex=\"0\"><code class=\"language-text\">&lt;b&gt; &amp; if</code></pre>\n"
        );
    }

    #[test]
    fn an_unclosed_quote_stops_at_the_end_of_its_line() {
        let html = code_block("python", "x = 'open\ny = 1\n");
        assert!(html.contains("<span class=\"s\">'open</span>"));
        assert!(html.contains("<span class=\"n\">1</span>"));
    }
}
