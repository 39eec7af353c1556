//! The review log as the browser stores it. It is the largest value the app
//! keeps and the one it reads at every start, and reading it costs in
//! proportion to its length (storage hands it over as a JavaScript string),
//! so since version 2 it is packed densely and read in one pass, without a
//! general parser:
//!
//! `{"v":2,"data":"<ids>!<numbers>"}`
//!
//! `<ids>` holds each question id once, each followed by a space, with any
//! byte outside `A-Z a-z 0-9 . _ -` written as `%XX`. `<numbers>` holds six
//! numbers per answer: id index, milliseconds since the previous answer
//! (zigzag, so a clock set back still fits), outcome code × 2 + mode, score,
//! time in tenths of a second and suggested time in seconds. Each number is
//! written low bits first, 13 bits per character: U+0800 plus the bits, plus
//! 0x2000 more when more characters of the same number follow. That range
//! holds no surrogates and nothing JSON escapes, so the text sits in the
//! envelope as it is, and most numbers take one character.
//!
//! Version 1 (`CompactLog`, JSON tuples) is still read.

use std::collections::HashMap;
use std::fmt::Write;

use serde::Deserialize;

use super::codes::{outcome_code, outcome_from};
use super::compact_log::CompactLog;
use super::log::{LogEntry, Mode};
use super::replay::LogPosition;
use crate::persist::{self, Decoded};

/// The version of the stored log this build writes.
pub const LOG_VERSION: u32 = 2;

const PREFIX: &str = r#"{"v":2,"data":""#;
const SUFFIX: &str = r#""}"#;
/// The first character of a number's digits.
const DIGIT_BASE: u32 = 0x0800;
const DIGIT_BITS: u32 = 13;
/// Added to a digit when more of the same number follow.
const MORE: u32 = 1 << DIGIT_BITS;
const END_OF_IDS: char = '!';

pub fn encode_log(entries: &[LogEntry]) -> String {
    LogEncoder::of(entries).text()
}

/// The stored form, kept up to date as answers are added at the end of the
/// log, so that saving one more answer encodes that answer only.
#[derive(Debug, Clone, Default)]
pub struct LogEncoder {
    index: HashMap<String, usize>,
    /// Each id escaped and followed by a space, in order of first use.
    ids: String,
    /// How many ids `ids` holds: a stored list may name an id twice, so
    /// this can exceed the ids in `index`.
    id_count: usize,
    numbers: String,
    position: LogPosition,
}

impl LogEncoder {
    pub fn of(entries: &[LogEntry]) -> Self {
        let mut encoder = LogEncoder {
            numbers: String::with_capacity(entries.len() * 24),
            ..LogEncoder::default()
        };
        encoder.push_all(entries);
        encoder
    }

    /// Carries on from `text`, the envelope's content that `read_text` read
    /// as `ids` and `entries`. The numbers are kept as they are; the ids are
    /// written again as this build writes them, since ids the reader
    /// accepts in another form (an unescaped byte, no space after the last)
    /// would run into the next new id.
    fn resumed(text: &str, ids: Vec<String>, entries: &[LogEntry]) -> Self {
        let (_, numbers) = text.split_once(END_OF_IDS).unwrap_or_default();
        let mut id_text = String::with_capacity(text.len() - numbers.len());
        for id in &ids {
            push_id(&mut id_text, id);
            id_text.push(' ');
        }
        LogEncoder {
            id_count: ids.len(),
            index: ids.into_iter().enumerate().map(|(i, id)| (id, i)).collect(),
            ids: id_text,
            numbers: numbers.to_owned(),
            position: LogPosition::at_end_of(entries),
        }
    }

    /// How much of the log this encodes.
    pub fn position(&self) -> &LogPosition {
        &self.position
    }

    /// Encodes `log`: only its new answers when it carries on from what
    /// this encodes, all of it again otherwise.
    pub fn catch_up(&mut self, log: &[LogEntry]) {
        match self.position.rest_of(log) {
            Some(rest) => self.push_all(rest),
            None => *self = LogEncoder::of(log),
        }
    }

