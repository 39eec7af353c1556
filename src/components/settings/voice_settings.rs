use leptos::prelude::*;

use crate::i18n::strings;
use crate::platform::recognition::Where;
use crate::state::voice::Voice;

/// 语音作答: whether 说出答案 is offered, and where this browser turns
/// speech into text, said plainly before anyone uses it.
#[component]
pub fn VoiceSettings() -> impl IntoView {
    let voice = expect_context::<Voice>();
    let s = strings();
    let runs = move || match voice.runs().get() {
        None => s.voice_checking,
        Some(Where::Missing) => s.voice_missing,
        Some(Where::OnDevice) => s.voice_on_device,
        Some(Where::Installable) => s.voice_installable,
        Some(Where::Service) => s.voice_service,
    };
    view! {
        <h2>{s.voice_title}</h2>
        <p class="voice-where">{runs}</p>
        <Show when=move || voice.runs().get() == Some(Where::Installable)>
            <button class="button" on:click=move |_| voice.install_on_device()>{s.voice_install}</button>
        </Show>
        <Show when=move || voice.runs().get() != Some(Where::Missing)>
            <label class="check">
                <input type="checkbox" prop:checked=move || voice.prefs().with(|p| p.enabled)
                    on:change=move |ev| voice.set_enabled(event_target_checked(&ev))/>
                <span>{s.voice_enable}</span>
            </label>
        </Show>
        <label class="check">
            <input type="checkbox" prop:checked=move || voice.prefs().with(|p| p.keep_answers)
                on:change=move |ev| voice.set_keep_answers(event_target_checked(&ev))/>
            <span>{s.voice_keep_answers}</span>
        </label>
    }
}
