//! Whether a new version of the app is downloaded and waiting, and whether
//! the browser keeps our storage persistently.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::platform::persistence::{self, Persistence};
use crate::platform::service_worker;

#[derive(Clone, Copy)]
pub struct AppStatus {
    update_ready: RwSignal<bool>,
    persistence: RwSignal<Option<Persistence>>,
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

    /// A new version is downloaded and takes over on the next start.
    pub fn update_ready(&self) -> ReadSignal<bool> {
        self.update_ready.read_only()
    }

    /// Whether the browser keeps our storage (`None` until it answers).
    pub fn persistence(&self) -> ReadSignal<Option<Persistence>> {
        self.persistence.read_only()
    }
}
