use leptos::prelude::*;

/// A link that matches no screen, e.g. from an older version of the app.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="notice-screen">
            <h1>"找不到这个页面"</h1>
            <p>"链接可能写错了，或者来自旧版本。"</p>
            <a class="button" href="#/">"回到题库"</a>
        </section>
    }
}
