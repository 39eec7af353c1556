//! Tells when an element comes near the visible part of the page, so a long
//! list can draw more rows before the user scrolls to its end.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// Watches one element until dropped.
pub struct NearViewport {
    observer: IntersectionObserver,
    _on_change: Closure<dyn FnMut(js_sys::Array)>,
}

impl NearViewport {
    /// Calls `near` whenever `element` comes within `margin_px` of the
    /// viewport. None where the browser has no IntersectionObserver.
    pub fn watch(element: &Element, margin_px: u32, near: impl Fn() + 'static) -> Option<Self> {
        let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let close = entries.iter().any(|e| {
                e.unchecked_into::<IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if close {
                near();
            }
        });
        let options = IntersectionObserverInit::new();
        options.set_root_margin(&format!("{margin_px}px"));
        let observer =
            IntersectionObserver::new_with_options(on_change.as_ref().unchecked_ref(), &options)
                .ok()?;
        observer.observe(element);
        Some(NearViewport {
            observer,
            _on_change: on_change,
        })
    }
}

impl Drop for NearViewport {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
