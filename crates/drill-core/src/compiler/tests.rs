//! One test per rule of docs/bank-format.md, each through `compile_bank`
//! exactly as the build runs it.

use super::*;
use crate::bank::{Probe, QuestionType};

const OPEN: &str = "\
# Redis

## redis-why-fast
- type: open
- difficulty: 2
- time: 120
- tags: 性能, 线程模型
- seed: s03
- follow: redis-single-thread

### 问题
Redis 为什么快？

### 要点
- 数据在**内存**
- 单线程执行命令
- I/O 多路复用

### 简答
因为数据在内存里，单线程执行命令，用 I/O 多路复用处理连接。

### 详解
完整的答案，见 [单线程](#/q/redis-single-thread)。

```python
print(1)  # 注释
```

#### 小结
| 原因 | 说明 |
|---|---|
| 内存 | 快 |

### 参考
- [Redis 文档](https://redis.io/docs/latest/)

## redis-single-thread
- type: single
- difficulty: 1
- time: 30

### 问题
Redis 7 执行命令用几个线程？

### 选项
- [x] 一个
- [ ] 每个连接一个

### 解析
A 对：命令由主线程串行执行。B 错：没有每个连接一个线程。
";

fn file(name: &str, text: &str) -> SourceFile {
    SourceFile {
        path: format!("questions/{name}"),
        text: text.to_string(),
    }
}

fn seeds() -> super::seed::Seed {
    let line = |id: &str| super::seed::SeedLine {
        id: id.into(),
        text: String::new(),
    };
    super::seed::Seed {
        questions: vec![line("s03")],
        advice: vec![line("a01")],
    }
}

fn compile(text: &str) -> Result<CompiledBank, Vec<BankError>> {
    compile_bank(&[file("01-redis.md", text)], &[], &seeds())
}

/// The single error `text` produces, as `line: message`.
fn only_error(text: &str) -> (usize, String) {
    let errors = compile(text).expect_err("the file should be rejected");
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    (errors[0].line, errors[0].message.clone())
}

#[test]
fn a_valid_file_round_trips_every_field() {
    let bank = compile(OPEN).unwrap();
    assert_eq!(bank.topics[0].id, "redis");
    assert_eq!(bank.topics[0].name, "Redis");
    let q = &bank.questions[0];
    assert_eq!(q.id, "redis-why-fast");
    assert_eq!(q.topic, "redis");
    assert_eq!(q.kind, QuestionType::Open);
    assert_eq!((q.difficulty, q.time_secs), (2, 120));
    assert_eq!(q.tags.as_ref(), ["性能", "线程模型"]);
    assert_eq!(q.seed.as_ref(), ["s03"]);
    assert_eq!(q.follow_ups.as_ref(), ["redis-single-thread"]);
    assert_eq!(q.prompt, "<p>Redis 为什么快？</p>");
    assert_eq!(q.key_points[0], "数据在<strong>内存</strong>");
    assert_eq!(q.key_points.len(), 3);
    assert_eq!(
        q.short_answer,
        "<p>因为数据在内存里，单线程执行命令，用 I/O 多路复用处理连接。</p>"
    );
    assert!(
        q.full_answer
            .contains("<a href=\"#/q/redis-single-thread\">单线程</a>")
    );
    assert!(!q.full_answer.contains("<span class=\"k\">print</span>"));
    assert!(q.full_answer.contains("<span class=\"c\"># 注释</span>"));
    assert!(q.full_answer.contains("<h4>小结</h4>"));
    assert!(q.full_answer.contains("<table>"));
    assert_eq!(q.links[0].title, "Redis 文档");
    assert_eq!(q.links[0].url, "https://redis.io/docs/latest/");

    let choice = &bank.questions[1];
    assert_eq!(choice.kind, QuestionType::SingleChoice);
    assert_eq!(choice.choices.len(), 2);
    assert!(choice.choices[0].correct && !choice.choices[1].correct);
    assert_eq!(choice.choices[0].html, "一个");
    assert_eq!(
        choice.explanation,
        "<p>A 对：命令由主线程串行执行。B 错：没有每个连接一个线程。</p>"
    );
}

#[test]
fn the_app_gets_every_question_as_compiled() {
    let bank = compile(OPEN).unwrap();
    assert_eq!(packed_round_trip(&bank).questions, bank.questions);
}

fn packed_round_trip(bank: &CompiledBank) -> crate::bank::Bank {
    let packed = bank.pack();
    crate::bank::packed::unpack(packed.text.leak(), &packed.layout).unwrap()
}

#[test]
fn graded_types_compile() {
    let text = "\
# T

## t-tf
- type: truefalse
- difficulty: 1
- time: 20

### 问题
字符串可变。

### 答案
错

### 解析
str 不可变。

## t-fill
- type: fill
- difficulty: 1
- time: 20

### 问题
查看用户进程：`top ____ alice`

### 答案
- -u
- `-U`

### 解析
-u 按有效用户过滤。

## t-order
- type: ordering
- difficulty: 2
- time: 40

### 问题
排序 SQL 执行顺序

### 顺序
1. FROM
2. WHERE
3. SELECT

### 解析
先取数据再过滤。

## t-multi
- type: multiple
- difficulty: 2
- time: 40

### 问题
哪些不可变？

### 选项
- [x] str
- [x] tuple
- [ ] list

### 解析
A、B 对。C 错：list 可变。
";
    let bank = compile(text).unwrap();
    let [tf, fill, order, multi] = &bank.questions[..] else {
        panic!("four questions expected");
    };
    assert_eq!(tf.true_false_answer(), Some(false));
    assert_eq!(fill.accepted.as_ref(), ["-u", "-U"]);
    assert_eq!(order.order.as_ref(), ["FROM", "WHERE", "SELECT"]);
    assert_eq!(multi.choices.iter().filter(|c| c.correct).count(), 2);
}

#[test]
fn a_duplicate_id_names_both_places() {
    let errors = compile_bank(
        &[
            file("01-redis.md", OPEN),
            file("02-copy.md", &OPEN.replace("# Redis", "# Copy")),
        ],
        &[],
        &seeds(),
    )
    .unwrap_err();
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        messages.contains(
            &"questions/02-copy.md:3: duplicate id `redis-why-fast` (first defined at questions/01-redis.md:3)"
                .to_string()
        ),
        "{messages:#?}"
    );
}

#[test]
fn an_unknown_follow_up_points_at_its_line() {
    let text = OPEN.replace("- follow: redis-single-thread", "- follow: redis-nope");
    assert_eq!(
        only_error(&text),
        (9, "unknown follow-up id `redis-nope`".into())
    );
}

/// OPEN with a second follow-up (a copy of the choice question) to mark.
fn with_follow(follow: &str) -> String {
    let copy = &OPEN[OPEN.find("## redis-single-thread").unwrap()..];
    let text = format!(
        "{OPEN}\n{}",
        copy.replace("redis-single-thread", "redis-threads")
    );
    text.replace(
        "- follow: redis-single-thread",
        &format!("- follow: {follow}"),
    )
}

#[test]
fn follow_ups_say_which_key_point_they_probe_and_which_goes_deeper() {
    let bank = compile(&with_follow(
        "redis-single-thread (2)，redis-threads（harder）",
    ))
    .unwrap();
    let q = &bank.questions[0];
    assert_eq!(
        q.follow_ups.as_ref(),
        ["redis-single-thread", "redis-threads"]
    );
    assert_eq!(
        q.follow_probes.as_ref(),
        [Probe::KeyPoint(1), Probe::Harder]
    );
    assert_eq!(
        packed_round_trip(&bank).questions[0].follow_probes,
        q.follow_probes
    );
    // Unmarked follow-ups are asked whatever the answer said.
    let plain = compile(OPEN).unwrap();
    assert_eq!(plain.questions[0].follow_probes.as_ref(), [Probe::Any]);
}

#[test]
fn a_follow_up_mark_naming_no_key_point_points_at_its_line() {
    for n in ["0", "4"] {
        assert_eq!(
            only_error(&with_follow(&format!(
                "redis-single-thread ({n}), redis-threads"
            ))),
            (
                9,
                format!("follow-up `({n})` names no key point (this question has 3)")
            )
        );
    }
}

#[test]
fn a_marked_follow_up_that_does_not_exist_points_at_its_line() {
    assert_eq!(
        only_error(&with_follow("redis-nope (1), redis-threads (harder)")),
        (9, "unknown follow-up id `redis-nope`".into())
    );
}

#[test]
fn follow_up_marks_are_written_one_way() {
    for bad in [
        "redis-threads (more)",
        "redis-threads (2",
        "redis-threads (1, 2)",
    ] {
        let (line, message) = only_error(&with_follow(bad));
        assert_eq!(line, 9, "{bad}");
        assert!(
            message.starts_with("a follow-up is `id`"),
            "{bad}: {message}"
        );
    }
    let (line, message) = only_error(&with_follow(
        "redis-single-thread (harder), redis-threads (harder)",
    ));
    assert_eq!(
        (line, message.as_str()),
        (9, "only one follow-up can be marked `(harder)`")
    );
}

#[test]
fn only_open_questions_mark_their_follow_ups() {
    let text = with_follow("redis-single-thread").replacen(
        "- time: 30\n",
        "- time: 30\n- follow: redis-threads (1)\n",
        1,
    );
    let errors = compile(&text).expect_err("a graded question has no key points to probe");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0]
            .message
            .starts_with("only an open question's follow-ups can be marked"),
        "{}",
        errors[0]
    );
}

