//! Registers the service worker that makes the app work offline, and tells
//! when a new version is downloaded and waiting. Only release builds have a
//! service worker (scripts/finalize-dist.mjs writes it).

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

fn container() -> Option<ServiceWorkerContainer> {
    let window = web_sys::window()?;
    let has = js_sys::Reflect::has(&window.navigator(), &JsValue::from_str("serviceWorker"))
        .unwrap_or(false);
    has.then(|| window.navigator().service_worker())
}

/// Registers `sw.js`; `update_ready` runs when a newer version is installed
/// and waiting for the page's word.
pub fn register(update_ready: impl Fn() + Clone + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else { return };
    let promise = container.register("./sw.js");
    leptos::task::spawn_local(async move {
        let Ok(registration) = JsFuture::from(promise).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // A worker already waiting from an earlier visit.
        if registration.waiting().is_some() && container.controller().is_some() {
            update_ready();
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let ready = update_ready.clone();
            let worker = installing.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                let controlled = container_controlled();
                if worker.state() == ServiceWorkerState::Installed && controlled {
                    ready();
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

fn container_controlled() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

/// Lets the waiting version take over, then reloads into it.
pub fn apply_update() {
    let Some(container) = container() else { return };
    let on_change = Closure::<dyn FnMut()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    leptos::task::spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        if let Some(waiting) = registration.waiting() {
            let waiting: ServiceWorker = waiting;
            let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
        }
    });
}
