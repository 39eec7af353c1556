use drill_core::bank::{Question, QuestionType};
use drill_core::calendar::civil::Span;
use drill_core::grade::{Outcome, SelfGrade, grade_open, suggested_self_grade};
use drill_core::progress::interval_if;
use drill_core::round::Step;
use leptos::prelude::*;

use crate::i18n::strings;
use crate::platform::clock::now_ms;
use crate::state::draft::Draft;
use crate::state::progress::Progress;
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
        session
            .item()
            .with(|i| i.as_ref().map(|i| i.ticked.clone()).unwrap_or_default())
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
                    {SelfGrade::ALL.map(|grade| {
                        let comes_back = comes_back_in(session, question, grade);
                        let hint_id = format!("comes-back-{grade:?}");
                        view! {
                            <div class="grade-choice">
                                {comes_back.clone().map(|text| view! { <span class="interval" id=hint_id.clone()>{text}</span> })}
                                <button
                                    class="button grade"
                                    class:primary=move || suggested() == grade
                                    aria-describedby=comes_back.map(|_| hint_id)
                                    on:click=move |_| { let _ = session.apply(|r, now| r.grade_open(now, grade)); }
                                >{s.self_grade(grade)}</button>
                            </div>
                        }
                    })}
                </div>
            }
            .into_any()
        }
        Some(Step::Graded) => view! {
            {next_review(session, question).map(|span| view! { <p class="grade-hint">{(s.comes_back_in)(&span)}</p> })}
            <button class="button primary wide" on:click=move |_| { let _ = session.apply(|r, now| r.next(now)); }>
                {move || if is_last() { s.see_results } else { s.next_question }}
            </button>
        }
        .into_any(),
        _ => ().into_any(),
    }
    }
}

/// In a review session: when the question comes back if graded `grade`
/// now, by the schedule, as Anki shows above its buttons.
fn comes_back_in(session: Session, question: &Question, grade: SelfGrade) -> Option<String> {
    // The log dates a session's answers by its start (see
    // `entries_from_round`), so the preview does too.
    let (item, review, logged_at) = session.current().with_untracked(|r| {
        r.as_ref().map(|r| {
            let at = r.started_ms + r.current as i64;
            (r.current_item().clone(), r.config.review, at)
        })
    })?;
    if !review {
        return None;
    }
    let outcome = if item.timed_out {
        Outcome::TimedOut
    } else {
        grade_open(&item.ticked, grade).outcome
    };
    let before = expect_context::<Progress>()
        .schedules()
        .with_untracked(|s| s.get(question.id.as_ref()).cloned());
    let clamp = |ms: i64| ms.clamp(0, i64::from(u32::MAX)) as u32;
    let after = interval_if(
        before.as_ref(),
        outcome,
        clamp(item.spent_ms),
        clamp(item.limit_ms),
        logged_at,
    );
    Some(strings().span(Span::of_ms(logged_at + after - now_ms())))
}

/// In a review session, once graded: when the question comes back, as the
/// schedule now has it (the answer is already in the log).
fn next_review(session: Session, question: &Question) -> Option<String> {
    let review = session
        .current()
        .with_untracked(|r| r.as_ref().is_some_and(|r| r.config.review));
    let due = expect_context::<Progress>()
        .schedules()
        .with_untracked(|s| s.get(question.id.as_ref()).map(|s| s.due_ms))
        .filter(|_| review)?;
    Some(strings().span(Span::of_ms(due - now_ms())))
}
