//! The shell: top bar, the screen for the current route, bottom navigation.

use drill_core::route::Route;
use drill_core::search::Filter;
use leptos::prelude::*;

use crate::components::bank_screen::BankScreen;
use crate::components::nav_bar::NavBar;
use crate::components::not_found::NotFound;
use crate::components::pending_screen::PendingScreen;
use crate::components::question_page::QuestionPage;
use crate::components::settings_screen::SettingsScreen;
use crate::platform::location::use_route;

/// What the user typed and picked in 题库, kept while they open questions
/// and come back.
#[derive(Clone, Copy)]
pub struct BrowseFilter(pub RwSignal<Filter>);

#[component]
pub fn App() -> impl IntoView {
    let route = use_route();
    provide_context(BrowseFilter(RwSignal::new(Filter::default())));
    view! {
        <header class="top-bar">
            <a class="brand" href="#/">"面试演练"</a>
        </header>
        <main class="screen" id="main">
            {move || match route.get() {
                Route::Bank => view! { <BankScreen/> }.into_any(),
                Route::Question(id) => view! { <QuestionPage id=id/> }.into_any(),
                Route::Round => view! { <PendingScreen screen=Route::Round/> }.into_any(),
                Route::Review => view! { <PendingScreen screen=Route::Review/> }.into_any(),
                Route::Stats => view! { <PendingScreen screen=Route::Stats/> }.into_any(),
                Route::Settings => view! { <SettingsScreen/> }.into_any(),
                Route::NotFound(_) => view! { <NotFound/> }.into_any(),
            }}
        </main>
        <NavBar route=route/>
    }
}
