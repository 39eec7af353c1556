use drill_core::route::Route;
use leptos::prelude::*;

use super::icons;

/// The five tabs, in the thumb zone at the bottom of a phone screen.
const TABS: [(Route, &str, &str); 5] = [
    (Route::Bank, "题库", icons::BANK),
    (Route::Round, "模拟面试", icons::ROUND),
    (Route::Review, "复习", icons::REVIEW),
    (Route::Stats, "统计", icons::STATS),
    (Route::Settings, "设置", icons::SETTINGS),
];

#[component]
pub fn NavBar(route: ReadSignal<Route>) -> impl IntoView {
    let tabs = TABS.map(|(target, label, icon)| {
        let href = target.to_hash();
        let active = move || {
            let current = route.get();
            current == target
                || (target == Route::Bank && matches!(current, Route::Question(_)))
                || (target == Route::Round && matches!(current, Route::RoundResults(_)))
        };
        view! {
            <a class="tab" href=href aria-current=move || active().then_some("page")>
                <span class="tab-icon" aria-hidden="true" inner_html=icon></span>
                <span class="tab-label">{label}</span>
            </a>
        }
    });
    view! { <nav class="tabs" aria-label="主导航">{tabs}</nav> }
}
