//! Words a user must never read: the bank speaks as an interviewer, never of
//! the notes it was written from or how it was made. Checked on the source
//! lines the app shows (everything but a question's `- key: value` lines
//! and its `判分词`, which stay inside the build).

/// Words that point at notes the user never saw. `种子` alone is also a
/// random seed (`随机种子`), so that phrase stays allowed.
const NEVER: [&str; 12] = [
    "种子",
    "原笔记",
    "原始笔记",
    "源笔记",
    "笔记链接",
    "原链接",
    "原答案",
    "seed note",
    "source note",
    "original note",
    "seed.md",
    "seed-original",
];

const ALLOWED: [&str; 2] = ["随机种子", "种子值"];

/// The first word of `NEVER` in `line`, ignoring case, if any.
pub(super) fn leak(line: &str) -> Option<&'static str> {
    let mut lower = line.to_lowercase();
    for allowed in ALLOWED {
        lower = lower.replace(allowed, " ");
    }
    NEVER.into_iter().find(|word| lower.contains(word))
}

/// The message for a line that holds `word`.
pub(super) fn message(word: &str) -> String {
    format!(
        "`{word}` points at notes the reader never saw or at how the bank was made: say it as an interviewer would (\"有的面经把它概括成……，这只说对了一半\")"
    )
}

/// `(line, word)` for every shown line of a topic file holding a word of
/// `NEVER`. Lines count from 1.
pub(super) fn leaks_in_topic(text: &str) -> Vec<(usize, &'static str)> {
    #[derive(PartialEq)]
    enum At {
        Shown,
        Meta,
        Terms,
    }
    let mut at = At::Shown;
    let mut fence: Option<&str> = None;
    let mut found = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if let Some(open) = fence {
            if trimmed.starts_with(open) {
                fence = None;
            }
        } else if let Some(open) = ["```", "~~~"].into_iter().find(|f| trimmed.starts_with(f)) {
            fence = Some(open);
        } else if line.starts_with("## ") {
            at = At::Meta;
            continue;
        } else if let Some(name) = line.strip_prefix("### ") {
            at = if name.trim() == "判分词" {
                At::Terms
            } else {
                At::Shown
            };
        } else if at == At::Meta && !line.starts_with("- ") && !line.trim().is_empty() {
            at = At::Shown;
        }
        if at == At::Shown
            && let Some(word) = leak(line)
        {
            found.push((i + 1, word));
        }
    }
    found
}

/// The same for a tip file, whose `- seed:` lines stay inside the build.
pub(super) fn leaks_in_tip(text: &str) -> Vec<(usize, &'static str)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.starts_with("- seed:"))
        .filter_map(|(i, line)| leak(line).map(|word| (i + 1, word)))
        .collect()
}

/// Whether `text` names the option `letter` on its own (`选 B`, `A 错`,
/// `A、C`), not inside a word or an identifier (`ACID`, `Bob` do not
/// count).
pub(super) fn names_letter(text: &str, letter: char) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let part_of_word = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_');
    chars.iter().enumerate().any(|(i, c)| {
        *c == letter
            && !part_of_word(i.checked_sub(1).and_then(|p| chars.get(p)))
            && !part_of_word(chars.get(i + 1))
    })
}
