//! The shell: top bar, the screen for the current route, bottom navigation.

use drill_core::route::Route;
use drill_core::search::Filter;
use leptos::prelude::*;

use crate::components::bank_screen::BankScreen;
use crate::components::nav_bar::NavBar;
use crate::components::not_found::NotFound;
use crate::components::notice_banner::NoticeBanner;
use crate::components::question_page::QuestionPage;
use crate::components::review_screen::ReviewScreen;
use crate::components::round_results::RoundResults;
use crate::components::round_screen::RoundScreen;
use crate::components::session_bar::SessionBar;
use crate::components::session_conflict::SessionConflict;
use crate::components::settings_screen::SettingsScreen;
use crate::components::stats_screen::StatsScreen;
use crate::components::update_banner::UpdateBanner;
use crate::i18n::strings;
use crate::platform::location::use_route;
use crate::state::app_update::AppStatus;
use crate::state::kept_answers::KeptAnswers;
use crate::state::marks::UserMarks;
use crate::state::notices::Notices;
use crate::state::prefs::DisplayPrefs;
use crate::state::progress::Progress;
use crate::state::rounds::Rounds;
use crate::state::voice::Voice;

/// What the user typed and picked in 题库, kept while they open questions
/// and come back.
#[derive(Clone, Copy)]
pub struct BrowseFilter(pub RwSignal<Filter>);

/// How many pages of 题库's list are open, and for which filter: another
/// filter starts at one page, and coming back from a question keeps what
/// was open.
#[derive(Clone, Copy)]
pub struct ShownPages(pub RwSignal<(Filter, usize)>);

#[component]
pub fn App() -> impl IntoView {
    let route = use_route();
    provide_context(BrowseFilter(RwSignal::new(Filter::default())));
    provide_context(ShownPages(RwSignal::new((Filter::default(), 1))));
    let prefs = DisplayPrefs::load();
    provide_context(prefs);
    let lang = Memo::new(move |_| prefs.current().with(|p| p.lang));
    let notices = Notices::new();
    provide_context(notices);
    provide_context(UserMarks::load(notices));
    let voice = Voice::load(notices);
    provide_context(voice);
    let progress = Progress::load(notices);
    provide_context(progress);
    let kept = KeptAnswers::load(voice, notices);
    provide_context(kept);
    provide_context(Rounds::load(notices, progress, kept));
    provide_context(AppStatus::start());
    // Components read their words once, so a new language rebuilds the
    // shell; everything worth keeping lives in the contexts above.
    move || {
        let _ = lang.get();
        view! {
            <header class="top-bar">
                <a class="brand" href="#/">{strings().brand}</a>
            </header>
            <NoticeBanner/>
            <UpdateBanner/>
            <SessionBar route=route/>
            <main class="screen" id="main">
                {move || match route.get() {
                    Route::Bank => view! { <BankScreen/> }.into_any(),
                    Route::Question(id) => view! { <QuestionPage id=id/> }.into_any(),
                    Route::Round => view! { <RoundScreen/> }.into_any(),
                    Route::RoundResults(id) => view! { <RoundResults id=id/> }.into_any(),
                    Route::Review => view! { <ReviewScreen/> }.into_any(),
                    Route::Stats => view! { <StatsScreen/> }.into_any(),
                    Route::Settings => view! { <SettingsScreen/> }.into_any(),
                    Route::NotFound(_) => view! { <NotFound/> }.into_any(),
                }}
            </main>
            <NavBar route=route/>
            <SessionConflict/>
        }
    }
}
