//! The matcher on every kind of variant a spoken or typed answer has.

use proptest::prelude::*;

use super::*;

fn terms(specs: &[&str]) -> Vec<Option<PointTerms>> {
    specs
        .iter()
        .map(|s| Some(PointTerms::parse(s).unwrap()))
        .collect()
}

fn matched(answer: &str, specs: &[&str]) -> Vec<bool> {
    match_points(answer, &terms(specs))
        .into_iter()
        .map(|m| m.matched)
        .collect()
}

#[test]
fn chinese_and_english_names_of_a_term_match_each_other() {
    let specs = ["协程", "事务; 回滚"];
    assert_eq!(
        matched("asyncio 用 coroutine 实现并发", &specs),
        [true, false]
    );
    assert_eq!(
        matched("一个 Transaction 出错就 rollback", &specs),
        [false, true]
    );
    assert_eq!(matched("协程和事务，失败就回滚", &specs), [true, true]);
    // An annotation may be written in English too.
    assert_eq!(matched("用协程", &["coroutine"]), [true]);
}

#[test]
fn speech_recognition_spellings_of_products_match() {
    assert_eq!(matched("瑞迪斯是单线程的", &["redis; 单线程"]), [true]);
    assert_eq!(matched("雷迪斯 六点零以后", &["redis"]), [true]);
    assert_eq!(
        matched("姜狗的中间件", &["django; 中间件 / middleware"]),
        [true]
    );
    assert_eq!(matched("派森的鸡儿", &["GIL"]), [true]);
}

#[test]
fn numbers_spoken_as_words_match_digits() {
    assert_eq!(matched("默认五百一十二兆", &["512"]), [true]);
    assert_eq!(matched("一共一万六千三百八十四个槽", &["16384"]), [true]);
    assert_eq!(matched("三点一四加的", &["3.14"]), [true]);
    assert_eq!(matched("端口六三七九", &["6379"]), [true]);
    assert_eq!(matched("十六个数据库", &["16"]), [true]);
    // A word that merely contains 一 is not a number.
    assert_eq!(matched("保证数据一致", &["一致"]), [true]);
}

#[test]
fn word_order_does_not_matter() {
    let specs = ["内存; 单线程"];
    assert_eq!(matched("单线程执行命令，数据放在内存", &specs), [true]);
    assert_eq!(matched("数据放在内存，单线程执行命令", &specs), [true]);
    assert_eq!(
        matched("数据放在内存", &specs),
        [false],
        "every group is needed"
    );
}

#[test]
fn width_case_and_spacing_do_not_matter() {
    assert_eq!(
        matched(
            "ＳＥＬＥＣＴ … ｆｏｒ ｕｐｄａｔｅ 加锁",
            &["select for update"]
        ),
        [true]
    );
    assert_eq!(
        matched("用 select ... FOR UPDATE", &["SELECT ... FOR UPDATE"]),
        [true]
    );
    assert_eq!(matched("B+ 树", &["B+树"]), [true]);
    assert_eq!(matched("小的用 ListPack 编码", &["listpack"]), [true]);
}

#[test]
fn an_english_term_is_not_found_inside_a_longer_word() {
    assert_eq!(matched("reset the key", &["set"]), [false]);
    assert_eq!(matched("用 SET NX", &["set"]), [true]);
}

#[test]
fn a_negated_term_does_not_count() {
    assert_eq!(matched("Redis 不是单线程的", &["单线程"]), [false]);
    assert_eq!(matched("不是多线程，是单线程", &["单线程"]), [true]);
    assert_eq!(matched("没有索引", &["索引"]), [false]);
    assert_eq!(matched("字符串是不可变的", &["不可变"]), [true]);
}

#[test]
fn evidence_points_at_the_words_said() {
    let answer = "嗯，瑞迪斯快是因为数据在内存里";
    let m = &match_points(answer, &terms(&["redis; 内存"]))[0];
    assert!(m.matched);
    let said: Vec<&str> = m.evidence.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(said, ["瑞迪斯", "内存"]);
    let chars: Vec<char> = answer.chars().collect();
    for e in &m.evidence {
        assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text);
    }
}

