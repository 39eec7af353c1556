//! Browsing the bank: substring search over question and answer text, and
//! filters by topic, type and difficulty.

use crate::bank::{Question, QuestionType};
use crate::marks::Marks;
use crate::progress::LogEntry;
use crate::text::searchable_text;
use memchr::memmem::Finder;
use std::sync::Mutex;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub query: String,
    pub topic: Option<String>,
    pub kind: Option<QuestionType>,
    pub difficulty: Option<u8>,
    pub subset: Option<Subset>,
}

/// The user's own slices of the bank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subset {
    Mistakes,
    Bookmarked,
    Noted,
    Unseen,
}

impl Subset {
    pub const ALL: [Subset; 4] = [
        Subset::Mistakes,
        Subset::Bookmarked,
        Subset::Noted,
        Subset::Unseen,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Subset::Mistakes => "mistakes",
            Subset::Bookmarked => "bookmarked",
            Subset::Noted => "noted",
            Subset::Unseen => "unseen",
        }
    }

    pub fn from_key(key: &str) -> Option<Subset> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Whether question `id` belongs to this slice of the user's data.
    pub fn contains(self, id: &str, log: &[LogEntry], marks: &Marks, mistakes: &[String]) -> bool {
        match self {
            Subset::Mistakes => mistakes.iter().any(|m| m == id),
            Subset::Bookmarked => marks.is_bookmarked(id),
            Subset::Noted => !marks.note(id).trim().is_empty(),
            Subset::Unseen => !log.iter().any(|e| e.question_id == id),
        }
    }
}

/// Every question's text in searchable form, built a slice at a time while
/// the app is idle (`prepare`) or at the latest by the first search with
/// words in it, so start-up never pays for it; and the last few
/// searches' results, so typing or erasing a letter only looks at the
/// questions the longer or shorter query already found.
#[derive(Default)]
pub struct SearchIndex {
    texts: Mutex<Vec<String>>,
    recent: Mutex<Vec<(Scope, String, Vec<usize>)>>,
}

/// The filters besides the query: results are only reused within one scope.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Scope {
    topic: Option<String>,
    kind: Option<QuestionType>,
    difficulty: Option<u8>,
}

const RECENT_SEARCHES: usize = 32;

impl SearchIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes the text of up to `count` more questions searchable; true once
    /// every question's is. Always called with the same `questions`.
    pub fn prepare(&self, questions: &[Question], count: usize) -> bool {
        let mut texts = self.texts.lock().unwrap_or_else(|e| e.into_inner());
        let end = texts.len().saturating_add(count).min(questions.len());
        let next = texts.len()..end;
        texts.extend(questions[next].iter().map(question_text));
        texts.len() == questions.len()
    }

    /// Indices of the questions that pass `filter`, in bank order. Every
    /// whitespace-separated term must occur; ASCII case is ignored.
    pub fn matching(&self, questions: &[Question], filter: &Filter) -> Vec<usize> {
        let query = filter.query.to_ascii_lowercase();
        let terms: Vec<&str> = query.split_whitespace().collect();
        let scope = Scope {
            topic: filter.topic.clone(),
            kind: filter.kind,
            difficulty: filter.difficulty,
        };
        let everything_in_scope = || -> Vec<usize> {
            (0..questions.len())
                .filter(|&i| {
                    let q = &questions[i];
                    scope.topic.as_deref().is_none_or(|t| q.topic == t)
                        && scope.kind.is_none_or(|k| q.kind == k)
                        && scope.difficulty.is_none_or(|d| q.difficulty == d)
                })
                .collect()
        };
        if terms.is_empty() {
            return everything_in_scope();
        }
        let query = terms.join(" ");
        let mut recent = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, _, found)) = recent.iter().find(|(s, q, _)| *s == scope && *q == query) {
            return found.clone();
        }
        // A query that extends an earlier one can only match what that one did.
        let narrower = recent
            .iter()
            .filter(|(s, q, _)| *s == scope && query.starts_with(q.as_str()))
            .max_by_key(|(_, q, _)| q.len())
            .map(|(_, _, found)| found.clone());
        let candidates = narrower.unwrap_or_else(everything_in_scope);
        self.prepare(questions, usize::MAX);
        let texts = self.texts.lock().unwrap_or_else(|e| e.into_inner());
        // One memmem searcher per term, reused for every text: in wasm,
        // `str::contains` has no vector path, and this took about a third off
        // the slowest keystrokes over 10,000 questions.
        let finders: Vec<Finder> = terms.iter().map(Finder::new).collect();
        let found: Vec<usize> = candidates
            .into_iter()
            .filter(|&i| {
                finders
                    .iter()
                    .all(|f| f.find(texts[i].as_bytes()).is_some())
            })
            .collect();
        if recent.len() == RECENT_SEARCHES {
            recent.remove(0);
        }
        recent.push((scope, query, found.clone()));
        found
    }
}