#[test]
fn an_unknown_seed_id_is_an_error() {
    let text = OPEN.replace("- seed: s03", "- seed: s99");
    assert_eq!(
        only_error(&text),
        (
            8,
            "unknown seed id `s99` (questions cite `## 问题` lines of questions/SEED.md)".into()
        )
    );
}

#[test]
fn a_missing_field_is_named() {
    let text = OPEN.replace("- difficulty: 2\n", "");
    assert_eq!(
        only_error(&text),
        (
            3,
            "question `redis-why-fast` is missing `- difficulty: …`".into()
        )
    );
}

#[test]
fn a_missing_section_is_named() {
    let text = OPEN.replace(
        "### 简答\n因为数据在内存里，单线程执行命令，用 I/O 多路复用处理连接。\n",
        "",
    );
    assert_eq!(
        only_error(&text),
        (
            3,
            "question `redis-why-fast` (open) is missing section `### 简答`".into()
        )
    );
}

#[test]
fn a_choice_question_needs_a_correct_choice() {
    let text = OPEN.replace("- [x] 一个", "- [ ] 一个");
    let (line, message) = only_error(&text);
    assert_eq!(line, 45);
    assert!(message.contains("no correct choice"), "{message}");
}

#[test]
fn a_single_choice_question_has_only_one_correct_choice() {
    let text = OPEN.replace("- [ ] 每个连接一个", "- [x] 每个连接一个");
    assert!(only_error(&text).1.contains("exactly one correct choice"));
}

