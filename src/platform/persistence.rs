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

/// Characters of keys and values the app holds in localStorage.
pub fn used_chars() -> Option<usize> {
    let storage = web_sys::window()?.local_storage().ok()??;
    let count = storage.length().ok()?;
    let mut total = 0;
    for i in 0..count {
        let Some(key) = storage.key(i).ok().flatten() else {
            continue;
        };
        let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
        total += key.encode_utf16().count() + value.encode_utf16().count();
    }
    Some(total)
}
