use leptos::prelude::*;

use crate::i18n::strings;
use crate::state::notices::Notices;

/// Storage trouble and similar news the user must not miss.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let notices = expect_context::<Notices>();
    let s = strings();
    view! {
        <div class="notices" role="alert">
            {move || notices.list().get().into_iter().enumerate().map(|(i, problem)| view! {
                <p class="notice">
                    <span>{s.storage_problem(&problem)}</span>
                    <button class="button small" on:click=move |_| notices.dismiss(i)>{s.dismiss}</button>
                </p>
            }).collect_view()}
        </div>
    }
}