#[test]
fn an_ordering_question_needs_three_items() {
    let text = "# T\n\n## t-o\n- type: ordering\n- difficulty: 1\n- time: 30\n\n### 问题\n排\n\n### 顺序\n1. a\n2. b\n\n### 解析\n因为。\n";
    assert_eq!(
        only_error(text),
        (
            11,
            "an ordering question needs at least 3 items, found 2".into()
        )
    );
}

#[test]
fn raw_html_is_refused_wherever_it_is() {
    let block = OPEN.replace("完整的答案", "<script>alert(1)</script>\n\n完整的答案");
    let (line, message) = only_error(&block);
    assert_eq!(line, 23);
    assert!(message.starts_with("raw HTML is not allowed"), "{message}");

    let inline = OPEN.replace("因为数据在内存里，", "因为<br>数据在内存里，");
    assert_eq!(only_error(&inline).0, 20);

    let comment = OPEN.replace("完整的答案", "<!-- note -->\n\n完整的答案");
    assert!(only_error(&comment).1.starts_with("raw HTML"));
}

#[test]
fn html_in_code_is_fine() {
    let text = OPEN.replace("因为数据在内存里，", "因为 `<br>` 数据在内存里，");
    let bank = compile(&text).unwrap();
    assert!(
        bank.questions[0]
            .short_answer
            .contains("<code>&lt;br&gt;</code>")
    );
}

