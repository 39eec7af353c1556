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
        prompt: B(prompt),
        full_answer: B("<p>底层是 <code>SkipList</code></p>"),
        ..Question::blank(id, topic, kind)
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
            let parsed = Query::parse(&query);
            let expected: Vec<usize> = (0..bank.len())
                .filter(|&i| {
                    // Spacing and case do not count in the text either.
                    let text: String = prompts[i].split_whitespace().collect::<String>().to_lowercase();
                    parsed.terms().iter().all(|t| text.contains(t.as_str()))
                })
                .collect();
            let mut found = index.matching(&bank, &filter);
            found.sort_unstable();
            proptest::prop_assert_eq!(found, expected, "{:?}", query);
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

fn titled(prompts: &[(&'static str, &'static str)]) -> Vec<Question> {
    prompts
        .iter()
        .enumerate()
        .map(|(i, &(prompt, answer))| {
            let mut q = question(
                ["a", "b", "c", "d", "e"][i],
                "t",
                QuestionType::Open,
                prompt,
            );
            q.full_answer = B(answer);
            q
        })
        .collect()
}

fn search<'a>(questions: &'a [Question], query: &str) -> Vec<&'a str> {
    ids(
        questions,
        &Filter {
            query: query.into(),
            ..Filter::default()
        },
    )
}

#[test]
fn a_match_in_the_question_ranks_before_one_in_the_answer() {
    let bank = titled(&[
        ("<p>隔离级别有哪些？</p>", "<p>和事务一起讲</p>"),
        ("<p>事务的 ACID</p>", "<p>原子性</p>"),
        ("<p>MVCC 是什么？</p>", "<p>靠 undo log 实现事务的快照</p>"),
    ]);
    assert_eq!(search(&bank, "事务"), ["b", "a", "c"]);
    // Two terms: the question holding both beats one holding one.
    let bank = titled(&[
        ("<p>Redis 持久化</p>", "<p>RDB 与 AOF</p>"),
        ("<p>AOF 重写</p>", "<p>Redis 的 AOF 会变大</p>"),
        ("<p>Redis AOF 怎么配？</p>", "<p></p>"),
    ]);
    assert_eq!(search(&bank, "redis aof"), ["c", "a", "b"]);
}

#[test]
fn a_whole_word_ranks_before_a_fragment() {
    let bank = titled(&[
        ("<p>What does gilded mean here?</p>", ""),
        ("<p>Why is the GIL there?</p>", ""),
        ("<p>Sigil or GIL_LOCK?</p>", ""),
    ]);
    assert_eq!(search(&bank, "gil"), ["b", "a", "c"]);
    // In the answer too: a whole word there still ranks after the question.
    let bank = titled(&[
        ("<p>thread safety</p>", "<p>the GIL holds</p>"),
        ("<p>sigil</p>", ""),
    ]);
    assert_eq!(search(&bank, "gil"), ["b", "a"]);
}

#[test]
fn terms_written_together_rank_before_terms_apart() {
    let bank = titled(&[
        ("<p>B+ 和红黑树比</p>", ""),
        ("<p>为什么用 B+ 树？</p>", ""),
        ("<p>B+树的叶子</p>", ""),
    ]);
    assert_eq!(search(&bank, "B+ 树"), ["b", "c", "a"]);
    assert_eq!(search(&bank, "B+树"), ["b", "c", "a"]);
}

#[test]
fn equal_matches_keep_bank_order() {
    let bank = titled(&[
        ("<p>索引 一</p>", ""),
        ("<p>索引 二</p>", ""),
        ("<p>索引 三</p>", ""),
        ("<p>四</p>", "<p>索引</p>"),
        ("<p>五</p>", "<p>索引</p>"),
    ]);
    assert_eq!(search(&bank, "索引"), ["a", "b", "c", "d", "e"]);
}

