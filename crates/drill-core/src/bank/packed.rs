//! The bank as two blobs for the app to embed: every text end to end, and a
//! layout of lengths and small numbers that cuts the text back into topics,
//! questions and tips. Embedded as static Rust data instead, each text also
//! costs a pointer and a length in a table that compresses poorly; the
//! layout is a few bytes per text.

use std::borrow::Cow;
use std::fmt;

use super::{Bank, Choice, Link, List, Probe, Question, QuestionType, Text, Tip, Topic};

/// A packed bank: `unpack(&packed.text, &packed.layout)` gives it back.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Packed {
    pub text: String,
    pub layout: Vec<u8>,
}

impl Packed {
    pub fn of(topics: &[Topic], questions: &[Question], tips: &[Tip]) -> Packed {
        let mut packed = Packed::default();
        packed.list(topics, |p, topic| {
            p.text(&topic.id);
            p.text(&topic.name);
        });
        packed.list(questions, Packed::question);
        packed.list(tips, |p, tip| {
            p.text(&tip.id);
            p.text(&tip.title);
            p.text(&tip.html);
            p.texts(&tip.seed);
        });
        packed
    }

    fn question(&mut self, q: &Question) {
        self.text(&q.id);
        self.text(&q.topic);
        self.texts(&q.tags);
        self.number(q.difficulty.into());
        self.number(q.time_secs.into());
        self.number(kind_number(q.kind));
        self.text(&q.prompt);
        self.texts(&q.key_points);
        self.texts(&q.key_terms);
        self.text(&q.short_answer);
        self.text(&q.full_answer);
        self.list(&q.choices, |p, choice| {
            p.text(&choice.html);
            p.number(choice.correct.into());
        });
        self.texts(&q.accepted);
        self.texts(&q.order);
        self.text(&q.explanation);
        self.texts(&q.follow_ups);
        self.list(&q.follow_probes, |p, probe| p.number(probe_number(*probe)));
        self.list(&q.links, |p, link| {
            p.text(&link.title);
            p.text(&link.url);
        });
        self.texts(&q.seed);
        match &q.tip {
            Some(tip) => {
                self.number(1);
                self.text(tip);
            }
            None => self.number(0),
        }
    }

    /// Seven bits at a time, low bits first; the high bit says more follow.
    fn number(&mut self, mut n: usize) {
        while n >= 0x80 {
            self.layout.push((n & 0x7f) as u8 | 0x80);
            n >>= 7;
        }
        self.layout.push(n as u8);
    }

    fn text(&mut self, text: &str) {
        self.number(text.len());
        self.text.push_str(text);
    }

    fn texts(&mut self, texts: &[Text]) {
        self.list(texts, |p, text| p.text(text));
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.number(items.len());
        for item in items {
            each(self, item);
        }
    }
}

/// 0 any, 1 harder, 2 + N key point N.
fn probe_number(probe: Probe) -> usize {
    match probe {
        Probe::Any => 0,
        Probe::Harder => 1,
        Probe::KeyPoint(n) => 2 + usize::from(n),
    }
}

fn kind_number(kind: QuestionType) -> usize {
    QuestionType::ALL
        .iter()
        .position(|&k| k == kind)
        .expect("ALL lists every question type")
}

/// Where and why a layout could not be read: it was not written by
/// `Packed::of` for this text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnpackError {
    pub layout_at: usize,
    pub what: &'static str,
}

impl fmt::Display for UnpackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the packed bank is damaged at layout byte {}: {}",
            self.layout_at, self.what
        )
    }
}

impl std::error::Error for UnpackError {}

/// The bank again, its texts borrowed from `text`. The lists are leaked on
/// purpose: a program unpacks its bank once and keeps it to the end.
pub fn unpack(text: &'static str, layout: &[u8]) -> Result<Bank, UnpackError> {
    let mut reader = Reader {
        text,
        layout,
        text_at: 0,
        layout_at: 0,
    };
    let topics = reader.list(|r| {
        Ok(Topic {
            id: r.text()?,
            name: r.text()?,
        })
    })?;
    let questions = reader.list(Reader::question)?;
    let tips = reader.list(|r| {
        Ok(Tip {
            id: r.text()?,
            title: r.text()?,
            html: r.text()?,
            seed: r.texts()?,
        })
    })?;
    if reader.layout_at != layout.len() || reader.text_at != text.len() {
        return Err(reader.error("more follows the last tip"));
    }
    Ok(Bank {
        topics: topics.into_owned().leak(),
        questions: questions.into_owned().leak(),
        tips: tips.into_owned().leak(),
    })
}

