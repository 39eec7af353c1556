//! 面试演练: the browser app. Everything that is not UI or a browser API
//! lives in `drill-core`.

mod app;
mod bank_data;
mod components;
mod i18n;
mod platform;
mod state;

fn main() {
    console_error_panic_hook::set_once();
    platform::boot_screen::remove();
    platform::perf::timed("drill:mount", || leptos::mount::mount_to_body(app::App));
}
