//! An answer as the matcher reads it: one form for what a candidate may
//! say or type in several. Every character of the result remembers where
//! it came from in the original, so matches can be shown in place.
//!
//! In order: full-width forms become ASCII, ASCII is lowercased, speech
//! fillers (嗯, 然后, 就是说, 对吧…) and everything that is not a letter,
//! digit or Chinese character are dropped, Chinese numerals become digits
//! (五百一十二 → 512, 三点一四 → 3.14), and spoken or Chinese names of
//! technical terms become their usual spelling (瑞迪斯 → redis, 协程 and
//! coroutine alike → 协程).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::aliases::ALIASES;

/// Words that carry nothing in a spoken answer. Longer first, so 就是说 is
/// dropped whole rather than leaving 说.
const FILLERS: &[&str] = &[
    "就是说",
    "然后呢",
    "怎么说",
    "然后",
    "就是",
    "对吧",
    "的话",
    "那么",
    "这个",
    "那个",
    "其实",
    "嗯",
    "呃",
    "啊",
    "哦",
    "呢",
    "吧",
    "嘛",
];

/// Fillers as chars, longest first as listed.
static FILLER_CHARS: LazyLock<Vec<Vec<char>>> =
    LazyLock::new(|| FILLERS.iter().map(|f| f.chars().collect()).collect());

/// Alias variants by their first char, in table order, each with its form.
/// A variant's chars and the form it stands for.
type Alias = (Vec<char>, &'static str);

static ALIAS_INDEX: LazyLock<HashMap<char, Vec<Alias>>> = LazyLock::new(|| {
    let mut index: HashMap<char, Vec<Alias>> = HashMap::new();
    for (canonical, variants) in ALIASES {
        for variant in variants.iter() {
            let chars: Vec<char> = variant.chars().collect();
            index.entry(chars[0]).or_default().push((chars, canonical));
        }
    }
    index
});

/// Normalized text and, for each of its characters, the span of original
/// characters it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Normalized {
    pub text: Vec<char>,
    pub from: Vec<(usize, usize)>,
}

impl Normalized {
    pub fn as_string(&self) -> String {
        self.text.iter().collect()
    }

    fn push(&mut self, c: char, from: (usize, usize)) {
        self.text.push(c);
        self.from.push(from);
    }

    /// Finds `needle` (already normalized) from `start`, where an ASCII
    /// needle must not continue a longer ASCII word on either side: `set`
    /// is not found in `reset`, nor `prefetch` in `prefetch_related`.
    pub fn find(&self, needle: &[char], start: usize) -> Option<usize> {
        if needle.is_empty() || needle.len() > self.text.len() {
            return None;
        }
        (start..=self.text.len() - needle.len()).find(|&at| {
            self.text[at..at + needle.len()] == *needle
                && !(word(needle[0]) && at > 0 && word(self.text[at - 1]))
                && !(word(needle[needle.len() - 1])
                    && at + needle.len() < self.text.len()
                    && word(self.text[at + needle.len()]))
        })
    }
}

/// A char of an English word or identifier: `max_workers` is one word.
fn word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Normalizes `input`. Offsets are in chars of `input`.
pub fn normalize(input: &str) -> Normalized {
    let chars: Vec<char> = input.chars().collect();
    // 1. Width, case; drop what is neither letter, digit nor Chinese.
    let mut out = Normalized::default();
    for (i, &c) in chars.iter().enumerate() {
        let c = fold_width(c).to_ascii_lowercase();
        if c.is_ascii_alphanumeric() || is_cjk(c) || matches!(c, '.' | '+' | '#' | '_' | '%') {
            out.push(c, (i, i + 1));
        } else if !c.is_whitespace() {
            // Punctuation separates words: an ASCII word never runs across it.
            out.push(' ', (i, i + 1));
        } else {
            out.push(' ', (i, i + 1));
        }
    }
    // Until nothing changes: a filler said inside another (就嗯是说) only
    // shows once the inner one is gone.
    loop {
        let before = out.text.len();
        out = drop_fillers(out);
        if out.text.len() == before {
            break;
        }
    }
    let out = numerals(out);
    let out = aliases(out);
    squeeze(out)
}

/// Normalizes a term of an annotation the same way, keeping only the text.
pub fn normalize_term(term: &str) -> Vec<char> {
    let mut text = normalize(term).text;
    while text.first() == Some(&' ') {
        text.remove(0);
    }
    while text.last() == Some(&' ') {
        text.pop();
    }
    text
}

fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

