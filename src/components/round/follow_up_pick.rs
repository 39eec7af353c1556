use drill_core::bank::Question;
use drill_core::follow_up::{Chosen, Why};
use drill_core::text::one_line;
use leptos::prelude::*;

use crate::i18n::strings;
use crate::platform::speech;
use crate::state::session::Session;

/// The follow-up (追问) an interviewer would ask first after this answer,
/// and why: the gap it probes, or that the answer earned a harder one.
#[component]
pub fn FollowUpPick(
    question: &'static Question,
    follow: &'static Question,
    chosen: Chosen<'static>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let s = strings();
    let id = follow.id.to_string();
    let added = Memo::new(move |_| {
        session.current().with(|r| {
            r.as_ref()
                .is_some_and(|r| r.items.iter().any(|i| i.question_id == id))
        })
    });
    let prompt = one_line(&follow.prompt);
    let (reason, spoken) = match chosen.why {
        Why::Missed(point) => {
            let point_html = question.key_points.get(point).map_or("", |p| p.as_ref());
            (
                view! { {s.follow_up_missed}<span class="point" inner_html=point_html></span> }
                    .into_any(),
                (s.follow_up_spoken_missed)(&one_line(point_html), &prompt),
            )
        }
        Why::Strong => (
            view! { {s.follow_up_strong} }.into_any(),
            (s.follow_up_spoken_strong)(&prompt),
        ),
    };
    // In a round read aloud, the interviewer asks it (in interview mode
    // the interviewer does so itself).
    let read_aloud = session.current().with_untracked(|r| {
        r.as_ref()
            .is_some_and(|r| r.config.read_aloud && r.config.interview.is_none())
    });
    if read_aloud {
        speech::speak(&spoken);
    }
    let say = spoken.clone();
    view! {
        <div class="follow-up-pick" role="status">
            <p class="why">{reason}</p>
            <button class="button primary follow" disabled=added on:click=move |_| {
                let _ = session.apply(|r, _| r.add_follow_up(follow));
            }>
                {move || if added.get() { s.follow_up_added } else { s.follow_up_offer }}
                {prompt.clone()}
            </button>
            <Show when=speech::is_supported>
                <button class="button small" on:click={
                    let say = say.clone();
                    move |_| speech::speak(&say)
                }>{s.follow_up_ask_aloud}</button>
            </Show>
        </div>
    }
}