#[test]
fn spacing_width_and_case_make_one_query() {
    let same = ["B+树", "B+ 树", "b+　树", "Ｂ＋树", " ｂ ＋ 树 "];
    for typed in same {
        let query = Query::parse(typed);
        assert_eq!(query.terms(), ["b+", "树"], "{typed:?}");
        assert_eq!(query.phrase(), "b+树");
    }
    assert_eq!(Query::parse("ＧＩＬ锁").terms(), ["gil", "锁"]);
    assert_eq!(Query::parse("Redis，持久化").terms(), ["redis", "持久化"]);
    assert_eq!(Query::parse("asyncio.run()").terms(), ["asyncio.run"]);
    // Between two letters of one kind a space still parts two words.
    assert_eq!(Query::parse("redis lua").terms(), ["redis", "lua"]);
    assert_eq!(Query::parse("redislua").terms(), ["redislua"]);
    assert!(Query::parse(" 　，").is_empty());

    let bank = titled(&[
        ("<p>ＭｙＳＱＬ 的 B+ 树</p>", ""),
        ("<p>mysql 索引用 B+树</p>", ""),
        ("<p>为什么是B＋树</p>", ""),
    ]);
    for typed in ["b+树", "B+ 树", "Ｂ＋ 树", "b+树 "] {
        assert_eq!(search(&bank, typed), ["a", "b", "c"], "{typed:?}");
    }
    assert_eq!(search(&bank, "MySQL"), ["a", "b"]);
    assert_eq!(search(&bank, "ｍｙｓｑｌ"), ["a", "b"]);
}

#[test]
fn highlights_mark_the_matched_text_as_written() {
    let marked = |text: &str, query: &str| -> Vec<String> {
        highlight(text, &Query::parse(query))
            .into_iter()
            .filter(|p| p.marked)
            .map(|p| p.text)
            .collect()
    };
    assert_eq!(marked("什么是 GIL？", "gil"), ["GIL"]);
    assert_eq!(marked("什么是 ＧＩＬ？", "GIL"), ["ＧＩＬ"]);
    // Terms standing together are one mark, the space between included.
    assert_eq!(marked("为什么用 B+ 树？", "b+树"), ["B+ 树"]);
    assert_eq!(marked("B+ 和红黑树", "B+ 树"), ["B+", "树"]);
    assert_eq!(marked("no match", "gil"), Vec::<String>::new());
    // The pieces put together are the text unchanged.
    let pieces = highlight("Redis 的 ZSet 和 zset", &Query::parse("zset"));
    assert_eq!(
        pieces.iter().map(|p| p.text.as_str()).collect::<String>(),
        "Redis 的 ZSet 和 zset"
    );
    assert_eq!(pieces.iter().filter(|p| p.marked).count(), 2);
}

#[test]
fn a_snippet_shows_the_answer_where_it_matched() {
    let answer = "第一段没有关系。\n\
        这里讲的是很长很长的一段铺垫文字然后才说到 ZADD 命令，它把成员和分数写进有序集合，之后再用 ZREVRANGE 取前几名，一直讲到很后面很后面的地方\n\
        最后一段";
    let pieces = snippet("排行榜怎么做？", answer, &Query::parse("zadd")).unwrap();
    let text: String = pieces.iter().map(|p| p.text.as_str()).collect();
    let marked: Vec<&str> = pieces
        .iter()
        .filter(|p| p.marked)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(marked, ["ZADD"]);
    assert!(text.starts_with('…') && text.ends_with('…'), "{text}");
    assert!(
        !text.contains("第一段") && !text.contains("最后一段"),
        "{text}"
    );
    assert!(text.chars().count() < 70, "{text}");
    // A question that holds every term needs no snippet.
    assert_eq!(
        snippet("ZADD 做什么？", answer, &Query::parse("zadd")),
        None
    );
    // A term the question lacks is what the snippet shows.
    let pieces = snippet("排行榜用 ZSet", answer, &Query::parse("zset 命令")).unwrap();
    assert!(pieces.iter().any(|p| p.marked && p.text == "命令"));
}

