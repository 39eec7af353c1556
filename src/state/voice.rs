//! Answering out loud: whether it is offered, what the user agreed to, and
//! where this browser's recognition runs. Saved like every preference.

use drill_core::persist::VOICE_PREFS_KEY;
use drill_core::prefs::VoicePrefs;
use leptos::prelude::*;

use super::notices::Notices;
use crate::platform::clock::now_ms;
use crate::platform::recognition::{self, Where};
use crate::platform::storage;

#[derive(Clone, Copy)]
pub struct Voice {
    prefs: RwSignal<VoicePrefs>,
    /// Where recognition runs; `None` until the browser has said.
    runs: RwSignal<Option<Where>>,
    notices: Notices,
}

impl Voice {
    pub fn load(notices: Notices) -> Self {
        let prefs = notices.reported(storage::load::<VoicePrefs>(VOICE_PREFS_KEY, now_ms()));
        let voice = Voice {
            prefs: RwSignal::new(prefs.unwrap_or_default()),
            runs: RwSignal::new(None),
            notices,
        };
        voice.ask_where();
        voice
    }

    pub fn prefs(&self) -> ReadSignal<VoicePrefs> {
        self.prefs.read_only()
    }

    pub fn runs(&self) -> ReadSignal<Option<Where>> {
        self.runs.read_only()
    }

    /// Whether 说出答案 is offered: recognition exists and voice is on.
    pub fn offered(&self) -> bool {
        self.prefs.with(|p| p.enabled) && self.runs.with(|r| !matches!(r, Some(Where::Missing)))
    }

    /// Whether starting now needs the user's word first: audio would go to
    /// the browser vendor's service and the user has not agreed yet.
    pub fn needs_consent(&self) -> bool {
        let on_device = self.runs.with_untracked(|r| *r == Some(Where::OnDevice));
        !on_device && !self.prefs.with_untracked(|p| p.cloud_ok)
    }

    pub fn on_device(&self) -> bool {
        self.runs.with_untracked(|r| *r == Some(Where::OnDevice))
    }

    pub fn set_enabled(&self, enabled: bool) {
        self.change(|p| p.enabled = enabled);
    }

    pub fn set_keep_answers(&self, keep: bool) {
        self.change(|p| p.keep_answers = keep);
    }

    pub fn agree_to_service(&self) {
        self.change(|p| p.cloud_ok = true);
    }

    /// Installs the on-device model for Chinese, then asks again where
    /// recognition runs.
    pub fn install_on_device(&self) {
        let voice = *self;
        leptos::task::spawn_local(async move {
            recognition::install_on_device().await;
            voice.runs.set(Some(recognition::where_it_runs().await));
        });
    }

    fn ask_where(&self) {
        let runs = self.runs;
        leptos::task::spawn_local(async move {
            runs.set(Some(recognition::where_it_runs().await));
        });
    }

    fn change(&self, edit: impl FnOnce(&mut VoicePrefs)) {
        self.prefs.update(edit);
        // A preference that cannot be saved still applies for this visit.
        if let Err(problem) = self
            .prefs
            .with_untracked(|p| storage::save(VOICE_PREFS_KEY, p))
        {
            self.notices.report(&problem);
        }
    }
}
