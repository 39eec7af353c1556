use drill_core::bank::{Question, QuestionType};
use drill_core::grade::{SelfGrade, grade_open, suggested_self_grade};
use drill_core::round::Step;
use leptos::prelude::*;

use crate::i18n::strings;
use crate::state::draft::Draft;
use crate::state::session::Session;

/// The main buttons of the current step.
#[component]
pub fn RoundActions(question: &'static Question, step: Memo<Option<Step>>) -> impl IntoView {
    let session = expect_context::<Session>();
    let draft = expect_context::<Draft>();
    let s = strings();
    let is_last = move || {
        session
            .current()
            .with(|r| r.as_ref().is_some_and(|r| r.current + 1 == r.items.len()))
    };
    let ticked = Memo::new(move |_| {
        session.current().with(|r| {
            r.as_ref()
                .map(|r| r.current_item().ticked.clone())
                .unwrap_or_default()
        })
    });
    let ready = move || {
        draft.choices.with(|c| !c.is_empty())
            || draft.text.with(|t| !t.trim().is_empty()) && question.kind == QuestionType::FillIn
            || question.kind == QuestionType::Ordering
    };
    let submit = move || {
        if let Some(response) = draft.response(question) {
            let _ = session.apply(|r, now| r.submit(now, question, response));
        }
    };
    move || {
        match step.get() {
        Some(Step::Answering) if question.kind == QuestionType::Open => view! {
            <button class="button primary wide" on:click=move |_| { let _ = session.apply(|r, now| r.reveal(now)); }>
                {s.show_answer}
            </button>
        }
        .into_any(),
        // Its two answer buttons submit on a tap.
        Some(Step::Answering) if question.kind == QuestionType::TrueFalse => ().into_any(),
        Some(Step::Answering) => view! {
            <button class="button primary wide" disabled=move || !ready() on:click=move |_| submit()>{s.submit}</button>
        }
        .into_any(),
        Some(Step::Revealed) => {
            let suggested = move || ticked.with(|t| suggested_self_grade(t));
            view! {
                <p class="grade-hint">{move || ticked.with(|t| {
                    (s.points_said)(t.iter().filter(|x| **x).count(), t.len(), grade_open(t, suggested_self_grade(t)).score)
                })}</p>
                <div class="grade-buttons">
                    {SelfGrade::ALL.map(|grade| view! {
                        <button
                            class="button grade"
                            class:primary=move || suggested() == grade
                            on:click=move |_| { let _ = session.apply(|r, now| r.grade_open(now, grade)); }
                        >{s.self_grade(grade)}</button>
                    })}
                </div>
            }
            .into_any()
        }
        Some(Step::Graded) => view! {
            <button class="button primary wide" on:click=move |_| { let _ = session.apply(|r, now| r.next(now)); }>
                {move || if is_last() { s.see_results } else { s.next_question }}
            </button>
        }
        .into_any(),
        _ => ().into_any(),
    }
    }
}
