//! One component per file, named for what the user sees.

pub mod answer_reveal;
pub mod answer_tip;
pub mod bank_screen;
pub mod graded_answer;
pub mod icons;
pub mod nav_bar;
pub mod not_found;
pub mod pending_screen;
pub mod question_badges;
pub mod question_links;
pub mod question_list_item;
pub mod question_page;
pub mod settings_screen;
pub mod topic_chips;
