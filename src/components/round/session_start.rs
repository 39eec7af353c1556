//! Starting a session from any screen, and where each kind of session runs.

use drill_core::round::{RoundConfig, SessionKind};
use drill_core::route::Route;

use leptos::prelude::*;

use crate::platform::location::{go, replace};
use crate::state::rounds::{Rounds, StartOutcome};
use crate::state::session::Session;

/// The screen that runs a kind of session: mock rounds on 模拟面试,
/// review sessions on 复习.
pub fn route_of(kind: SessionKind) -> Route {
    match kind {
        SessionKind::Round => Route::Round,
        SessionKind::Review => Route::Review,
    }
}

/// Starts a session and shows it. When its slot holds an unfinished
/// session, the shell asks the user first (`StartConflict`).
pub fn start_and_show(rounds: Rounds, config: RoundConfig, remember: bool) -> StartOutcome {
    let outcome = rounds.start(config, remember);
    if let StartOutcome::Started(kind) = outcome {
        go(&route_of(kind));
    }
    outcome
}

/// Shows where a session ends as soon as it finishes in this tab: a mock
/// round's results, or 复习 for a review session. Results take the runner's
/// place in the history, so Back from them (or from the next round) leads
/// where the user was before the round.
pub fn show_results_when_finished(session: Session) {
    Effect::new(move |_| {
        if let Some(id) = session.take_finished() {
            match session.kind() {
                // 复习 says what is left today and links to the results.
                SessionKind::Review => go(&Route::Review),
                SessionKind::Round => replace(&Route::RoundResults(id)),
            }
        }
    });
}
