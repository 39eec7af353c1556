//! 统计: calendar, mastery, trends and forecast.

pub mod practice_heatmap;
pub mod stats_screen;
