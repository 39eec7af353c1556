use std::collections::HashMap;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{Strings, strings};
use crate::platform::recorder::{self, RecorderError};

/// This round's recordings by question id, as object URLs. They are freed
/// when the round ends and never stored.
#[derive(Clone, Copy)]
pub struct Recordings(pub RwSignal<HashMap<String, String>, LocalStorage>);

impl Recordings {
    pub fn new() -> Self {
        Recordings(RwSignal::new_local(HashMap::new()))
    }

    pub fn forget_all(&self) {
        recorder::discard_active();
        self.0
            .with_untracked(|all| all.values().for_each(|url| recorder::forget(url)));
    }
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Idle,
    Asking,
    Recording,
    Failed(RecorderError),
}

/// Record the spoken answer, then play it back.
#[component]
pub fn AnswerRecorder(question_id: String) -> impl IntoView {
    let recordings = expect_context::<Recordings>();
    let s = strings();
    let state = RwSignal::new(State::Idle);
    let id = StoredValue::new(question_id);
    let url = move || recordings.0.with(|all| all.get(&id.get_value()).cloned());
    let start = move |_| {
        state.set(State::Asking);
        spawn_local(async move {
            match recorder::start().await {
                Ok(()) => state.set(State::Recording),
                Err(why) => state.set(State::Failed(why)),
            }
        });
    };
    let stop = move |_| {
        spawn_local(async move {
            match recorder::stop().await {
                Ok(new_url) => {
                    recordings.0.update(|all| {
                        if let Some(old) = all.insert(id.get_value(), new_url) {
                            recorder::forget(&old);
                        }
                    });
                    state.set(State::Idle);
                }
                Err(why) => state.set(State::Failed(why)),
            }
        });
    };
    on_cleanup(recorder::discard_active);
    view! {
        <div class="recorder">
            {move || match state.get() {
                State::Recording => view! {
                    <span class="recording" role="status">{s.recording}</span>
                    <button class="button small" on:click=stop>{s.stop_recording}</button>
                }.into_any(),
                State::Asking => view! { <span role="status">{s.asking_microphone}</span> }.into_any(),
                other => view! {
                    <button class="button small" on:click=start>
                        {move || if url().is_some() { s.record_again } else { s.record_answer }}
                    </button>
                    {match other {
                        State::Failed(why) => Some(view! {
                            <p class="warning" role="alert">{error_text(s, why)}</p>
                        }),
                        _ => None,
                    }}
                }.into_any(),
            }}
            {move || url().map(|src| view! { <audio controls src=src aria-label=s.your_recording></audio> })}
        </div>
    }
}

/// The sentence for why recording failed, in the user's language: what
/// happened and what to do next, never the browser's error name.
fn error_text(s: &Strings, why: RecorderError) -> &'static str {
    match why {
        RecorderError::NoMicrophone => s.recorder_no_microphone,
        RecorderError::Refused => s.recorder_refused,
        RecorderError::Busy => s.recorder_busy,
        RecorderError::Unsupported => s.recorder_unsupported,
        RecorderError::Failed => s.recorder_failed,
    }
}
