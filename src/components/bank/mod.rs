//! 题库: the searchable, filtered list of questions.

pub mod bank_screen;
pub mod question_list;
pub mod question_list_item;
pub mod topic_chips;