struct Reader<'l> {
    text: &'static str,
    layout: &'l [u8],
    text_at: usize,
    layout_at: usize,
}

impl Reader<'_> {
    fn question(&mut self) -> Result<Question, UnpackError> {
        Ok(Question {
            id: self.text()?,
            topic: self.text()?,
            tags: self.texts()?,
            difficulty: self.small("a difficulty over 255")?,
            time_secs: self.small("a time over 65535 s")?,
            kind: *QuestionType::ALL
                .get(self.number()?)
                .ok_or_else(|| self.error("an unknown question type"))?,
            prompt: self.text()?,
            key_points: self.texts()?,
            key_terms: self.texts()?,
            short_answer: self.text()?,
            full_answer: self.text()?,
            choices: self.list(|r| {
                Ok(Choice {
                    html: r.text()?,
                    correct: r.flag()?,
                })
            })?,
            accepted: self.texts()?,
            order: self.texts()?,
            explanation: self.text()?,
            follow_ups: self.texts()?,
            follow_probes: self.list(|r| {
                Ok(match r.number()? {
                    0 => Probe::Any,
                    1 => Probe::Harder,
                    n => Probe::KeyPoint(
                        u8::try_from(n - 2).map_err(|_| r.error("a key point over 255"))?,
                    ),
                })
            })?,
            links: self.list(|r| {
                Ok(Link {
                    title: r.text()?,
                    url: r.text()?,
                })
            })?,
            seed: self.texts()?,
            tip: if self.flag()? {
                Some(self.text()?)
            } else {
                None
            },
        })
    }

    fn error(&self, what: &'static str) -> UnpackError {
        UnpackError {
            layout_at: self.layout_at,
            what,
        }
    }

    fn number(&mut self) -> Result<usize, UnpackError> {
        let mut n = 0usize;
        for shift in (0..usize::BITS).step_by(7) {
            let Some(&byte) = self.layout.get(self.layout_at) else {
                return Err(self.error("the layout ends inside a number"));
            };
            self.layout_at += 1;
            let bits = usize::from(byte & 0x7f);
            if (bits << shift) >> shift != bits {
                return Err(self.error("a number too large"));
            }
            n |= bits << shift;
            if byte < 0x80 {
                return Ok(n);
            }
        }
        Err(self.error("a number too large"))
    }

    fn small<T: TryFrom<usize>>(&mut self, too_large: &'static str) -> Result<T, UnpackError> {
        let n = self.number()?;
        T::try_from(n).map_err(|_| self.error(too_large))
    }

    fn flag(&mut self) -> Result<bool, UnpackError> {
        match self.number()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(self.error("a yes/no that is neither")),
        }
    }

    fn text(&mut self) -> Result<Text, UnpackError> {
        let len = self.number()?;
        let text = self
            .text_at
            .checked_add(len)
            .and_then(|end| self.text.get(self.text_at..end))
            .ok_or_else(|| self.error("a text past the end or inside a character"))?;
        self.text_at += len;
        Ok(Cow::Borrowed(text))
    }

    fn texts(&mut self) -> Result<List<Text>, UnpackError> {
        self.list(Reader::text)
    }

    fn list<T: Clone>(
        &mut self,
        mut each: impl FnMut(&mut Self) -> Result<T, UnpackError>,
    ) -> Result<List<T>, UnpackError> {
        let count = self.number()?;
        // A damaged count must not reserve memory it will never fill.
        let mut items = Vec::with_capacity(count.min(self.layout.len() - self.layout_at));
        for _ in 0..count {
            items.push(each(self)?);
        }
        Ok(Cow::Owned(items))
    }
}

#[cfg(test)]
mod tests;
