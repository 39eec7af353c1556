use drill_core::route::Route;
use leptos::prelude::*;

/// A tab whose feature is not built yet says so plainly, and points to what
/// works today instead of showing buttons that do nothing.
#[component]
pub fn PendingScreen(screen: Route) -> impl IntoView {
    let (title, coming) = match screen {
        Route::Review => (
            "复习",
            "间隔复习正在开发：答错和没把握的题会按遗忘规律安排在合适的日子再出现。",
        ),
        _ => (
            "统计",
            "统计正在开发：练习日历、各主题掌握度和答题用时趋势。",
        ),
    };
    view! {
        <section class="notice-screen">
            <h1>{title}</h1>
            <p class="pending-badge">"即将推出"</p>
            <p>{coming}</p>
            <p>"现在可以在题库里逐题练习：先自己回答，再展开参考答案对照要点。"</p>
            <a class="button" href="#/">"去题库练习"</a>
        </section>
    }
}
