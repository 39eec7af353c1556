use drill_core::bank::Question;
use drill_core::follow_up;
use drill_core::text::one_line;
use leptos::prelude::*;

use super::follow_up_pick::FollowUpPick;
use crate::bank_data::BANK;
use crate::i18n::strings;
use crate::state::session::Session;

/// Follow-ups (追问) an interviewer would ask next, each a tap from being
/// asked right after this question.
#[component]
pub fn FollowUpOffers(question: &'static Question) -> impl IntoView {
    let session = expect_context::<Session>();
    let s = strings();
    let in_round = move |id: &str| {
        session.current().with(|r| {
            r.as_ref()
                .is_some_and(|r| r.items.iter().any(|i| i.question_id == id))
        })
    };
    // The one this answer calls for comes first, with why.
    let chosen = session.current().with_untracked(|r| {
        r.as_ref()
            .and_then(|r| follow_up::choose_in_round(r, question, |_| false))
            .and_then(|c| BANK.question(c.id).map(|f| (f, c)))
    });
    let offers: Vec<&'static Question> = question
        .follow_ups
        .iter()
        .filter(|id| chosen.is_none_or(|(f, _)| f.id != **id))
        .filter_map(|id| BANK.question(id))
        .collect();
    (chosen.is_some() || !offers.is_empty()).then(|| {
        view! {
            <section class="follow-ups">
                <h2>{s.interviewer_may_ask}</h2>
                {chosen.map(|(f, c)| view! { <FollowUpPick question=question follow=f chosen=c/> })}
                <ul>
                    {offers.into_iter().map(|f| {
                        let id = f.id.to_string();
                        let added = Memo::new(move |_| in_round(&id));
                        view! {
                            <li>
                                <button class="button follow" disabled=added on:click=move |_| {
                                    let _ = session.apply(|r, _| r.add_follow_up(f));
                                }>
                                    {move || if added.get() { s.follow_up_added } else { s.follow_up_offer }}
                                    {one_line(&f.prompt)}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}