#[test]
fn an_empty_answer_matches_nothing_and_a_point_without_terms_is_never_suggested() {
    assert_eq!(matched("", &["内存", "redis"]), [false, false]);
    assert_eq!(matched("   嗯……", &["内存"]), [false]);
    let m = match_points("内存", &[None]);
    assert!(!m[0].matched && m[0].evidence.is_empty());
}

#[test]
fn annotations_that_cannot_match_are_refused() {
    assert_eq!(PointTerms::parse(""), Err(TermsError::Empty));
    assert_eq!(PointTerms::parse(" ; "), Err(TermsError::Empty));
    assert!(matches!(
        PointTerms::parse("内存 / ，"),
        Err(TermsError::EmptyVariant(_))
    ));
    assert!(matches!(
        PointTerms::parse("嗯"),
        Err(TermsError::EmptyVariant(_))
    ));
}

#[test]
fn absurd_answers_are_read_as_text_quickly() {
    let long: String = "我觉得这个问题嗯然后就是说 🙂 <script>alert(1)</script> ".repeat(500);
    assert!(long.chars().count() > 20_000);
    let specs = ["内存", "redis; 单线程", "script"];
    assert_eq!(matched(&long, &specs), [false, false, true]);
    let m = &match_points(&long, &terms(&specs))[2];
    assert_eq!(
        m.evidence[0].text, "script",
        "evidence is the text, not markup"
    );
}

const FILLERS: &[&str] = &["嗯", "然后", "就是说", "对吧", "呃", "那个", "其实"];

proptest! {
    #[test]
    fn filler_words_anywhere_never_remove_a_match(
        fillers in proptest::collection::vec((0usize..200, 0usize..FILLERS.len()), 0..12),
    ) {
        let answer = "Redis 快因为数据在内存里，单线程执行命令，用 epoll 做 I/O 多路复用，小对象用 listpack 编码，默认十六个库";
        let specs = ["内存", "单线程", "epoll / 多路复用", "listpack", "16; 库"];
        let before = matched(answer, &specs);
        prop_assert_eq!(&before, &vec![true; 5]);
        let mut chars: Vec<char> = answer.chars().collect();
        // Places in the answer as said, filled from the end so each stays
        // where it was chosen.
        let mut places: Vec<(usize, usize)> = fillers
            .into_iter()
            .map(|(at, f)| (at % (chars.len() + 1), f))
            .collect();
        places.sort_by_key(|p| std::cmp::Reverse(p.0));
        for (at, f) in places {
            // Speech puts fillers between words, not inside an English one.
            if at > 0 && at < chars.len() && chars[at - 1].is_ascii_alphanumeric() && chars[at].is_ascii_alphanumeric() {
                continue;
            }
            chars.splice(at..at, FILLERS[f].chars());
        }
        let padded: String = chars.into_iter().collect();
        prop_assert_eq!(matched(&padded, &specs), before, "{}", padded);
    }

    #[test]
    fn the_matcher_never_panics_and_evidence_is_in_the_answer(answer in "\\PC{0,200}") {
        let specs = ["内存", "redis; 16", "3.14"];
        let chars: Vec<char> = answer.chars().collect();
        for m in match_points(&answer, &terms(&specs)) {
            for e in m.evidence {
                prop_assert!(e.start < e.end && e.end <= chars.len());
            }
        }
    }
}

#[test]
fn an_identifier_is_one_word() {
    assert_eq!(matched("用 prefetch_related 预取", &["prefetch"]), [false]);
    assert_eq!(
        matched("用 prefetch_related 预取", &["prefetch_related"]),
        [true]
    );
    assert_eq!(matched("设 max_workers", &["workers"]), [false]);
}

#[test]
fn asking_whether_is_not_denying() {
    assert_eq!(matched("看看有没有边界条件没处理", &["边界"]), [true]);
    assert_eq!(matched("没有边界条件", &["边界"]), [false]);
}

#[test]
fn a_hedged_denial_does_not_count_either() {
    assert_eq!(matched("build 我不太用", &["用"]), [false]);
    assert_eq!(matched("不怎么用索引", &["用索引"]), [false]);
}
