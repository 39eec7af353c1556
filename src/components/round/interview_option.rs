use drill_core::round::{Interview, RoundConfig, TypeMix};
use leptos::prelude::*;

use crate::components::common::pill::pill;

use crate::i18n::strings;
use crate::platform::recognition::Where;
use crate::platform::speech;
use crate::state::voice::Voice;

/// The composer's 面试模式: a round done by voice, and the pause that ends
/// an answer. Offered where the browser can both speak and listen.
#[component]
pub fn InterviewOption(config: RwSignal<RoundConfig>) -> impl IntoView {
    let voice = expect_context::<Voice>();
    let s = strings();
    let on = move || config.with(|c| c.interview.is_some());
    let silence = move || config.with(|c| c.interview.unwrap_or_default().silence_secs);
    let toggle = move || {
        let turning_on = !on();
        // Choosing it after reading where the audio goes is the consent the
        // answer box would ask for.
        if turning_on && voice.needs_consent() {
            voice.agree_to_service();
        }
        config.update(|c| {
            c.interview = turning_on.then(Interview::default);
            if turning_on {
                c.types = TypeMix::OpenOnly;
            }
        });
    };
    view! {
        <Show when=move || voice.offered() && speech::is_supported()>
            <fieldset class="interview-option">
                <legend>{s.interview_legend}</legend>
                {pill(None, on, toggle, s.interview_mode, None)}
                <Show when=move || voice.runs().get() != Some(Where::OnDevice)>
                    <p class="muted">{s.voice_service}</p>
                </Show>
                <Show when=on>
                    <label class="number">
                        <input type="number" aria-label=s.interview_silence_label
                            min=Interview::SILENCE_SECS.start().to_string()
                            max=Interview::SILENCE_SECS.end().to_string()
                            prop:value=move || silence().to_string()
                            on:change=move |ev| {
                                let secs = event_target_value(&ev)
                                    .parse::<u8>()
                                    .unwrap_or(3)
                                    .clamp(*Interview::SILENCE_SECS.start(), *Interview::SILENCE_SECS.end());
                                config.update(|c| c.interview = Some(Interview { silence_secs: secs }));
                            }/>
                        {s.interview_silence_unit}
                    </label>
                </Show>
            </fieldset>
        </Show>
    }
}
