//! localStorage with errors as values. Browsers may block it (a
//! SecurityError on access), fill it (QuotaExceededError on write) or hold
//! values this version cannot read; none of that may crash the app or lose
//! data. Unreadable values are copied aside before anything replaces them.

use std::cell::Cell;

use drill_core::persist::{self, Decoded};
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage as _};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use wasm_bindgen::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageProblem {
    /// Storage cannot be used at all: progress lives in memory only.
    Unavailable,
    /// A write failed, usually because storage is full (the browser's
    /// words, for the record; the user reads a sentence).
    WriteFailed(String),
    /// A stored value could not be read; it was kept under another key.
    Unreadable { key: String, kept_as: String },
    /// A value written by a newer version; it was kept under another key.
    Newer { key: String, kept_as: String },
}

impl StorageProblem {
    /// Whether two reports are about the same problem: one notice each
    /// (two failed writes are one "storage is full").
    pub fn same_as(&self, other: &StorageProblem) -> bool {
        use StorageProblem::*;
        match (self, other) {
            (Unavailable, Unavailable) | (WriteFailed(_), WriteFailed(_)) => true,
            (Unreadable { key: a, .. }, Unreadable { key: b, .. })
            | (Newer { key: a, .. }, Newer { key: b, .. }) => a == b,
            _ => false,
        }
    }
}

impl From<StorageError> for StorageProblem {
    fn from(error: StorageError) -> Self {
        StorageProblem::WriteFailed(error.to_string())
    }
}

thread_local! {
    /// Whether `localStorage` can be used, asked once: gloo-storage unwraps
    /// `window.localStorage` and would panic where the browser blocks it.
    static AVAILABLE: Cell<Option<bool>> = const { Cell::new(None) };
}

fn available() -> bool {
    AVAILABLE.with(|known| match known.get() {
        Some(answer) => answer,
        None => {
            let answer = probe_with_web_sys();
            known.set(Some(answer));
            answer
        }
    })
}

/// Touching `localStorage` throws a SecurityError where it is blocked; a
/// browser may also hand out a storage that refuses every write.
fn probe_with_web_sys() -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    let key = "drill.probe";
    let writable = storage.set_item(key, "1").is_ok();
    let _ = storage.remove_item(key);
    writable
}

/// The browser's storage, once it is known to be usable.
fn local_storage() -> Option<web_sys::Storage> {
    available().then(LocalStorage::raw)
}

/// Whether storage can be read and written.
pub fn probe() -> Result<(), StorageProblem> {
    if available() {
        Ok(())
    } else {
        Err(StorageProblem::Unavailable)
    }
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
    // The quarantine copy is raw text, JSON or not: written as it is.
    if !kept {
        return (
            None,
            Some(StorageProblem::WriteFailed(
                "could not keep an unreadable value aside".into(),
            )),
        );
    }
    remove(key);
    (None, Some(problem))
}

pub fn save<T: Serialize>(key: &str, value: &T) -> Result<(), StorageProblem> {
    save_encoded(key, &persist::encode(value))
}

/// Saves a value already encoded by `persist::encode` (JSON), through
/// gloo-storage, exactly as encoded.
pub fn save_encoded(key: &str, encoded: &str) -> Result<(), StorageProblem> {
    if !available() {
        return Err(StorageProblem::Unavailable);
    }
    let record = RawValue::from_string(encoded.to_owned()).map_err(StorageError::from)?;
    LocalStorage::set(key, record)?;
    Ok(())
}

pub fn remove(key: &str) {
    if available() {
        LocalStorage::delete(key);
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

/// Characters of keys and values the app holds in localStorage.
pub fn used_chars() -> Option<usize> {
    let storage = local_storage()?;
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
