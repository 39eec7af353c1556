//! The browser's speech recognition (`SpeechRecognition`, or
//! `webkitSpeechRecognition` in Chromium and Safari), in Chinese, with
//! interim results. Reached through `js_sys::Reflect`: web-sys offers it
//! only as an unstable API, and `processLocally` / `available()` are newer
//! still. Errors come back as values, never as exceptions.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Where recognition would run, as far as the browser tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Where {
    /// No recognition in this browser (Firefox, older browsers).
    Missing,
    /// On the device: the audio stays on the phone.
    OnDevice,
    /// The on-device model for Chinese can be installed (a download).
    Installable,
    /// The browser's speech service: audio goes to the vendor.
    Service,
}

/// Why listening stopped or could not start, from the `error` event's code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    Missing,
    /// The user or the browser refused the microphone (`not-allowed`).
    Refused,
    /// The browser or the system does not allow its speech service
    /// (`service-not-allowed`: dictation switched off, for one).
    ServiceRefused,
    /// `audio-capture`: no microphone, or it could not be opened.
    NoMicrophone,
    /// Nothing was heard (`no-speech`).
    NoSpeech,
    /// The speech service could not be reached (offline, for one).
    Network,
    /// This browser cannot recognise Chinese (`language-not-supported`).
    Language,
    /// The browser stopped listening on its own (`aborted`).
    Interrupted,
    /// Anything else (`bad-grammar`, a code added later, a failed start).
    Other,
}

fn constructor() -> Option<js_sys::Function> {
    let window = web_sys::window()?;
    ["SpeechRecognition", "webkitSpeechRecognition"]
        .iter()
        .find_map(|name| js_sys::Reflect::get(&window, &JsValue::from_str(name)).ok())
        .filter(|c| c.is_function())
        .map(JsCast::unchecked_into)
}

/// Asks the browser where Chinese recognition would run. Browsers without
/// `SpeechRecognition.available()` (Safari, older Chromium) say nothing:
/// recognition there may use the vendor's service, so it counts as that.
pub async fn where_it_runs() -> Where {
    let Some(class) = constructor() else {
        return Where::Missing;
    };
    let Ok(available) = js_sys::Reflect::get(&class, &JsValue::from_str("available")) else {
        return Where::Service;
    };
    let Some(available) = available.dyn_ref::<js_sys::Function>() else {
        return Where::Service;
    };
    let options = js_sys::Object::new();
    let langs = js_sys::Array::of1(&JsValue::from_str("zh-CN"));
    let _ = js_sys::Reflect::set(&options, &"langs".into(), &langs);
    let _ = js_sys::Reflect::set(&options, &"processLocally".into(), &JsValue::TRUE);
    let Ok(promise) = available.call1(&class, &options) else {
        return Where::Service;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return Where::Service;
    };
    match JsFuture::from(promise)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .as_deref()
    {
        Some("available") => Where::OnDevice,
        Some("downloadable" | "downloading") => Where::Installable,
        _ => Where::Service,
    }
}

