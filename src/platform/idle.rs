//! Work done a slice at a time in separate tasks, so the page can answer a
//! tap between slices.

use std::time::Duration;

use leptos::prelude::set_timeout;

/// Runs `step` once per task until it returns true (done).
pub fn in_slices(mut step: impl FnMut() -> bool + 'static) {
    set_timeout(
        move || {
            if !step() {
                in_slices(step);
            }
        },
        Duration::ZERO,
    );
}
