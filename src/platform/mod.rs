//! The thin layer over browser APIs.

pub mod boot_screen;
pub mod clock;
pub mod files;
pub mod idle;
pub mod location;
pub mod near_viewport;
pub mod perf;
pub mod persistence;
pub mod recognition;
pub mod recorder;
pub mod scroll;
pub mod service_worker;
pub mod speech;
pub mod storage;
pub mod wake_lock;
