use drill_core::bank::Question;
use drill_core::text::one_line;
use leptos::prelude::*;

use crate::bank_data::BANK;
use crate::i18n::strings;

/// Follow-up questions (追问) an interviewer would ask next, and references.
#[component]
pub fn QuestionLinks(question: &'static Question) -> impl IntoView {
    let follow_ups: Vec<&'static Question> = question
        .follow_ups
        .iter()
        .filter_map(|id| BANK.question(id))
        .collect();
    let s = strings();
    view! {
        {(!follow_ups.is_empty()).then(|| view! {
            <section class="follow-ups">
                <h2>{s.follow_ups}</h2>
                <ul>
                    {follow_ups.into_iter().map(|f| view! {
                        <li><a href=format!("#/q/{}", f.id)>{one_line(&f.prompt)}</a></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {(!question.links.is_empty()).then(|| view! {
            <section class="references">
                <h2>{s.references}</h2>
                <ul>
                    {question.links.iter().map(|l| view! {
                        <li><a href=l.url.as_ref() target="_blank" rel="noopener noreferrer">{l.title.as_ref()}</a></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}