#[test]
fn only_web_and_relative_links_are_allowed() {
    for bad in [
        "javascript:alert(1)",
        "data:text/html,x",
        "JavaScript:void(0)",
        "file:///etc/passwd",
    ] {
        let text = OPEN.replace("https://redis.io/docs/latest/", bad);
        let (line, message) = only_error(&text);
        assert_eq!(line, 35, "{bad}");
        assert!(message.contains("is not allowed"), "{message}");
    }
    for good in [
        "http://a.cn",
        "mailto:a@b.cn",
        "#/q/x",
        "../docs/a.md",
        "page?x=a:b",
    ] {
        assert!(markdown::is_allowed_url(good), "{good}");
    }
}

#[test]
fn unknown_fields_and_sections_and_bad_values_are_errors() {
    let has = |text: &str, wanted: &str| {
        let errors = compile(text).expect_err("the file should be rejected");
        assert!(
            errors.iter().any(|e| e.message.contains(wanted)),
            "{wanted}: {errors:#?}"
        );
    };
    has(
        &OPEN.replace("- time: 120", "- tiem: 120"),
        "unknown field `tiem`",
    );
    has(
        &OPEN.replace("### 简答", "### 简要"),
        "unknown section `简要`",
    );
    has(
        &OPEN.replace("- difficulty: 2", "- difficulty: 5"),
        "difficulty must be 1, 2 or 3",
    );
    has(
        &OPEN.replace("- type: single", "- type: essay"),
        "unknown type `essay`",
    );
}

#[test]
fn a_section_of_another_type_is_an_error() {
    let text = OPEN.replace(
        "### 解析\nA 对",
        "### 要点\n- a\n- b\n- c\n\n### 解析\nA 对",
    );
    assert!(
        only_error(&text)
            .1
            .contains("does not belong to a single question")
    );
}

#[test]
fn key_points_are_three_to_six() {
    let text = OPEN.replace("- I/O 多路复用\n", "");
    assert!(only_error(&text).1.contains("3 to 6 key points, found 2"));
}

#[test]
fn a_badly_named_file_is_refused() {
    let errors = compile_bank(&[file("redis.md", OPEN)], &[], &seeds()).unwrap_err();
    assert_eq!(errors[0].line, 1);
    assert!(errors[0].message.contains("NN-topic.md"));
}

#[test]
fn errors_read_as_path_line_message() {
    let error = BankError {
        path: "questions/05-redis.md".into(),
        line: 7,
        message: "boom".into(),
    };
    assert_eq!(error.to_string(), "questions/05-redis.md:7: boom");
}

#[test]
fn several_errors_are_reported_at_once() {
    let text = OPEN
        .replace("- time: 120", "- time: 5")
        .replace("- [x] 一个", "- [ ] 一个");
    assert_eq!(compile(&text).unwrap_err().len(), 2);
}

const TIP: &str = "# 介绍一个概念\n- seed: a01\n\n先说它**是什么**，再说它解决什么问题。\n";

