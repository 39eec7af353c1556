//! Whether a new version of the app is downloaded and waiting, and whether
//! the browser keeps our storage persistently.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::platform::persistence::{self, Persistence};
use crate::platform::service_worker;

#[derive(Clone, Copy)]
pub struct AppStatus {
    pub update_ready: RwSignal<bool>,
    pub persistence: RwSignal<Option<Persistence>>,
}

impl AppStatus {
    pub fn start() -> Self {
        let status = AppStatus {
            update_ready: RwSignal::new(false),
            persistence: RwSignal::new(None),
        };
        service_worker::register(move || status.update_ready.set(true));
        spawn_local(async move {
            let outcome = persistence::request().await;
            status.persistence.set(Some(outcome));
        });
        status
    }
}
