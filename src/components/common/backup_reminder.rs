use leptos::prelude::*;

use crate::i18n::strings;
use crate::platform::clock::now_ms;
use crate::state::backup_io;
use crate::state::progress::Progress;
use crate::state::rounds::Rounds;

const WEEK_MS: i64 = 7 * 24 * 60 * 60 * 1000;

/// A gentle nudge once there is more than a week of practice and no backup.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let progress = expect_context::<Progress>();
    let rounds = expect_context::<Rounds>();
    let oldest = progress
        .log()
        .with_untracked(|log| log.first().map(|e| e.at_ms))
        .into_iter()
        .chain(
            rounds
                .history()
                .with_untracked(|h| h.iter().map(|r| r.started_ms).min()),
        )
        .min();
    let due =
        oldest.is_some_and(|at| now_ms() - at > WEEK_MS) && backup_io::last_export_ms().is_none();
    let s = strings();
    due.then(|| {
        view! {
            <p class="reminder">
                {s.backup_reminder}
                " "
                <a href="#/settings">{s.backup_reminder_link}</a>
            </p>
        }
    })
}
