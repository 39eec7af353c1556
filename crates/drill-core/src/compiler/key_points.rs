//! Users are graded on an open question's key points, so the answer must
//! teach each of them. The build refuses a key point that shares no
//! significant term with the 简答 and 详解: an English term or number it
//! names (`max_workers`, `3.13`, `KEEPTTL`) must appear there, and a key
//! point in Chinese only must share a two-character word with them.

use std::collections::HashSet;

/// Two-character runs too common in any Chinese sentence to show that the
/// answer covers a key point.
const COMMON_PAIRS: &[&str] = &[
    "一个", "一些", "一般", "不是", "不会", "不能", "不要", "之前", "之后", "也是", "什么", "他们",
    "以及", "会被", "但是", "使用", "其中", "出现", "可以", "可能", "因为", "如果", "它们", "就是",
    "就会", "并且", "怎么", "我们", "或者", "所以", "时候", "是否", "最后", "有的", "没有", "然后",
    "而且", "能够", "自己", "至少", "还是", "还有", "这个", "这些", "这样", "通过", "那个", "那些",
    "需要", "问题", "面试", "回答", "说明", "解释", "区别", "理解", "知道", "方式", "情况", "进行",
    "作用", "原因", "为了", "每个", "所有",
];

/// English words that name nothing on their own.
const COMMON_WORDS: &[&str] = &[
    "an", "and", "are", "as", "at", "be", "by", "do", "for", "from", "if", "in", "is", "it", "no",
    "not", "of", "on", "or", "the", "to", "vs", "with",
];

/// What a key point can be checked against: the answer's English terms and
/// its text.
pub(super) struct AnswerTerms {
    words: HashSet<String>,
    text: String,
}

impl AnswerTerms {
    pub fn of(answer_text: &str) -> Self {
        AnswerTerms {
            words: ascii_terms(answer_text).collect(),
            text: answer_text.to_string(),
        }
    }

    /// Whether the key point (its visible text) shares a significant term
    /// with the answer.
    pub fn explain(&self, key_point: &str) -> bool {
        let words: Vec<String> = ascii_terms(key_point).collect();
        if !words.is_empty() {
            return words.iter().any(|w| self.words.contains(w));
        }
        let pairs = cjk_pairs(key_point);
        pairs.is_empty() || pairs.iter().any(|p| self.text.contains(p.as_str()))
    }
}

/// Runs of ASCII letters, digits, `_` and inner dots, lowercased: `GIL`,
/// `max_workers`, `3.13`, `os.process_cpu_count`.
fn ascii_terms(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        .map(|t| t.trim_matches('.').to_ascii_lowercase())
        .filter(|t| t.len() >= 2 && !COMMON_WORDS.contains(&t.as_str()))
}

/// Every two neighbouring Chinese characters, but the common ones.
fn cjk_pairs(text: &str) -> Vec<String> {
    let mut pairs = Vec::new();
    let mut previous: Option<char> = None;
    for c in text.chars() {
        if is_cjk(c) {
            if let Some(p) = previous {
                let pair: String = [p, c].iter().collect();
                if !COMMON_PAIRS.contains(&pair.as_str()) {
                    pairs.push(pair);
                }
            }
            previous = Some(c);
        } else {
            previous = None;
        }
    }
    pairs
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::AnswerTerms;

    #[test]
    fn an_english_term_of_the_key_point_must_be_in_the_answer() {
        let answer = AnswerTerms::of("线程池默认 min(32, cpu + 4) 个线程，由 max_workers 决定。");
        assert!(answer.explain("max_workers 的默认值"));
        assert!(!answer.explain("3.13 起用 process_cpu_count"));
        assert!(answer.explain("MAX_WORKERS"), "case does not matter");
    }

    #[test]
    fn a_chinese_key_point_must_share_a_word_with_the_answer() {
        let answer = AnswerTerms::of("消费者用哨兵值退出，或者设为守护线程。");
        assert!(answer.explain("守护线程随主线程退出"));
        assert!(
            !answer.explain("可以关闭队列"),
            "only a common word is shared"
        );
    }

    #[test]
    fn common_words_do_not_count_as_shared() {
        let answer = AnswerTerms::of("The answer is in the cache and it is used.");
        assert!(!answer.explain("the index of a table"));
    }
}
