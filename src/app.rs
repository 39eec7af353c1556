//! The shell: top bar, the screen for the current route, bottom navigation.

use drill_core::route::Route;
use leptos::prelude::*;

use crate::components::bank::bank_screen::BankScreen;
use crate::components::question::question_page::QuestionPage;
use crate::components::review::review_screen::ReviewScreen;
use crate::components::round::round_results::RoundResults;
use crate::components::round::round_screen::RoundScreen;
use crate::components::settings::settings_screen::SettingsScreen;
use crate::components::shell::nav_bar::NavBar;
use crate::components::shell::not_found::NotFound;
use crate::components::shell::notice_banner::NoticeBanner;
use crate::components::shell::session_bar::SessionBar;
use crate::components::shell::session_conflict::SessionConflict;
use crate::components::shell::update_banner::UpdateBanner;
use crate::components::stats::stats_screen::StatsScreen;
use crate::i18n::strings;
use crate::platform::location::use_route;
use crate::state::app_update::AppStatus;
use crate::state::browse;
use crate::state::kept_answers::KeptAnswers;
use crate::state::marks::UserMarks;
use crate::state::notices::Notices;
use crate::state::prefs::DisplayPrefs;
use crate::state::progress::Progress;
use crate::state::rounds::Rounds;
use crate::state::voice::Voice;

#[component]
pub fn App() -> impl IntoView {
    let route = use_route();
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
    browse::provide(progress);
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
