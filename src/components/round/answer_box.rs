use leptos::prelude::*;

use crate::i18n::{Strings, strings};
use crate::platform::recognition::{self, Failure, Heard};
use crate::state::session::Session;
use crate::state::voice::Voice;

/// The answer to an open question while it is being answered: typed, or
/// said (说出答案) and transcribed into the same box, which stays editable.
/// What is heard is saved into the round as it comes, so a reload keeps it.
#[component]
pub fn AnswerBox() -> impl IntoView {
    let session = expect_context::<Session>();
    let voice = expect_context::<Voice>();
    let s = strings();
    let text = move || {
        session
            .item()
            .with(|i| i.as_ref().map(|i| i.notes.clone()))
            .unwrap_or_default()
    };
    // In interview mode the interviewer listens; no button of its own.
    let interview = session
        .current()
        .with_untracked(|r| r.as_ref().is_some_and(|r| r.config.interview.is_some()));
    let listening = RwSignal::new(false);
    let interim = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<Failure>);
    let asking = RwSignal::new(false);
    let save = move |answer: String| {
        let _ = session.apply(|r, _| r.set_notes(answer));
    };
    let start = move || {
        failure.set(None);
        // What was there before stays; what is heard follows it.
        let before = text();
        let join = move |heard: &str| join_text(&before, heard);
        let started = recognition::listen(
            voice.on_device(),
            move |heard: Heard| {
                interim.set(heard.interim.clone());
                save(join(&format!("{}{}", heard.final_text, heard.interim)));
            },
            move |ended| {
                listening.set(false);
                interim.set(String::new());
                if let Some(why) = ended {
                    failure.set(Some(why));
                }
            },
        );
        match started {
            Ok(()) => listening.set(true),
            Err(why) => failure.set(Some(why)),
        }
    };
    let on_speak = move |_| {
        if listening.get_untracked() {
            recognition::stop();
        } else if voice.needs_consent() {
            asking.set(true);
        } else {
            start();
        }
    };
    // In interview mode the interviewer owns listening, and a box that goes
    // as the next question comes must not cut it off.
    on_cleanup(move || {
        if !interview {
            recognition::cancel();
        }
    });

    view! {
        <div class="answer-box">
            <label class="notes">
                <span>{s.notes_prompt}</span>
                <textarea rows="4" prop:value=text readonly=move || listening.get()
                    placeholder=s.answer_placeholder
                    on:input=move |ev| save(event_target_value(&ev))></textarea>
            </label>
            <Show when=move || voice.offered() && !interview>
                <div class="voice">
                    <button class="button speak" class:listening=move || listening.get()
                        aria-pressed=move || if listening.get() { "true" } else { "false" }
                        on:click=on_speak>
                        {move || if listening.get() { s.stop_listening } else { s.speak_answer }}
                    </button>
                    <p class="voice-status" role="status">
                        {move || listening.get().then(|| {
                            let note = if voice.on_device() { s.listening_on_device } else { s.listening };
                            format!("{note} {}", interim.get())
                        })}
                    </p>
                </div>
            </Show>
            <Show when=move || asking.get()>
                <div class="voice-consent" role="group" aria-label=s.voice_title>
                    <p>{s.voice_service_consent}</p>
                    <button class="button primary" on:click=move |_| {
                        asking.set(false);
                        voice.agree_to_service();
                        start();
                    }>{s.use_voice}</button>
                    <button class="button" on:click=move |_| asking.set(false)>{s.type_instead}</button>
                </div>
            </Show>
            {move || failure.get().map(|why| view! { <p class="warning" role="alert">{failure_text(s, why)}</p> })}
        </div>
    }
}

/// The text before and what was heard, with a space between them where
/// both are there.
pub fn join_text(before: &str, heard: &str) -> String {
    match (before.trim_end(), heard.trim()) {
        ("", heard) => heard.to_string(),
        (before, "") => before.to_string(),
        (before, heard) => format!("{before} {heard}"),
    }
}

/// The sentence for why listening stopped, in the user's language: what
/// happened and what to do next, never the browser's code.
pub fn failure_text(s: &Strings, why: Failure) -> &'static str {
    match why {
        Failure::Missing => s.voice_missing,
        Failure::Refused => s.voice_refused,
        Failure::ServiceRefused => s.voice_service_refused,
        Failure::NoMicrophone => s.voice_no_microphone,
        Failure::NoSpeech => s.voice_no_speech,
        Failure::Network => s.voice_network,
        Failure::Language => s.voice_language,
        Failure::Interrupted => s.voice_interrupted,
        Failure::Other => s.voice_other,
    }
}
