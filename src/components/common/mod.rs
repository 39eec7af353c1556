//! Widgets more than one screen uses.

pub mod answer_tip;
pub mod backup_reminder;
pub mod bar_chart;
pub mod pill;
pub mod question_badges;
pub mod trend_chart;
