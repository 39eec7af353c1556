use crate::i18n::strings;
use drill_core::bank::Tip;
use leptos::prelude::*;

/// Advice on how to structure this kind of answer, folded until asked for so
/// it does not give the answer away.
#[component]
pub fn AnswerTip(tip: &'static Tip) -> impl IntoView {
    let s = strings();
    view! {
        <details class="tip">
            <summary>{s.tip_prefix} {tip.title.as_ref()}</summary>
            <div class="tip-body" inner_html=tip.html.as_ref()></div>
        </details>
    }
}
