use std::time::Duration;

use drill_core::round::SessionKind;
use drill_core::route::Route;
use leptos::prelude::*;

use crate::components::round::round_timer::format_left;
use crate::i18n::strings;
use crate::platform::clock::now_ms;
use crate::state::rounds::Rounds;

/// While a mock round runs (in this tab or another) and the user is on
/// another screen: a bar with its place and the time left, because the
/// question's clock keeps running while they are away.
#[component]
pub fn SessionBar(route: ReadSignal<Route>) -> impl IntoView {
    let rounds = expect_context::<Rounds>();
    let session = rounds.session(SessionKind::Round);
    let running = move || {
        session
            .current()
            .with(|r| r.as_ref().is_some_and(|r| !r.is_finished()))
    };
    let shown = move || running() && route.get() != Route::Round;
    view! {
        <Show when=shown>
            <BarLink/>
        </Show>
    }
}

/// The bar itself. Its one-second tick lives here, so it runs only while
/// the bar is on screen and stops when the bar goes.
#[component]
fn BarLink() -> impl IntoView {
    let session = expect_context::<Rounds>().session(SessionKind::Round);
    let s = strings();
    let now = RwSignal::new(now_ms());
    let ticker = set_interval_with_handle(move || now.set(now_ms()), Duration::from_secs(1)).ok();
    on_cleanup(move || {
        if let Some(ticker) = ticker {
            ticker.clear();
        }
    });
    let line = move || {
        session.current().with(|r| {
            let r = r.as_ref()?;
            let place = (s.session_bar_place)(r.current + 1, r.items.len());
            let time = if r.is_paused() {
                s.session_bar_paused.to_string()
            } else {
                match r.question_left_ms(now.get()) {
                    Some(left) => (s.session_bar_left)(&format_left(left)),
                    None => String::new(),
                }
            };
            Some(format!("{place}{time}"))
        })
    };
    view! {
        <a class="session-bar" href=Route::Round.to_hash() role="status">
            <span class="session-bar-title">{s.session_bar_title}</span>
            <span class="session-bar-line">{line}</span>
            <span class="session-bar-go" aria-hidden="true">"›"</span>
        </a>
    }
}
