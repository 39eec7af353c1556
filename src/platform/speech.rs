//! Reads a question aloud, as an interviewer would ask it.

pub fn speak(text: &str) {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    synth.cancel();
    if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        utterance.set_lang("zh-CN");
        synth.speak(&utterance);
    }
}

pub fn stop() {
    if let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        synth.cancel();
    }
}

pub fn is_supported() -> bool {
    web_sys::window().is_some_and(|w| w.speech_synthesis().is_ok())
}
