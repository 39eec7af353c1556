//! The thin layer over browser APIs.

pub mod boot_screen;
pub mod location;
