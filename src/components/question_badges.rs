use drill_core::bank::Question;
use leptos::prelude::*;

use crate::bank_data::BANK;
use crate::i18n::strings;

/// Topic, type, difficulty and suggested time of a question, in one line.
/// A page already titled with the topic leaves it out.
#[component]
pub fn QuestionBadges(
    question: &'static Question,
    #[prop(default = true)] with_topic: bool,
) -> impl IntoView {
    let s = strings();
    view! {
        <p class="badges">
            {with_topic.then(|| view! { <span class="badge topic">{BANK.topic_name(&question.topic)}</span> })}
            <span class="badge">{s.kind(question.kind)}</span>
            <span class="badge">{s.difficulty(question.difficulty)}</span>
            <span class="badge">{(s.seconds)(question.time_secs)}</span>
            {(!question.seed.is_empty()).then(|| view! { <span class="badge real">{s.real_question_badge}</span> })}
        </p>
    }
}
