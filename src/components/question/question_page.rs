use drill_core::bank::{Question, QuestionType};
use drill_core::round::RoundConfig;
use leptos::prelude::*;

use super::answer_reveal::AnswerReveal;
use super::question_links::QuestionLinks;
use super::question_marks::QuestionMarks;
use crate::bank_data::BANK;
use crate::components::common::answer_tip::AnswerTip;
use crate::components::common::question_badges::QuestionBadges;
use crate::components::round::round_history::format_date;
use crate::components::round::session_start::start_and_show;
use crate::i18n::{Strings, strings};
use crate::state::kept_answers::KeptAnswers;
use crate::state::rounds::Rounds;

/// One question: the prompt, then its answer in the form its type has.
#[component]
pub fn QuestionPage(id: String) -> impl IntoView {
    let s = strings();
    let Some(question) = BANK.question(&id) else {
        return view! {
            <section class="notice-screen">
                <h1>{s.question_missing_title}</h1>
                <p>{(s.question_missing_body)(&id)}</p>
                <a class="button" href="#/">{s.back_to_bank}</a>
            </section>
        }
        .into_any();
    };
    let rounds = expect_context::<Rounds>();
    // A mock round of this one question, its answer hidden until asked for.
    let practise = move |_| {
        let config = RoundConfig::default().retry(vec![question.id.to_string()]);
        start_and_show(rounds, config, false);
    };
    view! {
        <article class="question-page">
            <a class="back" href="#/">{s.back_link}</a>
            <h1 class="question-heading">{BANK.topic_name(&question.topic)}</h1>
            <QuestionBadges question=question with_topic=false explain=true/>
            <button class="button small practise-this" on:click=practise>{s.practise_this}</button>
            <div class="prompt" inner_html=question.prompt.as_ref()></div>
            {answer_view(s, question)}
            <KeptAnswerList id=question.id.to_string()/>
            <QuestionMarks id=question.id.to_string()/>
            <QuestionLinks question=question/>
        </article>
    }
    .into_any()
}

/// The answer; an answering tip comes folded after the key points, so the
/// answer itself is what the page opens on.
fn answer_view(s: &'static Strings, question: &'static Question) -> AnyView {
    let tip = move || {
        question
            .tip
            .as_deref()
            .and_then(|id| BANK.tip(id))
            .map(|tip| view! { <AnswerTip tip=tip/> })
    };
    match question.kind {
        QuestionType::Open => view! {
            <section class="answer">
                <h2>{s.key_points}</h2>
                <ul class="key-points">
                    {question.key_points.iter().map(|p| view! { <li inner_html=p.as_ref()></li> }).collect_view()}
                </ul>
                {tip()}
                <h2>{s.short_answer}</h2>
                <div class="short-answer" inner_html=question.short_answer.as_ref()></div>
                <AnswerReveal label=s.show_full_answer>
                    <h2>{s.full_answer}</h2>
                    <div class="full-answer" inner_html=question.full_answer.as_ref()></div>
                </AnswerReveal>
            </section>
        }
        .into_any(),
        _ => view! {
            <super::graded_answer::GradedAnswer question=question/>
            {tip()}
        }
        .into_any(),
    }
}

/// The user's own earlier answers to this question, when they keep them.
#[component]
fn KeptAnswerList(id: String) -> impl IntoView {
    let kept = expect_context::<KeptAnswers>();
    let s = strings();
    move || {
        let answers = kept.of(&id);
        (!answers.is_empty()).then(|| {
            view! {
                <section class="kept-answers">
                    <h2>{s.kept_answers_title}</h2>
                    <ul>
                        {answers.into_iter().map(|a| view! {
                            <li>
                                <span class="muted">{format_date(s, a.at_ms)}</span>
                                <p>{a.text}</p>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
