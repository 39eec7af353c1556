//! localStorage with errors as values. Browsers may block it (a
//! SecurityError on access), fill it (QuotaExceededError on write) or hold
//! values this version cannot read; none of that may crash the app or lose
//! data. Unreadable values are copied aside before anything replaces them.

use drill_core::persist::{self, Decoded};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageProblem {
    /// Storage cannot be used at all: progress lives in memory only.
    Unavailable,
    /// A write failed, usually because storage is full.
    WriteFailed(String),
    /// A stored value could not be read; it was kept under another key.
    Unreadable { key: String, kept_as: String },
    /// A value written by a newer version; it was kept under another key.
    Newer { key: String, kept_as: String },
}

fn local_storage() -> Option<web_sys::Storage> {
    // Touching `localStorage` throws a SecurityError where it is blocked.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether storage can be read and written right now.
pub fn probe() -> Result<(), StorageProblem> {
    let storage = local_storage().ok_or(StorageProblem::Unavailable)?;
    let key = "drill.probe";
    storage
        .set_item(key, "1")
        .map_err(|_| StorageProblem::Unavailable)?;
    let _ = storage.remove_item(key);
    Ok(())
}

#[wasm_bindgen]
extern "C" {
    /// `Storage` as web-sys declares it, but with `getItem` returning the
    /// JavaScript string itself.
    #[wasm_bindgen(js_name = Storage)]
    type JsStorage;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item(this: &JsStorage, key: &str) -> Result<JsValue, JsValue>;
}

/// The stored text left a JavaScript string (`null` when there is none).
/// Telling two long values apart this way is one comparison, where reading
/// them into wasm copies and converts every character.
pub fn read_js(key: &str) -> JsValue {
    local_storage()
        .and_then(|s| s.unchecked_into::<JsStorage>().get_item(key).ok())
        .unwrap_or(JsValue::NULL)
}

/// The stored text as it is, undecoded.
pub fn read_raw(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Reads a versioned record. A value this version cannot read (damaged, or
/// from a newer version) is copied to a quarantine key, exactly as it was,
/// and reported; the caller starts from `None`. If the copy cannot be made
/// the original stays where it is.
pub fn load<T: DeserializeOwned>(key: &str, now_ms: i64) -> (Option<T>, Option<StorageProblem>) {
    let stored = read_raw(key);
    let raw = stored.as_deref();
    keep_unreadable(key, raw, persist::decode::<T>(raw), now_ms)
}

/// The value `raw` decoded to, or, when this version cannot use it, `None`
/// once the raw text has been copied aside under a quarantine key.
pub fn keep_unreadable<T>(
    key: &str,
    raw: Option<&str>,
    decoded: Decoded<T>,
    now_ms: i64,
) -> (Option<T>, Option<StorageProblem>) {
    let kept_as = persist::quarantine_key(key, now_ms);
    let problem = match decoded {
        Decoded::Missing => return (None, None),
        Decoded::Ok(value) => return (Some(value), None),
        Decoded::Newer(_) => StorageProblem::Newer {
            key: key.into(),
            kept_as: kept_as.clone(),
        },
        Decoded::Corrupt(_) => StorageProblem::Unreadable {
            key: key.into(),
            kept_as: kept_as.clone(),
        },
    };
    let kept = local_storage()
        .and_then(|s| s.set_item(&kept_as, raw.unwrap_or_default()).ok())
        .is_some();
    if !kept {
        return (
            None,
            Some(StorageProblem::WriteFailed(
                "could not keep an unreadable value aside".into(),
            )),
        );
    }
    if let Some(s) = local_storage() {
        let _ = s.remove_item(key);
    }
    (None, Some(problem))
}

pub fn save<T: Serialize>(key: &str, value: &T) -> Result<(), StorageProblem> {
    save_encoded(key, &persist::encode(value))
}

/// Saves a value already encoded by `persist::encode`.
pub fn save_encoded(key: &str, encoded: &str) -> Result<(), StorageProblem> {
    let storage = local_storage().ok_or(StorageProblem::Unavailable)?;
    storage
        .set_item(key, encoded)
        .map_err(|e| StorageProblem::WriteFailed(format!("{e:?}")))
}

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Calls `changed` with the key another tab wrote (`None` when it cleared
/// everything). Browsers fire this only in the other tabs.
pub fn on_change(
    changed: impl Fn(Option<String>) + 'static,
) -> leptos::prelude::WindowListenerHandle {
    leptos::prelude::window_event_listener(leptos::ev::storage, move |event| changed(event.key()))
}

/// An id for this tab that survives a reload of the tab but not a new tab:
/// sessionStorage is kept per tab.
pub fn tab_id() -> String {
    let key = "drill.tab";
    let session = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    if let Some(id) = session
        .as_ref()
        .and_then(|s| s.get_item(key).ok().flatten())
    {
        return id;
    }
    let id = format!("{:x}", crate::platform::clock::random_seed());
    if let Some(session) = session {
        let _ = session.set_item(key, &id);
    }
    id
}

/// Removes every key `pick` selects.
pub fn remove_matching(pick: impl Fn(&str) -> bool) {
    let Some(storage) = local_storage() else {
        return;
    };
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| pick(k))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}
