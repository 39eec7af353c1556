use drill_core::bank::{Question, QuestionType, choice_letter, scrambled_order};
use leptos::prelude::*;

use super::answer_reveal::AnswerReveal;
use crate::i18n::{Strings, strings};

/// A graded question's choices or items, and behind a tap its answer and why.
/// Read, not answered here: the choices are a plain lettered list, not
/// controls (a round is where they are picked), and which are right shows
/// only with the answer.
#[component]
pub fn GradedAnswer(question: &'static Question) -> impl IntoView {
    let s = strings();
    let before = match question.kind {
        QuestionType::SingleChoice | QuestionType::MultipleChoice => view! {
            <ol class="choices listed">
                {question.choices.iter().enumerate().map(|(i, c)| choice_item(i, c.html.as_ref())).collect_view()}
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
        QuestionType::SingleChoice | QuestionType::MultipleChoice => view! {
            <p class="solution">{question.correct_letters()}</p>
            <ol class="choices listed correct" aria-label=s.correct_choices>
                {question.choices.iter().enumerate().filter(|(_, c)| c.correct)
                    .map(|(i, c)| choice_item(i, c.html.as_ref())).collect_view()}
            </ol>
        }
        .into_any(),
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

/// "A. …": the letter a round and the answer name the choice by.
fn choice_item(index: usize, html: &'static str) -> impl IntoView {
    view! {
        <li><span class="letter">{format!("{}.", choice_letter(index))}</span><span inner_html=html></span></li>
    }
}
