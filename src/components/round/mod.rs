//! 模拟面试 and the session runner shared with 复习: composing, running, results, history.

pub mod answer_box;
pub mod answer_recorder;
pub mod follow_up_offers;
pub mod follow_up_pick;
pub mod graded_answer_input;
pub mod interview_driver;
pub mod interview_option;
pub mod open_answer_steps;
pub mod round_actions;
pub mod round_composer;
pub mod round_history;
pub mod round_home;
pub mod round_question;
pub mod round_results;
pub mod round_runner;
pub mod round_screen;
pub mod round_timer;
pub mod session_elsewhere;
pub mod session_moved_on;
pub mod session_screen;
pub mod session_start;
