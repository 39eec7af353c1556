//! Work done a slice at a time, each slice in its own zero-delay timeout,
//! so the page can answer a tap between slices. Timeouts rather than idle
//! callbacks: they run soon even on a page that is never idle.

use std::time::Duration;

use leptos::prelude::set_timeout;

/// Runs `step` once per timeout until it returns true (done).
pub fn until_done(mut step: impl FnMut() -> bool + 'static) {
    set_timeout(
        move || {
            if !step() {
                until_done(step);
            }
        },
        Duration::ZERO,
    );
}
