use leptos::prelude::*;

use crate::platform::clock::now_ms;
use crate::state::user_data;

const WEEK_MS: i64 = 7 * 24 * 60 * 60 * 1000;

/// A gentle nudge once there is more than a week of practice and no backup.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let due = user_data::last_export_ms().is_none()
        && user_data::oldest_activity_ms(&user_data::read_all())
            .is_some_and(|at| now_ms() - at > WEEK_MS);
    due.then(|| {
        view! {
            <p class="reminder">
                "练习记录只存在这个浏览器里，已经一周多了还没备份过。"
                <a href="#/settings">"去导出备份"</a>
            </p>
        }
    })
}
