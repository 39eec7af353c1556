use drill_core::route::Route;
use leptos::prelude::*;

use drill_core::round::SessionKind;

use super::icons;
use crate::i18n::strings;
use crate::platform::location::go;
use crate::state::rounds::Rounds;

/// The five tabs, in the thumb zone at the bottom of a phone screen.
#[component]
pub fn NavBar(route: ReadSignal<Route>) -> impl IntoView {
    let s = strings();
    let rounds = expect_context::<Rounds>();
    let tabs = [
        (Route::Bank, s.tab_bank, icons::BANK),
        (Route::Round, s.tab_round, icons::ROUND),
        (Route::Review, s.tab_review, icons::REVIEW),
        (Route::Stats, s.tab_stats, icons::STATS),
        (Route::Settings, s.tab_settings, icons::SETTINGS),
    ];
    let tabs = tabs.map(|(target, label, icon)| {
        let href = target.to_hash();
        let dest = target.clone();
        // A session left unfinished, here or in another tab, shows on its tab.
        let kind = match target {
            Route::Round => Some(SessionKind::Round),
            Route::Review => Some(SessionKind::Review),
            _ => None,
        };
        let active = move || {
            let current = route.get();
            current == target
                || (target == Route::Bank && matches!(current, Route::Question(_)))
                || (target == Route::Round && matches!(current, Route::RoundResults(_)))
        };
        let running =
            move || kind.is_some_and(|k| rounds.session(k).current().with(Option::is_some));
        view! {
            <a class="tab" href=href aria-current=move || active().then_some("page")
                on:click=move |ev| {
                    // Through `go`, so leaving a round's results replaces them.
                    if !ev.ctrl_key() && !ev.meta_key() && !ev.shift_key() {
                        ev.prevent_default();
                        go(&dest);
                    }
                }>
                <span class="tab-icon" aria-hidden="true" inner_html=icon></span>
                <span class="tab-label">{label}</span>
                <Show when=running>
                    <span class="tab-badge" aria-hidden="true">{s.session_running_badge}</span>
                </Show>
            </a>
        }
    });
    view! { <nav class="tabs" aria-label=s.nav_label>{tabs}</nav> }
}