    /// Encodes `entries`, the answers that follow what this encodes.
    fn push_all(&mut self, entries: &[LogEntry]) {
        let mut previous_at = self.position.last().map_or(0, |last| last.at_ms);
        for entry in entries {
            self.push_numbers(entry, previous_at);
            previous_at = entry.at_ms;
        }
        self.position.advance_over(entries);
    }

    fn push_numbers(&mut self, entry: &LogEntry, previous_at: i64) {
        let id = match self.index.get(entry.question_id.as_str()) {
            Some(&id) => id,
            None => {
                push_id(&mut self.ids, &entry.question_id);
                self.ids.push(' ');
                let id = self.id_count;
                self.id_count += 1;
                self.index.insert(entry.question_id.clone(), id);
                id
            }
        };
        for number in [
            id as u64,
            zigzag(entry.at_ms.wrapping_sub(previous_at)),
            u64::from(outcome_code(entry.outcome)) * 2 + u64::from(entry.mode == Mode::Review),
            u64::from(entry.score),
            u64::from(entry.time_ms / 100),
            u64::from(entry.suggested_ms / 1000),
        ] {
            push_number(&mut self.numbers, number);
        }
    }

    pub fn text(&self) -> String {
        let mut out = String::with_capacity(
            PREFIX.len() + self.ids.len() + 1 + self.numbers.len() + SUFFIX.len(),
        );
        out.push_str(PREFIX);
        out.push_str(&self.ids);
        out.push(END_OF_IDS);
        out.push_str(&self.numbers);
        out.push_str(SUFFIX);
        out
    }
}

/// The stored log: `Newer` for a version this build cannot read, `Corrupt`
/// for text that is damaged or does not add up (an index past the ids, an
/// unknown outcome, a number cut short).
pub fn decode_log(raw: Option<&str>) -> Decoded<Vec<LogEntry>> {
    decode(raw, false).0
}

/// `decode_log`, and when the text is in the form this build writes, an
/// encoder that carries on from it, so that the first answer saved after
/// start-up costs no more to encode than the next ones.
pub fn decode_log_resuming(raw: Option<&str>) -> (Decoded<Vec<LogEntry>>, Option<LogEncoder>) {
    decode(raw, true)
}

fn decode(raw: Option<&str>, resume: bool) -> (Decoded<Vec<LogEntry>>, Option<LogEncoder>) {
    let Some(raw) = raw else {
        return (Decoded::Missing, None);
    };
    // What this build wrote is read straight from the text; anything else
    // (another layout, escapes, damage) goes the long way below.
    let text = raw
        .strip_prefix(PREFIX)
        .and_then(|r| r.strip_suffix(SUFFIX));
    if let Some((text, (ids, entries))) = text.and_then(|t| Some((t, read_text(t)?))) {
        let encoder = resume.then(|| LogEncoder::resumed(text, ids, &entries));
        return (Decoded::Ok(entries), encoder);
    }
    let decoded = match persist::version_of(raw) {
        Err(e) => Decoded::Corrupt(e),
        Ok(1) => match persist::decode::<CompactLog>(Some(raw)) {
            Decoded::Ok(v1) => checked(v1.decode()),
            Decoded::Missing => Decoded::Missing,
            Decoded::Newer(v) => Decoded::Newer(v),
            Decoded::Corrupt(e) => Decoded::Corrupt(e),
        },
        // Version 2 in another layout (spaced, reordered, escaped).
        Ok(LOG_VERSION) => match serde_json::from_str::<TextEnvelope>(raw) {
            Ok(envelope) => checked(read_text(&envelope.data).map(|(_, entries)| entries)),
            Err(e) => Decoded::Corrupt(e.to_string()),
        },
        Ok(v) if v > LOG_VERSION => Decoded::Newer(v),
        Ok(v) => Decoded::Corrupt(format!("no review log has version {v}")),
    };
    (decoded, None)
}

