use leptos::prelude::*;

use crate::i18n::strings;
use crate::platform::service_worker;
use crate::state::app_update::AppStatus;
use crate::state::rounds::Rounds;

/// A new version is ready: offer it, but never reload under a running round.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let status = expect_context::<AppStatus>();
    let rounds = expect_context::<Rounds>();
    let in_round = move || rounds.any_running();
    let s = strings();
    view! {
        <Show when=move || status.update_ready().get()>
            <div class="notices">
                <p class="notice update" role="status">
                    <Show
                        when=in_round
                        fallback=move || view! {
                            <span>{s.update_ready}</span>
                            <button class="button small" on:click=|_| service_worker::apply_update()>{s.update_now}</button>
                        }
                    >
                        <span>{s.update_after_round}</span>
                    </Show>
                </p>
            </div>
        </Show>
    }
}
