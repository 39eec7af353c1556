use leptos::prelude::*;

/// Content hidden behind a button until the user has thought it through.
#[component]
pub fn AnswerReveal(label: &'static str, children: ChildrenFn) -> impl IntoView {
    let (shown, set_shown) = signal(false);
    view! {
        <Show
            when=move || shown.get()
            fallback=move || view! {
                <button class="button primary reveal" on:click=move |_| set_shown.set(true)>{label}</button>
            }
        >
            <div class="revealed">{children()}</div>
        </Show>
    }
}
