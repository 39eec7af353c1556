use drill_core::bank::Question;
use drill_core::keypoints::{self, PointMatch};
use drill_core::round::Step;
use leptos::prelude::*;

use super::answer_box::AnswerBox;
use super::answer_recorder::{AnswerRecorder, Recordings};
use super::follow_up_offers::FollowUpOffers;
use crate::i18n::strings;
use crate::platform::{recorder, scroll};
use crate::state::session::Session;

/// An open question in a round: notes while answering; then the key points
/// to tick, and the short and full answers a tap further.
#[component]
pub fn OpenAnswerSteps(question: &'static Question, step: Memo<Option<Step>>) -> impl IntoView {
    let session = expect_context::<Session>();
    let recordings = expect_context::<Recordings>();
    let s = strings();
    let (show_answer, set_show_answer) = signal(false);
    let answering = move || step.get() == Some(Step::Answering);
    // Read in place: ticking a point changes the item, and nothing here
    // needs a copy of it for that.
    let timed_out = move || {
        session
            .item()
            .with(|i| i.as_ref().is_some_and(|i| i.timed_out))
    };
    let grade = move || session.item().with(|i| i.as_ref().and_then(|i| i.grade));
    // The notes are their own memo, so the matcher runs again only when
    // they change, not on every tick.
    let notes = Memo::new(move |_| {
        session
            .item()
            .with(|i| i.as_ref().map(|i| i.notes.clone()))
            .unwrap_or_default()
    });
    // What the answer covers, by the bank's terms for each key point.
    let heard = Memo::new(move |_| notes.with(|n| keypoints::for_question(question, n)));
    // The key points are what the user needs once the answer shows: on a
    // short screen (a phone on its side) they would start below the fold.
    let points_heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |was_revealed: Option<bool>| {
        let revealed = step.get() == Some(Step::Revealed);
        if revealed
            && was_revealed == Some(false)
            && let Some(heading) = points_heading.get()
        {
            scroll::bring_up_if_low(&heading);
        }
        revealed
    });
    // Once the answer shows (by the button, a key or the clock), the key
    // points heard start ticked; the user decides from there.
    Effect::new(move |_| {
        let unsuggested = step.get() == Some(Step::Revealed)
            && session
                .item()
                .with(|i| i.as_ref().is_some_and(|i| i.suggested.is_empty()));
        if unsuggested {
            let matched: Vec<bool> =
                heard.with_untracked(|h| h.iter().map(|m| m.matched).collect());
            let _ = session.apply(|r, _| r.suggest(&matched));
        }
    });

    view! {
        <Show
            when=answering
            fallback=move || view! {
                <Show when=timed_out>
                    <p class="warning">{s.timed_out_revealed}</p>
                </Show>
                {move || recordings.0.with(|all| all.get(question.id.as_ref()).cloned()).map(|src| view! {
                    <div class="my-recording">
                        <h2>{s.your_recording}</h2>
                        <audio controls src=src aria-label=s.your_recording></audio>
                    </div>
                })}
                <Show when=move || notes.with(|n| !n.is_empty())>
                    <div class="my-notes">
                        <h2>{s.your_notes}</h2>
                        <p>{move || notes.with(|n| heard.with(|h| marked(n, h)))}</p>
                        <Show when=move || heard.with(|h| h.iter().any(|m| m.matched))>
                            <p class="muted">{s.heard_note}</p>
                        </Show>
                    </div>
                </Show>
                <h2 class="tick-heading" node_ref=points_heading>{s.tick_points}</h2>
                <ul class="checklist">
                    {question.key_points.iter().enumerate().map(|(i, point)| {
                        let checked = move || {
                            session.item().with(|it| it.as_ref().is_some_and(|it| it.ticked.get(i).copied().unwrap_or(false)))
                        };
                        view! {
                            <li>
                                <label>
                                    <input type="checkbox" prop:checked=checked
                                        disabled=move || step.get() != Some(Step::Revealed)
                                        on:change=move |_| { let _ = session.apply(|r, _| r.toggle_point(i)); }/>
                                    <span inner_html=point.as_ref()></span>
                                </label>
                                {move || heard.with(|h| h.get(i).filter(|m| m.matched).map(|m| {
                                    let words: Vec<String> = m.evidence.iter().map(|e| e.text.clone()).collect();
                                    view! { <span class="heard">{s.heard_label}{words.join("、")}</span> }
                                }))}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <Show
                    when=move || show_answer.get()
                    fallback=move || view! {
                        <button class="button wide" on:click=move |_| set_show_answer.set(true)>{s.show_short_and_full}</button>
                    }
                >
                    <h2>{s.short_answer}</h2>
                    <div class="short-answer" inner_html=question.short_answer.as_ref()></div>
                    <h2>{s.full_answer}</h2>
                    <div class="full-answer" inner_html=question.full_answer.as_ref()></div>
                </Show>
                <Show when=move || step.get() == Some(Step::Graded)>
                    <p class="verdict">{move || grade().map(|g| (s.open_verdict)(s.outcome(g.outcome), g.score))}</p>
                    <FollowUpOffers question=question/>
                </Show>
            }
        >
            <AnswerBox/>
            {recorder::is_supported().then(|| view! { <AnswerRecorder question_id=question.id.to_string()/> })}
        </Show>
    }
}

/// The answer as text, the words that matched a key point marked. Text
/// only: whatever the answer holds (markup, script) is shown, never run.
fn marked(answer: &str, heard: &[PointMatch]) -> impl IntoView + use<> {
    let chars: Vec<char> = answer.chars().collect();
    let mut spans: Vec<(usize, usize)> = heard
        .iter()
        .filter(|m| m.matched)
        .flat_map(|m| m.evidence.iter().map(|e| (e.start, e.end)))
        .collect();
    spans.sort_unstable();
    let mut pieces = Vec::new();
    let mut at = 0;
    for (start, end) in spans {
        let start = start.max(at);
        if start >= end {
            continue;
        }
        pieces.push(view! { {chars[at..start].iter().collect::<String>()} }.into_any());
        pieces
            .push(view! { <mark>{chars[start..end].iter().collect::<String>()}</mark> }.into_any());
        at = end;
    }
    pieces.push(view! { {chars[at..].iter().collect::<String>()} }.into_any());
    pieces
}
