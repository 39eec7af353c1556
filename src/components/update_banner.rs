use leptos::prelude::*;

use crate::platform::service_worker;
use crate::state::app_update::AppStatus;
use crate::state::rounds::Rounds;

/// A new version is ready: offer it, but never reload under a running round.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let status = expect_context::<AppStatus>();
    let rounds = expect_context::<Rounds>();
    let in_round = move || rounds.current.with(Option::is_some);
    view! {
        <Show when=move || status.update_ready.get()>
            <div class="notices">
                <p class="notice update" role="status">
                    <Show
                        when=in_round
                        fallback=|| view! {
                            <span>"面试演练有新版本。"</span>
                            <button class="button small" on:click=|_| service_worker::apply_update()>"更新"</button>
                        }
                    >
                        <span>"新版本已下载，本轮结束后即可更新。"</span>
                    </Show>
                </p>
            </div>
        </Show>
    }
}
