use drill_core::round::{Round, SessionKind};
use drill_core::text::one_line;
use leptos::prelude::*;

use crate::bank_data::BANK;
use crate::i18n::{Strings, strings};
use crate::state::session::Session;

/// Shown instead of the question while another tab runs the session: what
/// continuing here would continue, before the user asks for it.
#[component]
pub fn SessionElsewhere() -> impl IntoView {
    let session = expect_context::<Session>();
    let s = strings();
    let title = match session.kind() {
        SessionKind::Round => s.elsewhere_title,
        SessionKind::Review => s.elsewhere_review_title,
    };
    let shown = move || {
        session.current().with(|r| {
            r.as_ref()
                .map(|r| (where_line(s, session.kind(), r), current_prompt(r)))
        })
    };
    view! {
        <div class="paused elsewhere">
            <h1>{title}</h1>
            <p>{s.elsewhere_body}</p>
            {move || match shown() {
                Some((line, prompt)) => view! {
                    <p class="continues">{line}</p>
                    <p class="continues-prompt">{prompt}</p>
                    <button class="button primary wide" on:click=move |_| session.take_over()>{s.take_over}</button>
                }
                .into_any(),
                None => view! { <p>{s.elsewhere_gone}</p> }.into_any(),
            }}
        </div>
    }
}

/// The session's kind and where it stands: "模拟面试，第 3/5 题".
pub fn where_line(s: &Strings, kind: SessionKind, round: &Round) -> String {
    (s.elsewhere_continues)(kind_name(s, kind), round.current + 1, round.items.len())
}

pub fn kind_name(s: &Strings, kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::Round => s.tab_round,
        SessionKind::Review => s.tab_review,
    }
}

/// The question the session stands at, on one line.
pub fn current_prompt(round: &Round) -> String {
    BANK.question(&round.current_item().question_id)
        .map(|q| one_line(&q.prompt))
        .unwrap_or_default()
}