pub fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// Removes filler words (Chinese only: an ASCII word is never a filler).
fn drop_fillers(input: Normalized) -> Normalized {
    let mut out = Normalized::default();
    let mut i = 0;
    'next: while i < input.text.len() {
        for f in FILLER_CHARS.iter() {
            if input.text[i..].starts_with(f) {
                i += f.len();
                continue 'next;
            }
        }
        out.push(input.text[i], input.from[i]);
        i += 1;
    }
    out
}

fn digit_of(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '幺' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn unit_of(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => return None,
    })
}

/// The value of a run of Chinese numerals: 五百一十二 → 512, 十六 → 16,
/// 一二八 (read digit by digit) → 128. None if the run is not a number.
fn numeral_value(run: &[char]) -> Option<String> {
    if run.iter().all(|&c| digit_of(c).is_some()) {
        // Digit by digit, as version numbers and ports are read.
        return Some(
            run.iter()
                .filter_map(|&c| digit_of(c))
                .map(|d| d.to_string())
                .collect(),
        );
    }
    let mut total: u64 = 0;
    let mut section: u64 = 0;
    let mut digit: Option<u64> = None;
    for &c in run {
        if let Some(d) = digit_of(c) {
            digit = Some(d);
        } else if let Some(unit) = unit_of(c) {
            if unit >= 10_000 {
                total = (total + section + digit.unwrap_or(0)).checked_mul(unit)?;
                section = 0;
            } else {
                section += digit.unwrap_or(1) * unit;
            }
            digit = None;
        }
    }
    Some((total + section + digit.unwrap_or(0)).to_string())
}

/// Chinese numerals to digits, with 点 between two numbers as the decimal
/// point. A lone 一 inside a word (一致, 统一) is left as it is.
fn numerals(input: Normalized) -> Normalized {
    let numeral = |c: char| digit_of(c).is_some() || unit_of(c).is_some();
    let mut out = Normalized::default();
    let mut i = 0;
    while i < input.text.len() {
        if !numeral(input.text[i]) {
            out.push(input.text[i], input.from[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < input.text.len() && numeral(input.text[i]) {
            i += 1;
        }
        let run = &input.text[start..i];
        // One character that is not part of a count (一致, 万一) stays text.
        let lone = run.len() == 1
            && !matches!(
                run[0],
                '十' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '零'
            );
        let span = (input.from[start].0, input.from[i - 1].1);
        match numeral_value(run).filter(|_| !lone) {
            Some(value) => {
                for d in value.chars() {
                    out.push(d, span);
                }
                // 三点一四: the decimal part follows a 点.
                if i + 1 < input.text.len()
                    && input.text[i] == '点'
                    && digit_of(input.text[i + 1]).is_some()
                {
                    out.push('.', input.from[i]);
                    i += 1;
                    while i < input.text.len() && digit_of(input.text[i]).is_some() {
                        let d = digit_of(input.text[i]).unwrap_or(0);
                        out.push(char::from(b'0' + d as u8), input.from[i]);
                        i += 1;
                    }
                }
            }
            None => {
                for k in start..i {
                    out.push(input.text[k], input.from[k]);
                }
            }
        }
    }
    out
}

/// Replaces every alias (speech-recognition spelling, Chinese or English
/// name) with its usual form, longest alias first at each place.
fn aliases(input: Normalized) -> Normalized {
    let mut out = Normalized::default();
    let mut i = 0;
    'next: while i < input.text.len() {
        for (v, canonical) in ALIAS_INDEX.get(&input.text[i]).into_iter().flatten() {
            if input.text[i..].starts_with(v) {
                let ascii = word(v[0]);
                let before_ok = !(ascii && i > 0 && word(input.text[i - 1]));
                let end = i + v.len();
                let after_ok = !(ascii && end < input.text.len() && word(input.text[end]));
                if before_ok && after_ok {
                    let span = (input.from[i].0, input.from[end - 1].1);
                    for c in canonical.chars() {
                        out.push(c, span);
                    }
                    i = end;
                    continue 'next;
                }
            }
        }
        out.push(input.text[i], input.from[i]);
        i += 1;
    }
    out
}

/// Spaces matter only between two ASCII words; elsewhere they go, so that
/// "单 线程" and "单线程" read the same.
fn squeeze(input: Normalized) -> Normalized {
    let mut out = Normalized::default();
    // A space seen since the last kept char, kept only if a word follows.
    let mut pending: Option<(usize, usize)> = None;
    for i in 0..input.text.len() {
        let c = input.text[i];
        if c == ' ' {
            pending = pending.or(Some(input.from[i]));
            continue;
        }
        if let Some(from) = pending.take() {
            let prev = out.text.last().copied();
            if prev.is_some_and(|p| p.is_ascii_alphanumeric()) && c.is_ascii_alphanumeric() {
                out.push(' ', from);
            }
        }
        out.push(c, input.from[i]);
    }
    out
}