#[derive(Deserialize)]
struct TextEnvelope {
    data: String,
}

fn checked(entries: Option<Vec<LogEntry>>) -> Decoded<Vec<LogEntry>> {
    entries.map_or_else(
        || Decoded::Corrupt("the review log does not add up".into()),
        Decoded::Ok,
    )
}

/// The ids and the answers of the text between the envelope's quotes.
fn read_text(text: &str) -> Option<(Vec<String>, Vec<LogEntry>)> {
    let (id_text, numbers) = text.split_once(END_OF_IDS)?;
    // Unescaped, these would end the JSON string early; escaped, they
    // need a JSON parser.
    if id_text.contains(['"', '\\']) {
        return None;
    }
    let ids: Vec<String> = id_text
        .split_terminator(' ')
        .map(read_id)
        .collect::<Option<_>>()?;
    let digits = numbers.as_bytes();
    // Each answer takes at least six characters of three bytes.
    let mut entries = Vec::with_capacity(digits.len() / 18);
    let mut at = 0i64;
    let mut pos = 0;
    while pos < digits.len() {
        let mut next = || read_number(digits, &mut pos);
        let (id, delta, kind, score, tenths, suggested) =
            (next()?, next()?, next()?, next()?, next()?, next()?);
        // Written with wrapping subtraction, so any two moments fit.
        at = at.wrapping_add(unzigzag(delta));
        entries.push(LogEntry {
            at_ms: at,
            question_id: ids.get(usize::try_from(id).ok()?)?.clone(),
            outcome: outcome_from(u8::try_from(kind / 2).ok()?)?,
            mode: if kind % 2 == 1 {
                Mode::Review
            } else {
                Mode::Round
            },
            score: score.min(100) as u8,
            time_ms: u32::try_from(tenths).ok()?.saturating_mul(100),
            suggested_ms: u32::try_from(suggested).ok()?.saturating_mul(1000),
        });
    }
    Some((ids, entries))
}

fn push_number(out: &mut String, mut n: u64) {
    loop {
        let digit = (n % u64::from(MORE)) as u32;
        n >>= DIGIT_BITS;
        let more = if n > 0 { MORE } else { 0 };
        out.push(char::from_u32(DIGIT_BASE + digit + more).expect("below the surrogates"));
        if n == 0 {
            return;
        }
    }
}

/// The number starting at `pos`, or `None` at a character outside the
/// digits, a number cut short or one too large for 64 bits.
fn read_number(bytes: &[u8], pos: &mut usize) -> Option<u64> {
    let mut value = 0u64;
    let mut shift = 0u32;
    loop {
        // Digits are three-byte characters; `bytes` is valid UTF-8, so a
        // three-byte lead is followed by its two continuation bytes.
        let &[lead, b1, b2] = bytes.get(*pos..*pos + 3)? else {
            return None;
        };
        if lead & 0xf0 != 0xe0 {
            return None;
        }
        *pos += 3;
        let code =
            (u32::from(lead & 0x0f) << 12) | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f);
        let digit = code.checked_sub(DIGIT_BASE).filter(|&d| d < 2 * MORE)?;
        let bits = u64::from(digit % MORE);
        let part = bits.checked_shl(shift).filter(|p| p >> shift == bits)?;
        value |= part;
        if digit < MORE {
            return Some(value);
        }
        shift += DIGIT_BITS;
    }
}

fn zigzag(n: i64) -> u64 {
    ((n << 1) ^ (n >> 63)) as u64
}

fn unzigzag(n: u64) -> i64 {
    ((n >> 1) as i64) ^ -((n & 1) as i64)
}

fn push_id(out: &mut String, id: &str) {
    for byte in id.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'-') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
}

fn read_id(text: &str) -> Option<String> {
    if !text.contains('%') {
        return Some(text.to_owned());
    }
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.bytes();
    while let Some(byte) = rest.next() {
        if byte == b'%' {
            let hex = [rest.next()?, rest.next()?];
            bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?);
        } else {
            bytes.push(byte);
        }
    }
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests;