#[test]
fn a_question_shows_a_tip_that_exists() {
    let text = OPEN.replace("- seed: s03\n", "- seed: s03\n- tip: describe\n");
    let bank = compile_bank(
        &[file("01-redis.md", &text)],
        &[file("tips/describe.md", TIP)],
        &seeds(),
    )
    .unwrap();
    assert_eq!(bank.questions[0].tip.as_deref(), Some("describe"));
    assert_eq!(bank.tips[0].title, "介绍一个概念");
    assert_eq!(
        bank.tips[0].html,
        "<p>先说它<strong>是什么</strong>，再说它解决什么问题。</p>"
    );
    assert_eq!(bank.tips[0].seed.as_ref(), ["a01"]);
    let unpacked = packed_round_trip(&bank);
    assert_eq!(unpacked.tips, bank.tips);
    assert_eq!(unpacked.questions[0].tip.as_deref(), Some("describe"));

    let errors = compile_bank(&[file("01-redis.md", &text)], &[], &seeds()).unwrap_err();
    assert_eq!(errors[0].line, 9);
    assert_eq!(
        errors[0].message,
        "unknown tip `describe` (see questions/tips/)"
    );
}

#[test]
fn a_tip_is_held_to_the_same_rules() {
    let unsafe_tip = TIP.replace("再说", "<b>再说</b>");
    let errors = compile_bank(&[], &[file("tips/describe.md", &unsafe_tip)], &seeds()).unwrap_err();
    assert_eq!(
        errors[0].to_string().split(": ").next(),
        Some("questions/tips/describe.md:4")
    );
    // Tips cite advice, not questions.
    let bad_seed = TIP.replace("a01", "s03");
    let errors = compile_bank(&[], &[file("tips/describe.md", &bad_seed)], &seeds()).unwrap_err();
    assert_eq!(errors[0].line, 2);
}

#[test]
fn checked_names_what_the_answer_was_checked_against() {
    let text = OPEN.replacen(
        "- tags: 性能",
        "- checked: Redis 8.2, Valkey 8.1\n- not-run: needs a Redis server\n- tags: 性能",
        1,
    );
    let bank = compile(&text).unwrap();
    assert_eq!(bank.checked.len(), bank.questions.len());
    assert_eq!(bank.checked[0].against, ["Redis 8.2", "Valkey 8.1"]);
    assert_eq!(
        bank.checked[0].not_run.as_deref(),
        Some("needs a Redis server")
    );
    assert!(bank.checked[1].against.is_empty());
    assert_eq!(
        (bank.checked[1].path.as_str(), bank.checked[1].line),
        ("questions/01-redis.md", 39),
        "where the question is, for the missing-line error"
    );
}

#[test]
fn a_checked_item_without_a_version_is_an_error() {
    for value in ["Redis", "Redis latest", ""] {
        let text = OPEN.replacen(
            "- tags: 性能",
            &format!("- checked: {value}\n- tags: 性能"),
            1,
        );
        let (line, message) = only_error(&text);
        assert_eq!(line, 7, "{value}");
        assert!(message.contains("checked"), "{message}");
    }
}

#[test]
fn a_key_point_the_answer_does_not_teach_is_refused_at_its_line() {
    let text = OPEN.replace("- 单线程执行命令\n", "- 单线程执行命令\n- listpack 编码\n");
    let (line, message) = only_error(&text);
    assert_eq!(line, 17, "the key point's own line");
    assert!(message.contains("key point 3"), "{message}");
    assert!(message.contains("listpack"), "{message}");
    let exempt = text.replacen(
        "- tags:",
        "- key-point-exempt: 3: 延伸阅读，不计分\n- tags:",
        1,
    );
    compile(&exempt).unwrap();
    let wrong = text.replacen("- tags:", "- key-point-exempt: 9: 不存在\n- tags:", 1);
    let errors = compile(&wrong).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("names no key point"))
    );
}

