use leptos::prelude::*;

use super::backup_panel::BackupPanel;
use super::display_settings::DisplaySettings;
use super::voice_settings::VoiceSettings;
use crate::bank_data::BANK;
use crate::components::common::backup_reminder::BackupReminder;
use crate::i18n::strings;
use crate::platform::persistence::{self, Persistence};
use crate::platform::storage;
use crate::state::app_update::AppStatus;

/// 设置: what this copy of the app holds and how safely it is stored.
#[component]
pub fn SettingsScreen() -> impl IntoView {
    let status = expect_context::<AppStatus>();
    let s = strings();
    let version = env!("CARGO_PKG_VERSION");
    let used = storage::used_chars();
    let usage = match used {
        Some(chars) => (s.storage_usage)(
            chars as f64 / 1024.0,
            chars as f64 * 100.0 / persistence::QUOTA_CHARS as f64,
        ),
        None => s.storage_blocked.into(),
    };
    let persisted = move || match status.persistence().get() {
        Some(Persistence::Granted) => s.persistence_granted,
        Some(Persistence::Denied) => s.persistence_denied,
        Some(Persistence::Unsupported) => s.persistence_unsupported,
        None => s.persistence_asking,
    };
    view! {
        <section class="notice-screen settings">
            <h1>{s.settings_title}</h1>
            <DisplaySettings/>
            <VoiceSettings/>
            <h2>{s.data_and_storage}</h2>
            <p>{s.stored_here_only}</p>
            <p class="storage-usage">{usage}</p>
            {used.map(|chars| view! {
                <progress max=persistence::QUOTA_CHARS.to_string() value=chars.to_string() aria-label=s.storage_usage_label></progress>
            })}
            <p class="persisted">{persisted}</p>
            <p class="muted">{s.eviction_warning}</p>
            <BackupReminder/>
            <BackupPanel/>
            <h2>{s.about}</h2>
            <dl class="facts">
                <dt>{s.version}</dt>
                <dd>{version}</dd>
                <dt>{s.bank_fact_name}</dt>
                <dd>{(s.bank_facts)(BANK.topics.len(), BANK.questions.len())}</dd>
                <dt>{s.offline}</dt>
                <dd>{s.offline_fact}</dd>
            </dl>
        </section>
    }
}
