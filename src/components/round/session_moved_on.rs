use leptos::prelude::*;

use crate::i18n::strings;
use crate::state::session::Session;

/// Says what became of the session this tab showed when another tab ended
/// or gave it up, with the way to its results.
#[component]
pub fn SessionMovedOn() -> impl IntoView {
    let session = expect_context::<Session>();
    let s = strings();
    move || {
        session.moved_on().get().map(|moved| {
            let (text, results) = if moved.in_history {
                (s.moved_on_ended, Some(format!("#/round/{}", moved.id)))
            } else {
                (s.moved_on_dropped, None)
            };
            view! {
                <div class="notice moved-on" role="status">
                    <p>{text}</p>
                    {results.map(|href| view! { <a class="button small" href=href>{s.see_its_results}</a> })}
                    <button class="button small" on:click=move |_| session.dismiss_moved_on()>{s.got_it}</button>
                </div>
            }
        })
    }
}
