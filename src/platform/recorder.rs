//! Records the user's spoken answer with the microphone, for playing back
//! beside the reference answer. Recordings live in memory as object URLs and
//! are never stored.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobEvent, MediaRecorder, MediaStream, MediaStreamConstraints, Url};

struct Active {
    recorder: MediaRecorder,
    stream: MediaStream,
    chunks: Rc<RefCell<Vec<Blob>>>,
    _on_data: Closure<dyn FnMut(BlobEvent)>,
}

thread_local! {
    static ACTIVE: RefCell<Option<Active>> = const { RefCell::new(None) };
}

pub fn is_supported() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let has_recorder =
        js_sys::Reflect::has(&window, &JsValue::from_str("MediaRecorder")).unwrap_or(false);
    has_recorder && window.navigator().media_devices().is_ok()
}

/// Why recording could not start or finish, read from the browser's error
/// name (a `DOMException` from `getUserMedia` or `MediaRecorder`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecorderError {
    /// No microphone, or none that fits (`NotFoundError`, `OverconstrainedError`).
    NoMicrophone,
    /// The user or the browser refused the microphone (`NotAllowedError`,
    /// `SecurityError`).
    Refused,
    /// The microphone is there but cannot be opened, usually because another
    /// app holds it (`NotReadableError`, `AbortError`).
    Busy,
    /// This browser or page cannot record (`NotSupportedError`, no
    /// `mediaDevices` outside a secure context).
    Unsupported,
    /// Anything else.
    Failed,
}

impl RecorderError {
    pub fn from_name(name: &str) -> Self {
        match name {
            "NotFoundError" | "OverconstrainedError" | "DevicesNotFoundError" => Self::NoMicrophone,
            "NotAllowedError" | "SecurityError" | "PermissionDeniedError" => Self::Refused,
            "NotReadableError" | "AbortError" | "TrackStartError" => Self::Busy,
            "NotSupportedError" | "TypeError" => Self::Unsupported,
            _ => Self::Failed,
        }
    }
}

// Read as a property: a `DOMException` and a plain error object both carry it.
fn describe(error: JsValue) -> RecorderError {
    js_sys::Reflect::get(&error, &JsValue::from_str("name"))
        .ok()
        .and_then(|name| name.as_string())
        .map_or(RecorderError::Failed, |name| {
            RecorderError::from_name(&name)
        })
}

/// Asks for the microphone and starts recording.
pub async fn start() -> Result<(), RecorderError> {
    let window = web_sys::window().ok_or(RecorderError::Unsupported)?;
    let devices = window
        .navigator()
        .media_devices()
        .map_err(|_| RecorderError::Unsupported)?;
    let constraints = MediaStreamConstraints::new();
    constraints.set_audio(&JsValue::TRUE);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(describe)?;
    let stream: MediaStream = JsFuture::from(promise)
        .await
        .map_err(describe)?
        .unchecked_into();
    let recorder = MediaRecorder::new_with_media_stream(&stream).map_err(describe)?;
    let chunks = Rc::new(RefCell::new(Vec::new()));
    let sink = chunks.clone();
    let on_data = Closure::<dyn FnMut(BlobEvent)>::new(move |event: BlobEvent| {
        if let Some(blob) = event.data() {
            sink.borrow_mut().push(blob);
        }
    });
    recorder.set_ondataavailable(Some(on_data.as_ref().unchecked_ref()));
    recorder.start().map_err(describe)?;
    discard_active();
    ACTIVE.with(|a| {
        *a.borrow_mut() = Some(Active {
            recorder,
            stream,
            chunks,
            _on_data: on_data,
        })
    });
    Ok(())
}

/// Stops recording and returns an object URL of the recording.
pub async fn stop() -> Result<String, RecorderError> {
    let active = ACTIVE
        .with(|a| a.borrow_mut().take())
        .ok_or(RecorderError::Failed)?;
    let recorder = active.recorder.clone();
    let stopped = js_sys::Promise::new(&mut |resolve, _| recorder.set_onstop(Some(&resolve)));
    recorder.stop().map_err(describe)?;
    JsFuture::from(stopped).await.map_err(describe)?;
    release_microphone(&active.stream);
    let parts = js_sys::Array::new();
    for chunk in active.chunks.borrow().iter() {
        parts.push(chunk);
    }
    let blob = Blob::new_with_blob_sequence(&parts).map_err(describe)?;
    Url::create_object_url_with_blob(&blob).map_err(describe)
}

/// Drops a recording in progress without keeping it.
pub fn discard_active() {
    if let Some(active) = ACTIVE.with(|a| a.borrow_mut().take()) {
        let _ = active.recorder.stop();
        release_microphone(&active.stream);
    }
}

/// Frees a finished recording.
pub fn forget(url: &str) {
    let _ = Url::revoke_object_url(url);
}

fn release_microphone(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}
