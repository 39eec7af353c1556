//! Reads a question aloud, as an interviewer would ask it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

type Handler = Closure<dyn FnMut(JsValue)>;
type Done = Box<dyn FnOnce()>;

thread_local! {
    /// The end handler of what is being said: kept alive until it is said,
    /// replaced by the next utterance.
    static SAYING: RefCell<Option<Handler>> = const { RefCell::new(None) };
}

pub fn speak(text: &str) {
    speak_then(text, || {});
}

/// Says `text`, then calls `done` once, when it was said, failed or was cut
/// off (by `stop` or the next utterance). Without speech synthesis `done`
/// comes at once, so a caller waiting on it is never stuck.
pub fn speak_then(text: &str, done: impl FnOnce() + 'static) {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        done();
        return;
    };
    synth.cancel();
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else {
        done();
        return;
    };
    utterance.set_lang("zh-CN");
    let done: Rc<Cell<Option<Done>>> = Rc::new(Cell::new(Some(Box::new(done))));
    let finish = Handler::new(move |_: JsValue| {
        if let Some(done) = done.take() {
            done();
        }
    });
    utterance.set_onend(Some(finish.as_ref().unchecked_ref()));
    utterance.set_onerror(Some(finish.as_ref().unchecked_ref()));
    SAYING.with(|s| *s.borrow_mut() = Some(finish));
    synth.speak(&utterance);
}

pub fn stop() {
    if let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        synth.cancel();
    }
}

pub fn is_supported() -> bool {
    web_sys::window().is_some_and(|w| w.speech_synthesis().is_ok())
}
