use drill_core::backup::{
    ImportError, ImportPreview, MAX_BACKUP_BYTES, UserData, export, parse_backup, preview,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::components::round::round_history::format_date;
use crate::i18n::strings;
use crate::platform::clock::now_ms;
use crate::platform::files;
use crate::state::backup_io;
use crate::state::marks::UserMarks;
use crate::state::progress::Progress;
use crate::state::rounds::Rounds;

#[derive(Clone, PartialEq)]
/// Where the panel is in an export, import or reset.
enum Stage {
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
    let step = RwSignal::new(Stage::Idle);
    let s = strings();

    let export_now = move |_| {
        let data = backup_io::read_all();
        let now = now_ms();
        // The date without spaces or colons, which some file systems refuse.
        let date = format_date(s, now);
        let words: Vec<&str> = date
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let name = (s.backup_file_name)(&words.join("-"));
        match files::download(
            &name,
            &export(&data, env!("CARGO_PKG_VERSION"), now),
            "application/json",
        ) {
            Ok(()) => {
                backup_io::note_export(now);
                step.set(Stage::Exported((s.exported)(
                    data.log.len(),
                    data.rounds.len(),
                )));
            }
            Err(why) => step.set(Stage::Refused((s.export_failed)(&why))),
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
                    Err(s.import_error(&ImportError::TooLarge(size as usize)))
                }
                Ok(Some((text, _))) => parse_backup(&text).map_err(|e| s.import_error(&e)),
                Ok(None) => return,
                Err(why) => Err((s.read_failed)(&why)),
            };
            input.set_value("");
            step.set(match outcome {
                Err(message) => Stage::Refused(message),
                Ok(incoming) => {
                    let adds = preview(&backup_io::read_all(), &incoming);
                    if adds.is_empty() {
                        Stage::NothingNew
                    } else {
                        Stage::Preview(Box::new(incoming), adds)
                    }
                }
            });
        });
    };
    let confirm_import = move |incoming: UserData, adds: ImportPreview| match backup_io::import(
        &incoming, progress, rounds, marks,
    ) {
        Ok(()) => step.set(Stage::Imported(adds)),
        Err(problem) => step.set(Stage::Refused((s.import_not_saved)(
            &s.storage_problem(&problem),
        ))),
    };
    let reset = move |_| {
        backup_io::clear_all();
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };

    view! {
        <section class="backup">
            <h2>{s.backup_title}</h2>
            <div class="backup-actions">
                <button class="button" on:click=export_now>{s.export_backup}</button>
                <label class="button file-button">
                    {s.import_backup}
                    <input type="file" accept="application/json,.json" aria-label=s.pick_backup_file on:change=picked/>
                </label>
            </div>
            {move || match step.get() {
                Stage::Idle => ().into_any(),
                Stage::Exported(message) => view! { <p class="status" role="status">{message}</p> }.into_any(),
                Stage::Refused(message) => view! { <p class="warning" role="alert">{message}</p> }.into_any(),
                Stage::NothingNew => view! { <p class="status" role="status">{s.nothing_new}</p> }.into_any(),
                Stage::Imported(adds) => view! { <p class="status" role="status">{(s.imported)(&adds)}</p> }.into_any(),
                Stage::Preview(incoming, adds) => {
                    let incoming = StoredValue::new(*incoming);
                    view! {
                        <div class="confirm" role="alertdialog" aria-label=s.import_preview_label>
                            <p>{(s.import_preview)(&adds)}</p>
                            <button class="button primary" on:click=move |_| confirm_import(incoming.get_value(), adds)>{s.confirm_import}</button>
                            <button class="button" on:click=move |_| step.set(Stage::Idle)>{s.cancel}</button>
                        </div>
                    }
                    .into_any()
                }
                Stage::ConfirmReset => view! {
                    <div class="confirm" role="alertdialog" aria-label=s.reset_label>
                        <p>{s.reset_warning}</p>
                        <button class="button danger" on:click=reset>{s.confirm_reset}</button>
                        <button class="button" on:click=move |_| step.set(Stage::Idle)>{s.cancel}</button>
                    </div>
                }
                .into_any(),
            }}
            <button class="button subtle" on:click=move |_| step.set(Stage::ConfirmReset)>{s.reset_all}</button>
        </section>
    }
}