/// Asks the browser to install its on-device model for Chinese. True once
/// it is installed.
pub async fn install_on_device() -> bool {
    let Some(class) = constructor() else {
        return false;
    };
    let Some(install) = js_sys::Reflect::get(&class, &JsValue::from_str("install"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    let options = js_sys::Object::new();
    let langs = js_sys::Array::of1(&JsValue::from_str("zh-CN"));
    let _ = js_sys::Reflect::set(&options, &"langs".into(), &langs);
    let _ = js_sys::Reflect::set(&options, &"processLocally".into(), &JsValue::TRUE);
    let Some(promise) = install
        .call1(&class, &options)
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    JsFuture::from(promise)
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// What was heard so far in this listening: the final text, and the part
/// still being recognised.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Heard {
    pub final_text: String,
    pub interim: String,
}

struct Listening {
    recognition: JsValue,
    _on_result: Closure<dyn FnMut(JsValue)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
    _on_end: Closure<dyn FnMut(JsValue)>,
}

thread_local! {
    static LISTENING: RefCell<Option<Listening>> = const { RefCell::new(None) };
}

/// Starts listening in Chinese, on the device if `on_device`. `heard` gets
/// everything recognised in this listening so far at each result; `ended`
/// gets why it stopped (`None`: it stopped normally). Only one listening
/// at a time: a second start stops the first.
pub fn listen(
    on_device: bool,
    heard: impl Fn(Heard) + 'static,
    ended: impl Fn(Option<Failure>) + 'static,
) -> Result<(), Failure> {
    cancel();
    let class = constructor().ok_or(Failure::Missing)?;
    let recognition =
        js_sys::Reflect::construct(&class, &js_sys::Array::new()).map_err(|_| Failure::Other)?;
    let set = |name: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(&recognition, &JsValue::from_str(name), value);
    };
    set("lang", &JsValue::from_str("zh-CN"));
    set("continuous", &JsValue::TRUE);
    set("interimResults", &JsValue::TRUE);
    if on_device {
        set("processLocally", &JsValue::TRUE);
    }
    let on_result = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
        heard(read_results(&event));
    });
    // An error is followed by `end`; the error is what the user needs.
    let failure: std::rc::Rc<RefCell<Option<Failure>>> = Default::default();
    let seen = failure.clone();
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
        let code = js_sys::Reflect::get(&event, &JsValue::from_str("error"))
            .ok()
            .and_then(|c| c.as_string())
            .unwrap_or_default();
        // The app's own stops never reach here (`cancel` drops the handlers
        // first, `stop` ends without an error), so `aborted` came from the
        // browser.
        *seen.borrow_mut() = Some(Failure::of_code(&code));
    });
    // The closures stay alive until the next listening or a cancel: one
    // must not be dropped while it runs.
    let on_end = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        ended(failure.borrow_mut().take());
    });
    set("onresult", on_result.as_ref());
    set("onerror", on_error.as_ref());
    set("onend", on_end.as_ref());
    call(&recognition, "start").map_err(|_| Failure::Other)?;
    LISTENING.with(|l| {
        *l.borrow_mut() = Some(Listening {
            recognition,
            _on_result: on_result,
            _on_error: on_error,
            _on_end: on_end,
        })
    });
    Ok(())
}

/// Stops listening; what was said up to now still arrives as a result.
pub fn stop() {
    let recognition = LISTENING.with(|l| l.borrow().as_ref().map(|l| l.recognition.clone()));
    if let Some(recognition) = recognition {
        let _ = call(&recognition, "stop");
    }
}

/// Stops listening and drops whatever is still on its way: nothing more
/// arrives (for when the answer box goes away).
pub fn cancel() {
    let Some(listening) = LISTENING.with(|l| l.borrow_mut().take()) else {
        return;
    };
    for handler in ["onresult", "onerror", "onend"] {
        let _ = js_sys::Reflect::set(
            &listening.recognition,
            &JsValue::from_str(handler),
            &JsValue::NULL,
        );
    }
    let _ = call(&listening.recognition, "abort");
}

fn call(target: &JsValue, method: &str) -> Result<JsValue, JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(method))?
        .dyn_into::<js_sys::Function>()?
        .call0(target)
}

/// Every result of the event, final ones joined, the rest as interim.
fn read_results(event: &JsValue) -> Heard {
    let get = |target: &JsValue, key: &JsValue| js_sys::Reflect::get(target, key).ok();
    let mut heard = Heard::default();
    let Some(results) = get(event, &"results".into()) else {
        return heard;
    };
    let count = get(&results, &"length".into())
        .and_then(|n| n.as_f64())
        .unwrap_or(0.0) as u32;
    for i in 0..count {
        let Some(result) = get(&results, &JsValue::from(i)) else {
            continue;
        };
        let text = get(&result, &JsValue::from(0))
            .and_then(|alternative| get(&alternative, &"transcript".into()))
            .and_then(|t| t.as_string())
            .unwrap_or_default();
        let is_final = get(&result, &"isFinal".into())
            .and_then(|f| f.as_bool())
            .unwrap_or(false);
        if is_final {
            heard.final_text.push_str(&text);
        } else {
            heard.interim.push_str(&text);
        }
    }
    heard
}

impl Failure {
    pub fn of_code(code: &str) -> Self {
        match code {
            "not-allowed" => Self::Refused,
            "service-not-allowed" => Self::ServiceRefused,
            "audio-capture" => Self::NoMicrophone,
            "no-speech" => Self::NoSpeech,
            "network" => Self::Network,
            "language-not-supported" => Self::Language,
            "aborted" => Self::Interrupted,
            _ => Self::Other,
        }
    }
}
