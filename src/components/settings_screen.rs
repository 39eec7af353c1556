use leptos::prelude::*;

use super::backup_panel::BackupPanel;
use super::backup_reminder::BackupReminder;
use super::display_settings::DisplaySettings;
use crate::bank_data::BANK;
use crate::platform::persistence::{self, Persistence};
use crate::state::app_update::AppStatus;

/// 设置: what this copy of the app holds and how safely it is stored.
#[component]
pub fn SettingsScreen() -> impl IntoView {
    let status = expect_context::<AppStatus>();
    let version = env!("CARGO_PKG_VERSION");
    let used = persistence::used_chars();
    let usage = match used {
        Some(chars) => format!(
            "已用 {:.1} KB，约占浏览器配额（约 5 MB）的 {:.1}%",
            chars as f64 / 1024.0,
            chars as f64 * 100.0 / persistence::QUOTA_CHARS as f64
        ),
        None => "浏览器禁止了本地存储，练习记录只保存在当前页面。".into(),
    };
    let persisted = move || match status.persistence.get() {
        Some(Persistence::Granted) => "浏览器已同意持久保存本站数据，不会在空间紧张时自动清除。",
        Some(Persistence::Denied) => "浏览器没有同意持久保存：空间紧张时，它可能清除本站数据。",
        Some(Persistence::Unsupported) => "这个浏览器不支持申请持久存储。",
        None => "正在向浏览器申请持久存储…",
    };
    view! {
        <section class="notice-screen settings">
            <h1>"设置"</h1>
            <DisplaySettings/>
            <h2>"数据与存储"</h2>
            <p>"所有练习记录只保存在这个浏览器里，不会上传到任何服务器。"</p>
            <p class="storage-usage">{usage}</p>
            {used.map(|chars| view! {
                <progress max=persistence::QUOTA_CHARS.to_string() value=chars.to_string() aria-label="本地存储用量"></progress>
            })}
            <p class="persisted">{persisted}</p>
            <p class="muted">
                "注意：Safari 会在 7 天没有访问后清除网站数据，除非把本应用添加到主屏幕。"
                "清除浏览器数据也会删掉练习记录。导出的备份文件是最稳妥的副本。"
            </p>
            <BackupReminder/>
            <BackupPanel/>
            <h2>"关于"</h2>
            <dl class="facts">
                <dt>"版本"</dt>
                <dd>{version}</dd>
                <dt>"题库"</dt>
                <dd>{format!("{} 个主题，{} 道题", BANK.topics.len(), BANK.questions.len())}</dd>
                <dt>"离线"</dt>
                <dd>"打开过一次后，断网也能使用；可以添加到手机主屏幕。"</dd>
            </dl>
        </section>
    }
}
