//! Asks the browser not to evict this site's storage, and measures how much
//! of localStorage the app uses.

use wasm_bindgen_futures::JsFuture;

/// What the browser said about persistent storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    Granted,
    Denied,
    Unsupported,
}

/// Asks for persistent storage (browsers may grant it silently, ask, or
/// refuse); reports the outcome.
pub async fn request() -> Persistence {
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
        return Persistence::Unsupported;
    };
    let Ok(promise) = manager.persist() else {
        return Persistence::Unsupported;
    };
    match JsFuture::from(promise).await {
        Ok(granted) if granted.as_bool() == Some(true) => Persistence::Granted,
        Ok(_) => Persistence::Denied,
        Err(_) => Persistence::Unsupported,
    }
}

/// The per-origin localStorage quota of current browsers, in characters.
pub const QUOTA_CHARS: usize = 5 * 1024 * 1024;
