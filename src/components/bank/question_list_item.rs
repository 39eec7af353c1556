use drill_core::bank::Question;
use drill_core::search::{LastAnswer, Piece, Query, answer_text, highlight, snippet};
use drill_core::text::one_line;
use leptos::prelude::*;

use crate::components::common::question_badges::QuestionBadges;
use crate::i18n::strings;
use crate::state::browse::LastAnswered;
use crate::state::marks::UserMarks;

/// One row of a question list: the question's text with the searched words
/// marked, a line of its answer when only the answer matched, its badges
/// and what the user has done with it; linking to the question page.
#[component]
pub fn QuestionListItem(question: &'static Question, query: Memo<Query>) -> impl IntoView {
    let href = format!("#/q/{}", question.id);
    // The compiled prompt may hold code blocks; a list shows one line of text.
    let title = StoredValue::new(one_line(&question.prompt));
    let title_view = move || {
        query.with(|q| {
            title.with_value(|t| {
                if q.is_empty() {
                    t.clone().into_any()
                } else {
                    pieces(highlight(t, q)).into_any()
                }
            })
        })
    };
    // Only drawn rows pay for their answer's text, and only once: a row
    // stays while typing narrows the list.
    let answer = StoredValue::new(None::<String>);
    let answer_line = move || {
        query.with(|q| {
            if q.is_empty() {
                return None;
            }
            if answer.with_value(Option::is_none) {
                answer.set_value(Some(answer_text(question)));
            }
            let found = answer.with_value(|a| {
                title.with_value(|t| snippet(t, a.as_deref().unwrap_or_default(), q))
            })?;
            Some(view! { <span class="snippet">{pieces(found)}</span> })
        })
    };
    view! {
        <li>
            <a class="question-row" href=href>
                <span class="question-title">{title_view}</span>
                {answer_line}
                <div class="row-meta">
                    <QuestionBadges question=question/>
                    <RowStatus id=question.id.as_ref()/>
                </div>
            </a>
        </li>
    }
}

fn pieces(pieces: Vec<Piece>) -> impl IntoView {
    pieces
        .into_iter()
        .map(|p| {
            if p.marked {
                view! { <mark>{p.text}</mark> }.into_any()
            } else {
                p.text.into_any()
            }
        })
        .collect_view()
}

/// ★ bookmarked, ✎ noted, ✗ missed last time or ✓ done, each named for
/// screen readers.
#[component]
fn RowStatus(id: &'static str) -> impl IntoView {
    let s = strings();
    let marks = expect_context::<UserMarks>();
    let LastAnswered(last) = expect_context::<LastAnswered>();
    let bookmarked = move || marks.current().with(|m| m.is_bookmarked(id));
    let noted = move || marks.current().with(|m| !m.note(id).trim().is_empty());
    let answered = move || last.with(|l| l.of(id));
    let mark = |class: &'static str, sign: &'static str, label: &'static str| {
        view! { <span class=class role="img" aria-label=label title=label>{sign}</span> }
    };
    view! {
        <span class="row-status">
            {move || bookmarked().then(|| mark("status starred", "★", s.status_bookmarked))}
            {move || noted().then(|| mark("status noted", "✎", s.status_noted))}
            {move || answered().map(|a| match a {
                LastAnswer::Missed => mark("status missed", "✗", s.status_missed),
                LastAnswer::Done => mark("status done", "✓", s.status_done),
            })}
        </span>
    }
}
