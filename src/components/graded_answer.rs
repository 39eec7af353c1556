use drill_core::bank::{Question, QuestionType, choice_letter, scrambled_order};
use leptos::prelude::*;

use super::answer_reveal::AnswerReveal;

/// A graded question's choices or items, and behind a tap its answer and why.
#[component]
pub fn GradedAnswer(question: &'static Question) -> impl IntoView {
    let before = match question.kind {
        QuestionType::SingleChoice | QuestionType::MultipleChoice => view! {
            <ol class="choices">
                {question.choices.iter().enumerate().map(|(i, c)| view! {
                    <li><span class="letter">{choice_letter(i)}</span><span inner_html=c.html.as_ref()></span></li>
                }).collect_view()}
            </ol>
        }
        .into_any(),
        QuestionType::Ordering => view! {
            <p class="hint">"把下面几项排成正确的顺序："</p>
            <ul class="order-items">
                {scrambled_order(&question.id, question.order.len()).into_iter()
                    .map(|i| view! { <li inner_html=question.order[i].as_ref()></li> })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        QuestionType::TrueFalse => view! { <p class="hint">"这句话对吗？"</p> }.into_any(),
        _ => view! { <p class="hint">"想好填什么，再看答案。"</p> }.into_any(),
    };
    view! {
        <section class="answer">
            {before}
            <AnswerReveal label="显示答案">
                <h2>"答案"</h2>
                {solution(question)}
                <h2>"解析"</h2>
                <div class="explanation" inner_html=question.explanation.as_ref()></div>
            </AnswerReveal>
        </section>
    }
}

fn solution(question: &'static Question) -> AnyView {
    match question.kind {
        QuestionType::SingleChoice | QuestionType::MultipleChoice => {
            view! { <p class="solution">{question.correct_letters()}</p> }.into_any()
        }
        QuestionType::Ordering => view! {
            <ol class="solution order-solution">
                {question.order.iter().map(|item| view! { <li inner_html=item.as_ref()></li> }).collect_view()}
            </ol>
        }
        .into_any(),
        QuestionType::TrueFalse => {
            let verdict = match question.true_false_answer() {
                Some(true) => "对",
                _ => "错",
            };
            view! { <p class="solution">{verdict}</p> }.into_any()
        }
        _ => view! {
            <p class="solution">{question.accepted.join(" / ")}</p>
        }
        .into_any(),
    }
}
