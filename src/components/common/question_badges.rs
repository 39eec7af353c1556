use drill_core::bank::Question;
use leptos::prelude::*;

use crate::bank_data::BANK;
use crate::i18n::strings;

/// Topic, type, difficulty and suggested time of a question, in one line.
/// A page already titled with the topic leaves it out. Where the badges are
/// not inside a link (`explain`), the 真题 badge is a button that shows what
/// it means: a title attribute is out of reach on a phone.
#[component]
pub fn QuestionBadges(
    question: &'static Question,
    #[prop(default = true)] with_topic: bool,
    #[prop(default = false)] explain: bool,
) -> impl IntoView {
    let s = strings();
    let real = !question.seed.is_empty();
    let shown = RwSignal::new(false);
    let note_id = format!("real-note-{}", question.id);
    let real_badge = real.then(|| {
        if explain {
            view! {
                <button type="button" class="badge real explain" aria-controls=note_id.clone()
                    aria-expanded=move || if shown.get() { "true" } else { "false" }
                    on:click=move |_| shown.update(|v| *v = !*v)>
                    {s.real_question_badge}<span aria-hidden="true">" ⓘ"</span>
                </button>
            }
            .into_any()
        } else {
            view! { <span class="badge real" title=s.real_question_note>{s.real_question_badge}</span> }
                .into_any()
        }
    });
    view! {
        <p class="badges">
            {with_topic.then(|| view! { <span class="badge topic">{BANK.topic_name(&question.topic)}</span> })}
            <span class="badge">{s.kind(question.kind)}</span>
            <span class="badge">{s.difficulty(question.difficulty)}</span>
            <span class="badge">{(s.seconds)(question.time_secs)}</span>
            {real_badge}
        </p>
        {(real && explain).then(|| view! {
            <p class="badge-note muted" id=note_id hidden=move || !shown.get()>{s.real_question_note}</p>
        })}
    }
}