#[test]
fn key_point_terms_are_read_as_written_one_line_per_key_point() {
    let terms = "### 判分词\n- 内存 / memory\n- __call__ / except*\n- 多路复用; epoll\n\n### 简答";
    let text = OPEN.replacen("### 简答", terms, 1);
    let bank = compile(&text).unwrap();
    assert_eq!(
        bank.questions[0].key_terms.as_ref(),
        ["内存 / memory", "__call__ / except*", "多路复用; epoll"]
    );
    let short = OPEN.replacen("### 简答", "### 判分词\n- 内存\n\n### 简答", 1);
    let (_, message) = only_error(&short);
    assert!(message.contains("one line per key point"), "{message}");
    let empty = OPEN.replacen(
        "### 简答",
        "### 判分词\n- 内存\n- ，\n- epoll\n\n### 简答",
        1,
    );
    let (_, message) = only_error(&empty);
    assert!(message.contains("key point 2"), "{message}");
}

#[test]
fn words_about_source_notes_are_refused_where_the_user_reads_them() {
    // In an answer: refused at its line, whatever the case or the phrasing.
    let text = OPEN.replace(
        "完整的答案，见",
        "原笔记里写的是\"单线程所以快\"，这只说对了一半；完整的答案，见",
    );
    let (line, message) = only_error(&text);
    assert_eq!(line, 23);
    assert!(message.starts_with("`原笔记` points at notes"), "{message}");
    for leak in ["（种子笔记链接）", "Seed notes say", "见原答案"] {
        let text = OPEN.replace("Redis 为什么快？\n", &format!("Redis 为什么快？{leak}\n"));
        assert_eq!(only_error(&text).0, 12, "{leak}");
    }
    // In a choice, a link title, a code comment: all shown, all checked.
    let text = OPEN.replace("- [ ] 每个连接一个", "- [ ] 种子里说每个连接一个");
    assert_eq!(only_error(&text).0, 47);
    let text = OPEN.replace("[Redis 文档]", "[原笔记链接]");
    assert_eq!(only_error(&text).0, 35);
    let text = OPEN.replace("# 注释", "# 种子笔记");
    assert_eq!(only_error(&text).0, 26);
    // A random seed is a term of its own; metadata and key-point terms
    // never reach the screen.
    let text = OPEN.replace("# 注释", "# 固定随机种子，结果可复现");
    assert!(compile(&text).is_ok());
    assert_eq!(compile(OPEN).unwrap().questions[0].seed.as_ref(), ["s03"]);
    let text = OPEN.replace(
        "### 参考",
        "### 判分词\n- 内存 / 种子\n- 单线程\n- 多路复用\n\n### 参考",
    );
    assert!(compile(&text).is_ok());
    // A tip is read the same way, past its `- seed:` lines.
    let tip = TIP.replace("再说它解决", "原笔记建议再说它解决");
    let errors = compile_bank(&[], &[file("tips/describe.md", &tip)], &seeds()).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        errors[0].to_string().split(": ").next(),
        Some("questions/tips/describe.md:4")
    );
}

#[test]
fn a_choice_explanation_names_every_choice_by_its_letter() {
    // B is only named inside words (`Bob`, `ABC`): the wrong choice is not explained.
    let text = OPEN.replace(
        "A 对：命令由主线程串行执行。B 错：没有每个连接一个线程。",
        "A 对：命令由主线程串行执行，Bob 说的 ABC 不对。",
    );
    let (line, message) = only_error(&text);
    assert_eq!(line, 49);
    assert!(message.ends_with("it never names B"), "{message}");
    // Letters beside Chinese text or punctuation count: 选A，B错。
    let text = OPEN.replace(
        "A 对：命令由主线程串行执行。B 错：没有每个连接一个线程。",
        "选A，B错：没有每个连接一个线程。",
    );
    assert!(compile(&text).is_ok());
}
