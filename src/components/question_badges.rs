use drill_core::bank::{Question, difficulty_label};
use leptos::prelude::*;

use crate::bank_data::BANK;

/// Topic, type, difficulty and suggested time of a question, in one line.
/// A page already titled with the topic leaves it out.
#[component]
pub fn QuestionBadges(
    question: &'static Question,
    #[prop(default = true)] with_topic: bool,
) -> impl IntoView {
    view! {
        <p class="badges">
            {with_topic.then(|| view! { <span class="badge topic">{BANK.topic_name(&question.topic)}</span> })}
            <span class="badge">{question.kind.label()}</span>
            <span class="badge">{difficulty_label(question.difficulty)}</span>
            <span class="badge">{format!("{} 秒", question.time_secs)}</span>
            {(!question.seed.is_empty()).then(|| view! { <span class="badge real">"真题"</span> })}
        </p>
    }
}
