//! The frame around every screen: tabs, notices, the running-session bar, dialogs.

pub mod icons;
pub mod nav_bar;
pub mod not_found;
pub mod notice_banner;
pub mod session_bar;
pub mod session_conflict;
pub mod update_banner;
