use drill_core::bank::{Question, QuestionType, choice_letter};
use drill_core::grade::{Outcome, Response};
use drill_core::round::Step;
use leptos::prelude::*;

use crate::i18n::{Strings, strings};
use crate::state::draft::Draft;
use crate::state::session::Session;

/// A graded question in a round: the inputs while answering, then the
/// verdict, the right answer and why.
#[component]
pub fn GradedAnswerInput(question: &'static Question, step: Memo<Option<Step>>) -> impl IntoView {
    let session = expect_context::<Session>();
    let draft = expect_context::<Draft>();
    let s = strings();
    let answering = move || step.get() == Some(Step::Answering);
    let submitted = move || {
        session
            .item()
            .with(|i| i.as_ref().and_then(|i| i.response.clone()))
    };
    let grade = move || session.item().with(|i| i.as_ref().and_then(|i| i.grade));

    let inputs = match question.kind {
        QuestionType::SingleChoice | QuestionType::MultipleChoice => {
            let multiple = question.kind == QuestionType::MultipleChoice;
            view! {
                {multiple.then(|| view! { <p class="hint">{s.multiple_hint}</p> })}
                <div role=if multiple { "group" } else { "radiogroup" } aria-label=s.choices_label>
                <ul class="choices answerable">
                    {question.choices.iter().enumerate().map(|(i, choice)| {
                        let chosen = move || match submitted() {
                            Some(Response::Choices(c)) => c.contains(&i),
                            _ => draft.choices.with(|c| c.contains(&i)),
                        };
                        let mark = move || match grade() {
                            Some(_) if choice.correct => "right",
                            Some(_) if chosen() => "wrong",
                            _ => "",
                        };
                        view! {
                            <li class=mark>
                                <label>
                                    <input
                                        type=if multiple { "checkbox" } else { "radio" }
                                        name="choice"
                                        prop:checked=chosen
                                        disabled=move || !answering()
                                        on:change=move |_| draft.pick(question, i)
                                    />
                                    <span class="letter">{choice_letter(i)}</span>
                                    <span inner_html=choice.html.as_ref()></span>
                                </label>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                </div>
            }
            .into_any()
        }
        // One tap answers: there is nothing to change one's mind between.
        QuestionType::TrueFalse => view! {
            <p class="hint">{s.true_false_tap}</p>
            <div class="true-false" role="group" aria-label=s.true_false_label>
                {[true, false].map(|value| {
                    let chosen = move || matches!(submitted(), Some(Response::TrueFalse(v)) if v == value);
                    view! {
                        <button class="button choice" aria-pressed=move || chosen().to_string()
                            class:selected=chosen disabled=move || !answering()
                            on:click=move |_| {
                                let _ = session.apply(|r, now| r.submit(now, question, Response::TrueFalse(value)));
                            }>{s.truth(value)}</button>
                    }
                })}
            </div>
        }
        .into_any(),
        QuestionType::FillIn => view! {
            <input class="fill" type="text" aria-label=s.fill_in_label placeholder=s.fill_in_placeholder
                autocomplete="off" autocapitalize="off" spellcheck="false"
                disabled=move || !answering()
                prop:value=move || match submitted() { Some(Response::Text(t)) => t, _ => draft.text.get() }
                on:input=move |ev| draft.text.set(event_target_value(&ev))
                on:keydown=move |ev| {
                    if ev.key() == "Enter" && let Some(response) = draft.response(question) {
                        ev.prevent_default();
                        let _ = session.apply(|r, now| r.submit(now, question, response));
                    }
                }/>
        }
        .into_any(),
        _ => view! {
            <p class="hint">{s.order_input_hint}</p>
            <ol class="order-input">
                {move || {
                    let order = match submitted() { Some(Response::Order(o)) => o, _ => draft.order.get() };
                    let last = order.len().saturating_sub(1);
                    order.into_iter().enumerate().map(|(position, item)| view! {
                        <li class:right=move || grade().is_some() && position == item>
                            <span inner_html=question.order[item].as_ref()></span>
                            <span class="mover">
                                <button class="button small" aria-label=s.move_up disabled=move || !answering() || position == 0
                                    on:click=move |_| draft.shift(position, -1)>"↑"</button>
                                <button class="button small" aria-label=s.move_down disabled=move || !answering() || position == last
                                    on:click=move |_| draft.shift(position, 1)>"↓"</button>
                            </span>
                        </li>
                    }).collect_view()
                }}
            </ol>
        }
        .into_any(),
    };

    view! {
        {inputs}
        <Show when=move || grade().is_some()>
            <p class="verdict" class:good=move || grade().is_some_and(|g| g.outcome == Outcome::Correct)>
                {move || grade().map(|g| match g.outcome {
                    Outcome::Correct => s.verdict_correct.to_string(),
                    Outcome::TimedOut => s.verdict_timed_out.to_string(),
                    _ => (s.verdict_wrong)(g.score),
                })}
            </p>
            {solution(s, question)}
            <h2>{s.explanation}</h2>
            <div class="explanation" inner_html=question.explanation.as_ref()></div>
        </Show>
    }
}

/// The right answer, where the inputs themselves do not already show it.
fn solution(s: &'static Strings, question: &'static Question) -> Option<AnyView> {
    match question.kind {
        QuestionType::TrueFalse => {
            let right = s.truth(question.true_false_answer() == Some(true));
            Some(view! { <p class="solution">{s.right_answer} {right}</p> }.into_any())
        }
        QuestionType::FillIn => Some(view! { <p class="solution">{s.right_answer} {question.accepted.first().map(|a| a.to_string())}</p> }.into_any()),
        QuestionType::Ordering => Some(
            view! {
                <h2>{s.right_order}</h2>
                <ol class="solution order-solution">
                    {question.order.iter().map(|item| view! { <li inner_html=item.as_ref()></li> }).collect_view()}
                </ol>
            }
            .into_any(),
        ),
        _ => Some(view! { <p class="solution">{s.right_answer} {question.correct_letters()}</p> }.into_any()),
    }
}
