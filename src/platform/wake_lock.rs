//! Keeps the screen on while a question runs, where the browser supports the
//! Screen Wake Lock API. Failures are ignored: the round works without it.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

thread_local! {
    static SENTINEL: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

fn call(target: &JsValue, method: &str, args: &js_sys::Array) -> Option<JsValue> {
    let function = js_sys::Reflect::get(target, &JsValue::from_str(method)).ok()?;
    let function = function.dyn_into::<js_sys::Function>().ok()?;
    function.apply(target, args).ok()
}

/// Asks for a screen wake lock unless one is held.
pub fn acquire() {
    if SENTINEL.with(|s| s.borrow().is_some()) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(wake_lock) = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("wakeLock"))
    else {
        return;
    };
    if wake_lock.is_undefined() {
        return;
    }
    let Some(promise) = call(
        &wake_lock,
        "request",
        &js_sys::Array::of1(&JsValue::from_str("screen")),
    ) else {
        return;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return;
    };
    leptos::task::spawn_local(async move {
        if let Ok(sentinel) = wasm_bindgen_futures::JsFuture::from(promise).await {
            SENTINEL.with(|s| *s.borrow_mut() = Some(sentinel));
        }
    });
}

pub fn release() {
    if let Some(sentinel) = SENTINEL.with(|s| s.borrow_mut().take()) {
        let _ = call(&sentinel, "release", &js_sys::Array::new());
    }
}
