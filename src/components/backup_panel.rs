use drill_core::backup::{
    ImportError, ImportPreview, MAX_BACKUP_BYTES, UserData, export, merge, parse_backup, preview,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::round_history::format_date;
use crate::platform::clock::now_ms;
use crate::platform::files;
use crate::state::marks::UserMarks;
use crate::state::progress::Progress;
use crate::state::rounds::Rounds;
use crate::state::user_data;

#[derive(Clone, PartialEq)]
enum Step {
    Idle,
    Exported(String),
    Refused(String),
    Preview(Box<UserData>, ImportPreview),
    NothingNew,
    Imported(ImportPreview),
    ConfirmReset,
}

/// Export, import and reset of everything stored in this browser.
#[component]
pub fn BackupPanel() -> impl IntoView {
    let progress = expect_context::<Progress>();
    let rounds = expect_context::<Rounds>();
    let marks = expect_context::<UserMarks>();
    let step = RwSignal::new(Step::Idle);

    let export_now = move |_| {
        let data = user_data::read_all();
        let now = now_ms();
        let name = format!(
            "面试演练备份-{}.json",
            format_date(now).replace([' ', ':'], "-")
        );
        match files::download(
            &name,
            &export(&data, env!("CARGO_PKG_VERSION"), now),
            "application/json",
        ) {
            Ok(()) => {
                user_data::note_export(now);
                step.set(Step::Exported(format!(
                    "已导出：{} 条答题记录、{} 轮模拟面试。请把文件存到安全的地方。",
                    data.log.len(),
                    data.rounds.len()
                )));
            }
            Err(why) => step.set(Step::Refused(format!("导出失败：{why}"))),
        }
    };
    let picked = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        spawn_local(async move {
            let outcome = match files::read_picked(&input).await {
                Ok(Some((_, size))) if size > MAX_BACKUP_BYTES as f64 => {
                    Err(ImportError::TooLarge(size as usize).message())
                }
                Ok(Some((text, _))) => parse_backup(&text).map_err(|e| e.message()),
                Ok(None) => return,
                Err(why) => Err(format!("读取文件失败：{why}")),
            };
            input.set_value("");
            step.set(match outcome {
                Err(message) => Step::Refused(message),
                Ok(incoming) => {
                    let adds = preview(&user_data::read_all(), &incoming);
                    if adds.is_empty() {
                        Step::NothingNew
                    } else {
                        Step::Preview(Box::new(incoming), adds)
                    }
                }
            });
        });
    };
    let confirm_import = move |incoming: UserData, adds: ImportPreview| {
        let merged = merge(&user_data::read_all(), &incoming);
        match user_data::write_all(&merged) {
            Ok(()) => {
                progress.log.set(merged.log);
                rounds.history.set(merged.rounds);
                marks.marks.set(merged.marks);
                step.set(Step::Imported(adds));
            }
            Err(problem) => step.set(Step::Refused(format!(
                "导入没有完成，原有数据未改动：{}",
                problem.message()
            ))),
        }
    };
    let reset = move |_| {
        user_data::clear_all();
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };

    view! {
        <section class="backup">
            <h2>"备份"</h2>
            <div class="backup-actions">
                <button class="button" on:click=export_now>"导出备份"</button>
                <label class="button file-button">
                    "导入备份"
                    <input type="file" accept="application/json,.json" aria-label="选择备份文件" on:change=picked/>
                </label>
            </div>
            {move || match step.get() {
                Step::Idle => ().into_any(),
                Step::Exported(message) => view! { <p class="status" role="status">{message}</p> }.into_any(),
                Step::Refused(message) => view! { <p class="warning" role="alert">{message}</p> }.into_any(),
                Step::NothingNew => view! { <p class="status" role="status">"这个备份里的内容这里都有了，无需导入。"</p> }.into_any(),
                Step::Imported(adds) => view! { <p class="status" role="status">{format!("已导入：{}", describe(adds))}</p> }.into_any(),
                Step::Preview(incoming, adds) => {
                    let incoming = StoredValue::new(*incoming);
                    view! {
                        <div class="confirm" role="alertdialog" aria-label="导入预览">
                            <p>{format!("将添加：{}。已有的记录不会被改动或重复。", describe(adds))}</p>
                            <button class="button primary" on:click=move |_| confirm_import(incoming.get_value(), adds)>"确认导入"</button>
                            <button class="button" on:click=move |_| step.set(Step::Idle)>"取消"</button>
                        </div>
                    }
                    .into_any()
                }
                Step::ConfirmReset => view! {
                    <div class="confirm" role="alertdialog" aria-label="确认清除">
                        <p>"这会删除这个浏览器里的全部答题记录、模拟面试、收藏和笔记，无法恢复。建议先导出备份。"</p>
                        <button class="button danger" on:click=reset>"确认清除"</button>
                        <button class="button" on:click=move |_| step.set(Step::Idle)>"取消"</button>
                    </div>
                }
                .into_any(),
            }}
            <button class="button subtle" on:click=move |_| step.set(Step::ConfirmReset)>"清除所有数据…"</button>
        </section>
    }
}

fn describe(adds: ImportPreview) -> String {
    format!(
        "{} 条答题记录、{} 轮模拟面试、{} 个收藏变化、{} 条笔记",
        adds.answers, adds.rounds, adds.bookmarks, adds.notes
    )
}
