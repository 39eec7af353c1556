use drill_core::bank::Question;
use drill_core::text::one_line;
use leptos::prelude::*;

use super::question_badges::QuestionBadges;

/// One row of a question list: the question's text and its badges, linking
/// to the question page.
#[component]
pub fn QuestionListItem(question: &'static Question) -> impl IntoView {
    let href = format!("#/q/{}", question.id);
    view! {
        <li>
            <a class="question-row" href=href>
                // The compiled prompt may hold code blocks; a list shows one line of text.
                <span class="question-title">{one_line(&question.prompt)}</span>
                <QuestionBadges question=question/>
            </a>
        </li>
    }
}