#[test]
fn rows_know_the_last_answer_to_each_question() {
    use crate::grade::Outcome;
    use crate::progress::{LogFold, test_answer};
    let entry = |id: &str, outcome: Outcome| test_answer(1, id, outcome, 0);
    let mut last = LastAnswers::default();
    for e in [
        entry("a", Outcome::Wrong),
        entry("a", Outcome::Correct),
        entry("b", Outcome::Correct),
        entry("b", Outcome::TimedOut),
        entry("b", Outcome::NotReached),
        entry("c", Outcome::NotReached),
        entry("d", Outcome::Partial),
    ] {
        last.add(&e);
    }
    assert_eq!(last.of("a"), Some(LastAnswer::Done));
    assert_eq!(last.of("b"), Some(LastAnswer::Missed));
    assert_eq!(last.of("c"), None);
    assert_eq!(last.of("d"), Some(LastAnswer::Done));
}

/// `typed` spaced, widened and cased differently, but only where that does
/// not change the query: spaces between two letters of one kind stay.
fn variant(typed: &str, flips: &[bool]) -> String {
    use super::fold::{fold_char, word_kind};
    let kind = |c: char| fold_char(c).and_then(word_kind);
    let chars: Vec<char> = typed.chars().filter(|c| !c.is_whitespace()).collect();
    let spaced_before = {
        let mut spaced = Vec::new();
        let mut gap = false;
        for c in typed.chars() {
            if c.is_whitespace() {
                gap = true;
            } else {
                spaced.push(gap);
                gap = false;
            }
        }
        spaced
    };
    let flip = |i: usize| flips[i % flips.len()];
    let mut out = String::new();
    if flip(0) {
        out.push('　');
    }
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 {
            let joins = kind(chars[i - 1]).is_some() && kind(chars[i - 1]) == kind(c);
            let space = if joins {
                spaced_before[i]
            } else {
                flip(i * 3 + 1)
            };
            if space {
                out.push_str(if flip(i * 3 + 2) { "  " } else { " " });
            }
        }
        let wide = flip(i * 5 + 3) && ('!'..='~').contains(&c);
        let c = if flip(i * 7 + 4) {
            c.to_ascii_uppercase()
        } else {
            c
        };
        out.push(if wide {
            char::from_u32(c as u32 + 0xFEE0).unwrap()
        } else {
            c
        });
    }
    out
}

proptest::proptest! {
    #[test]
    fn respaced_widened_or_recased_queries_find_the_same_in_the_same_order(
        texts in proptest::collection::vec(("[ab+树事务 .Ａ]{0,10}", "[ab+树事务 .]{0,10}"), 1..8),
        typed in "[ab+树事务 .Ａ,]{0,6}",
        flips in proptest::collection::vec(proptest::bool::ANY, 1..24),
    ) {
        let bank: Vec<Question> = texts
            .iter()
            .map(|(prompt, answer)| {
                let mut q = question("q", "t", QuestionType::Open, "");
                q.prompt = std::borrow::Cow::Owned(format!("<p>{prompt}</p>"));
                q.full_answer = std::borrow::Cow::Owned(format!("<p>{answer}</p>"));
                q
            })
            .collect();
        let other = variant(&typed, &flips);
        let find = |index: &SearchIndex, q: &str| {
            index.matching(&bank, &Filter { query: q.into(), ..Filter::default() })
        };
        let shared = SearchIndex::new();
        let first = find(&shared, &typed);
        proptest::prop_assert_eq!(&find(&SearchIndex::new(), &other), &first, "{:?} and {:?}", typed, other);
        // Through the recent-search cache too.
        proptest::prop_assert_eq!(&find(&shared, &other), &first, "{:?} and {:?}", typed, other);
    }
}
