use crate::i18n::strings;
use leptos::prelude::*;

/// A link that matches no screen, e.g. from an older version of the app.
#[component]
pub fn NotFound() -> impl IntoView {
    let s = strings();
    view! {
        <section class="notice-screen">
            <h1>{s.not_found_title}</h1>
            <p>{s.not_found_body}</p>
            <a class="button" href="#/">{s.back_to_bank}</a>
        </section>
    }
}
