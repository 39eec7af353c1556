//! The current hash route as a signal.

use drill_core::route::Route;
use leptos::prelude::*;

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// A signal of the route in `location.hash`, updated on every `hashchange`.
pub fn use_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&current_hash()));
        scroll_to_top();
    });
    on_cleanup(move || handle.remove());
    route
}

/// A new screen starts at its top, as a new page would.
fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Shows another screen in place of this one in the history, so Back skips
/// the screen left.
pub fn replace(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(&route.to_hash());
    }
}

/// Goes to another screen, as following a link would. A round's results
/// are left by replacing them: they stand in for the round that ran there,
/// so Back from what follows (often the next round) skips them and leads
/// where the user was before.
pub fn go(route: &Route) {
    if Route::parse(&current_hash()).is_results() {
        replace(route);
    } else if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.to_hash());
    }
}
