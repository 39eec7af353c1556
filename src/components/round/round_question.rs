use drill_core::bank::{Question, QuestionType};
use drill_core::round::Step;
use leptos::prelude::*;

use super::graded_answer_input::GradedAnswerInput;
use super::open_answer_steps::OpenAnswerSteps;
use super::round_actions::RoundActions;
use crate::bank_data::BANK;
use crate::components::common::answer_tip::AnswerTip;
use crate::components::common::question_badges::QuestionBadges;
use crate::i18n::strings;
use crate::state::draft::Draft;

/// The current question of a round and the actions its step allows.
#[component]
pub fn RoundQuestion(question: &'static Question, step: Memo<Option<Step>>) -> impl IntoView {
    // Cleared before the inputs render, so nothing typed can be lost to it.
    expect_context::<Draft>().reset(question);
    let s = strings();
    let body = if question.kind == QuestionType::Open {
        view! { <OpenAnswerSteps question=question step=step/> }.into_any()
    } else {
        view! { <GradedAnswerInput question=question step=step/> }.into_any()
    };
    // Keyboard and screen reader users land on the new question, and
    // everyone sees it from its stem: the page starts at its top, not where
    // the last explanation was scrolled to.
    let article = NodeRef::<leptos::html::Article>::new();
    Effect::new(move |_| {
        if let Some(el) = article.get() {
            let _ = el.focus();
            if let Some(window) = web_sys::window() {
                window.scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
    });
    view! {
        <article class="round-question" tabindex="-1" node_ref=article aria-label=s.current_question>
            <QuestionBadges question=question explain=true/>
            <div class="prompt" inner_html=question.prompt.as_ref()></div>
            {body}
            // Folded, after the answer box and (once shown) the key points:
            // the question and the answer come first.
            {question.tip.as_deref().and_then(|id| BANK.tip(id)).map(|tip| view! { <AnswerTip tip=tip/> })}
        </article>
        <div class="action-bar">
            <RoundActions question=question step=step/>
        </div>
    }
}
