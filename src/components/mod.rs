//! The UI, grouped by the screen it belongs to; one component per file,
//! named for what the user sees.

pub mod bank;
pub mod common;
pub mod question;
pub mod review;
pub mod round;
pub mod settings;
pub mod shell;
pub mod stats;
