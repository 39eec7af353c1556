//! index.html carries a static copy of the shell so the page is never blank
//! while the wasm loads; it goes in the same task that mounts the app, so the
//! browser never paints the gap.

pub fn remove() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}
