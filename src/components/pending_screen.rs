use leptos::prelude::*;

/// A tab whose feature is not built yet says so plainly, and points to what
/// works today instead of showing buttons that do nothing.
#[component]
pub fn PendingScreen(title: &'static str, coming: &'static str) -> impl IntoView {
    view! {
        <section class="notice-screen">
            <h1>{title}</h1>
            <p class="pending-badge">"即将推出"</p>
            <p>{coming}</p>
            <p>"现在可以在题库里逐题练习，在模拟面试里限时作答，在复习里巩固错题。"</p>
            <a class="button" href="#/">"去题库练习"</a>
        </section>
    }
}
