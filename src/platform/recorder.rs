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

fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_else(|| "error".into())
}

/// Asks for the microphone and starts recording. The error names why not
/// (for example `NotAllowedError` when the user refused).
pub async fn start() -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let devices = window.navigator().media_devices().map_err(describe)?;
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
pub async fn stop() -> Result<String, String> {
    let active = ACTIVE
        .with(|a| a.borrow_mut().take())
        .ok_or("not recording")?;
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
