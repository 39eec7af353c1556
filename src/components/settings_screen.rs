use leptos::prelude::*;

use crate::bank_data::BANK;

/// 设置: what this copy of the app holds; preferences arrive with the
/// features that need them.
#[component]
pub fn SettingsScreen() -> impl IntoView {
    let version = env!("CARGO_PKG_VERSION");
    view! {
        <section class="notice-screen">
            <h1>"设置"</h1>
            <dl class="facts">
                <dt>"版本"</dt>
                <dd>{version}</dd>
                <dt>"题库"</dt>
                <dd>{format!("{} 个主题，{} 道题", BANK.topics.len(), BANK.questions.len())}</dd>
                <dt>"数据"</dt>
                <dd>"题库内置在应用里，离线也能浏览；目前还不保存任何个人数据。"</dd>
            </dl>
            <p class="pending-badge">"即将推出"</p>
            <p>"主题外观、字号、导出与导入备份等设置会随对应功能一起上线。"</p>
        </section>
    }
}
