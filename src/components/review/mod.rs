//! 复习: what is due, the plan, the mistake book.

pub mod interview_plan_card;
pub mod review_forecast_list;
pub mod review_screen;
