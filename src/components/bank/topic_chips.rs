use drill_core::search::Filter;
use leptos::prelude::*;

use crate::bank_data::BANK;
use crate::i18n::strings;

/// One chip per topic with its question count; tapping the chosen topic
/// again shows all topics.
#[component]
pub fn TopicChips(filter: RwSignal<Filter>) -> impl IntoView {
    let s = strings();
    let chip = move |id: Option<&'static str>, name: &'static str, count: usize| {
        let pressed = move || filter.with(|f| f.topic.as_deref() == id);
        view! {
            <button
                class="chip"
                aria-pressed=move || if pressed() { "true" } else { "false" }
                on:click=move |_| filter.update(|f| {
                    f.topic = if f.topic.as_deref() == id { None } else { id.map(String::from) };
                })
            >
                {name} <span class="count">{count}</span>
            </button>
        }
    };
    view! {
        <div class="chips" role="group" aria-label=s.topics_label>
            {chip(None, s.all_topics, BANK.questions.len())}
            {BANK.topics.iter().map(|t| chip(Some(&t.id), &t.name, BANK.count_in_topic(&t.id))).collect_view()}
        </div>
    }
}
