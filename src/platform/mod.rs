//! The thin layer over browser APIs.

pub mod boot_screen;
pub mod clock;
pub mod location;
pub mod recorder;
pub mod speech;
pub mod storage;
pub mod wake_lock;
