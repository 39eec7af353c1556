//! The rules of 面试演练, free of any browser API so that every rule is a
//! plain `cargo test` on the host. The app crate adds only UI and platform glue.

pub mod backup;
pub mod bank;
pub mod calendar;
pub mod follow_up;
pub mod format;
#[cfg(test)]
mod fuzz;
pub mod grade;
pub mod interview;
pub mod keypoints;
pub mod marks;
pub mod persist;
pub mod prefs;
pub mod progress;
pub mod rng;
pub mod round;
pub mod route;
pub mod search;
pub mod stats;
pub mod text;

#[cfg(feature = "compiler")]
pub mod compiler;
