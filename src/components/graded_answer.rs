use drill_core::bank::{Question, QuestionType, choice_letter, scrambled_order};
use leptos::prelude::*;

use super::answer_reveal::AnswerReveal;
use crate::i18n::{Strings, strings};

/// A graded question's choices or items, and behind a tap its answer and why.
#[component]
pub fn GradedAnswer(question: &'static Question) -> impl IntoView {
    let s = strings();
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
            <p class="hint">{s.order_hint}</p>
            <ul class="order-items">
                {scrambled_order(&question.id, question.order.len()).into_iter()
                    .map(|i| view! { <li inner_html=question.order[i].as_ref()></li> })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        QuestionType::TrueFalse => view! { <p class="hint">{s.true_false_hint}</p> }.into_any(),
        _ => view! { <p class="hint">{s.fill_in_hint}</p> }.into_any(),
    };
    view! {
        <section class="answer">
            {before}
            <AnswerReveal label=s.show_answer>
                <h2>{s.answer}</h2>
                {solution(s, question)}
                <h2>{s.explanation}</h2>
                <div class="explanation" inner_html=question.explanation.as_ref()></div>
            </AnswerReveal>
        </section>
    }
}

fn solution(s: &'static Strings, question: &'static Question) -> AnyView {
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
            let verdict = s.truth(question.true_false_answer() == Some(true));
            view! { <p class="solution">{verdict}</p> }.into_any()
        }
        _ => view! {
            // The first accepted spelling is the answer; the others are only
            // what grading also takes.
            <p class="solution">{question.accepted.first().map(|a| a.to_string())}</p>
        }
        .into_any(),
    }
}