fn question_text(q: &Question) -> String {
    let mut html = String::new();
    let parts = [&q.prompt, &q.short_answer, &q.full_answer, &q.explanation]
        .into_iter()
        .chain(q.key_points.iter())
        .chain(q.accepted.iter())
        .chain(q.order.iter())
        .chain(q.tags.iter())
        .chain(std::iter::once(&q.id))
        .map(|t| t.as_ref())
        .chain(q.choices.iter().map(|c| c.html.as_ref()));
    for part in parts {
        html.push_str(part);
        html.push('\n');
    }
    searchable_text(&html)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Choice;
    use std::borrow::Cow::Borrowed as B;

    fn question(
        id: &'static str,
        topic: &'static str,
        kind: QuestionType,
        prompt: &'static str,
    ) -> Question {
        Question {
            id: B(id),
            topic: B(topic),
            tags: B(&[]),
            difficulty: 2,
            time_secs: 60,
            kind,
            prompt: B(prompt),
            key_points: B(&[]),
            key_terms: B(&[]),
            short_answer: B(""),
            full_answer: B("<p>底层是 <code>SkipList</code></p>"),
            choices: B(&[]),
            accepted: B(&[]),
            order: B(&[]),
            explanation: B(""),
            follow_ups: B(&[]),
            follow_probes: B(&[]),
            links: B(&[]),
            seed: B(&[]),
            tip: None,
        }
    }

    fn bank() -> Vec<Question> {
        let mut choice = question(
            "iso",
            "mysql",
            QuestionType::SingleChoice,
            "<p>默认隔离级别？</p>",
        );
        choice.choices = B(&[Choice {
            html: B("可重复读"),
            correct: true,
        }]);
        choice.difficulty = 1;
        vec![
            question("zset", "redis", QuestionType::Open, "<p>排行榜怎么做？</p>"),
            question("gil", "python", QuestionType::Open, "<p>什么是 GIL？</p>"),
            choice,
        ]
    }

    fn ids<'a>(questions: &'a [Question], filter: &Filter) -> Vec<&'a str> {
        let index = SearchIndex::new();
        index
            .matching(questions, filter)
            .into_iter()
            .map(|i| questions[i].id.as_ref())
            .collect()
    }

    #[test]
    fn chinese_substrings_match_question_and_answer_text() {
        let bank = bank();
        let by = |q: &str| {
            ids(
                &bank,
                &Filter {
                    query: q.into(),
                    ..Filter::default()
                },
            )
        };
        assert_eq!(by("排行"), ["zset"]);
        assert_eq!(by("可重复"), ["iso"]);
        assert_eq!(by("skiplist"), ["zset", "gil", "iso"]);
        assert_eq!(by("gil 什么"), ["gil"]);
        assert!(by("不存在的词").is_empty());
    }

    #[test]
    fn typing_and_erasing_find_what_a_fresh_search_finds() {
        let bank = bank();
        let index = SearchIndex::new();
        let steps = [
            ("s", None),
            ("sk", None),
            ("skip", None),
            ("skip", Some("redis")),
            ("skip", None),
            ("ski", None),
            ("gil 什", None),
            ("gil 什么", None),
            ("gil", None),
            ("", None),
            ("可重复读", None),
            ("可", None),
        ];
        for (query, topic) in steps {
            let filter = Filter {
                query: query.into(),
                topic: topic.map(Into::into),
                ..Filter::default()
            };
            let fresh = SearchIndex::new().matching(&bank, &filter);
            assert_eq!(
                index.matching(&bank, &filter),
                fresh,
                "{query:?} in {topic:?}"
            );
        }
    }

    #[test]
    fn text_prepared_in_slices_searches_like_text_built_at_once() {
        let bank = bank();
        let index = SearchIndex::new();
        assert!(!index.prepare(&bank, 2));
        assert!(index.prepare(&bank, 2));
        assert!(index.prepare(&bank, 2), "nothing is left to prepare");
        let filter = Filter {
            query: "skiplist".into(),
            ..Filter::default()
        };
        assert_eq!(index.matching(&bank, &filter), [0, 1, 2]);
    }

    proptest::proptest! {
        #[test]
        fn finds_exactly_the_questions_holding_every_word(
            prompts in proptest::collection::vec("[ab事务 Gé-]{0,12}", 1..8),
            queries in proptest::collection::vec("[ab事务 gé-]{0,4}", 1..6),
        ) {
            let bank: Vec<Question> = prompts
                .iter()
                .map(|p| {
                    let mut q = question("q", "t", QuestionType::Open, "");
                    q.prompt = std::borrow::Cow::Owned(format!("<p>{p}</p>"));
                    q.full_answer = B("");
                    q
                })
                .collect();
            let index = SearchIndex::new();
            for query in queries {
                let filter = Filter { query: query.clone(), ..Filter::default() };
                let terms: Vec<String> = query.split_whitespace().map(str::to_ascii_lowercase).collect();
                let expected: Vec<usize> = (0..bank.len())
                    .filter(|&i| {
                        let text = prompts[i].to_ascii_lowercase();
                        terms.iter().all(|t| text.contains(t.as_str()))
                    })
                    .collect();
                proptest::prop_assert_eq!(index.matching(&bank, &filter), expected, "{:?}", query);
            }
        }
    }

    #[test]
    fn markup_is_not_searchable() {
        let bank = bank();
        assert!(
            ids(
                &bank,
                &Filter {
                    query: "code".into(),
                    ..Filter::default()
                }
            )
            .is_empty()
        );
    }

    #[test]
    fn subsets_come_from_the_user_s_own_data() {
        use crate::grade::Outcome;
        use crate::progress::{Mode, mistake_book};
        let log = vec![LogEntry {
            at_ms: 1,
            question_id: "gil".into(),
            outcome: Outcome::Wrong,
            score: 0,
            time_ms: 0,
            suggested_ms: 0,
            mode: Mode::Round,
        }];
        let mut marks = Marks::default();
        marks.set_bookmark("zset", true, 1);
        marks.set_note("iso", "默认是可重复读", 1);
        let mistakes = mistake_book(&log);
        let pick = |s: Subset| -> Vec<&str> {
            ["zset", "gil", "iso"]
                .into_iter()
                .filter(|id| s.contains(id, &log, &marks, &mistakes))
                .collect()
        };
        assert_eq!(pick(Subset::Mistakes), ["gil"]);
        assert_eq!(pick(Subset::Bookmarked), ["zset"]);
        assert_eq!(pick(Subset::Noted), ["iso"]);
        assert_eq!(pick(Subset::Unseen), ["zset", "iso"]);
        for s in Subset::ALL {
            assert_eq!(Subset::from_key(s.key()), Some(s));
        }
    }

    #[test]
    fn filters_combine() {
        let bank = bank();
        let topic = Filter {
            topic: Some("redis".into()),
            ..Filter::default()
        };
        assert_eq!(ids(&bank, &topic), ["zset"]);
        let kind = Filter {
            kind: Some(QuestionType::SingleChoice),
            ..Filter::default()
        };
        assert_eq!(ids(&bank, &kind), ["iso"]);
        let hard = Filter {
            difficulty: Some(2),
            query: "skiplist".into(),
            ..Filter::default()
        };
        assert_eq!(ids(&bank, &hard), ["zset", "gil"]);
    }
}
