use leptos::prelude::*;

use crate::state::notices::Notices;

/// Storage trouble and similar news the user must not miss.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let notices = expect_context::<Notices>();
    view! {
        <div class="notices" role="alert">
            {move || notices.0.get().into_iter().enumerate().map(|(i, message)| view! {
                <p class="notice">
                    <span>{message}</span>
                    <button class="button small" on:click=move |_| notices.dismiss(i)>"知道了"</button>
                </p>
            }).collect_view()}
        </div>
    }
}
